// Opens the database: the embedded PGlite in a data folder (the default) or a PostgreSQL server.
// Both get the same schema and the same migrations (drizzle/), run on open.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { schema } from "./schema.js";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import { fillMissingSearchVectors } from "./search-vectors.js";
import { closeStatementMessage, extendedQueryMessage, readResponse, type ParamPieces } from "./pglite-wire.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface StoreOptions {
  /**
   * PostgreSQL connection string; when set the server is used instead of the embedded database.
   * Undefined: WATCHFLOOR_DATABASE_URL decides. Null: the embedded database, whatever the environment says.
   */
  databaseUrl?: string | null;
  /** Folder of the embedded database (default ./.watchfloor). */
  dataDir?: string | null;
}

export interface Store {
  kind: "pglite" | "postgres";
  /** Where the data lives, for messages: the folder or the URL without its password. */
  location: string;
  db: Db;
  /** Runs a parameterised SQL query and returns its rows. A Uint8Array parameter is sent as bytea, in binary. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs the statement `text`, prepared once per connection under `name`, whose parameters are all bytea, each
   * given as the pieces that joined make it. Returns the rows' columns as text, by position. For the bulk write:
   * on PGlite the pieces are copied once, straight into the wire message.
   */
  queryPieces(name: string, text: string, params: ParamPieces[]): Promise<(string | null)[][]>;
  /** Runs `fn` in one transaction (committed when it returns, rolled back when it throws) with these two calls. */
  transaction<T>(fn: (tx: Pick<Store, "query" | "queryPieces">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const BYTEA = 17;
const MIGRATIONS = fileURLToPath(new URL("../../drizzle", import.meta.url));

export const DEFAULT_DATA_DIR = ".watchfloor";

export function resolveStoreOptions(opts: StoreOptions, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const databaseUrl = opts.databaseUrl === undefined ? (env.WATCHFLOOR_DATABASE_URL ?? null) : opts.databaseUrl;
  const dataDir = opts.dataDir ?? env.WATCHFLOOR_DATA ?? DEFAULT_DATA_DIR;
  return { databaseUrl: databaseUrl || null, dataDir };
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const opts = resolveStoreOptions(options);
  const store = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(resolve(opts.dataDir ?? DEFAULT_DATA_DIR));
  try {
    await fillMissingSearchVectors(store);
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}

async function openPglite(dir: string): Promise<Store> {
  mkdirSync(dir, { recursive: true });
  // PGlite takes no lock of its own: two processes writing one folder corrupt it. Ours refuses the second.
  const lock: DataDirLock = acquireDataDirLock(dir);
  let client: PGlite;
  try {
    // A smaller buffer cache than PostgreSQL's default: the operating system caches the files anyway, and the
    // WASM heap that holds it never shrinks (measured on 2,989 reports: peak RSS 961 → 874 MB, ingest 16.1 → 16.8 s).
    client = new PGlite(resolve(dir, "pgdata"), { postgresqlconf: ["shared_buffers=32MB"] });
    await client.waitReady;
  } catch (err) {
    lock.release();
    throw new Error(`cannot open the embedded database in ${dir}: ${(err as Error).message}`);
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const prepared = new Set<string>();
  try {
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
  } catch (err) {
    await client.close().catch(() => {});
    lock.release();
    throw err;
  }
  // PGlite would send a bytea parameter as hex text; returned as is, it goes in binary.
  const serializers = { [BYTEA]: (v: unknown) => v as never };
  async function queryPieces(name: string, text: string, params: ParamPieces[]) {
    return client.runExclusive(async () => {
      const parse = !prepared.has(name);
      // The response's bytes as they come (views into the WASM memory, so copied), read here: execProtocolRaw
      // would also run PGlite's own parser over them, building an object per row.
      const chunks: Uint8Array[] = [];
      await client.execProtocolRawStream(extendedQueryMessage(name, text, params, parse), { syncToFs: false, onRawData: (chunk) => chunks.push(chunk.slice()) });
      const { rows, error } = readResponse(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      if (error) {
        // A failed first execution may leave the statement prepared or not: drop it, and parse it next time.
        if (parse) await client.execProtocolRaw(closeStatementMessage(name), { syncToFs: false });
        throw error;
      }
      prepared.add(name);
      await client.syncToFs();
      return rows;
    });
  }
  return {
    kind: "pglite",
    location: dir,
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query<T>(text, params as never[], { serializers });
      return res.rows;
    },
    queryPieces,
    transaction(fn) {
      // One connection: what runs inside PGlite's transaction is inside it, raw statements included.
      return client.transaction((tx) =>
        fn({
          query: async <T>(text: string, params: unknown[] = []) => (await tx.query<T>(text, params as never[], { serializers })).rows,
          queryPieces,
        }),
      );
    },
    async close() {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {}); // an idle client's error must not crash the process; the next query reports it
  const location = redactUrl(url);
  try {
    await pool.query("select 1");
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to PostgreSQL at ${location}: ${(err as Error).message}`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  // Two processes migrating one server at once would race: serialise them on an advisory lock.
  const conn = await pool.connect();
  try {
    await conn.query("select pg_advisory_lock(727372)");
    await migratePg(drizzlePg({ client: conn, schema }), { migrationsFolder: MIGRATIONS });
  } finally {
    await conn.query("select pg_advisory_unlock(727372)").catch(() => {});
    conn.release();
  }
  return {
    kind: "postgres",
    location,
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await pool.query(text, params);
      return res.rows as T[];
    },
    queryPieces: (name, text, params) => piecesQuery(pool, name, text, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const out = await fn({
          query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
          queryPieces: (name, text, params) => piecesQuery(client, name, text, params),
        });
        await client.query("commit");
        return out;
      } catch (err) {
        await client.query("rollback").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Every column as PostgreSQL's text, as on PGlite's raw path (node-postgres would parse json, numbers, dates). */
const AS_TEXT = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

async function piecesQuery(on: pg.Pool | pg.PoolClient, name: string, text: string, params: ParamPieces[]) {
  const res = await on.query({ name, text, values: params.map((pieces) => Buffer.concat(pieces)), rowMode: "array", types: AS_TEXT });
  return res.rows as (string | null)[][];
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable database URL)";
  }
}
