// Event coreference: event claims from different documents that describe the same incident become one event.
// Same place, dates compatible at their precision, compatible targets; the result does not depend on the order
// in which the claims arrived (claims are clustered in a canonical order), so resolving one report at a time and
// all reports at once give the same events.
import { createHash } from "node:crypto";
import type { EventFields } from "../extract/types.js";
import { kmBetween } from "../extract/gazetteer.js";

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

function placesCompatible(a: EventFields, b: EventFields): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.admin1 && b.admin1 && a.admin1 !== b.admin1) {
    // A venue on a province line (Crocus City Hall: "Moscow" in one report, "Krasnogorsk, Moscow Oblast" in another).
    return a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && kmBetween(a.lat, a.lon, b.lat, b.lon) <= MAX_KM;
  }
  return true;
}

function targetsCompatible(a: EventFields, b: EventFields): boolean {
  if (!a.target || !b.target || a.target === b.target) return true;
  return GENERIC_TARGETS.has(a.target) || GENERIC_TARGETS.has(b.target);
}

/** A claim with its date parsed once: clustering compares each claim with many others. */
interface Item {
  ref: EventClaimRef;
  f: EventFields;
  date: ParsedDate | null;
  /** The day number when the date gives the day. */
  day: number | null;
}

const item = (ref: EventClaimRef): Item => {
  const date = dateOf(ref.fields);
  return { ref, f: ref.fields, date, day: date && date.d !== null ? dayNumber(date) : null };
};

function itemsCompatible(a: Item, b: Item): boolean {
  if (a.ref.docId === b.ref.docId) return false; // one document's incidents were already told apart by the extractor
  const fa = a.f;
  const fb = b.f;
  if (!fa.country || !fb.country) return false;
  if (!placesCompatible(fa, fb) || !targetsCompatible(fa, fb)) return false;
  if (!a.date || !b.date) return true;
  if (a.day !== null && b.day !== null) return Math.abs(a.day - b.day) <= 1;
  return datesCompatible(a.date, b.date);
}

function itemEvidence(a: Item, b: Item): number {
  const fa = a.f;
  const fb = b.f;
  const da = a.date;
  const db = b.date;
  const sameTarget = Boolean(fa.target && fa.target === fb.target);
  const samePlace = Boolean(fa.place && fa.place === fb.place && fa.place !== fa.country);
  const sameAdmin1 = Boolean(fa.admin1 && fa.admin1 === fb.admin1);
  if (!da || !db) return sameTarget && (samePlace || sameAdmin1) ? 1 : 0;
  const bothDays = a.day !== null && b.day !== null;
  // A year is a very wide window: the same target and the same place. A month: the same target or the same town.
  if ((da.m === null || db.m === null) && !(sameTarget && (samePlace || sameAdmin1))) return 0;
  if (!bothDays && !sameTarget && !samePlace) return 0;
  if (!fa.admin1 && !fb.admin1 && !sameTarget) return 0;
  let s = 1;
  if (bothDays && a.day === b.day) s += 2;
  if (sameTarget) s += 2;
  if (samePlace) s += 1;
  if (sameAdmin1) s += 1;
  if (fa.method && fa.method === fb.method) s += 1;
  if (fa.perpetrator && fa.perpetrator === fb.perpetrator) s += 1;
  return s;
}

/** Whether two claims can describe one incident at all: nothing in them contradicts it. */
export function compatible(a: EventClaimRef, b: EventClaimRef): boolean {
  return itemsCompatible(item(a), item(b));
}

/**
 * What b gives as positive evidence that a describes its incident (0 = none): a shared day, target, town,
 * province, method or perpetrator. A claim dated only to a month needs the same target or the same town; one dated
 * to a year, or not at all, needs both the same target and the same place.
 */
export function evidence(a: EventClaimRef, b: EventClaimRef): number {
  return itemEvidence(item(a), item(b));
}

/** How well two claims fit one incident: -1 = they cannot; 0 = nothing says they do; higher = more shared specifics. */
export function pairScore(a: EventClaimRef, b: EventClaimRef): number {
  return compatible(a, b) ? evidence(a, b) : -1;
}

