import { Command, InvalidArgumentError } from "commander";
import { readClaims, type StoredClaim } from "../../store/read-claims.js";
import { listDocuments, searchDocuments } from "../../store/read-documents.js";
import type { EventFields, JudgmentFields, QuantityFields, RelationFields } from "../../extract/types.js";
import { formatCount, formatRange, placeLabel } from "../../analyze/picture.js";
import { withGlobalOptions, withStore } from "../global-options.js";
import { clean, table } from "../table.js";

const printJson = (v: unknown): void => void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

function positiveInt(v: string): number {
  const n = Number.parseInt(v, 10);
  if (!(n >= 1 && n <= 100000)) throw new InvalidArgumentError("a whole number from 1 to 100000");
  return n;
}

export function docsCommand(): Command {
  return withGlobalOptions(new Command("docs"))
    .description("list the ingested documents")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const docs = await withStore(cmd, listDocuments);
      if (opts.json) return printJson(docs);
      if (!docs.length) return void process.stdout.write("no documents yet: watchfloor ingest PATH\n");
      process.stdout.write(
        `${table(["name", "published", "outlet", "tlp", "rel", "claims", "title"], docs.map((d) => [d.name, d.published ?? "–", d.outlet ?? "–", d.tlp, d.reliability, d.claims, d.title ?? ""]))}\n`,
      );
    });
}

export function claimSummary(c: StoredClaim): string {
  const f = c.fields;
  switch (c.kind) {
    case "event": {
      const e = f as unknown as EventFields;
      const perp = e.perpetrator ? `${e.perpetrator}${e.perpetrator_basis ? ` (${e.perpetrator_basis})` : ""}` : "perpetrator unknown";
      return `${e.date ?? "date?"} ${placeLabel(e)}: ${e.method ?? "attack"}${e.target ? ` on ${e.target}` : ""}; killed ${formatCount(e.killed, e.killed_qualifier)}; ${perp}`;
    }
    case "quantity": {
      const q = f as unknown as QuantityFields;
      return `${q.subject} ${q.measure}: ${formatRange(q.min, q.max)}${q.as_of ? ` as of ${q.as_of}` : ""}${q.by ? ` — by ${q.by}` : ""}`;
    }
    case "relation": {
      const r = f as unknown as RelationFields;
      return `${r.a} —${r.type}→ ${r.b}${r.likelihood ? ` (${r.likelihood.label})` : ""}`;
    }
    case "judgment": {
      const j = f as unknown as JudgmentFields;
      return `${j.likelihood?.label ?? ""}: ${j.statement}`;
    }
  }
  return JSON.stringify(f);
}

export function claimsCommand(): Command {
  return withGlobalOptions(new Command("claims"))
    .description("list claims with the sentence behind each")
    .option("--doc <name>", "only this document (its name or id)")
    .option("--kind <kind>", "only this kind: event, quantity, relation or judgment")
    .option("--limit <n>", "at most this many", positiveInt)
    .option("--json", "print JSON")
    .action(async (opts: { doc?: string; kind?: string; limit?: number; json?: boolean }, cmd: Command) => {
      if (opts.kind && !["event", "quantity", "relation", "judgment"].includes(opts.kind)) {
        cmd.error(`error: --kind must be event, quantity, relation or judgment (got "${opts.kind}")`);
      }
      const claims = await withStore(cmd, (store) => readClaims(store, opts));
      if (opts.json) return printJson(claims);
      if (!claims.length) return void process.stdout.write("no claims match\n");
      for (const c of claims) {
        process.stdout.write(`${c.id}  ${c.kind.padEnd(8)} ${clean(c.doc)}\n  ${clean(claimSummary(c))}\n`);
        for (const e of c.evidence) process.stdout.write(`  [${e.start}–${e.end}) “${clean(e.text.replace(/\s+/g, " ").slice(0, 300))}”\n`);
      }
    });
}

export function searchCommand(): Command {
  return withGlobalOptions(new Command("search"))
    .description("full-text search over the documents, ranked, with highlighted snippets")
    .argument("<query>", 'words, "a phrase", or -excluded (web search syntax)')
    .option("--limit <n>", "at most this many results", positiveInt, 20)
    .option("--json", "print JSON (snippet with highlight offsets)")
    .action(async (query: string, opts: { limit: number; json?: boolean }, cmd: Command) => {
      const hits = await withStore(cmd, (store) => searchDocuments(store, query, opts.limit));
      if (opts.json) return printJson(hits);
      if (!hits.length) return void process.stdout.write("no documents match\n");
      const tty = process.stdout.isTTY;
      for (const h of hits) {
        let s = "";
        let at = 0;
        for (const [a, b] of h.highlights) {
          s += clean(h.snippet.slice(at, a)) + (tty ? `\x1b[1m${clean(h.snippet.slice(a, b))}\x1b[0m` : `[${clean(h.snippet.slice(a, b))}]`);
          at = b;
        }
        s += clean(h.snippet.slice(at));
        process.stdout.write(`${clean(h.name)}  ${h.published ?? ""}  rank ${h.rank.toFixed(3)}\n  ${s}\n`);
      }
    });
}
