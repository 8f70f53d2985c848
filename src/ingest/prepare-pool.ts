// Prepares report files (read, decode, extract, lay out the rows) on worker threads, so that the main thread, which
// holds the database while it writes, is free for the writes. On a machine with N cores an ingest runs N - 1
// workers, and the main thread prepares files too, one at a time, whenever the writer has nothing to write: N busy
// threads on N cores, not N + 1 (with two workers beside the database's thread on two cores, every thread's work
// cost more). Small ingests run inline, where starting workers would cost more than it saves.
// Files go to the workers in chunks of up to CHUNK files, one task each (a task costs a message each way, which the
// main thread paid per file), and only as many chunks as the workers can hold: the rest wait here, where the main
// thread can take them.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { prepareReport, type PrepareOptions, type Prepared } from "./prepare-report.js";

export interface Preparer {
  run(path: string): Promise<Prepared>;
  close(): Promise<void>;
}

/** What the main thread waits for before it prepares a file itself: a writer with nothing to write. */
export interface MainThreadTurn {
  whenIdle(): Promise<void>;
}

const WORKER = fileURLToPath(new URL("./prepare-worker.js", import.meta.url));
const CHUNK = 8;
/**
 * Chunks a worker holds at once (piscina's concurrentTasksPerWorker): enough to keep it busy while the main thread writes
 * (16 against 6: ingest of the 10,000 bench reports 17.5-17.8 s against 17.7-18.4 s, alternating runs).
 */
const TASKS_PER_WORKER = 16;

interface Request {
  path: string;
  resolve(p: Prepared): void;
  reject(err: unknown): void;
}

/** `threads`: the threads that prepare files, the main thread included (default: one per core). */
export function createPreparer(files: number, opts: PrepareOptions, known: Set<string>, threads?: number, mainTurn?: MainThreadTurn): Preparer {
  const total = threads ?? availableParallelism();
  // One thread, or under a TypeScript test runner (the compiled worker does not exist next to this module): inline.
  if (total <= 1 || files < 16 || !existsSync(WORKER)) {
    return { run: (path) => prepareReport(path, opts, known), close: async () => {} };
  }
  const workers = mainTurn ? total - 1 : total;
  const pool = new Piscina<{ paths: string[]; opts: PrepareOptions }, Prepared[]>({
    filename: WORKER,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    workerData: { known: [...known] },
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    atomics: "disabled",
  });
  const queue: Request[] = [];
  let chunksOut = 0;
  let pumpScheduled = false;
  let closed = false;
  let wakeHelper: (() => void) | null = null;

  // The requests of one turn of the event loop are sent together, in chunks.
  function pump(): void {
    pumpScheduled = false;
    while (queue.length && chunksOut < workers * TASKS_PER_WORKER) {
      const chunk = queue.splice(0, CHUNK);
      chunksOut++;
      pool.run({ paths: chunk.map((q) => q.path), opts }).then(
        (results) => {
          chunksOut--;
          chunk.forEach((q, k) => q.resolve(results[k]));
          schedulePump();
        },
        (err) => {
          chunksOut--;
          chunk.forEach((q) => q.reject(err));
          schedulePump();
        },
      );
    }
  }
  function schedulePump(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(pump);
  }

  // The main thread's share: a file at a time, whenever the writer is idle and a file is waiting for a worker.
  async function help(turn: MainThreadTurn): Promise<void> {
    while (!closed) {
      if (!queue.length) {
        await new Promise<void>((resolve) => (wakeHelper = resolve));
        wakeHelper = null;
        continue;
      }
      await turn.whenIdle();
      const q = queue.shift();
      if (!q) continue;
      try {
        q.resolve(await prepareReport(q.path, opts, known));
      } catch (err) {
        q.reject(err);
      }
      // let the workers' results and the writer in before the next one
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const helping = mainTurn ? help(mainTurn) : Promise.resolve();

  return {
    run: (path) =>
      new Promise<Prepared>((resolve, reject) => {
        queue.push({ path, resolve, reject });
        schedulePump();
        wakeHelper?.();
      }),
    async close() {
      closed = true;
      wakeHelper?.();
      await helping;
      await pool.destroy();
    },
  };
}
