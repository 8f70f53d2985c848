// STIX 2.1 import. A bundle exported by Watchfloor carries each document's text and metadata in its report's
// property-extension: the import re-ingests the documents through the normal path (extraction, claims with evidence,
// resolution), sets the outlets' reliability, and replays the analysts' claim reviews, so an empty database ends up
// with the same picture. Everything else Watchfloor exports (events, notes, relationships, actors, places) is derived
// and rebuilt. From other tools: a report with a description becomes a document (name + description as its text,
// marked with the report's TLP marking); object types Watchfloor cannot take are skipped and counted.
import { extractDocument } from "../../extract/extract-document.js";
import { BadInputError, normalizeText } from "../../ingest/decode-text.js";
import { checkedExtraction, newDocumentFor } from "../../ingest/ingest-reports.js";
import type { Report } from "../../ingest/read-report.js";
import { parseMetadataObject, parseReliability } from "../../ingest/report-metadata.js";
import { autoMergePersons } from "../../resolve/entities.js";
import { resolvePending } from "../../resolve/resolve-events.js";
import { reviewClaim, ReviewError } from "../../resolve/review-claim.js";
import type { Store } from "../../store/open-store.js";
import { levelOf, MAX_LEVEL, tlpOf, type Level } from "../../store/tlp.js";
import { contentHash, documentId, writeDocument } from "../../store/write-document.js";
import { EVENT_TYPE, EXTENSION_ID } from "./extension.js";
import { levelOfRefs } from "./markings.js";

export class StixImportError extends Error {}

export interface StixImportResult {
  documents: { added: number; skipped: number; failed: number };
  /** Why documents were skipped or failed, one line each. */
  problems: string[];
  reviews: { applied: number; skipped: number };
  outlets: number;
  /** Objects rebuilt from the documents (not read as such), by type. */
  derived: Record<string, number>;
  /** Objects Watchfloor does not take, by type. */
  skipped: Record<string, number>;
}

/** Types Watchfloor builds itself from the documents: read for nothing but the count. */
const DERIVED = new Set(["marking-definition", "extension-definition", "identity", "threat-actor", "intrusion-set", "location", "note", "relationship", EVENT_TYPE]);

