// The claims export: the contract in DESIGN.md ("The claims export"), as JSON, JSON Lines or CSV.
import type { ClaimEntity, StoredClaim } from "../store/read-claims.js";

export type ClaimsFormat = "json" | "jsonl" | "csv";
export const CLAIMS_FORMATS: ClaimsFormat[] = ["json", "jsonl", "csv"];

export interface ClaimRecord {
  id: string;
  kind: string;
  doc: string;
  doc_id: string;
  published: string | null;
  confidence: number;
  /** On event claims: the resolved event (incident) the claim belongs to. */
  event_id?: string | null;
  evidence: { start: number; end: number; text: string }[];
  /** The actor and person mentions in the evidence, each with the entity it resolves to. */
  entities?: ClaimEntity[];
  event?: Record<string, unknown>;
  quantity?: Record<string, unknown>;
  relation?: Record<string, unknown>;
  judgment?: Record<string, unknown>;
  /** Only on claims an analyst reviewed. */
  status?: string;
  review?: unknown;
}

export function claimRecord(c: StoredClaim, entities?: Map<string, ClaimEntity[]>): ClaimRecord {
  return {
    id: c.id,
    kind: c.kind,
    doc: c.doc,
    doc_id: c.docId,
    published: c.published,
    confidence: c.confidence,
    ...(c.kind === "event" ? { event_id: c.eventId } : {}),
    evidence: c.evidence,
    ...(entities ? { entities: entities.get(c.id) ?? [] } : {}),
    [c.kind]: c.fields,
    ...(c.review ? { status: c.status, review: c.review } : {}),
  };
}

const CSV_COLUMNS: [string, (r: ClaimRecord) => unknown][] = [
  ["id", (r) => r.id],
  ["kind", (r) => r.kind],
  ["doc", (r) => r.doc],
  ["published", (r) => r.published],
  ["confidence", (r) => r.confidence],
  ["event_id", (r) => r.event_id],
  ...["date", "date_precision", "country", "admin1", "place", "lat", "lon", "perpetrator", "perpetrator_basis", "killed",
    "killed_qualifier", "injured", "method", "target"].map(
    (k) => [`event_${k}`, (r: ClaimRecord) => r.event?.[k]] as [string, (r: ClaimRecord) => unknown],
  ),
  ...["subject", "measure", "min", "max", "as_of", "by"].map(
    (k) => [`quantity_${k}`, (r: ClaimRecord) => r.quantity?.[k]] as [string, (r: ClaimRecord) => unknown],
  ),
  ["relation_a", (r) => r.relation?.a],
  ["relation_type", (r) => r.relation?.type],
  ["relation_b", (r) => r.relation?.b],
  ["judgment_statement", (r) => r.judgment?.statement],
  ["likelihood", (r) => ((r.relation?.likelihood ?? r.judgment?.likelihood) as { label?: string } | undefined)?.label],
  ["entity_ids", (r) => [...new Set((r.entities ?? []).map((e) => e.entity_id))].join(" ")],
  ["evidence_start", (r) => r.evidence[0]?.start],
  ["evidence_end", (r) => r.evidence[0]?.end],
  ["evidence_text", (r) => r.evidence.map((e) => e.text).join(" … ")],
];

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* formatClaims(claims: StoredClaim[], format: ClaimsFormat, entities?: Map<string, ClaimEntity[]>): Generator<string> {
  if (format === "json") {
    yield "[\n";
    for (let i = 0; i < claims.length; i++) yield `${JSON.stringify(claimRecord(claims[i], entities))}${i < claims.length - 1 ? "," : ""}\n`;
    yield "]\n";
  } else if (format === "jsonl") {
    for (const c of claims) yield `${JSON.stringify(claimRecord(c, entities))}\n`;
  } else {
    yield `${CSV_COLUMNS.map(([h]) => h).join(",")}\n`;
    for (const c of claims) {
      const r = claimRecord(c, entities);
      yield `${CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(",")}\n`;
    }
  }
}
