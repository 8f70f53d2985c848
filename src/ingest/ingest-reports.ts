// The ingest pipeline: find report files → read and decode → skip duplicates → extract (worker threads)
// → write each document in its own transaction. Bad files are reported one line each; the good ones go in.
import type { Extraction } from "../extract/types.js";
import type { Store } from "../store/open-store.js";
import type { Reliability, Tlp } from "../store/schema.js";
import { BatchWriter } from "../store/batch-writer.js";
import { contentHash, knownContentHashes, type NewDocument } from "../store/write-document.js";
import { collectReportFiles } from "./collect-files.js";
import { BadInputError } from "./decode-text.js";
import { createExtractor } from "./extractor-pool.js";
import { DEFAULT_MAX_BYTES, readReport, type Report } from "./read-report.js";
import { outletFromUrl } from "./report-metadata.js";
import { resolvePending, type ResolveStats } from "../resolve/resolve-events.js";
import { autoMergePersons } from "../resolve/entities.js";

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

/** Keeps only evidence that is exactly the text at [start, end), and claims that keep some evidence. */
export function checkedExtraction(text: string, x: Extraction): Extraction {
  const ok = (s: { start: number; end: number; text: string }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end && text.slice(s.start, s.end) === s.text;
  return {
    bylineDate: x.bylineDate,
    mentions: x.mentions.filter(ok),
    claims: x.claims.map((c) => ({ ...c, evidence: c.evidence.filter(ok) })).filter((c) => c.evidence.length > 0),
  };
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
  const extractor = createExtractor(files.length, opts.threads);
  // One writer (PGlite is single-connection), batching what queues up while it writes.
  const writer = new BatchWriter(store);

  async function one(path: string): Promise<FileResult> {
    let report: Report;
    try {
      report = await readReport(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch (err) {
      return { path, status: "failed", reason: err instanceof BadInputError ? err.message : `cannot read: ${(err as Error).message}` };
    }
    const bytes = Buffer.byteLength(report.text, "utf8");
    const hash = contentHash(report.text);
    if (known.has(hash) || inFlight.has(hash)) return { path, status: "skipped", reason: "duplicate", bytes };
    inFlight.add(hash);
    try {
      let extraction: Extraction;
      try {
        extraction = checkedExtraction(
          report.text,
          await extractor.run({ text: report.text, published: report.meta.published ?? null, title: report.meta.title ?? null }),
        );
      } catch (err) {
        return { path, status: "failed", reason: `extraction failed: ${(err as Error).message}` };
      }
      const doc = newDocumentFor(report, extraction, opts);
      try {
        const id = await writer.write({ doc, extraction });
        if (!id) return { path, status: "skipped", reason: "duplicate", bytes };
        known.add(hash);
        return { path, status: "added", docId: id, claims: extraction.claims.length, bytes };
      } catch (err) {
        return { path, status: "failed", reason: `database write failed: ${dbErrorMessage(err)}` };
      }
    } finally {
      inFlight.delete(hash);
    }
  }

  // A bounded window of files in flight keeps memory flat on large folders.
  const window = Math.max(4, (opts.threads ?? 2) * 4);
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
    await extractor.close();
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
