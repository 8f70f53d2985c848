// Estimates: the quantity claims on one subject and measure, as a series over time (as-of date, else the
// publication date), each point with its sources and range, so that disagreements stay visible.
import type { QuantityFields, Span } from "../extract/types.js";
import type { StoredClaim } from "../store/read-claims.js";

export interface EstimatePoint {
  /** When the figure holds: the claim's as-of date, else its document's publication date (null when neither). */
  when: string | null;
  whenBasis: "as_of" | "published" | null;
  min: number | null;
  max: number | null;
  by: string | null;
  doc: string;
  claimId: string;
  evidence: Span[];
}

export interface EstimateSeries {
  subject: string;
  measure: string;
  points: EstimatePoint[];
  /** The lowest and highest figures given across the series. */
  low: number | null;
  high: number | null;
  /** Sources disagree when their ranges do not overlap. */
  disagreement: boolean;
}

export function estimateSeries(claims: StoredClaim[], subject?: string): EstimateSeries[] {
  const groups = new Map<string, EstimateSeries>();
  for (const c of claims) {
    if (c.kind !== "quantity") continue;
    const q = c.fields as unknown as QuantityFields;
    if (subject && q.subject.toLowerCase() !== subject.toLowerCase()) continue;
    const key = `${q.subject}\u0000${q.measure}`;
    const series = groups.get(key) ?? { subject: q.subject, measure: q.measure, points: [], low: null, high: null, disagreement: false };
    groups.set(key, series);
    series.points.push({
      when: q.as_of ?? c.published ?? null,
      whenBasis: q.as_of ? "as_of" : c.published ? "published" : null,
      min: q.min,
      max: q.max,
      by: q.by,
      doc: c.doc,
      claimId: c.id,
      evidence: c.evidence,
    });
  }
  for (const s of groups.values()) {
    s.points.sort((a, b) => (a.when ?? "9999").localeCompare(b.when ?? "9999") || (a.max ?? 0) - (b.max ?? 0));
    const lows = s.points.map((p) => p.min ?? p.max).filter((v): v is number => v !== null);
    const highs = s.points.map((p) => p.max ?? p.min).filter((v): v is number => v !== null);
    s.low = lows.length ? Math.min(...lows) : null;
    s.high = highs.length ? Math.max(...highs) : null;
    // Two points disagree when one's range lies wholly above the other's.
    s.disagreement = s.points.some((a) => s.points.some((b) => (a.min ?? a.max ?? 0) > (b.max ?? b.min ?? Infinity)));
  }
  return [...groups.values()].sort((a, b) => a.subject.localeCompare(b.subject) || b.points.length - a.points.length);
}
