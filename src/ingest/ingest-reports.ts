// The ingest pipeline: find report files → read, decode, skip known duplicates and extract on worker threads
// → write batches of whole documents, each batch atomic. Bad files are reported one line each; the good ones go in.
import type { Extraction } from "../extract/types.js";
import type { Store } from "../store/open-store.js";
import type { Reliability, Tlp } from "../store/schema.js";
import { BatchWriter } from "../store/batch-writer.js";
import { knownContentHashes, type NewDocument } from "../store/write-document.js";
import { collectReportFiles } from "./collect-files.js";
import { createPreparer } from "./prepare-pool.js";
import type { Prepared } from "./prepare-report.js";
import { DEFAULT_MAX_BYTES, type Report } from "./read-report.js";
import { outletFromUrl } from "./report-metadata.js";
import { resolvePending, type ResolveStats } from "../resolve/resolve-events.js";
import { autoMergePersons } from "../resolve/entities.js";

export { checkedExtraction } from "./checked-extraction.js";

export interface IngestOptions {
  /** Marking for documents whose metadata gives none (default TLP:CLEAR). */
  tlp?: Tlp;
  /** Source reliability for documents whose metadata gives none (default F: cannot be judged). */
  reliability?: Reliability;
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

/** The document row for a report: metadata first, then what the text gives (byline date, first line as title). */
export function newDocumentFor(report: Report, extraction: Extraction, defaults: Pick<IngestOptions, "tlp" | "reliability">): NewDocument {
  const published = report.meta.published ?? extraction.bylineDate ?? null;
  return {
    name: report.name,
    text: report.text,
    format: report.format,
    sourcePath: report.path,
    title: report.meta.title ?? defaultTitle(report),
    url: report.meta.url ?? null,
    outlet: report.meta.outlet ?? outletFromUrl(report.meta.url),
    published,
    publishedSource: report.meta.published ? "metadata" : published ? "byline" : null,
    tlp: report.meta.tlp ?? defaults.tlp ?? "TLP:CLEAR",
    reliability: report.meta.reliability ?? defaults.reliability ?? "F",
  };
}

function defaultTitle(report: Report): string | null {
  const first = report.text.split("\n").find((l) => l.trim());
  const line = first?.trim() ?? "";
  return line && line.length <= 200 ? line : report.name;
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
  const preparer = createPreparer(files.length, opts.maxBytes ?? DEFAULT_MAX_BYTES, known, opts.threads);
  // One writer (PGlite is single-connection), batching what queues up while it writes.
  const writer = new BatchWriter(store);

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
      const doc = newDocumentFor(p.report, p.extraction, opts);
      const id = await writer.write({ doc, extraction: p.extraction });
      if (!id) return { path, status: "skipped", reason: "duplicate", bytes: p.bytes };
      known.add(p.hash);
      return { path, status: "added", docId: id, claims: p.extraction.claims.length, bytes: p.bytes };
    } catch (err) {
      return { path, status: "failed", reason: `database write failed: ${dbErrorMessage(err)}` };
    } finally {
      inFlight.delete(p.hash);
    }
  }

  // A bounded window of files in flight keeps memory flat on large folders.
  const window = Math.max(16, (opts.threads ?? 2) * 32);
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
