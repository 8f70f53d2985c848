// Prepares report files on worker threads (one per core), so that reading, decoding and extracting never wait
// for the database, which holds the main thread while it writes; small batches run inline, where starting
// workers would cost more than it saves.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { prepareReport, type PrepareOptions, type Prepared } from "./prepare-report.js";

export interface Preparer {
  run(path: string): Promise<Prepared>;
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL("./prepare-worker.js", import.meta.url));

export function createPreparer(files: number, opts: PrepareOptions, known: Set<string>, threads?: number): Preparer {
  const n = threads ?? availableParallelism();
  // Under a TypeScript test runner the compiled worker does not exist next to this module: run inline.
  if (n <= 1 || files < 16 || !existsSync(WORKER)) {
    return { run: (path) => prepareReport(path, opts, known), close: async () => {} };
  }
  const pool = new Piscina<{ path: string; opts: PrepareOptions }, Prepared>({
    filename: WORKER,
    minThreads: n,
    maxThreads: n,
    idleTimeout: 1000,
    workerData: { known: [...known] },
    concurrentTasksPerWorker: 4,
    atomics: "disabled",
  });
  return {
    run: (path) => pool.run({ path, opts }),
    close: () => pool.destroy(),
  };
}
