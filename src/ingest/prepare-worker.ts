// Piscina worker: prepares one report file (prepare-report.ts). The content hashes already in the database when
// the ingest started come in workerData, so known duplicates are skipped before extraction. A document's rows
// go back to the main thread moved, not copied: their buffer is transferred. (Copies made on the main thread count
// against its garbage collector's limits, and it is the thread that holds the database.)
import { workerData } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { prepareReport, type PrepareOptions, type Prepared } from "./prepare-report.js";

const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? []);

export default async function prepare(task: { path: string; opts: PrepareOptions }): Promise<Prepared> {
  const prepared = await prepareReport(task.path, task.opts, known);
  if (prepared.status !== "ready") return prepared;
  return move({ [transferableSymbol]: [prepared.rows.bytes.buffer], [valueSymbol]: prepared }) as unknown as Prepared;
}
