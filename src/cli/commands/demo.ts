import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { buildPicture, formatCount, formatRange, placeLabel, type Picture } from "../../analyze/picture.js";
import { ingestReports } from "../../ingest/ingest-reports.js";
import { openStore } from "../../store/open-store.js";
import { readClaims } from "../../store/read-claims.js";
import { printSummary } from "./ingest.js";
import { table } from "../table.js";

export const SAMPLES_DIR = fileURLToPath(new URL("../../../samples", import.meta.url));

export function formatPicture(p: Picture): string {
  const out: string[] = [];
  out.push(`Events (${p.events.length} incident claims)`);
  out.push(
    table(
      ["date", "place", "killed", "injured", "perpetrator", "method", "target", "source"],
      p.events.map(({ fields: e, doc }) => [
        e.date ?? "–",
        placeLabel(e),
        formatCount(e.killed, e.killed_qualifier),
        formatCount(e.injured, e.injured_qualifier),
        e.perpetrator ? `${e.perpetrator}${e.perpetrator_basis ? ` (${e.perpetrator_basis})` : ""}` : "–",
        e.method ?? "–",
        e.target ?? "–",
        doc,
      ]),
      36,
    ),
  );
  out.push("", `Estimates (${p.estimates.length})`);
  out.push(
    table(
      ["subject", "measure", "figure", "as of", "by", "source"],
      p.estimates.map(({ fields: q, doc }) => [q.subject, q.measure, formatRange(q.min, q.max), q.as_of ?? "–", q.by ?? "–", doc]),
      40,
    ),
  );
  if (p.relations.length) {
    out.push("", `Relations (${p.relations.length})`);
    out.push(table(["actor", "relation", "actor", "likelihood", "source"], p.relations.map(({ fields: r, doc }) => [r.a, r.type, r.b, r.likelihood?.label ?? "–", doc])));
  }
  if (p.judgments.length) {
    out.push("", `Judgments (${p.judgments.length})`);
    out.push(table(["likelihood", "statement", "source"], p.judgments.map(({ fields: j, doc }) => [`${j.likelihood.label} (${Math.round(j.likelihood.min * 100)}–${Math.round(j.likelihood.max * 100)}%)`, j.statement, doc]), 80));
  }
  return out.join("\n");
}

export function demoCommand(): Command {
  return new Command("demo")
    .description("ingest the bundled sample reports into a fresh embedded database and print the picture")
    .option("--data <dir>", "keep the demo database in this folder (default: a temporary folder, removed afterwards)")
    .action(async (_opts: { data?: string }, cmd: Command) => {
      // --data may be taken by the program before the command sees it: read it from either.
      const opts = cmd.optsWithGlobals<{ data?: string }>();
      const dir = opts.data ?? mkdtempSync(join(tmpdir(), "watchfloor-demo-"));
      const store = await openStore({ dataDir: dir, databaseUrl: null });
      try {
        process.stdout.write(`Watchfloor demo: the sample reports in ${SAMPLES_DIR} into an embedded database in ${dir}\n\n`);
        const summary = await ingestReports(store, [SAMPLES_DIR]);
        printSummary(summary, process.stdout);
        process.stdout.write(`\n${formatPicture(buildPicture(await readClaims(store)))}\n`);
        if (opts.data) process.stdout.write(`\nExplore it: npx watchfloor --data ${opts.data} claims | docs | search "QUERY"\n`);
        else process.stdout.write(`\nTo keep the database and explore it: npx watchfloor demo --data DIR\n`);
      } finally {
        await store.close();
        if (!opts.data) rmSync(dir, { recursive: true, force: true });
      }
    });
}
