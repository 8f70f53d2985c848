// The threat picture as the claims give it: incidents, strength estimates, relations and judgments.
// (Cross-document reconciliation into one event per incident is the resolver's job.)
import type { EventFields, QuantityFields, RelationFields, JudgmentFields } from "../extract/types.js";
import type { StoredClaim } from "../store/read-claims.js";

export interface Picture {
  events: (StoredClaim & { fields: EventFields })[];
  estimates: (StoredClaim & { fields: QuantityFields })[];
  relations: (StoredClaim & { fields: RelationFields })[];
  judgments: (StoredClaim & { fields: JudgmentFields })[];
}

export function buildPicture(claims: StoredClaim[]): Picture {
  const of = <F>(kind: string) => claims.filter((c) => c.kind === kind) as (StoredClaim & { fields: F })[];
  const events = of<EventFields>("event").sort((a, b) => String(a.fields.date ?? "").localeCompare(String(b.fields.date ?? "")));
  const estimates = of<QuantityFields>("quantity").sort(
    (a, b) => a.fields.subject.localeCompare(b.fields.subject) || a.fields.measure.localeCompare(b.fields.measure) || (a.fields.max ?? 0) - (b.fields.max ?? 0),
  );
  return { events, estimates, relations: of<RelationFields>("relation"), judgments: of<JudgmentFields>("judgment") };
}

const QUAL: Record<string, string> = { at_least: "at least ", more_than: "more than ", approx: "about ", exact: "" };

export function formatCount(n: number | null | undefined, qualifier?: string | null): string {
  if (n === null || n === undefined) return "–";
  return `${QUAL[qualifier ?? "exact"] ?? ""}${n.toLocaleString("en-US")}`;
}

export function formatRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return "–";
  if (min === null) return `up to ${max!.toLocaleString("en-US")}`;
  if (max === null || min === max) return min.toLocaleString("en-US");
  return `${min.toLocaleString("en-US")}–${max.toLocaleString("en-US")}`;
}

export function placeLabel(e: EventFields): string {
  const parts = [e.place, e.admin1 && e.admin1 !== e.place ? e.admin1 : null].filter(Boolean);
  const where = parts.join(", ");
  return e.country ? (where ? `${where} (${e.country})` : e.country) : where || "–";
}
