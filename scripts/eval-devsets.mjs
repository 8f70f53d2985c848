#!/usr/bin/env node
// Dev script: scores the seeds and every development set (test/fixtures/newsdev*) in one run, one score line each.
//   node scripts/eval-devsets.mjs [SET...] [--diff] [--no-build]
//   SET: seeds, newsdev, newsdev2, ... (default: all of them but a set held out for a final blind measure, marked by a
//        file HOLDOUT in its folder: it is scored only when named)
//   --diff: also list, per document, the gold events missed, the extractions that matched nothing, and on matched
//           events the fields that differ from the gold (killed, perpetrator and its basis, date, admin1); and the strength
//           estimates missed (q-missed), extra (q-extra), or found from another source than the gold's (q-by)
// Each set is ingested with the compiled command into a temporary embedded database, exported and scored with
// ../shared/eval/score.mjs (env WATCHFLOOR_EVAL_DIR to put it elsewhere).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const evalDir = resolve(process.env.WATCHFLOOR_EVAL_DIR ?? join(root, "..", "shared", "eval"));
const scorer = join(evalDir, "score.mjs");
const args = process.argv.slice(2);
const diff = args.includes("--diff");
const fixtures = join(root, "test", "fixtures");
const all = ["seeds", ...readdirSync(fixtures).filter((d) => /^newsdev\d*$/.test(d)).sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1))];
const heldOut = all.filter((s) => existsSync(join(fixtures, s, "HOLDOUT")));
const sets = args.filter((a) => !a.startsWith("--"));
for (const s of sets) if (!all.includes(s)) {
  console.error(`eval-devsets: no set ${s} (sets: ${all.join(", ")})`);
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`eval-devsets: no scorer at ${scorer} (set WATCHFLOOR_EVAL_DIR)`);
  process.exit(2);
}
if (!args.includes("--no-build")) execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

