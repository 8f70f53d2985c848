// The same integration suite runs on the embedded database and, when WATCHFLOOR_TEST_DATABASE_URL is set,
// on a real PostgreSQL server (each test file gets a database of its own, dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "../../src/store/open-store.js";

export interface TestBackend {
  name: "pglite" | "postgres";
  /** Opens a fresh, empty store; call the returned cleanup when done. */
  fresh(): Promise<{ store: Store; options: { dataDir?: string; databaseUrl?: string }; cleanup(): Promise<void> }>;
}

const serverUrl = process.env.WATCHFLOOR_TEST_DATABASE_URL;

if (!serverUrl && !process.env.WATCHFLOOR_QUIET_SKIP) {
  console.warn("WATCHFLOOR_TEST_DATABASE_URL is not set: the PostgreSQL-server variants of the integration tests are skipped");
}

export const pgliteBackend: TestBackend = {
  name: "pglite",
  async fresh() {
    const dataDir = mkdtempSync(join(tmpdir(), "wf-test-"));
    const store = await openStore({ dataDir, databaseUrl: null });
    return {
      store,
      options: { dataDir },
      async cleanup() {
        await store.close().catch(() => {});
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresBackend: TestBackend = {
  name: "postgres",
  async fresh() {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const db = `wf_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin.query(`create database ${db}`);
    await admin.end();
    const u = new URL(serverUrl!);
    u.pathname = `/${db}`;
    const databaseUrl = u.toString();
    const store = await openStore({ databaseUrl });
    return {
      store,
      options: { databaseUrl },
      async cleanup() {
        await store.close().catch(() => {});
        const a = new pg.Client({ connectionString: serverUrl });
        await a.connect();
        await a.query(`drop database if exists ${db} with (force)`);
        await a.end();
      },
    };
  },
};

/** The backends to run integration suites on: PGlite always, PostgreSQL when configured. */
export const backends: TestBackend[] = serverUrl ? [pgliteBackend, postgresBackend] : [pgliteBackend];
