// The ingest pipeline end to end, through the library, on every configured backend (PGlite always, PostgreSQL
// when WATCHFLOOR_TEST_DATABASE_URL is set): the five seed reports, idempotence, evidence spans, search, and the
// report formats (.html, .json article, sidecar metadata). Assertions hold for any reasonable extractor.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReports, type IngestSummary } from "../../src/ingest/ingest-reports.js";
import type { Store } from "../../src/store/open-store.js";
import { readClaims } from "../../src/store/read-claims.js";
import { readDocument } from "../../src/store/read-document.js";
import { listDocuments, searchDocuments, type DocumentSummary } from "../../src/store/read-documents.js";
import { backends } from "../helpers/stores.js";
import { makeReports } from "../store/make-reports.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLES = join(ROOT, "samples");
const FORMATS = join(ROOT, "test", "fixtures", "formats");
const SEED_NAMES = ["000_34361a7f304bcf47", "001_4fb43a1f0e822a7b", "002_66232c13512e26a9", "003_dc03f2a25593d1c1", "004_726d58263db9047c"];
/** The seed that describes the suicide attack on the Russian embassy in Kabul (5 September 2022). */
const EMBASSY_SEED = "000_34361a7f304bcf47";

async function storedTexts(store: Store): Promise<Map<string, { name: string; text: string }>> {
  const rows = await store.query<{ id: string; name: string; text: string }>("select id, name, text from documents");
  return new Map(rows.map((r) => [r.id, { name: r.name, text: r.text }]));
}

function byName(docs: DocumentSummary[], name: string): DocumentSummary {
  const d = docs.find((x) => x.name === name);
  if (!d) throw new Error(`no document named ${name}; stored: ${docs.map((x) => x.name).join(", ")}`);
  return d;
}

