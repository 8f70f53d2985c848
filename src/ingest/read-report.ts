// Reads one report file (.txt, .md, .html/.htm, .json article) and its optional sidecar NAME.meta.json.
// Synchronous file calls: a report is read on a worker thread that has nothing else to do meanwhile, and the
// promise-based calls cost more than the reads (and an exception for every absent sidecar).
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { BadInputError, decodeReport, normalizeText } from "./decode-text.js";
import { htmlTitle, htmlToText } from "./html-text.js";
import { parseMetadataObject, type ReportMetadata } from "./report-metadata.js";

export const REPORT_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json"] as const;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_SIDECAR_BYTES = 64 * 1024;

export interface Report {
  /** The source file's name without its extension. */
  name: string;
  path: string;
  format: "txt" | "md" | "html" | "json";
  text: string;
  meta: ReportMetadata;
}

export function isReportFile(path: string): boolean {
  const lower = path.toLowerCase();
  if (lower.endsWith(".meta.json")) return false;
  return (REPORT_EXTENSIONS as readonly string[]).includes(extname(lower));
}

export function reportName(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readSidecar(path: string): ReportMetadata {
  const sidecar = join(dirname(path), `${reportName(path)}.meta.json`);
  let raw: Buffer;
  try {
    const st = statSync(sidecar, { throwIfNoEntry: false });
    if (!st) return {};
    if (st.size > MAX_SIDECAR_BYTES) throw new BadInputError(`${basename(sidecar)} is over ${MAX_SIDECAR_BYTES / 1024} KB`);
    raw = readFileSync(sidecar);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    if (err instanceof BadInputError) throw err;
    throw new BadInputError(`cannot read ${basename(sidecar)}: ${(err as Error).message}`);
  }
  let obj: unknown;
  try {
    obj = JSON.parse(raw.toString("utf8"));
  } catch (err) {
    throw new BadInputError(`${basename(sidecar)} is not valid JSON: ${(err as Error).message}`);
  }
  return parseMetadataObject(obj, basename(sidecar));
}

/** Reads and decodes a report; throws BadInputError (or a file-system error) with a one-line reason. */
export async function readReport(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Report> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new BadInputError("not a regular file");
    size = st.size;
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    throw new BadInputError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > maxBytes) {
    throw new BadInputError(`${formatMB(size)}, over the ${formatMB(maxBytes)} size limit (raise it with --max-size)`);
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new BadInputError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const decoded = decodeReport(buf);
  const ext = extname(path).toLowerCase();
  const sidecar = readSidecar(path);
  const name = reportName(path);
  if (ext === ".html" || ext === ".htm") {
    const text = normalizeText(htmlToText(decoded));
    if (!text.trim()) throw new BadInputError("the HTML page has no text");
    return { name, path, format: "html", text, meta: { title: htmlTitle(decoded), ...dropNulls(sidecar) } };
  }
  if (ext === ".json") {
    let obj: unknown;
    try {
      obj = JSON.parse(decoded);
    } catch (err) {
      throw new BadInputError(`not valid JSON: ${(err as Error).message}`);
    }
    const o = obj as Record<string, unknown>;
    if (!o || typeof o !== "object" || Array.isArray(o) || typeof o.text !== "string") {
      throw new BadInputError('a .json report must be an article object with a "text" string ({title,url,published,text})');
    }
    const text = normalizeText(o.text);
    if (!text.trim()) throw new BadInputError('the article\'s "text" is empty');
    const { text: _t, ...rest } = o;
    return { name, path, format: "json", text, meta: { ...dropNulls(parseMetadataObject(rest, basename(path))), ...dropNulls(sidecar) } };
  }
  return { name, path, format: ext === ".md" ? "md" : "txt", text: decoded, meta: sidecar };
}

function dropNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
