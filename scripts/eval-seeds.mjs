#!/usr/bin/env node
// npm run eval:seeds — ingest the seed reports into a temporary embedded database, export the claims and score them
// with the project's scorer against the gold file. Prints the scorer's output; its score line comes last.
//   env WATCHFLOOR_EVAL_DIR: where eval/score.mjs and seeds.gold.json live (default ../shared/eval)
//   env WATCHFLOOR_EVAL_SEEDS: the reports to ingest (default samples/)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const evalDir = resolve(process.env.WATCHFLOOR_EVAL_DIR ?? join(root, "..", "shared", "eval"));
const seeds = resolve(process.env.WATCHFLOOR_EVAL_SEEDS ?? join(root, "samples"));
const scorer = join(evalDir, "score.mjs");
const gold = join(evalDir, "seeds.gold.json");
if (!existsSync(scorer) || !existsSync(gold)) {
  console.error(`eval:seeds: no scorer/gold in ${evalDir} (set WATCHFLOOR_EVAL_DIR)`);
  process.exit(2);
}
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

const dir = mkdtempSync(join(tmpdir(), "watchfloor-eval-"));
try {
  const cli = join(root, "bin", "watchfloor.js");
  execFileSync(process.execPath, [cli, "ingest", seeds, "--data", join(dir, "db"), "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
  const claims = join(dir, "claims.json");
  execFileSync(process.execPath, [cli, "export", "claims", "--format", "json", "--output", claims, "--data", join(dir, "db")], { stdio: ["ignore", "ignore", "pipe"] });
  // The score line must come last: it is what `npm run eval:seeds | tail -n 1` reports.
  const r = spawnSync(process.execPath, [scorer, "--gold", gold, "--claims", claims, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