describe.each(backends)("ingest through the library ($name)", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await backend.fresh();
    store = fresh.store;
    cleanup = fresh.cleanup;
  });
  afterAll(async () => {
    await cleanup?.();
  });

  describe("the five seed reports", () => {
    let first: IngestSummary;

    it("are ingested as 5 documents, each named after its file", async () => {
      first = await ingestReports(store, [SAMPLES]);
      expect(first.results.filter((r) => r.status === "failed")).toEqual([]);
      expect(first.added).toBe(5);
      expect(first.skipped).toBe(0);
      const docs = await listDocuments(store);
      expect(docs.map((d) => d.name).sort()).toEqual(SEED_NAMES);
    });

    it("store each document's text as the file's text", async () => {
      const texts = [...(await storedTexts(store)).values()];
      for (const name of SEED_NAMES) {
        const file = readFileSync(join(SAMPLES, `${name}.txt`), "utf8").normalize("NFC");
        expect(texts.find((t) => t.name === name)?.text).toBe(file);
      }
    });

    it("ingested again: nothing added, 5 skipped as duplicates, still 5 documents", async () => {
      const again = await ingestReports(store, [SAMPLES]);
      expect(again.added).toBe(0);
      expect(again.skipped).toBe(5);
      expect(again.failed).toBe(0);
      expect(again.results.map((r) => r.reason)).toEqual(Array(5).fill("duplicate"));
      expect((await listDocuments(store)).length).toBe(5);
    });

    it("every claim's evidence (and every mention) is exactly the stored text at [start, end)", async () => {
      const texts = await storedTexts(store);
      const claims = await readClaims(store);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.length).toBe(first.claims);
      for (const c of claims) {
        const doc = texts.get(c.docId);
        expect(doc, `claim ${c.id}'s document`).toBeDefined();
        expect(c.evidence.length, `claim ${c.id} has evidence`).toBeGreaterThan(0);
        for (const e of c.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.text, `claim ${c.id} evidence [${e.start},${e.end})`).toBe(doc!.text.slice(e.start, e.end));
        }
      }
      // Mentions are stored as offsets into the text: each must cover whole words, and the Khorasan branch's
      // mentions must read as one of its names.
      const mentions = (await Promise.all([...texts.keys()].map((id) => readDocument(store, id)))).flatMap((d) => d!.mentions);
      expect(mentions.length).toBeGreaterThan(50);
      for (const m of mentions) expect(m.text, `${m.kind} mention [${m.start},${m.end})`).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}.%’')])?$/su);
      const iskp = mentions.filter((m) => m.kind === "actor" && m.value === "ISKP");
      expect(iskp.length).toBeGreaterThan(3);
      for (const m of iskp) expect(m.text).toMatch(/IS|Khorasan|Daesh|Wilayat/i);
    });

    it("has event claims for the seed that describes attacks, one of them on the Russian embassy sentence", async () => {
      const events = await readClaims(store, { doc: EMBASSY_SEED, kind: "event" });
      expect(events.length).toBeGreaterThan(0);
      expect(events.some((c) => c.evidence.some((e) => /Russian embassy/.test(e.text)))).toBe(true);
    });

    it('search "Russian embassy" ranks the seed that describes that attack first, with a highlighted snippet', async () => {
      const hits = await searchDocuments(store, "Russian embassy");
      expect(hits.length).toBeGreaterThan(0);
      expect(hits[0].name).toBe(EMBASSY_SEED);
      const top = hits[0];
      expect(top.snippet).toMatch(/Russian embassy/);
      const marked = top.highlights.map(([a, b]) => top.snippet.slice(a, b).toLowerCase());
      expect(marked).toContain("russian");
      expect(marked).toContain("embassy");
      for (const [a, b] of top.highlights) expect(b).toBeGreaterThan(a);
      // a document that never names the embassy is not in the results
      expect(hits.map((h) => h.name)).not.toContain("004_726d58263db9047c");
      expect(await searchDocuments(store, "zzyzx-not-a-word")).toEqual([]);
    });

    it("search reads phrases, OR and exclusions, and takes any input without a database error", async () => {
      const names = async (q: string) => (await searchDocuments(store, q)).map((h) => h.name).sort();
      const embassy = await names('"Russian embassy"');
      const kabulov = await names("Kabulov");
      expect(kabulov.length).toBeGreaterThan(0);
      expect(await names('"Russian embassy" OR Kabulov')).toEqual([...new Set([...embassy, ...kabulov])].sort());
      expect(await names('"Russian embassy" -Kabulov')).toEqual(embassy.filter((n) => !kabulov.includes(n)));
      // a hyphenated name inside a phrase, and alone
      expect(await names('"ISIS-K official"')).toEqual(["001_4fb43a1f0e822a7b"]);
      expect(await names("ISIS-K")).toContain("001_4fb43a1f0e822a7b");
      for (const q of ["'); drop table documents; --", "a' | 'b & !c <-> (d):*", "\\ \" ' ``", "the of", "ﷺ ♦ 123"]) {
        await expect(searchDocuments(store, q)).resolves.toBeInstanceOf(Array);
      }
    });

    it("default to TLP:CLEAR and source reliability F when nothing says otherwise", async () => {
      for (const d of await listDocuments(store)) {
        expect(d.tlp).toBe("TLP:CLEAR");
        expect(d.reliability).toBe("F");
      }
    });

    // Depends on the extractor's `bylineDate` (src/extract/extract-document.ts).
    it('[extractor: bylineDate] a byline "by Shehla Rahim 6 November 2023" is the publication date when there is no metadata', async () => {
      const d = byName(await listDocuments(store), "004_726d58263db9047c");
      expect(d.published).toBe("2023-11-06");
    });
  });

  // A 2 MB report, well within the 5 MB default limit: a Russian-language text whose appendix is a long index of
  // distinct words (names, places). Its full-text vector exceeds PostgreSQL's 1 MB tsvector cap, and the row is
  // refused ("string is too long for tsvector"); the failure reason printed is then the whole INSERT with its
  // parameters — the 2 MB text — instead of one short line.
  describe("a 2 MB report of many distinct non-Latin words (generated)", () => {
    let dir: string;
    let summary: IngestSummary;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "wf-bigvocab-"));
      const abc = "абвгдежзийклмнопрстуфхцчшщэюя";
      const parts = [readFileSync(join(SAMPLES, `${EMBASSY_SEED}.txt`), "utf8"), "\n\nУказатель имён и мест\n"];
      let len = parts[0].length;
      for (let i = 0; len < 1_100_000; i++) {
        let n = i;
        let w = "";
        for (let k = 0; k < 6; k++) (w += abc[n % abc.length]), (n = Math.floor(n / abc.length));
        const piece = i % 12 === 11 ? `${w}\n` : `${w} `;
        parts.push(piece);
        len += piece.length;
      }
      writeFileSync(join(dir, "index-ru.txt"), parts.join(""));
      // good reports in the same run (and write batch) must not suffer from it
      makeReports(join(dir, "good"), 3);
      summary = await ingestReports(store, [dir]);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("does not stop the good reports next to it", () => {
      expect(summary.results.filter((r) => r.path.includes("/good/")).map((r) => r.status)).toEqual(["added", "added", "added"]);
    });

    it("is ingested (it is under the size limit)", () => {
      const r = summary.results.find((x) => x.path.endsWith("index-ru.txt"));
      expect(r?.status, `reason (first 300 characters): ${r?.reason?.slice(0, 300)}`).toBe("added");
    });

    it("any failure is reported as one short line, not the SQL and the document's text", () => {
      for (const r of summary.results) {
        if (r.reason) {
          expect(r.reason.includes("\n"), "a line break in the reason").toBe(false);
          expect(r.reason.length, `reason length (starts: ${r.reason.slice(0, 120)})`).toBeLessThan(500);
        }
      }
    });
  });

  describe("report formats and metadata (test/fixtures/formats)", () => {
    let summary: IngestSummary;
    let docs: DocumentSummary[];
    let texts: Map<string, { name: string; text: string }>;
    const result = (file: string) => summary.results.find((r) => r.path === join(FORMATS, file));
    const textOf = (name: string) => [...texts.values()].find((t) => t.name === name)?.text ?? "";

    beforeAll(async () => {
      summary = await ingestReports(store, [FORMATS]);
      docs = await listDocuments(store);
      texts = await storedTexts(store);
    });

    it("a sidecar NAME.meta.json sets title, url, outlet, published, TLP and reliability (and beats the byline)", () => {
      expect(result("with-sidecar.txt")?.status).toBe("added");
      const d = byName(docs, "with-sidecar");
      expect(d).toMatchObject({
        title: "Rocket fire on Termez (sidecar title)",
        url: "https://monitor.example.com/termez-rockets",
        outlet: "Khorasan Monitor",
        published: "2023-05-20",
        tlp: "TLP:AMBER",
        reliability: "B",
      });
      // the sidecar itself is metadata, not a report
      expect(docs.some((x) => x.name.endsWith(".meta"))).toBe(false);
    });

    it("a sidecar with an unknown TLP fails that file with a clear reason, and stores nothing of it", () => {
      const r = result("bad-tlp.txt");
      expect(r?.status).toBe("failed");
      expect(r?.reason).toMatch(/TLP/);
      expect(r?.reason).toMatch(/PURPLE/);
      expect(docs.some((d) => d.name === "bad-tlp")).toBe(false);
      expect(summary.failed).toBe(1);
    });

    // The other sidecar errors say which file is wrong ('x.meta.json: "published" is not a date'); an unknown TLP
    // or reliability grade must too, or the analyst looks for "PURPLE" in the report.
    it("the unknown-TLP reason names the sidecar file it comes from", () => {
      expect(result("bad-tlp.txt")?.reason).toMatch(/bad-tlp\.meta\.json/);
    });

    it(".html: script, style and noscript content dropped, entities decoded, <title> as the title", () => {
      expect(result("ministry-blast.html")?.status).toBe("added");
      const text = textOf("ministry-blast");
      expect(text).toContain("A suicide bombing near the Ministry of Foreign Affairs in Kabul killed at least 20 people");
      for (const junk of ["SCRIPT_MARKER_X9", "alert(", "document.write", "document.cookie", "STYLE_MARKER_Q7", "color: red", "NOSCRIPT_MARKER_Z3", "<p>", "</"]) {
        expect(text).not.toContain(junk);
      }
      expect(text).toContain("Residents & witnesses");
      expect(text).toContain('"shook the whole street"');
      expect(text).toContain("café");
      expect(text).toContain("—");
      expect(text).toContain("<two blocks>");
      expect(text).not.toMatch(/&(amp|quot|eacute|lt|gt|mdash|#8212);/);
      expect(byName(docs, "ministry-blast").title).toBe("Suicide bomber strikes near ministry & embassy district");
    });

    it("a .json article {title,url,published,text}: its fields become the document's", () => {
      expect(result("jalalabad-article.json")?.status).toBe("added");
      const article = JSON.parse(readFileSync(join(FORMATS, "jalalabad-article.json"), "utf8")) as Record<string, string>;
      const d = byName(docs, "jalalabad-article");
      expect(d).toMatchObject({ title: article.title, url: article.url, published: "2022-10-03", outlet: "example-news.org" });
      expect(textOf("jalalabad-article")).toBe(article.text);
    });

    // Depends on the extractor's `bylineDate` (src/extract/extract-document.ts).
    it('[extractor: bylineDate] a dateline "date 2022-09-05" is the publication date when there is no metadata', () => {
      expect(result("dateline-iso.txt")?.status).toBe("added");
      expect(byName(docs, "dateline-iso").published).toBe("2022-09-05");
    });

    it("evidence spans of the .html and .json documents also equal their stored text at [start, end)", async () => {
      for (const name of ["ministry-blast", "jalalabad-article", "with-sidecar", "dateline-iso"]) {
        const text = textOf(name);
        for (const c of await readClaims(store, { doc: name })) {
          for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
        }
      }
    });
  });
});
