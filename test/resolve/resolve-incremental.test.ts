// Events resolved across documents, through the library on every configured backend: eight short news reports on
// three incidents (the Russian embassy bombing in Kabul, the Kaaj education centre bombing, Crocus City Hall) plus
// the five seed reports, ingested all at once into one store and one file at a time (in a scrambled order) into
// another, give the same events — ids, claims and reconciled fields — and the claims export links each event claim
// to its event. Assertions are about resolution; the extractor is only required to find the three incidents.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReports } from "../../src/ingest/ingest-reports.js";
import type { ReconciledEvent } from "../../src/resolve/reconcile-event.js";
import { formatClaims } from "../../src/share/claims-export.js";
import { formatEvents } from "../../src/share/events-export.js";
import type { Store } from "../../src/store/open-store.js";
import { readClaims, type StoredClaim } from "../../src/store/read-claims.js";
import { listEvents } from "../../src/store/read-events.js";
import { backends } from "../helpers/stores.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NEWS = join(ROOT, "test", "fixtures", "news");
const SAMPLES = join(ROOT, "samples");
const NEWS_FILES = readdirSync(NEWS).filter((f) => f.endsWith(".txt")).sort().map((f) => join(NEWS, f));
const SEED_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort().map((f) => join(SAMPLES, f));

const EMBASSY_DOCS = ["wire-embassy-kabul-0905", "daily-embassy-kabul-0906", "gazette-embassy-kabul-0905"];
const SCHOOL_DOCS = ["wire-school-kabul-0930", "gazette-school-kabul-1001"];
/** Crocus City Hall: "near Moscow" (the venue), "Krasnogorsk" and, in the Herald, "a concert hall in Moscow" (admin1 Moscow). */
const CROCUS_DOCS = ["wire-crocus-moscow-0322", "daily-crocus-krasnogorsk-0323", "herald-concert-moscow-0322"];
/** The seed that describes the embassy attack (killed 6). */
const EMBASSY_SEED = "000_34361a7f304bcf47";

