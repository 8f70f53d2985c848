// Report metadata: from a sidecar NAME.meta.json, from a .json article, or from the command line.
import { RELIABILITY_GRADES, TLP_LEVELS, type Reliability, type Tlp } from "../store/schema.js";
import { BadInputError } from "./decode-text.js";

export interface ReportMetadata {
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  tlp?: Tlp | null;
  reliability?: Reliability | null;
}

const MAX_FIELD = 2000;

function str(obj: Record<string, unknown>, key: string, where: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null || v === "") return null;
  if (typeof v !== "string") throw new BadInputError(`${where}: "${key}" must be a string`);
  const s = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
  if (s.length > MAX_FIELD) throw new BadInputError(`${where}: "${key}" is longer than ${MAX_FIELD} characters`);
  return s || null;
}

/** "TLP:AMBER", "amber", "tlp:amber+strict", "WHITE" (TLP 1.0) → the TLP 2.0 label. */
export function parseTlp(value: string): Tlp {
  const v = value.trim().toUpperCase().replace(/^TLP:\s*/, "").replace(/\s+/g, "");
  const label = `TLP:${v === "WHITE" ? "CLEAR" : v}`;
  if ((TLP_LEVELS as readonly string[]).includes(label)) return label as Tlp;
  throw new BadInputError(`unknown TLP marking "${value}" (one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED)`);
}

export function parseReliability(value: string): Reliability {
  const v = value.trim().toUpperCase();
  if ((RELIABILITY_GRADES as readonly string[]).includes(v)) return v as Reliability;
  throw new BadInputError(`unknown source reliability "${value}" (an Admiralty grade A–F)`);
}

/** An ISO day for a date string in metadata ("2023-11-06", "2023-11-06T10:00:00Z", "6 November 2023"), or throws. */
export function parsePublished(value: string, where: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) {
    const d = new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3]));
    if (d.getUTCMonth() === +iso[2] - 1 && d.getUTCDate() === +iso[3]) return iso.slice(1, 4).join("-");
  } else {
    const t = Date.parse(value);
    if (Number.isFinite(t)) return new Date(t).toISOString().slice(0, 10);
  }
  throw new BadInputError(`${where}: "published" is not a date: "${value.slice(0, 60)}"`);
}

function withWhere<T>(where: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new BadInputError(`${where}: ${(err as Error).message}`);
  }
}

export function parseMetadataObject(obj: unknown, where: string): ReportMetadata {
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new BadInputError(`${where}: expected a JSON object`);
  const o = obj as Record<string, unknown>;
  const published = str(o, "published", where) ?? str(o, "date", where);
  const tlp = str(o, "tlp", where);
  const reliability = str(o, "reliability", where);
  return {
    title: str(o, "title", where),
    url: str(o, "url", where),
    outlet: str(o, "outlet", where) ?? str(o, "source", where),
    published: published ? parsePublished(published, where) : null,
    tlp: tlp ? withWhere(where, () => parseTlp(tlp)) : null,
    reliability: reliability ? withWhere(where, () => parseReliability(reliability)) : null,
  };
}

/** The outlet named by a URL's host ("https://www.reuters.com/x" → "reuters.com"). */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
