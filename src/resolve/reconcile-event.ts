// Reconciles the claims of one incident into the event's fields, in the open: every source's own figure stays
// beside the reconciled one. Fatalities the ACLED way (the lowest reported figure), attributions with their basis,
// the most precise date and place, and an Admiralty information-credibility grade (1–6) for each field.
import type { EventFields, PerpetratorBasis, Qualifier } from "../extract/types.js";
import { parseDate } from "./event-coreference.js";

export interface SourcedEventClaim {
  id: string;
  docId: string;
  doc: string;
  outlet: string | null;
  published: string | null;
  reliability: string;
  /** The source document's TLP marking. */
  tlp: string;
  fields: EventFields;
}

export interface FigureReport {
  claim_id: string;
  doc: string;
  outlet: string | null;
  value: number;
  qualifier: Qualifier | null;
}

export interface Attribution {
  actor: string;
  basis: PerpetratorBasis | null;
  reports: number;
  docs: string[];
}

/** Admiralty information credibility: 1 confirmed … 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface ReconciledEvent {
  id: string;
  date: string | null;
  date_precision: EventFields["date_precision"];
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: EventFields["geo_precision"];
  killed: number | null;
  killed_range: [number, number] | null;
  killed_reports: FigureReport[];
  injured: number | null;
  injured_range: [number, number] | null;
  injured_reports: FigureReport[];
  perpetrator: string | null;
  perpetrator_basis: PerpetratorBasis | null;
  attributions: Attribution[];
  method: string | null;
  sub_event_type: string | null;
  target: string | null;
  credibility: { date: Credibility; place: Credibility; killed: Credibility; perpetrator: Credibility };
  sources: { doc: string; doc_id: string; outlet: string | null; published: string | null; reliability: string; tlp: string }[];
  claim_ids: string[];
}

/** A source is an outlet; a document without one counts as its own source. */
const sourceOf = (c: SourcedEventClaim) => (c.outlet ? `outlet:${c.outlet.toLowerCase()}` : `doc:${c.docId}`);

function mostCommon<T>(values: T[], key: (v: T) => string, tieBreak: (a: T, b: T) => number): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n || (e.n === best.n && tieBreak(e.v, best.v) < 0)) best = e;
  return best?.v ?? null;
}

/**
 * Credibility of a reconciled value: confirmed (1) when two or more independent sources give it and none
 * contradicts it; probably true (2) when several agree against a contradiction, or one reliable source (A/B) gives
 * it unopposed; possibly true (3) for one source unopposed; doubtful (4) when contradicted by as many sources as
 * support it; improbable (5) when more contradict it; cannot be judged (6) without any report.
 */
export function credibility(claims: SourcedEventClaim[], has: (c: SourcedEventClaim) => boolean, agrees: (c: SourcedEventClaim) => boolean): Credibility {
  const support = new Set<string>();
  const against = new Set<string>();
  let reliable = false;
  for (const c of claims) {
    if (!has(c)) continue;
    if (agrees(c)) {
      support.add(sourceOf(c));
      if (c.reliability === "A" || c.reliability === "B") reliable = true;
    } else against.add(sourceOf(c));
  }
  for (const s of support) against.delete(s); // a source that gives both figures does not contradict itself
  if (support.size === 0) return 6;
  if (against.size === 0) return support.size >= 2 ? 1 : reliable ? 2 : 3;
  if (support.size > against.size) return 2;
  return support.size === against.size ? 4 : 5;
}

function figures(claims: SourcedEventClaim[], field: "killed" | "injured") {
  const q = field === "killed" ? "killed_qualifier" : "injured_qualifier";
  const reports: FigureReport[] = claims
    .filter((c) => typeof c.fields[field] === "number")
    .map((c) => ({ claim_id: c.id, doc: c.doc, outlet: c.outlet, value: c.fields[field] as number, qualifier: c.fields[q] ?? null }));
  if (!reports.length) return { value: null, range: null, reports };
  const values = reports.map((r) => r.value);
  const min = Math.min(...values);
  return { value: min, range: [min, Math.max(...values)] as [number, number], reports };
}

const BASIS_RANK: Record<string, number> = { claimed: 0, attributed: 1, suspected: 2 };
const GEO_RANK = (f: EventFields) => (f.place && f.place !== f.admin1 && f.place !== f.country ? 0 : f.admin1 ? 1 : f.country ? 2 : 3);
const DATE_RANK = (f: EventFields) => {
  const p = parseDate(f.date);
  return !p ? 3 : p.d !== null ? 0 : p.m !== null ? 1 : 2;
};

