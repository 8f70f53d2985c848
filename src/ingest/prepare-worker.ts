// Piscina worker: prepares report files (prepare-report.ts), several per task (prepare-pool.ts sends them in
// chunks: each task is a message each way, and their cost added up on the main thread). The content hashes already
// in the database when the ingest started come in workerData, so known duplicates are skipped before extraction. A
// document's rows go back to the main thread moved, not copied: their buffers are transferred. (Copies made on the
// main thread count against its garbage collector's limits, and it is the thread that holds the database.)
import { workerData } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { prepareReport, type PrepareOptions, type Prepared } from "./prepare-report.js";

const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? []);

export default async function prepare(task: { paths: string[]; opts: PrepareOptions }): Promise<Prepared[]> {
  const out: Prepared[] = [];
  const buffers: ArrayBuffer[] = [];
  for (const path of task.paths) {
    let prepared: Prepared;
    try {
      prepared = await prepareReport(path, task.opts, known);
    } catch (err) {
      prepared = { status: "failed", reason: `cannot prepare: ${(err as Error).message}` };
    }
    if (prepared.status === "ready") buffers.push(prepared.rows.bytes.buffer as ArrayBuffer);
    out.push(prepared);
  }
  return move({ [transferableSymbol]: buffers, [valueSymbol]: out }) as unknown as Prepared[];
}
