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

// Clustering compares each claim with many others: parse each claim's date once.
const parsed = new WeakMap<EventFields, ParsedDate | null>();
function dateOf(f: EventFields): ParsedDate | null {
  let d = parsed.get(f);
  if (d === undefined) parsed.set(f, (d = parseDate(f.date)));
  return d;
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

/** Whether two claims can describe one incident at all: nothing in them contradicts it. */
export function compatible(a: EventClaimRef, b: EventClaimRef): boolean {
  if (a.docId === b.docId) return false; // one document's incidents were already told apart by the extractor
  const fa = a.fields;
  const fb = b.fields;
  if (!fa.country || !fb.country) return false;
  if (!placesCompatible(fa, fb) || !targetsCompatible(fa, fb)) return false;
  const da = dateOf(fa);
  const db = dateOf(fb);
  return !da || !db || datesCompatible(da, db);
}

/**
 * What b gives as positive evidence that a describes its incident (0 = none): a shared day, target, town,
 * province, method or perpetrator. A claim dated only to a month needs the same target or the same town; one dated
 * to a year, or not at all, needs both the same target and the same place.
 */
export function evidence(a: EventClaimRef, b: EventClaimRef): number {
  const fa = a.fields;
  const fb = b.fields;
  const da = dateOf(fa);
  const db = dateOf(fb);
  const sameTarget = Boolean(fa.target && fa.target === fb.target);
  const samePlace = Boolean(fa.place && fa.place === fb.place && fa.place !== fa.country);
  const sameAdmin1 = Boolean(fa.admin1 && fa.admin1 === fb.admin1);
  if (!da || !db) return sameTarget && (samePlace || sameAdmin1) ? 1 : 0;
  const bothDays = da.d !== null && db.d !== null;
  // A year is a very wide window: the same target and the same place. A month: the same target or the same town.
  if ((da.m === null || db.m === null) && !(sameTarget && (samePlace || sameAdmin1))) return 0;
  if (!bothDays && !sameTarget && !samePlace) return 0;
  if (!fa.admin1 && !fb.admin1 && !sameTarget) return 0;
  let s = 1;
  if (bothDays && dayNumber(da) === dayNumber(db)) s += 2;
  if (sameTarget) s += 2;
  if (samePlace) s += 1;
  if (sameAdmin1) s += 1;
  if (fa.method && fa.method === fb.method) s += 1;
  if (fa.perpetrator && fa.perpetrator === fb.perpetrator) s += 1;
  return s;
}

/** How well two claims fit one incident: -1 = they cannot; 0 = nothing says they do; higher = more shared specifics. */
export function pairScore(a: EventClaimRef, b: EventClaimRef): number {
  return compatible(a, b) ? evidence(a, b) : -1;
}

/**
 * How well a claim fits a cluster: it must be compatible with every claim already there (no chaining of "a fits b,
 * b fits c" across a contradiction), and at least one of them must give positive evidence. The best evidence counts,
 * and, a little, how many claims give some.
 */
function clusterFit(c: EventClaimRef, cluster: EventClaimRef[]): number {
  let best = 0;
  let supporting = 0;
  for (const m of cluster) {
    if (!compatible(c, m)) return -1;
    const e = evidence(c, m);
    if (e > 0) supporting++;
    if (e > best) best = e;
  }
  return best > 0 ? best + supporting / (cluster.length + 1) : -1;
}

const PRECISION_RANK = (f: EventFields) => {
  const p = dateOf(f);
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

/** Groups event claims into incidents: each claim, in canonical order, joins the cluster it fits best, or starts one. */
export function clusterEventClaims(claims: EventClaimRef[]): EventClaimRef[][] {
  const clusters: EventClaimRef[][] = [];
  // Candidate clusters are looked up by country and period, so each claim is compared with the few clusters
  // that could hold its incident, not with every cluster of its country.
  const index = new ClusterIndex();
  for (const c of canonicalOrder(claims)) {
    const key = c.fields.country ?? "";
    let best: EventClaimRef[] | null = null;
    let bestIndex = -1;
    let bestScore = 0;
    if (key) {
      for (const ci of index.candidates(key, dateOf(c.fields))) {
        const fit = clusterFit(c, clusters[ci]);
        const cluster = clusters[ci];
        if (fit > bestScore) {
          best = cluster;
          bestIndex = ci;
          bestScore = fit;
        }
      }
    }
    if (best) {
      best.push(c);
      index.add(key, dateOf(c.fields), bestIndex);
    } else {
      clusters.push([c]);
      if (key) index.add(key, dateOf(c.fields), clusters.length - 1);
    }
  }
  return clusters;
}

/** Clusters by country and month, by country and year, and the undated ones, in creation order. */
class ClusterIndex {
  private byMonth = new Map<string, Set<number>>();
  private byYear = new Map<string, Set<number>>();
  private yearOnly = new Map<string, Set<number>>();
  private undated = new Map<string, Set<number>>();
  private all = new Map<string, Set<number>>();

  private put(map: Map<string, Set<number>>, key: string, i: number) {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(i);
  }

  add(country: string, d: ParsedDate | null, i: number): void {
    this.put(this.all, country, i);
    if (!d) return this.put(this.undated, country, i);
    this.put(this.byYear, `${country}|${d.y}`, i);
    if (d.m === null) this.put(this.yearOnly, `${country}|${d.y}`, i);
    else this.put(this.byMonth, `${country}|${d.y}-${d.m}`, i);
  }

  candidates(country: string, d: ParsedDate | null): number[] {
    const out = new Set<number>();
    const take = (map: Map<string, Set<number>>, key: string) => map.get(key)?.forEach((i) => out.add(i));
    if (!d) take(this.all, country);
    else {
      take(this.undated, country);
      if (d.m === null) take(this.byYear, `${country}|${d.y}`);
      else {
        take(this.yearOnly, `${country}|${d.y}`);
        take(this.byMonth, `${country}|${d.y}-${d.m}`);
        // a day at a month's edge may be a day away from the next or previous month
        if (d.d !== null && (d.d <= 1 || d.d >= 28)) {
          const prev = new Date(Date.UTC(d.y, d.m - 1, d.d - 1));
          const next = new Date(Date.UTC(d.y, d.m - 1, d.d + 1));
          for (const x of [prev, next]) {
            take(this.byMonth, `${country}|${x.getUTCFullYear()}-${x.getUTCMonth() + 1}`);
            take(this.yearOnly, `${country}|${x.getUTCFullYear()}`);
          }
        }
      }
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** A stable id for an incident: from its first claim in canonical order. */
export function eventIdFor(cluster: EventClaimRef[]): string {
  const first = canonicalOrder(cluster)[0];
  return `e${createHash("sha256").update(first.id).digest("hex").slice(0, 12)}`;
}