export function reconcileEvent(id: string, claims: SourcedEventClaim[]): ReconciledEvent {
  // Date: among the most precise dates given, the one most sources give (the earliest on a tie).
  const bestDateRank = Math.min(...claims.map((c) => DATE_RANK(c.fields)));
  const dated = claims.filter((c) => DATE_RANK(c.fields) === bestDateRank && c.fields.date);
  const dateClaim = mostCommon(dated, (c) => c.fields.date!, (a, b) => a.fields.date!.localeCompare(b.fields.date!));
  // Place: the most precise place named, the most often named among those.
  const bestGeoRank = Math.min(...claims.map((c) => GEO_RANK(c.fields)));
  const placed = claims.filter((c) => GEO_RANK(c.fields) === bestGeoRank);
  const placeClaim = mostCommon(placed, (c) => `${c.fields.country}|${c.fields.admin1}|${c.fields.place}`, (a, b) => a.id.localeCompare(b.id));
  const killed = figures(claims, "killed");
  const injured = figures(claims, "injured");

  const attrMap = new Map<string, Attribution>();
  for (const c of claims) {
    if (!c.fields.perpetrator) continue;
    const k = `${c.fields.perpetrator}|${c.fields.perpetrator_basis ?? ""}`;
    const a = attrMap.get(k) ?? { actor: c.fields.perpetrator, basis: c.fields.perpetrator_basis ?? null, reports: 0, docs: [] };
    a.reports++;
    if (!a.docs.includes(c.doc)) a.docs.push(c.doc);
    attrMap.set(k, a);
  }
  const attributions = [...attrMap.values()].sort(
    (a, b) => b.reports - a.reports || (BASIS_RANK[a.basis ?? ""] ?? 3) - (BASIS_RANK[b.basis ?? ""] ?? 3) || a.actor.localeCompare(b.actor),
  );
  // The perpetrator: the actor with most reports; its strongest basis (a claim of responsibility beats attribution).
  const perpetrator = attributions.length
    ? (mostCommon(claims.filter((c) => c.fields.perpetrator), (c) => c.fields.perpetrator!, (a, b) => a.fields.perpetrator!.localeCompare(b.fields.perpetrator!))?.fields.perpetrator ?? null)
    : null;
  const perpetratorBasis = perpetrator
    ? (attributions.filter((a) => a.actor === perpetrator).sort((a, b) => (BASIS_RANK[a.basis ?? ""] ?? 3) - (BASIS_RANK[b.basis ?? ""] ?? 3))[0]?.basis ?? null)
    : null;

  const methodClaim = mostCommon(claims.filter((c) => c.fields.method && c.fields.method !== "attack"), (c) => c.fields.method!, (a, b) => a.id.localeCompare(b.id))
    ?? claims.find((c) => c.fields.method) ?? null;
  const targetClaim = mostCommon(claims.filter((c) => c.fields.target), (c) => c.fields.target!, (a, b) => a.id.localeCompare(b.id));

  const sources = new Map<string, ReconciledEvent["sources"][number]>();
  for (const c of claims) if (!sources.has(c.docId)) sources.set(c.docId, { doc: c.doc, doc_id: c.docId, outlet: c.outlet, published: c.published, reliability: c.reliability, tlp: c.tlp });

  const date = dateClaim?.fields.date ?? null;
  const pf = placeClaim?.fields;
  return {
    id,
    date,
    date_precision: dateClaim?.fields.date_precision ?? null,
    country: pf?.country ?? null,
    admin1: pf?.admin1 ?? null,
    place: pf?.place ?? null,
    lat: pf?.lat ?? null,
    lon: pf?.lon ?? null,
    geo_precision: pf?.geo_precision ?? null,
    killed: killed.value,
    killed_range: killed.range,
    killed_reports: killed.reports,
    injured: injured.value,
    injured_range: injured.range,
    injured_reports: injured.reports,
    perpetrator,
    perpetrator_basis: perpetratorBasis,
    attributions,
    method: methodClaim?.fields.method ?? null,
    sub_event_type: methodClaim?.fields.sub_event_type ?? null,
    target: targetClaim?.fields.target ?? null,
    credibility: {
      date: credibility(claims, (c) => Boolean(c.fields.date), (c) => Boolean(date && c.fields.date && (c.fields.date.startsWith(date) || date.startsWith(c.fields.date)))),
      place: credibility(claims, (c) => Boolean(c.fields.admin1 || c.fields.country), (c) => c.fields.country === pf?.country && (!c.fields.admin1 || !pf?.admin1 || c.fields.admin1 === pf.admin1)),
      killed: credibility(claims, (c) => typeof c.fields.killed === "number", (c) => c.fields.killed === killed.value),
      perpetrator: credibility(claims, (c) => Boolean(c.fields.perpetrator), (c) => c.fields.perpetrator === perpetrator),
    },
    sources: [...sources.values()],
    claim_ids: claims.map((c) => c.id).sort(),
  };
}
