// Ingests one report given as text (an upload from the web app or the API), through the same steps as a file.
import { extname } from "node:path";
import { extractDocument } from "../extract/extract-document.js";
import { autoMergePersons } from "../resolve/entities.js";
import { resolvePending } from "../resolve/resolve-events.js";
import type { Store } from "../store/open-store.js";
import { readClaims, type StoredClaim } from "../store/read-claims.js";
import { readDocument, type DocumentRecord } from "../store/read-document.js";
import { contentHash, documentId, writeDocument } from "../store/write-document.js";
import { BadInputError, normalizeText } from "./decode-text.js";
import { htmlTitle, htmlToText } from "./html-text.js";
import { checkedExtraction, newDocumentFor } from "./ingest-reports.js";
import { reportName, type Report } from "./read-report.js";
import { parseMetadataObject } from "./report-metadata.js";

export interface TextReport {
  name: string;
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  tlp?: string;
  reliability?: string;
}

export interface TextIngestResult {
  status: "added" | "skipped" | "failed";
  reason?: string;
  document?: DocumentRecord;
  claims?: StoredClaim[];
}

export async function ingestText(store: Store, input: TextReport): Promise<TextIngestResult> {
  let report: Report;
  try {
    const ext = extname(input.name).toLowerCase();
    const isHtml = ext === ".html" || ext === ".htm";
    const text = normalizeText(isHtml ? htmlToText(input.text) : input.text);
    if (!text.trim()) throw new BadInputError("the report has no text");
    const { text: _t, name: _n, ...metaFields } = input;
    const meta = parseMetadataObject(metaFields, "upload");
    if (isHtml && !meta.title) meta.title = htmlTitle(input.text);
    report = { name: reportName(input.name), path: `upload:${input.name}`, format: isHtml ? "html" : ext === ".md" ? "md" : "txt", text, meta };
  } catch (err) {
    if (err instanceof BadInputError) return { status: "failed", reason: err.message };
    throw err;
  }
  const existing = documentId(contentHash(report.text));
  const already = await readDocument(store, existing);
  if (already) return { status: "skipped", reason: "duplicate", document: already.document, claims: await readClaims(store, { doc: existing }) };
  const extraction = checkedExtraction(
    report.text,
    extractDocument({ text: report.text, published: report.meta.published ?? null, title: report.meta.title ?? null }),
  );
  const id = await writeDocument(store, newDocumentFor(report, extraction, {}), extraction);
  if (!id) return { status: "skipped", reason: "duplicate" };
  await resolvePending(store);
  await autoMergePersons(store);
  const stored = await readDocument(store, id);
  return { status: "added", document: stored?.document, claims: await readClaims(store, { doc: id }) };
}
