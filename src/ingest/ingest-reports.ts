// The ingest pipeline: find report files → read, decode, skip known duplicates and extract on worker threads
// → write batches of whole documents, each batch atomic. Bad files are reported one line each; the good ones go in.
import type { Store } from "../store/open-store.js";
import { BatchWriter } from "../store/batch-writer.js";
import { knownContentHashes } from "../store/write-document.js";
import { collectReportFiles } from "./collect-files.js";
import { createPreparer } from "./prepare-pool.js";
import type { Prepared } from "./prepare-report.js";
import type { DocumentDefaults } from "./new-document.js";
import { DEFAULT_MAX_BYTES } from "./read-report.js";
import { resolvePending, type ResolveStats } from "../resolve/resolve-events.js";
import { autoMergePersons } from "../resolve/entities.js";

export { checkedExtraction } from "./checked-extraction.js";
export { newDocumentFor } from "./new-document.js";

export interface IngestOptions extends DocumentDefaults {
  maxBytes?: number;
  threads?: number;
  onFile?: (result: FileResult, done: number, total: number) => void;
  /** When aborted, no new file is started; documents already being written complete. */
  signal?: AbortSignal;
}

export type FileStatus = "added" | "skipped" | "failed";

export interface FileResult {
  path: string;
  status: FileStatus;
  /** Why it was skipped or failed, one line. */
  reason?: string;
  docId?: string;
  claims?: number;
  bytes?: number;
}

export interface IngestSummary {
  added: number;
  skipped: number;
  failed: number;
  claims: number;
  bytes: number;
  seconds: number;
  interrupted: boolean;
  /** The incremental re-resolution of events after the writes. */
  resolution: ResolveStats;
  results: FileResult[];
}

/** The database's own reason, not the query that failed (which would carry the whole document). */
export function dbErrorMessage(err: unknown): string {
  const e = err as Error & { cause?: Error };
  const msg = e?.cause?.message ?? e?.message ?? String(err);
  return msg.length > 300 ? `${msg.slice(0, 300)}…` : msg;
}

export async function ingestReports(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, errors } = await collectReportFiles(paths);
  const results: FileResult[] = errors.map((e) => ({ path: e.path, status: "failed", reason: e.error }));
  const total = files.length + errors.length;
  let done = 0;
  for (const r of results) opts.onFile?.(r, ++done, total);

  const known = await knownContentHashes(store);
  const inFlight = new Set<string>();
  // One writer (PGlite is single-connection), batching what queues up while it writes, at least 32 documents
  // at a time when that many are on their way (window below).
  const writer = new BatchWriter(store, { minDocs: files.length >= 256 ? 32 : 1 });
  // The embedded database holds this thread only while it writes: in between, this thread prepares files too.
  const preparer = createPreparer(files.length, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, tlp: opts.tlp, reliability: opts.reliability }, known, opts.threads,
    store.kind === "pglite" ? writer : undefined);

  async function one(path: string): Promise<FileResult> {
    let p: Prepared;
    try {
      p = await preparer.run(path);
    } catch (err) {
      return { path, status: "failed", reason: `cannot prepare: ${(err as Error).message}` };
    }
    if (p.status === "failed") return { path, status: "failed", reason: p.reason };
    // Known when the ingest began, added since by this run, or being written right now.
    if (p.status === "duplicate" || known.has(p.hash) || inFlight.has(p.hash)) return { path, status: "skipped", reason: "duplicate", bytes: p.bytes };
    inFlight.add(p.hash);
    try {
      const id = await writer.write(p.rows);
      if (!id) return { path, status: "skipped", reason: "duplicate", bytes: p.bytes };
      known.add(p.hash);
      return { path, status: "added", docId: id, claims: p.claims, bytes: p.bytes };
    } catch (err) {
      return { path, status: "failed", reason: `database write failed: ${dbErrorMessage(err)}` };
    } finally {
      inFlight.delete(p.hash);
    }
  }

  // A bounded window of files in flight keeps memory flat on large folders.
  const window = Math.max(256, (opts.threads ?? 2) * 128);
  let next = 0;
  let interrupted = false;
  async function lane(): Promise<void> {
    while (next < files.length) {
      if (opts.signal?.aborted) {
        interrupted = true;
        return;
      }
      const path = files[next++];
      const r = await one(path);
      results.push(r);
      opts.onFile?.(r, ++done, total);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(window, files.length) }, lane));
    await writer.flush();
  } finally {
    await preparer.close();
  }
  // Documents written by this run (and any a crashed run left unresolved) go into the events.
  const resolution = await resolvePending(store);
  if (results.some((r) => r.status === "added")) resolution.personMerges = await autoMergePersons(store);
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (order.get(a.path) ?? -1) - (order.get(b.path) ?? -1));
  const sum = (s: FileStatus) => results.filter((r) => r.status === s).length;
  return {
    added: sum("added"),
    skipped: sum("skipped"),
    failed: sum("failed"),
    claims: results.reduce((n, r) => n + (r.claims ?? 0), 0),
    bytes: results.reduce((n, r) => n + (r.status === "added" ? (r.bytes ?? 0) : 0), 0),
    seconds: (performance.now() - t0) / 1000,
    interrupted,
    resolution,
    results,
  };
}