interface ReportExt {
  doc_name?: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  published_source?: string;
  tlp?: string;
  reliability?: string;
  format?: string;
  text?: string;
  reviews?: { claim_id: string; action: string; changes?: Record<string, unknown>; reason: string; by: string; at?: string }[];
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

export function parseBundle(text: string): { objects: Record<string, unknown>[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new StixImportError(`not JSON: ${(err as Error).message}`);
  }
  const b = parsed as { type?: unknown; objects?: unknown };
  if (!b || typeof b !== "object" || Array.isArray(b) || b.type !== "bundle") throw new StixImportError(`not a STIX bundle (expected {"type": "bundle", "objects": [...]})`);
  if (b.objects !== undefined && !Array.isArray(b.objects)) throw new StixImportError(`the bundle's "objects" is not a list`);
  return { objects: ((b.objects as unknown[]) ?? []).filter((o): o is Record<string, unknown> => Boolean(o) && typeof o === "object" && !Array.isArray(o)) };
}

/**
 * Imports a bundle. `level` caps what is taken: a document marked above it is skipped (an importer cannot write what
 * they could not read back). The command line imports with full clearance.
 */
export async function importStix(store: Store, bundle: { objects: Record<string, unknown>[] }, opts: { level?: Level } = {}): Promise<StixImportResult> {
  const cap = opts.level ?? MAX_LEVEL;
  const result: StixImportResult = { documents: { added: 0, skipped: 0, failed: 0 }, problems: [], reviews: { applied: 0, skipped: 0 }, outlets: 0, derived: {}, skipped: {} };
  const reports: { report: Report; reviews: NonNullable<ReportExt["reviews"]>; label: string }[] = [];

  for (const o of bundle.objects) {
    const type = typeof o.type === "string" ? o.type : "(no type)";
    if (type === "report") {
      const r = reportToDocument(o);
      if ("skip" in r) {
        result.documents.failed++;
        result.problems.push(r.skip);
        continue;
      }
      if (levelOf(r.report.meta.tlp ?? "TLP:CLEAR") > cap) {
        result.documents.skipped++;
        result.problems.push(`${r.label}: marked ${r.report.meta.tlp}, above the importer's clearance`);
        continue;
      }
      reports.push(r);
    } else if (type === "identity" && ext(o)?.source_reliability && str(o.name)) {
      try {
        const rel = parseReliability(String(ext(o)!.source_reliability));
        await store.query(
          `insert into sources (outlet, reliability) values ($1, $2) on conflict (outlet) do update set reliability = excluded.reliability, updated_at = now()`,
          [String(o.name).slice(0, 200), rel],
        );
        result.outlets++;
      } catch {
        // an unreadable grade is ignored: the documents keep their own
      }
      count(result.derived, type);
    } else if (DERIVED.has(type)) count(result.derived, type);
    else count(result.skipped, type);
  }

  const written: typeof reports = [];
  for (const r of reports) {
    const id = documentId(contentHash(r.report.text));
    const exists = await store.query(`select 1 from documents where id = $1`, [id]);
    if (exists.length) {
      result.documents.skipped++;
      result.problems.push(`${r.label}: already in the database`);
      continue;
    }
    const extraction = checkedExtraction(r.report.text, extractDocument({ text: r.report.text, published: r.report.meta.published ?? null, title: r.report.meta.title ?? null }));
    const doc = newDocumentFor(r.report, extraction, {});
    const written1 = await writeDocument(store, doc, extraction);
    if (!written1) {
      result.documents.skipped++;
      continue;
    }
    result.documents.added++;
    written.push(r);
  }
  await resolvePending(store);
  await autoMergePersons(store);

  // The analysts' reviews, in the order they were made; a claim already reviewed here keeps its own history.
  const pending = written.flatMap((r) => r.reviews).sort((a, b) => String(a.at ?? "").localeCompare(String(b.at ?? "")));
  const reviewedHere = new Set(
    (await store.query<{ claim_id: string }>(`select distinct claim_id from claim_reviews where claim_id = any($1::text[])`, [pending.map((r) => r.claim_id)])).map((r) => r.claim_id),
  );
  for (const rv of pending) {
    const action = rv.action === "reject" || rv.action === "correct" || rv.action === "restore" ? rv.action : null;
    if (!action || reviewedHere.has(rv.claim_id)) {
      result.reviews.skipped++;
      continue;
    }
    try {
      await reviewClaim(store, rv.claim_id, { action, fields: rv.changes ?? undefined, reason: String(rv.reason ?? "imported"), by: String(rv.by ?? "import") });
      result.reviews.applied++;
    } catch (err) {
      if (!(err instanceof ReviewError)) throw err;
      result.reviews.skipped++;
    }
  }
  return result;
}

function ext(o: Record<string, unknown>): Record<string, unknown> | null {
  const e = (o.extensions as Record<string, unknown> | undefined)?.[EXTENSION_ID];
  return e && typeof e === "object" ? (e as Record<string, unknown>) : null;
}

/** A report as a document to ingest: Watchfloor's own (text in the extension) or another tool's (name + description). */
function reportToDocument(o: Record<string, unknown>): { report: Report; reviews: NonNullable<ReportExt["reviews"]>; label: string } | { skip: string } {
  const e = (ext(o) ?? {}) as ReportExt;
  const label = `report ${String(o.id ?? "(no id)")}${str(o.name) ? ` "${String(o.name).slice(0, 80)}"` : ""}`;
  const own = typeof e.text === "string";
  const rawText = own ? e.text! : [str(o.name), str(o.description)].filter(Boolean).join("\n\n");
  if (!own && !str(o.description)) return { skip: `${label}: no text to read (neither a Watchfloor report nor a description)` };
  // The more restrictive of the extension's marking and the object's own markings.
  const marked = levelOfRefs(o.object_marking_refs);
  const tlp = tlpOf(Math.max(marked, e.tlp ? levelOf(e.tlp) : 0));
  const refs = Array.isArray(o.external_references) ? (o.external_references as Record<string, unknown>[]) : [];
  const url = e.url ?? refs.map((r) => str(r?.url)).find(Boolean);
  const published = own ? (e.published_source === "metadata" ? e.published : undefined) : str(o.published);
  try {
    const meta = parseMetadataObject(
      { title: own ? e.title : str(o.name), url, outlet: e.outlet, published, tlp, reliability: e.reliability },
      label,
    );
    const text = normalizeText(rawText);
    if (!text.trim()) return { skip: `${label}: the report has no text` };
    const name = (str(e.doc_name) ?? (str(o.name) ?? String(o.id ?? "stix-report")).replace(/[\\/\u0000-\u001f]+/g, " ").trim().slice(0, 200)) || "stix-report";
    const format = e.format === "md" || e.format === "html" || e.format === "json" ? e.format : "txt";
    return {
      report: { name, path: `stix:${String(o.id ?? name)}`, format, text, meta },
      reviews: own && Array.isArray(e.reviews) ? e.reviews.filter((r) => r && typeof r.claim_id === "string") : [],
      label,
    };
  } catch (err) {
    if (err instanceof BadInputError) return { skip: err.message };
    throw err;
  }
}