/** A fixed scramble of the files: the next-day report before the first one, seeds in between. */
function scrambled<T>(xs: T[]): T[] {
  const a = [...xs];
  let s = 12345;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function eventClaimLinks(store: Store): Promise<string[]> {
  const rows = await store.query<{ claim_id: string; event_id: string }>(`select claim_id, event_id from event_claims order by claim_id`);
  return rows.map((r) => `${r.claim_id}→${r.event_id}`);
}

const docsOf = (e: ReconciledEvent) => e.sources.map((s) => s.doc).sort();

function eventWith(events: ReconciledEvent[], doc: string, wanted: (e: ReconciledEvent) => boolean = () => true): ReconciledEvent {
  const e = events.find((x) => x.sources.some((s) => s.doc === doc) && wanted(x));
  if (!e) throw new Error(`no event from ${doc}; events: ${events.map((x) => `${x.id} ${x.date} ${x.place} [${docsOf(x).join(", ")}]`).join("; ")}`);
  return e;
}

describe.each(backends)("events resolved across reports ($name)", (backend) => {
  let all: { store: Store; cleanup(): Promise<void> };
  let one: { store: Store; cleanup(): Promise<void> };
  let eventsAll: ReconciledEvent[];
  let eventsOne: ReconciledEvent[];
  let claimsAll: StoredClaim[];
  const perFileBlocks: { file: string; blocks: number }[] = [];

  beforeAll(async () => {
    [all, one] = await Promise.all([backend.fresh(), backend.fresh()]);
    const summary = await ingestReports(all.store, [NEWS, SAMPLES]);
    expect(summary.results.filter((r) => r.status !== "added")).toEqual([]);
    expect(summary.added).toBe(NEWS_FILES.length + SEED_FILES.length);
    for (const file of scrambled([...NEWS_FILES, ...SEED_FILES])) {
      const s = await ingestReports(one.store, [file]);
      expect(s.added, file).toBe(1);
      perFileBlocks.push({ file, blocks: s.resolution.blocks });
    }
    eventsAll = await listEvents(all.store);
    eventsOne = await listEvents(one.store);
    claimsAll = await readClaims(all.store);
  });
  afterAll(async () => {
    await Promise.all([all?.cleanup(), one?.cleanup()]);
  });

  it("the extractor finds an event claim in every news report", () => {
    const docsWithEvents = new Set(claimsAll.filter((c) => c.kind === "event").map((c) => c.doc));
    for (const f of NEWS_FILES) expect([...docsWithEvents], f).toContain(f.split("/").pop()!.replace(/\.txt$/, ""));
  });

  it("the Russian embassy bombing is one event carrying the seed's figure and the three outlets' figures", () => {
    const e = eventWith(eventsAll, EMBASSY_DOCS[0], (x) => x.target === "diplomatic mission" || x.date === "2022-09-05");
    for (const d of [...EMBASSY_DOCS, EMBASSY_SEED]) expect(docsOf(e), d).toContain(d);
    expect(e.country).toBe("AF");
    expect(e.date).toBe("2022-09-05");
    // ACLED: the lowest reported figure; the range spans every source's own figure (6 / at least 8 / 25).
    expect(e.killed).toBe(6);
    expect(e.killed_range).toEqual([6, 25]);
    const outlets = e.killed_reports.map((r) => r.outlet).filter(Boolean).sort();
    expect(outlets).toEqual(["Asia Gazette", "Frontier Wire", "Kabul Daily Post"]);
    expect(e.perpetrator).toBe("ISKP");
    expect(e.attributions.some((a) => a.actor === "ISKP" && a.basis === "claimed")).toBe(true);
  });

  it("the Kabul school bombing and Crocus City Hall are one event each, apart from the embassy", () => {
    const embassy = eventWith(eventsAll, EMBASSY_DOCS[0]);
    const school = eventWith(eventsAll, SCHOOL_DOCS[0]);
    const crocus = eventWith(eventsAll, CROCUS_DOCS[0]);
    expect(new Set([embassy.id, school.id, crocus.id]).size).toBe(3);
    for (const d of SCHOOL_DOCS) expect(docsOf(school)).toContain(d);
    for (const d of CROCUS_DOCS) expect(docsOf(crocus)).toContain(d);
    expect(school.date).toBe("2022-09-30");
    expect(school.target).toBe("school");
    expect(crocus.country).toBe("RU");
    expect(crocus.date).toBe("2024-03-22");
    expect(crocus.killed).toBe(40);
    expect(crocus.killed_range).toEqual([40, 133]);
    const newsFigures = crocus.killed_reports.filter((r) => CROCUS_DOCS.includes(r.doc)).map((r) => r.value);
    expect(newsFigures.sort((a, b) => a - b)).toEqual([40, 60, 133]);
    // Each news report's incident is in exactly one event.
    for (const d of [...EMBASSY_DOCS, ...SCHOOL_DOCS, ...CROCUS_DOCS]) {
      expect(eventsAll.filter((x) => docsOf(x).includes(d)).length, d).toBe(1);
    }
  });

  it("every reconciled killed range contains each of its sources' figures, and the figure is the lowest", () => {
    for (const e of [...eventsAll, ...eventsOne]) {
      if (e.killed === null) {
        expect(e.killed_reports).toEqual([]);
        continue;
      }
      const [lo, hi] = e.killed_range!;
      expect(e.killed).toBe(lo);
      for (const r of e.killed_reports) {
        expect(r.value, `${e.id} ${r.doc}`).toBeGreaterThanOrEqual(lo);
        expect(r.value, `${e.id} ${r.doc}`).toBeLessThanOrEqual(hi);
      }
      expect(Math.min(...e.killed_reports.map((r) => r.value))).toBe(lo);
      expect(Math.max(...e.killed_reports.map((r) => r.value))).toBe(hi);
    }
  });

  it("ingesting one file at a time gives the same events as all at once (ids, claims, reconciled fields)", async () => {
    expect(eventsOne.map((e) => e.id).sort()).toEqual(eventsAll.map((e) => e.id).sort());
    const byId = (xs: ReconciledEvent[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(eventsOne)).toEqual(byId(eventsAll));
    expect(await eventClaimLinks(one.store)).toEqual(await eventClaimLinks(all.store));
  });

  it("a one-file ingest re-resolves only the blocks its claims fall into", () => {
    const countries = new Set(eventsAll.map((e) => e.country ?? ""));
    expect(countries.size).toBeGreaterThan(1);
    for (const { file, blocks } of perFileBlocks) {
      const name = file.split("/").pop()!.replace(/\.txt$/, "");
      const own = new Set(claimsAll.filter((c) => c.kind === "event" && c.doc === name).map((c) => String(c.fields.country ?? "")));
      expect(blocks, name).toBe(own.size);
    }
  });

  it("each event claim's event_id is the event that lists it, and every event claim has one", () => {
    const eventClaims = claimsAll.filter((c) => c.kind === "event");
    expect(eventClaims.length).toBeGreaterThanOrEqual(8);
    const listed = new Map<string, string>();
    for (const e of eventsAll) for (const id of e.claim_ids) listed.set(id, e.id);
    for (const c of eventClaims) {
      expect(c.eventId, c.id).toBeTruthy();
      expect(listed.get(c.id), c.id).toBe(c.eventId);
    }
    expect(listed.size).toBe(eventClaims.length);
  });

  it("the claims export carries event_id on event claims only", () => {
    const records = JSON.parse([...formatClaims(claimsAll, "json")].join("")) as { id: string; kind: string; event_id?: string | null }[];
    const ids = new Set(eventsAll.map((e) => e.id));
    for (const r of records) {
      if (r.kind === "event") expect(ids.has(r.event_id!), r.id).toBe(true);
      else expect(r).not.toHaveProperty("event_id");
    }
  });

  it("the events export (json, geojson) lists every event with its claim ids; points are [lon, lat]", () => {
    const json = JSON.parse([...formatEvents(eventsAll, "json")].join("")) as ReconciledEvent[];
    expect(json.map((e) => e.id)).toEqual(eventsAll.map((e) => e.id));
    const geo = JSON.parse([...formatEvents(eventsAll, "geojson")].join("")) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: number[] } | null; properties: ReconciledEvent }[];
    };
    expect(geo.type).toBe("FeatureCollection");
    const crocus = geo.features.find((f) => f.properties.sources.some((s) => s.doc === CROCUS_DOCS[0]))!;
    expect(crocus.geometry?.type).toBe("Point");
    const [lon, lat] = crocus.geometry!.coordinates;
    expect(lat).toBeCloseTo(55.8, 0);
    expect(lon).toBeCloseTo(37.4, 0);
    for (const f of geo.features) expect(f.properties.claim_ids.length).toBeGreaterThan(0);
  });
});