/**
 * A cluster being built. Its claims are also grouped by what compatibility and evidence read (place, date, target,
 * method, perpetrator), so that a claim is compared once with each distinct group, not with each claim: an attack
 * that thousands of reports mention in passing makes a cluster of thousands of nearly identical claims.
 */
class Cluster {
  readonly items: Item[] = [];
  private readonly docs = new Set<string>();
  private readonly groups = new Map<string, { rep: Item; n: number }>();

  add(c: Item): void {
    this.items.push(c);
    this.docs.add(c.ref.docId);
    const f = c.f;
    const key = `${f.country}|${f.admin1}|${f.lat}|${f.lon}|${f.target}|${f.place}|${f.date}|${f.method}|${f.perpetrator}`;
    const g = this.groups.get(key);
    if (g) g.n++;
    else this.groups.set(key, { rep: c, n: 1 });
  }

  /**
   * How well a claim fits: it must be compatible with every claim already there (no chaining of "a fits b, b fits
   * c" across a contradiction), and at least one of them must give positive evidence. The best evidence counts,
   * and, a little, how many claims give some.
   */
  fit(c: Item): number {
    // one document's incidents were already told apart by the extractor
    if (this.docs.has(c.ref.docId)) return -1;
    let best = 0;
    let supporting = 0;
    for (const { rep, n } of this.groups.values()) {
      if (!itemsCompatible(c, rep)) return -1;
      const e = itemEvidence(c, rep);
      if (e > 0) supporting += n;
      if (e > best) best = e;
    }
    return best > 0 ? best + supporting / (this.items.length + 1) : -1;
  }
}

const PRECISION_RANK = (f: EventFields) => {
  const p = dateOf(f);
  return !p ? 3 : p.d !== null ? 0 : p.m !== null ? 1 : 2;
};

/** The canonical order: the most precisely dated claims first, then by date, then by id. */
export function canonicalOrder(claims: EventClaimRef[]): EventClaimRef[] {
  // each claim's sort key computed once (the comparator runs n log n times)
  return claims
    .map((c) => ({ c, rank: PRECISION_RANK(c.fields), date: c.fields.date ?? "" }))
    .sort((a, b) => compareKeys(a, b))
    .map((k) => k.c);
}

function compareKeys(a: { c: EventClaimRef; rank: number; date: string }, b: { c: EventClaimRef; rank: number; date: string }): number {
  // ISO dates: the plain order of their characters is the order of the dates
  return a.rank - b.rank || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
}

/** Groups event claims into incidents: each claim, in canonical order, joins the cluster it fits best, or starts one. */
export function clusterEventClaims(claims: EventClaimRef[], opts: { exhaustive?: boolean } = {}): EventClaimRef[][] {
  const clusters: Cluster[] = [];
  const byCountry = new Map<string, number[]>();
  // Candidate clusters are looked up by country and date, so each claim is compared with the few clusters
  // that could hold its incident, not with every cluster of its country.
  const index = new ClusterIndex();
  for (const c of canonicalOrder(claims).map(item)) {
    const key = c.f.country ?? "";
    let best: Cluster | null = null;
    let bestIndex = -1;
    let bestScore = 0;
    if (key) {
      // (exhaustive: every cluster of the country, to check that the index leaves none out that could matter)
      for (const ci of opts.exhaustive ? (byCountry.get(key) ?? []) : index.candidates(key, c)) {
        const fit = clusters[ci].fit(c);
        if (fit > bestScore) {
          best = clusters[ci];
          bestIndex = ci;
          bestScore = fit;
        }
      }
    }
    if (best) {
      best.add(c);
      index.add(key, c, bestIndex);
    } else {
      const cluster = new Cluster();
      cluster.add(c);
      clusters.push(cluster);
      if (key) index.add(key, c, clusters.length - 1);
      if (key && opts.exhaustive) byCountry.set(key, [...(byCountry.get(key) ?? []), clusters.length - 1]);
    }
  }
  return clusters.map((cluster) => cluster.items.map((i) => i.ref));
}

