// Child process of bench/run.mjs: ingests a corpus folder into a fresh embedded database (PGlite) through the
// compiled product (dist/), then reports timings, counts and its own peak RSS (VmHWM: all threads, workers
// and the PGlite WASM heap included) to the parent over IPC. Run in its own process so that the reference
// phase does not inherit its memory, and so that its peak RSS is the ingest's alone.
import { availableParallelism } from "node:os";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const [corpusDir, dataDir, threadsArg] = process.argv.slice(2);
const threads = Number(threadsArg) || availableParallelism();
const dist = new URL("../dist/", import.meta.url);
const { openStore } = await import(new URL("store/open-store.js", dist));
const { ingestReports } = await import(new URL("ingest/ingest-reports.js", dist));

function vmHWM() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}
function duBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? duBytes(p) : e.isFile() ? statSync(p).size : 0;
  }
  return n;
}

// Peak RSS is also sampled during the ingest, to say when it happened (VmHWM alone gives only the value).
let peakSampled = 0;
const sampler = setInterval(() => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  if (m) peakSampled = Math.max(peakSampled, Number(m[1]) * 1024);
}, 100);
sampler.unref();

const t0 = performance.now();
const store = await openStore({ dataDir });
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const summary = await ingestReports(store, [corpusDir], { threads });
const cpu = process.cpuUsage(cpu0);
const t2 = performance.now();
const [counts] = await store.query(
  "select (select count(*) from documents)::int as documents, (select coalesce(sum(json_array_length(mentions)), 0) from documents)::int as mentions, (select count(*) from claims)::int as claims, (select count(*) from evidence)::int as evidence, (select count(*) from entities)::int as entities",
);
const t3 = performance.now();
await store.close();
const t4 = performance.now();
clearInterval(sampler);

const failures = summary.results.filter((r) => r.status !== "added").slice(0, 5).map((r) => `${r.path}: ${r.status} (${r.reason})`);
process.send({
  threads,
  added: summary.added,
  skipped: summary.skipped,
  failed: summary.failed,
  claims: summary.claims,
  textBytes: summary.bytes,
  interrupted: summary.interrupted,
  // ingestReports re-resolves events at its end (issue 4) when the product has that step; its share of the time:
  resolution: summary.resolution ?? null,
  failures,
  openSeconds: (t1 - t0) / 1000,
  ingestSeconds: (t2 - t1) / 1000,
  countSeconds: (t3 - t2) / 1000,
  closeSeconds: (t4 - t3) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssBytes: Math.max(vmHWM(), peakSampled),
  dbBytes: duBytes(dataDir),
  counts,
});
