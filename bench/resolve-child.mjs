// Child process of bench/run.mjs: re-resolves every event of the ingested database from scratch (all blocks,
// every clearance level) and reports the time; the ingest phase's incremental resolution is reported with it.
const [dataDir] = process.argv.slice(2);
const dist = new URL("../dist/", import.meta.url);
const { openStore } = await import(new URL("store/open-store.js", dist));
const { resolveEvents } = await import(new URL("resolve/resolve-events.js", dist));
const store = await openStore({ dataDir, databaseUrl: null });
try {
  const t0 = performance.now();
  const stats = await resolveEvents(store, null);
  process.send({ ...stats, seconds: (performance.now() - t0) / 1000 });
} finally {
  await store.close();
}
