// Everything an ingest does to one file before the database: read, decode, hash, skip a known duplicate, extract.
// It runs on worker threads (prepare-worker.ts) so that the main thread, which holds the database, only writes.
import { extractDocument } from "../extract/extract-document.js";
import type { Extraction } from "../extract/types.js";
import { contentHash } from "../store/write-document.js";
import { BadInputError } from "./decode-text.js";
import { checkedExtraction } from "./checked-extraction.js";
import { readReport, type Report } from "./read-report.js";

export type Prepared =
  | { status: "failed"; reason: string }
  | { status: "duplicate"; hash: string; bytes: number }
  | { status: "ready"; hash: string; bytes: number; report: Report; extraction: Extraction };

export async function prepareReport(path: string, maxBytes: number, known: Set<string>): Promise<Prepared> {
  let report: Report;
  try {
    report = await readReport(path, maxBytes);
  } catch (err) {
    return { status: "failed", reason: err instanceof BadInputError ? err.message : `cannot read: ${(err as Error).message}` };
  }
  const bytes = Buffer.byteLength(report.text, "utf8");
  const hash = contentHash(report.text);
  if (known.has(hash)) return { status: "duplicate", hash, bytes };
  try {
    const extraction = checkedExtraction(
      report.text,
      extractDocument({ text: report.text, published: report.meta.published ?? null, title: report.meta.title ?? null }),
    );
    return { status: "ready", hash, bytes, report, extraction };
  } catch (err) {
    return { status: "failed", reason: `extraction failed: ${(err as Error).message}` };
  }
}
