#!/usr/bin/env node
// Dev script: runs the extractor (compiled: `npx tsc -p tsconfig.build.json` first) on samples/*.txt, writes the
// claims export (DESIGN.md's contract) to a temp file and scores it with ../shared/eval/score.mjs.
//   node scripts/eval-extract.mjs [--json] [--dump] [--bench N]
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { extractDocument } = await import(join(root, "dist/extract/extract-document.js"));
const args = process.argv.slice(2);
const samples = join(root, "samples");
const gold = process.env.WATCHFLOOR_GOLD ?? join(root, "../shared/eval/seeds.gold.json");
const goldDocs = new Map(JSON.parse(readFileSync(gold, "utf8")).docs.map((d) => [d.id, d]));

const claims = [];
const docs = [];
for (const f of readdirSync(samples).filter((f) => f.endsWith(".txt")).sort()) {
  const doc = basename(f, ".txt");
  const text = readFileSync(join(samples, f), "utf8");
  docs.push(text);
  const published = goldDocs.get(doc)?.published ?? null;
  const res = extractDocument({ text, published });
  res.claims.forEach((c, i) => {
    for (const e of c.evidence) if (text.slice(e.start, e.end) !== e.text) throw new Error(`bad evidence span in ${doc}`);
    const out = { id: `${doc}#${i}`, kind: c.kind, doc, evidence: c.evidence, confidence: c.confidence };
    if (c.event) out.event = c.event;
    if (c.quantity) out.quantity = c.quantity;
    if (c.relation) out.relation = c.relation;
    if (c.judgment) out.judgment = c.judgment;
    claims.push(out);
  });
  if (args.includes("--dump")) {
    console.log(`== ${doc} byline=${res.bylineDate}`);
    for (const c of res.claims) {
      if (c.kind === "event") console.log("  EVENT", JSON.stringify(c.event), "|", c.evidence.map((e) => e.text.slice(0, 90)).join(" || "));
      if (c.kind === "quantity") console.log("  QTY", JSON.stringify(c.quantity));
      if (c.kind === "relation" && args.includes("--rel")) console.log("  REL", JSON.stringify(c.relation));
      if (c.kind === "judgment" && args.includes("--rel")) console.log("  JUDG", c.judgment.subject, c.judgment.likelihood.label, "|", c.evidence[0].text.slice(0, 100));
    }
  }
}
const dir = mkdtempSync(join(tmpdir(), "wf-eval-"));
const file = join(dir, "claims.json");
writeFileSync(file, JSON.stringify(claims, null, 1));
const r = spawnSync(process.execPath, [join(root, "../shared/eval/score.mjs"), "--gold", gold, "--claims", file, ...(args.includes("--json") ? ["--json"] : [])], { encoding: "utf8" });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);

const bi = args.indexOf("--bench");
if (bi >= 0) {
  // one core, steady state: warm the JIT with 20 passes, then time N passes over every sample document
  const n = Number(args[bi + 1] ?? 200);
  for (let i = 0; i < 20; i++) for (const t of docs) extractDocument({ text: t, published: "2023-11-06" });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < n; i++) for (const t of docs) { extractDocument({ text: t, published: "2023-11-06" }); bytes += Buffer.byteLength(t); }
  const s = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  // CPU time is reported too: on a loaded machine wall time overstates the cost (the process waits for a core)
  console.log(`bench: ${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s wall = ${(bytes / 1e6 / s).toFixed(2)} MB/s; ${cpu.toFixed(2)} s CPU = ${(bytes / 1e6 / cpu).toFixed(2)} MB/s per CPU-second (one thread, ${n} passes over ${docs.length} docs after warm-up)`);
}