const cli = join(root, "bin", "watchfloor.js");
const tmp = mkdtempSync(join(tmpdir(), "watchfloor-devsets-"));
try {
  if (!sets.length && heldOut.length) console.log(`(held out, scored only when named: ${heldOut.join(", ")})`);
  for (const set of sets.length ? sets : all.filter((s) => !heldOut.includes(s))) {
    const input = set === "seeds" ? join(root, "samples") : join(fixtures, set);
    const gold = set === "seeds" ? join(evalDir, "seeds.gold.json") : join(input, "gold.json");
    const db = join(tmp, set);
    const claimsFile = join(tmp, `${set}.json`);
    // gold.json and README.md of a set are read too (gold.json fails as an article): the scorer ignores their claims
    spawnSync(process.execPath, [cli, "ingest", input, "--data", db, "--quiet"], { stdio: "ignore" });
    execFileSync(process.execPath, [cli, "export", "claims", "--format", "json", "--output", claimsFile, "--data", db], { stdio: "ignore" });
    const r = spawnSync(process.execPath, [scorer, "--gold", gold, "--claims", claimsFile, "--clusters"], { encoding: "utf8" });
    const lines = r.stdout.trim().split("\n");
    const score = lines.find((l) => l.startsWith("events ")) ?? r.stderr.trim();
    const clusters = lines.find((l) => l.startsWith("event clusters"))?.replace(/ claims written.*/, "") ?? "";
    console.log(`${set.padEnd(9)} ${score}${clusters ? ` | ${clusters.replace(/^event clusters over (\d+) matched claims: /, "clusters($1) ")}` : ""}`);
    if (diff) printDiff(JSON.parse(readFileSync(gold, "utf8")), JSON.parse(readFileSync(claimsFile, "utf8")));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// A rough view of what the scorer counts (its own matching decides the score): per gold event, the extraction of the
// same document with a compatible date and the same country that agrees with it on the most fields.
function printDiff(gold, claims) {
  const norm = (s) => String(s ?? "").toLowerCase().replace(/ province$/, "").trim();
  // the scorer counts "Islamic State" as ISKP (a report that names only the parent group in the region)
  const perp = (s) => (norm(s) === "islamic state" ? "iskp" : norm(s));
  const byDoc = new Map();
  for (const c of claims) if (c.kind === "event") (byDoc.get(c.doc) ?? byDoc.set(c.doc, []).get(c.doc)).push(c.event);
  for (const d of gold.docs) {
    const found = byDoc.get(d.id) ?? [];
    const used = new Set();
    const out = [];
    for (const g of d.events ?? []) {
      const optional = g.optional || g.mention === "passing";
      const ok = (x) => x.date && g.date && x.date.slice(0, 4) === g.date.slice(0, 4) && (!g.country || x.country === g.country);
      const agree = (x) => (x.date === g.date) + (norm(x.admin1) === norm(g.admin1)) + (x.killed === g.killed) + (perp(x.perpetrator) === perp(g.perpetrator));
      const best = found.filter((x, i) => !used.has(i) && ok(x)).sort((a, b) => agree(b) - agree(a))[0];
      if (!best) {
        if (!optional) out.push(`  missed   ${g.date} ${g.admin1 ?? g.country ?? ""} ${g.perpetrator ?? "-"} killed ${g.killed}`);
        continue;
      }
      used.add(found.indexOf(best));
      const bad = [];
      const alts = [g.killed, ...[g.killed_alt ?? []].flat()];
      if (g.killed != null && !alts.includes(best.killed)) bad.push(`killed ${best.killed} (gold ${alts.join("/")})`);
      if (perp(g.perpetrator) !== perp(best.perpetrator)) bad.push(`perpetrator ${best.perpetrator} (gold ${g.perpetrator})`);
      if (g.perpetrator && g.perpetrator_basis && best.perpetrator_basis !== g.perpetrator_basis) bad.push(`basis ${best.perpetrator_basis} (gold ${g.perpetrator_basis})`);
      if (g.date !== best.date) bad.push(`date ${best.date} (gold ${g.date})`);
      if (g.admin1 && norm(g.admin1) !== norm(best.admin1)) bad.push(`admin1 ${best.admin1} (gold ${g.admin1})`);
      if (bad.length) out.push(`  ${optional ? "optional" : "required"} ${g.date} ${g.admin1 ?? g.country ?? ""}: ${bad.join("; ")}`);
    }
    found.forEach((x, i) => {
      if (!used.has(i)) out.push(`  extra    ${x.date} ${x.admin1 ?? x.country ?? ""} ${x.place ?? ""} ${x.perpetrator ?? "-"} killed ${x.killed}`);
    });
    // quantities: the gold ones no extraction agrees with on subject and figures, and the extractions no gold one has
    const qs = claims.filter((c) => c.kind === "quantity" && c.doc === d.id).map((c) => c.quantity);
    const qKey = (subject, min, max) => `${norm(subject) === "islamic state" ? "iskp" : norm(subject)} ${min ?? ""}-${max ?? ""}`;
    const qFound = new Set(qs.map((x) => qKey(x.subject, x.min, x.max)));
    const qGold = new Set();
    for (const g of d.claims ?? []) {
      const keys = (g.accept ?? [[g.min, g.max]]).map(([mn, mx]) => qKey(g.subject, mn, mx));
      keys.forEach((k) => qGold.add(k));
      // (a gold figure without a minimum, "as many as 2,200", is met by any extraction with that maximum)
      const met = (k) => qFound.has(k) || (/ -\d+$/.test(k) && [...qFound].some((f) => f.startsWith(k.split(" ")[0] + " ") && f.endsWith(k.slice(k.lastIndexOf("-")))));
      if (!keys.some(met)) out.push(`  q-missed ${g.optional ? "(optional) " : ""}${g.subject} ${g.quantity} ${g.min}-${g.max} by ${g.by ?? "-"}`);
      // (found, but from another source than the gold's: the scorer's "by" counts a name inside the other)
      else if (g.by) {
        const hits = qs.filter((x) => keys.includes(qKey(x.subject, x.min, x.max)));
        const want = norm(g.by);
        if (hits.length && !hits.some((x) => x.by && (norm(x.by).includes(want) || want.includes(norm(x.by))))) out.push(`  q-by     ${g.subject} ${g.min}-${g.max} by ${hits.map((x) => x.by ?? "-").join(" / ")} (gold ${g.by})`);
      }
    }
    for (const x of qs) if (!qGold.has(qKey(x.subject, x.min, x.max))) out.push(`  q-extra  ${x.subject} ${x.measure} ${x.min}-${x.max} by ${x.by ?? "-"}`);
    if (out.length) console.log(`${d.id}\n${out.join("\n")}`);
  }
}
