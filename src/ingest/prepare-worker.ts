// Piscina worker: prepares one report file (prepare-report.ts). The content hashes already in the database when
// the ingest started come in workerData, so known duplicates are skipped before extraction.
import { workerData } from "node:worker_threads";
import { prepareReport, type PrepareOptions, type Prepared } from "./prepare-report.js";

const known = new Set<string>((workerData as { known?: string[] } | undefined)?.known ?? []);

export default function prepare(task: { path: string; opts: PrepareOptions }): Promise<Prepared> {
  return prepareReport(task.path, task.opts, known);
}
