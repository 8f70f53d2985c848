// Event coreference: event claims from different documents that describe the same incident become one event.
// Same place, dates compatible at their precision, compatible targets; the result does not depend on the order
// in which the claims arrived (claims are clustered in a canonical order), so resolving one report at a time and
// all reports at once give the same events.
import { createHash } from "node:crypto";
import type { EventFields } from "../extract/types.js";

export interface EventClaimRef {
  id: string;
  docId: string;
  fields: EventFields;
}

/** Targets that name who was hit in general terms: they fit any more specific target of the same incident. */
const GENERIC_TARGETS = new Set(["civilians", "Shia / Hazara civilians", "foreigners", "Sufi / religious minority"]);
const MAX_KM = 60;

interface ParsedDate {
  y: number;
  m: number | null;
  d: number | null;
}

export function parseDate(s: string | null | undefined): ParsedDate | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s ?? "");
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}

const dayNumber = (p: ParsedDate) => Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1) / 86_400_000;

/** Dates that can name the same day: a day apart at most when both give the day (a report dated the next day). */
export function datesCompatible(a: ParsedDate, b: ParsedDate): boolean {
  if (a.d !== null && b.d !== null) return Math.abs(dayNumber(a) - dayNumber(b)) <= 1;
  if (a.y !== b.y) return false;
  if (a.m === null || b.m === null) return true;
  return a.m === b.m;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const x = (bLon - aLon) * r * Math.cos(((aLat + bLat) / 2) * r);
  const y = (bLat - aLat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}

function placesCompatible(a: EventFields, b: EventFields): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.admin1 && b.admin1 && a.admin1 !== b.admin1) {
    // A venue on a province line (Crocus City Hall: "Moscow" in one report, "Krasnogorsk, Moscow Oblast" in another).
    return a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && km(a.lat, a.lon, b.lat, b.lon) <= MAX_KM;
  }
  return true;
}

function targetsCompatible(a: EventFields, b: EventFields): boolean {
  if (!a.target || !b.target || a.target === b.target) return true;
  return GENERIC_TARGETS.has(a.target) || GENERIC_TARGETS.has(b.target);
}

/** How well two claims fit one incident: -1 = they cannot; higher = more shared specifics. */
export function pairScore(a: EventClaimRef, b: EventClaimRef): number {
  if (a.docId === b.docId) return -1; // one document's incidents were already told apart by the extractor
  const fa = a.fields;
  const fb = b.fields;
  if (!fa.country || !fb.country) return -1;
  if (!placesCompatible(fa, fb) || !targetsCompatible(fa, fb)) return -1;
  const da = parseDate(fa.date);
  const db = parseDate(fb.date);
  const sameTarget = Boolean(fa.target && fa.target === fb.target);
  const samePlace = Boolean(fa.place && fa.place === fb.place && fa.place !== fa.country);
  const sameAdmin1 = Boolean(fa.admin1 && fa.admin1 === fb.admin1);
  if (!da || !db) {
    // An undated passing mention ("the suicide attack outside Kabul airport") joins only on place and target together.
    return sameTarget && (samePlace || sameAdmin1) ? 1 : -1;
  }
  if (!datesCompatible(da, db)) return -1;
  const bothDays = da.d !== null && db.d !== null;
  // A month or a year is a wide window: ask for the same target or the same town before joining on it.
  if (!bothDays && !sameTarget && !samePlace) return -1;
  if (!fa.admin1 && !fb.admin1 && !sameTarget) return -1;
  let s = 1;
  if (bothDays && dayNumber(da) === dayNumber(db)) s += 2;
  if (sameTarget) s += 2;
  if (samePlace) s += 1;
  if (sameAdmin1) s += 1;
  if (fa.method && fa.method === fb.method) s += 1;
  if (fa.perpetrator && fa.perpetrator === fb.perpetrator) s += 1;
  return s;
}

const PRECISION_RANK = (f: EventFields) => {
  const p = parseDate(f.date);
  return !p ? 3 : p.d !== null ? 0 : p.m !== null ? 1 : 2;
};

/** The canonical order: the most precisely dated claims first, then by date, then by id. */
export function canonicalOrder(claims: EventClaimRef[]): EventClaimRef[] {
  return [...claims].sort(
    (a, b) =>
      PRECISION_RANK(a.fields) - PRECISION_RANK(b.fields) ||
      String(a.fields.date ?? "").localeCompare(String(b.fields.date ?? "")) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Groups event claims into incidents. Each claim, in canonical order, joins the cluster it fits best — it must fit
 * every claim already there (no chaining of "a fits b, b fits c") — or starts a new one.
 */
export function clusterEventClaims(claims: EventClaimRef[]): EventClaimRef[][] {
  const clusters: EventClaimRef[][] = [];
  const byCountry = new Map<string, EventClaimRef[][]>();
  for (const c of canonicalOrder(claims)) {
    const key = c.fields.country ?? "";
    const candidates = key ? (byCountry.get(key) ?? []) : [];
    let best: EventClaimRef[] | null = null;
    let bestScore = 0;
    for (const cluster of candidates) {
      let min = Infinity;
      for (const m of cluster) {
        const s = pairScore(c, m);
        if (s < 0) {
          min = -1;
          break;
        }
        min = Math.min(min, s);
      }
      if (min > bestScore) {
        best = cluster;
        bestScore = min;
      }
    }
    if (best) best.push(c);
    else {
      const cluster = [c];
      clusters.push(cluster);
      if (key) byCountry.set(key, [...candidates, cluster]);
    }
  }
  return clusters;
}

/** A stable id for an incident: from its first claim in canonical order. */
export function eventIdFor(cluster: EventClaimRef[]): string {
  const first = canonicalOrder(cluster)[0];
  return `e${createHash("sha256").update(first.id).digest("hex").slice(0, 12)}`;
}
