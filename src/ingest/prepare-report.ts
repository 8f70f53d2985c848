// Everything an ingest does to one file before the database: read, decode, hash, skip a known duplicate, extract,
// and lay out the document's rows as JSON text. It runs on worker threads (prepare-worker.ts) so that the main
// thread, which holds the database, only joins those rows into one statement and writes.
import { extractDocument } from "../extract/extract-document.js";
import { contentHash, documentRows, type DocumentRows } from "../store/write-document.js";
import { BadInputError } from "./decode-text.js";
import { checkedExtraction } from "./checked-extraction.js";
import { newDocumentFor, type DocumentDefaults } from "./new-document.js";
import { readReport, type Report } from "./read-report.js";

export interface PrepareOptions extends DocumentDefaults {
  maxBytes: number;
}

export type Prepared =
  | { status: "failed"; reason: string }
  | { status: "duplicate"; hash: string; bytes: number }
  | { status: "ready"; hash: string; bytes: number; rows: DocumentRows; claims: number };

export async function prepareReport(path: string, opts: PrepareOptions, known: Set<string>): Promise<Prepared> {
  let report: Report;
  try {
    report = await readReport(path, opts.maxBytes);
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
    const rows = documentRows({ doc: newDocumentFor(report, extraction, opts), extraction }, hash);
    return { status: "ready", hash, bytes, rows, claims: extraction.claims.length };
  } catch (err) {
    return { status: "failed", reason: `extraction failed: ${(err as Error).message}` };
  }
}
