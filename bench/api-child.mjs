// Child process of bench/run.mjs: serves the ingested database with `watchfloor serve` (another process, as in
// use) and measures request latency on the events, map and search endpoints from here: a warm-up, then N
// requests per endpoint with 2 in flight (two analysts at work); reports p50, p95 and p99 in milliseconds.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const [dataDir, nArg] = process.argv.slice(2);
const N = Number(nArg) || 300;
const ROOT = fileURLToPath(new URL("..", import.meta.url));

const server = spawn(process.execPath, ["bin/watchfloor.js", "serve", "--data", dataDir, "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = /serving on (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  setTimeout(() => reject(new Error("server did not start in 120 s")), 120_000).unref();
});
const base = url.split("#")[0];
const token = /#token=(.+)$/.exec(url)?.[1];
const headers = token ? { authorization: `Bearer ${token}` } : {};

const ENDPOINTS = {
  events: ["/api/events?limit=50", "/api/events?country=AF&limit=50", "/api/events?since=2022-01-01&limit=50&offset=100", "/api/events?actor=ISIS-K&limit=50", "/api/events?country=PK&admin1=Khyber%20Pakhtunkhwa&limit=50"],
  map: ["/api/map", "/api/map?country=AF", "/api/map?since=2023-01-01", "/api/map?actor=ISKP"],
  search: ["/api/search?q=Russian%20embassy", "/api/search?q=suicide%20bomber%20Kabul", "/api/search?q=%22claimed%20responsibility%22", "/api/search?q=Peshawar%20mosque", "/api/search?q=fighters%20estimate"],
};

async function get(path) {
  const t0 = performance.now();
  const res = await fetch(base + path.slice(1), { headers });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  return performance.now() - t0;
}

const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const results = {};
try {
  for (const [name, paths] of Object.entries(ENDPOINTS)) {
    // The first request of each variant is computed by the server (nothing cached yet): report it as "cold".
    const cold = [];
    for (let i = 0; i < 20; i++) {
      const t = await get(paths[i % paths.length]);
      if (i < paths.length) cold.push(t);
    }
    const times = [];
    let next = 0;
    const lane = async () => {
      while (next < N) {
        const i = next++;
        times.push(await get(paths[i % paths.length]));
      }
    };
    await Promise.all([lane(), lane()]);
    times.sort((a, b) => a - b);
    results[name] = { requests: times.length, p50: q(times, 50), p95: q(times, 95), p99: q(times, 99), coldMax: Math.max(...cold), coldMedian: cold.sort((a, b) => a - b)[Math.floor(cold.length / 2)] };
  }
  process.send({ results });
} finally {
  server.kill("SIGTERM");
}
