// Starts the server on a store: used by `watchfloor serve`, `npm start` and the browser tests.
import { fileURLToPath } from "node:url";
import { ingestReports } from "../ingest/ingest-reports.js";
import { openStore, type StoreOptions } from "../store/open-store.js";
import { countDocuments } from "../store/write-document.js";
import { buildServer } from "./server.js";

export const SAMPLES_DIR = fileURLToPath(new URL("../../samples", import.meta.url));

export interface StartOptions extends StoreOptions {
  port?: number;
  host?: string;
  /** Ingest the bundled sample reports when the database is empty. */
  ingestSamples?: boolean;
  logger?: boolean;
}

export interface RunningServer {
  url: string;
  /** How many sample reports were ingested at start (0 when the database already had documents). */
  samplesAdded: number;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const store = await openStore(opts);
  let samplesAdded = 0;
  try {
    if (opts.ingestSamples && (await countDocuments(store)) === 0) {
      samplesAdded = (await ingestReports(store, [SAMPLES_DIR])).added;
    }
    const app = await buildServer(store, { logger: opts.logger });
    const host = opts.host ?? "127.0.0.1";
    await app.listen({ port: opts.port ?? 8080, host });
    const addr = app.server.address();
    const port = typeof addr === "object" && addr ? addr.port : opts.port;
    const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    return {
      url: `http://${shown}:${port}/`,
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
