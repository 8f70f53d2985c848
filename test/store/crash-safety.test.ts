// kill -9 in the middle of ingesting 1,000 reports, then the same command again: every report present once, none
// partial. Run on the embedded database (the crash-sensitive one) and on PostgreSQL when configured, twice each
// with different kill points. "Not partial" means: each stored document has exactly the claims, evidence spans
// and mentions that the extractor produces for its text (computed here, in-process, from the same files).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { decodeReport } from "../../src/ingest/decode-text.js";
import { checkedExtraction } from "../../src/ingest/ingest-reports.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { contentHash } from "../../src/store/write-document.js";
import { collect, parseSummary, runCli, spawnCli } from "../cli/run-cli.js";
import { backends, type TestBackend } from "../helpers/stores.js";
import { makeReports } from "./make-reports.js";

const COUNT = 1000;

interface Counts {
  claims: number;
  evidence: number;
  mentions: number;
}

let work: string;
let reports: string;
/** content hash → what a complete document of that report holds */
const expected = new Map<string, Counts>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "wf-crash-"));
  reports = join(work, "reports");
  for (const f of makeReports(reports, COUNT, 3)) {
    const text = decodeReport(readFileSync(f));
    const x = checkedExtraction(text, extractDocument({ text, published: null, title: null }));
    expected.set(contentHash(text), {
      claims: x.claims.length,
      evidence: x.claims.reduce((n, c) => n + c.evidence.length, 0),
      mentions: x.mentions.length,
    });
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function storedCounts(store: Store): Promise<Map<string, Counts & { n: number }>> {
  const rows = await store.query<{ h: string; claims: number; evidence: number; mentions: number }>(
    `select d.content_hash as h,
            (select count(*)::int from claims c where c.doc_id = d.id) as claims,
            (select count(*)::int from evidence e where e.doc_id = d.id) as evidence,
            json_array_length(d.mentions) as mentions
       from documents d`,
  );
  const out = new Map<string, Counts & { n: number }>();
  for (const r of rows) {
    const prev = out.get(r.h);
    out.set(r.h, { claims: Number(r.claims), evidence: Number(r.evidence), mentions: Number(r.mentions), n: (prev?.n ?? 0) + 1 });
  }
  return out;
}

/** Every stored document is one of the reports, stored once, with all of its claims, evidence and mentions. */
function expectNoPartialDocument(stored: Map<string, Counts & { n: number }>, when: string): void {
  let partial = 0;
  const examples: string[] = [];
  for (const [h, got] of stored) {
    const want = expected.get(h);
    expect(want, `${when}: a stored document that is none of the reports (${h})`).toBeDefined();
    expect(got.n, `${when}: content ${h} stored ${got.n} times`).toBe(1);
    if (got.claims !== want!.claims || got.evidence !== want!.evidence || got.mentions !== want!.mentions) {
      partial++;
      if (examples.length < 3) examples.push(`${h.slice(0, 12)}: stored ${JSON.stringify(got)}, complete ${JSON.stringify(want)}`);
    }
  }
  expect(partial, `${when}: partial documents, e.g. ${examples.join("; ")}`).toBe(0);
}

/** Starts the ingest, and SIGKILLs it `delayMs` after its progress first reports at least `afterDone` files done. */
async function ingestAndKill(args: string[], afterDone: number, delayMs: number) {
  const child = spawnCli(args);
  let progress = "";
  let armed = false;
  child.stderr!.on("data", (d: Buffer) => {
    progress += d.toString();
    const last = [...progress.matchAll(/ingest: (\d+)\/(\d+) files/g)].pop();
    if (!armed && last && Number(last[1]) >= afterDone && Number(last[1]) < Number(last[2])) {
      armed = true;
      setTimeout(() => child.kill("SIGKILL"), delayMs);
    }
  });
  return collect(child, 120_000);
}

async function openAgain(backend: TestBackend, options: { dataDir?: string; databaseUrl?: string }): Promise<Store> {
  return backend.name === "pglite" ? openStore({ dataDir: options.dataDir!, databaseUrl: null }) : openStore({ databaseUrl: options.databaseUrl! });
}

describe.each(backends)("kill -9 while ingesting 1,000 reports, then the same command again ($name)", (backend) => {
  it.each([
    { label: "early", afterDone: 1, delayMs: 600 },
    // (at once: on a fast machine the other 750 reports were all written within 150 ms of the progress line, 2026-12-07)
    { label: "late", afterDone: 250, delayMs: 0 },
  ])("killed $label (after $afterDone+ files, +$delayMs ms): every report present once, none partial", async ({ afterDone, delayMs }) => {
    const fresh = await backend.fresh();
    // The CLI opens the database itself: the embedded one takes one process at a time.
    if (backend.name === "pglite") await fresh.store.close();
    const target = backend.name === "pglite" ? ["--data", fresh.options.dataDir!] : ["--database-url", fresh.options.databaseUrl!];
    const args = ["ingest", reports, ...target];
    try {
      const killed = await ingestAndKill(args, afterDone, delayMs);
      expect(killed.signal, `the ingest finished before it could be killed:\n${killed.stdout}`).toBe("SIGKILL");

      // Right after the crash: some documents, all complete.
      let store = await openAgain(backend, fresh.options);
      const afterCrash = await storedCounts(store);
      await store.close();
      console.info(`crash-safety (${backend.name}): ${afterCrash.size} of ${COUNT} documents stored when killed`);
      expect(afterCrash.size).toBeGreaterThan(0);
      expect(afterCrash.size).toBeLessThan(COUNT);
      expectNoPartialDocument(afterCrash, "after kill -9");

      // The same command again finishes the job.
      const again = await runCli(args, { timeoutMs: 120_000 });
      expect(again.code, again.stderr).toBe(0);
      expect(parseSummary(again.stdout)).toMatchObject({ added: COUNT - afterCrash.size, skipped: afterCrash.size, failed: 0 });

      store = await openAgain(backend, fresh.options);
      try {
        const [row] = await store.query<{ n: number; hashes: number }>("select count(*)::int as n, count(distinct content_hash)::int as hashes from documents");
        expect(Number(row.n)).toBe(COUNT);
        expect(Number(row.hashes)).toBe(COUNT);
        const final = await storedCounts(store);
        expect([...final.keys()].sort()).toEqual([...expected.keys()].sort());
        expectNoPartialDocument(final, "after the second run");
        // nothing dangling from a rolled-back document
        const [orphans] = await store.query<{ n: number }>(
          `select ((select count(*) from evidence e where not exists (select 1 from documents d where d.id = e.doc_id))
                 + (select count(*) from claims c where not exists (select 1 from documents d where d.id = c.doc_id))
                 + (select count(*) from entity_aliases a where a.doc_id is not null and not exists (select 1 from documents d where d.id = a.doc_id)))::int as n`,
        );
        expect(Number(orphans.n)).toBe(0);
      } finally {
        await store.close();
      }
    } finally {
      await fresh.cleanup();
    }
  }, 150_000);
});
