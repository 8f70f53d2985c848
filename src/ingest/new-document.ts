// The document row for a report: its metadata first, then what the text itself gives (a byline date, the first
// line as title), then the ingest's defaults for marking and reliability.
import type { Extraction } from "../extract/types.js";
import type { Reliability, Tlp } from "../store/schema.js";
import type { NewDocument } from "../store/write-document.js";
import type { Report } from "./read-report.js";
import { outletFromUrl } from "./report-metadata.js";

export interface DocumentDefaults {
  /** Marking for documents whose metadata gives none (default TLP:CLEAR). */
  tlp?: Tlp;
  /** Source reliability for documents whose metadata gives none (default F: cannot be judged). */
  reliability?: Reliability;
}

export function newDocumentFor(report: Report, extraction: Extraction, defaults: DocumentDefaults): NewDocument {
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
