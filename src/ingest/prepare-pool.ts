// Prepares report files on worker threads (one per core), so that reading, decoding and extracting never wait
// for the database, which holds the main thread while it writes; small batches run inline, where starting
// workers would cost more than it saves. The files asked for in one turn of the event loop go to the workers in
// chunks of up to CHUNK files, one task each: a task costs a message each way, which the main thread paid per file.
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
const CHUNK = 8;

export function createPreparer(files: number, opts: PrepareOptions, known: Set<string>, threads?: number): Preparer {
  const n = threads ?? availableParallelism();
  // Under a TypeScript test runner the compiled worker does not exist next to this module: run inline.
  if (n <= 1 || files < 16 || !existsSync(WORKER)) {
    return { run: (path) => prepareReport(path, opts, known), close: async () => {} };
  }
  const pool = new Piscina<{ paths: string[]; opts: PrepareOptions }, Prepared[]>({
    filename: WORKER,
    minThreads: n,
    maxThreads: n,
    idleTimeout: 1000,
    workerData: { known: [...known] },
    concurrentTasksPerWorker: 4,
    atomics: "disabled",
  });
  let queued: { path: string; resolve(p: Prepared): void; reject(err: unknown): void }[] = [];
  let scheduled = false;
  function dispatch(): void {
    scheduled = false;
    const all = queued;
    queued = [];
    for (let i = 0; i < all.length; i += CHUNK) {
      const chunk = all.slice(i, i + CHUNK);
      pool.run({ paths: chunk.map((q) => q.path), opts }).then(
        (results) => chunk.forEach((q, k) => q.resolve(results[k])),
        (err) => chunk.forEach((q) => q.reject(err)),
      );
    }
  }
  return {
    run: (path) =>
      new Promise<Prepared>((resolve, reject) => {
        queued.push({ path, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(dispatch);
        }
      }),
    close: () => pool.destroy(),
  };
}
