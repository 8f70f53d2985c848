// Starts the server on a store: used by `watchfloor serve`, `npm start` and the browser tests.
import { fileURLToPath } from "node:url";
import { ingestReports } from "../ingest/ingest-reports.js";
import { openStore, type Store, type StoreOptions } from "../store/open-store.js";
import { addUser, countUsers, createToken } from "../store/users.js";
import { countDocuments } from "../store/write-document.js";
import { buildServer } from "./server.js";

export const SAMPLES_DIR = fileURLToPath(new URL("../../samples", import.meta.url));

export interface StartOptions extends StoreOptions {
  port?: number;
  host?: string;
  /** Ingest the bundled sample reports when the database is empty. */
  ingestSamples?: boolean;
  logger?: boolean;
  /** An explicitly public instance: no token, TLP:CLEAR only, read-only. */
  public?: boolean;
}

export interface RunningServer {
  /** The address to open; on a private instance run by its local admin it carries a sign-in token (#token=…). */
  url: string;
  /** The address without any token. */
  baseUrl: string;
  /** How many sample reports were ingested at start (0 when the database already had documents). */
  samplesAdded: number;
  close(): Promise<void>;
}

const LOCAL_ADMIN = "local-admin";

/**
 * A private instance with no users yet gets a local admin (clearance RED); while that user exists, each start
 * replaces its start-up token and prints it in the URL, the way notebook servers do. Instances with their own
 * users set up (watchfloor user add) print no token.
 */
async function localAdminToken(store: Store): Promise<string | null> {
  if ((await countUsers(store)) === 0) await addUser(store, LOCAL_ADMIN, "admin", 4);
  const [exists] = await store.query<{ n: number }>(`select count(*)::int as n from users where name = $1`, [LOCAL_ADMIN]);
  if (!Number(exists?.n)) return null;
  await store.query(`delete from tokens where user_name = $1 and label = 'serve'`, [LOCAL_ADMIN]);
  return createToken(store, LOCAL_ADMIN, "serve");
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const store = await openStore(opts);
  let samplesAdded = 0;
  try {
    if (opts.ingestSamples && (await countDocuments(store)) === 0) {
      samplesAdded = (await ingestReports(store, [SAMPLES_DIR])).added;
    }
    const token = opts.public ? null : await localAdminToken(store);
    const app = await buildServer(store, { logger: opts.logger, public: opts.public });
    const host = opts.host ?? "127.0.0.1";
    await app.listen({ port: opts.port ?? 8080, host });
    const addr = app.server.address();
    const port = typeof addr === "object" && addr ? addr.port : opts.port;
    const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    const baseUrl = `http://${shown}:${port}/`;
    return {
      url: token ? `${baseUrl}#token=${token}` : baseUrl,
      baseUrl,
      samplesAdded,
      async close() {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