/**
 * Clusters by country and date, in creation order. A cluster is filed under each of its claims' dates: by day,
 * by month (claims dated to a month or a day), by month alone (claims dated to a month, no day), by year, by
 * year alone, and undated; and under each of its claims' targets. A claim is compared only with clusters that
 * could take it: every claim of a cluster must be compatible with it (a claim dated to the day meets clusters a
 * day away at most, or with claims that give no day), and one must give positive evidence, which a claim dated to
 * a year or not at all can only give (or get) with the same target, and one without a day only with the same target
 * or town.
 */
class ClusterIndex {
  private byDay = new Map<string, Set<number>>();
  private byMonth = new Map<string, Set<number>>();
  private monthOnly = new Map<string, Set<number>>();
  private byYear = new Map<string, Set<number>>();
  private yearOnly = new Map<string, Set<number>>();
  private undated = new Map<string, Set<number>>();
  private byTarget = new Map<string, Set<number>>();
  private byPlace = new Map<string, Set<number>>();

  private put(map: Map<string, Set<number>>, key: string, i: number) {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(i);
  }

  add(country: string, c: Item, i: number): void {
    const d = c.date;
    if (c.f.target) this.put(this.byTarget, `${country}|${c.f.target}`, i);
    if (c.f.place && c.f.place !== c.f.country) this.put(this.byPlace, `${country}|${c.f.place}`, i);
    if (!d) return this.put(this.undated, country, i);
    this.put(this.byYear, `${country}|${d.y}`, i);
    if (d.m === null) return this.put(this.yearOnly, `${country}|${d.y}`, i);
    this.put(this.byMonth, `${country}|${d.y}-${d.m}`, i);
    if (d.d === null) this.put(this.monthOnly, `${country}|${d.y}-${d.m}`, i);
    else this.put(this.byDay, `${country}|${c.day}`, i);
  }

  candidates(country: string, c: Item): number[] {
    const out = new Set<number>();
    const d = c.date;
    const take = (map: Map<string, Set<number>>, key: string) => map.get(key)?.forEach((i) => out.add(i));
    // Clusters with a claim of the same target (all a claim dated to a year or undated can be evidence with), and
    // with one of the same target or town (all a claim without a day can be evidence with, unless on the same day).
    const sameTarget = c.f.target ? this.byTarget.get(`${country}|${c.f.target}`) : undefined;
    const samePlace = c.f.place && c.f.place !== c.f.country ? this.byPlace.get(`${country}|${c.f.place}`) : undefined;
    const takeIf = (map: Map<string, Set<number>>, key: string, withTarget: boolean, withPlace: boolean) =>
      map.get(key)?.forEach((i) => {
        if ((withTarget && sameTarget?.has(i)) || (withPlace && samePlace?.has(i))) out.add(i);
      });
    if (!d) sameTarget?.forEach((i) => out.add(i));
    else if (d.m === null) {
      takeIf(this.byYear, `${country}|${d.y}`, true, false);
      takeIf(this.undated, country, true, false);
    } else {
      takeIf(this.undated, country, true, false);
      takeIf(this.yearOnly, `${country}|${d.y}`, true, false);
      if (d.d === null) takeIf(this.byMonth, `${country}|${d.y}-${d.m}`, true, true);
      else {
        takeIf(this.monthOnly, `${country}|${d.y}-${d.m}`, true, true);
        for (const n of [c.day! - 1, c.day!, c.day! + 1]) take(this.byDay, `${country}|${n}`);
      }
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** A stable id for an incident: from its first claim in canonical order. */
export function eventIdFor(cluster: EventClaimRef[]): string {
  // the first in canonical order, found without sorting the cluster
  const key = (c: EventClaimRef) => ({ c, rank: PRECISION_RANK(c.fields), date: c.fields.date ?? "" });
  let best = key(cluster[0]);
  for (let i = 1; i < cluster.length; i++) {
    const k = key(cluster[i]);
    if (compareKeys(k, best) < 0) best = k;
  }
  const first = best.c;
  return `e${createHash("sha256").update(first.id).digest("hex").slice(0, 12)}`;
}
