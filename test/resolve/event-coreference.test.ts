// Event coreference and ACLED-style reconciliation on hand-built event claims shaped like real news coverage:
// several outlets on one incident (dates a day apart, figures that disagree, claimed / attributed / unknown
// perpetrators), different incidents in the same town and week, a venue on a province line, passing mentions at
// month and year precision, claims of one document, and independence from the order claims arrive in.
import { describe, expect, it } from "vitest";
import type { EventFields } from "../../src/extract/types.js";
import { clusterEventClaims, datesCompatible, eventIdFor, pairScore, parseDate, type EventClaimRef } from "../../src/resolve/event-coreference.js";
import { reconcileEvent, type SourcedEventClaim } from "../../src/resolve/reconcile-event.js";
import { killedLabel } from "../../src/cli/commands/events.js";

// ---------- builders ----------

const KABUL = { country: "AF", admin1: "Kabul", place: "Kabul", lat: 34.53, lon: 69.17, geo_precision: 1 as const };

function fields(f: Partial<EventFields>): EventFields {
  const date = f.date ?? null;
  return {
    date,
    date_precision: f.date_precision ?? (date === null ? null : date.length === 10 ? "day" : date.length === 7 ? "month" : "year"),
    country: null,
    admin1: null,
    place: null,
    lat: null,
    lon: null,
    geo_precision: null,
    perpetrator: null,
    perpetrator_basis: null,
    perpetrator_wording: null,
    killed: null,
    killed_qualifier: null,
    injured: null,
    injured_qualifier: null,
    method: null,
    sub_event_type: null,
    target: null,
    mention: "main",
    ...f,
  };
}

interface Src {
  doc: string;
  outlet?: string | null;
  published?: string | null;
  reliability?: string;
}

function claim(id: string, src: Src, f: Partial<EventFields>): SourcedEventClaim {
  return {
    id,
    docId: `d-${src.doc}`,
    doc: src.doc,
    outlet: src.outlet ?? null,
    published: src.published ?? null,
    reliability: src.reliability ?? "F",
    fields: fields(f),
  };
}

const ref = (c: SourcedEventClaim): EventClaimRef => ({ id: c.id, docId: c.docId, fields: c.fields });

/** Clusters as sorted lists of claim ids, sorted, for comparison. */
function clusterIds(claims: SourcedEventClaim[]): string[][] {
  return clusterEventClaims(claims.map(ref))
    .map((c) => c.map((x) => x.id).sort())
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function clusterOf(claims: SourcedEventClaim[], id: string): string[] {
  const c = clusterIds(claims).find((ids) => ids.includes(id));
  if (!c) throw new Error(`claim ${id} is in no cluster`);
  return c;
}

function reconcileAll(claims: SourcedEventClaim[]) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return clusterEventClaims(claims.map(ref)).map((cluster) => reconcileEvent(eventIdFor(cluster), cluster.map((c) => byId.get(c.id)!)));
}

/** A small seeded PRNG (mulberry32), so that a failing shuffle can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------- the coverage ----------

// The suicide bombing outside the Russian embassy in Kabul, Monday 5 September 2022, as three outlets told it.
const embassy = [
  // Wire copy, same day: "A suicide bomber killed six people, including two Russian embassy staff ..."; no claim yet.
  claim("emb-wire", { doc: "wire-embassy", outlet: "Frontier Wire", published: "2022-09-05" }, {
    ...KABUL, date: "2022-09-05", killed: 6, killed_qualifier: "exact", method: "suicide bombing", sub_event_type: "Suicide bomb", target: "diplomatic mission",
  }),
  // Next-day paper: "The Islamic State group claimed responsibility for Monday's suicide bombing ... killed at least eight";
  // the extractor dated it by the dateline (6 September).
  claim("emb-daily", { doc: "daily-embassy", outlet: "Kabul Daily Post", published: "2022-09-06" }, {
    ...KABUL, date: "2022-09-06", killed: 8, killed_qualifier: "at_least", perpetrator: "ISKP", perpetrator_basis: "claimed",
    perpetrator_wording: "The Islamic State group", method: "suicide bombing", target: "diplomatic mission",
  }),
  // A hospital official's higher toll; "The Taliban blamed ISKP".
  claim("emb-gazette", { doc: "gazette-embassy", outlet: "Asia Gazette", published: "2022-09-05" }, {
    ...KABUL, date: "2022-09-05", killed: 25, killed_qualifier: "exact", perpetrator: "ISKP", perpetrator_basis: "attributed",
    perpetrator_wording: "Islamic State Khorasan Province (ISKP)", method: "suicide bombing", target: "diplomatic mission",
  }),
];

// Two different attacks in Kabul a week apart: the Kaaj education centre (30 Sept 2022) and the Wazir Akbar Khan
// mosque (23 Sept 2022), two reports each.
const DASHT = { country: "AF", admin1: "Kabul", place: "Dasht-e-Barchi", lat: 34.5, lon: 69.1, geo_precision: 1 as const };
const WAK = { country: "AF", admin1: "Kabul", place: "Wazir Akbar Khan", lat: 34.54, lon: 69.19, geo_precision: 1 as const };
const school = [
  claim("sch-wire", { doc: "wire-school", outlet: "Frontier Wire" }, { ...DASHT, date: "2022-09-30", killed: 19, method: "suicide bombing", target: "school" }),
  claim("sch-gazette", { doc: "gazette-school", outlet: "Asia Gazette" }, {
    ...DASHT, date: "2022-10-01", killed: 35, killed_qualifier: "at_least", perpetrator: "ISKP", perpetrator_basis: "suspected", method: "suicide bombing", target: "school",
  }),
];
const mosque = [
  claim("mos-wire", { doc: "wire-mosque", outlet: "Frontier Wire" }, { ...WAK, date: "2022-09-23", killed: 7, method: "car bombing", target: "mosque" }),
  claim("mos-daily", { doc: "daily-mosque", outlet: "Kabul Daily Post" }, { ...KABUL, date: "2022-09-23", killed: 7, method: "car bombing", target: "mosque" }),
];

// Crocus City Hall, 22 March 2024: "Moscow" (admin1 Moscow) in one report, "Krasnogorsk" (Moscow Oblast) in another.
const crocus = [
  claim("cro-wire", { doc: "wire-crocus", outlet: "Frontier Wire" }, {
    country: "RU", admin1: "Moscow", place: "Moscow", lat: 55.76, lon: 37.62, geo_precision: 2, date: "2024-03-22",
    killed: 40, killed_qualifier: "at_least", perpetrator: "Islamic State", perpetrator_basis: "claimed", method: "armed assault", target: "concert hall",
  }),
  claim("cro-daily", { doc: "daily-crocus", outlet: "Kabul Daily Post" }, {
    country: "RU", admin1: "Moscow Oblast", place: "Krasnogorsk", lat: 55.83, lon: 37.33, geo_precision: 1, date: "2024-03-23",
    killed: 133, perpetrator: "ISKP", perpetrator_basis: "claimed", method: "armed assault", target: "concert hall",
  }),
];

// Abbey Gate, Hamid Karzai International Airport, 26 August 2021: two day-precise reports and a later analysis that
// names "the August 2021 Kabul airport bombing" in passing.
const HKIA = { country: "AF", admin1: "Kabul", place: "Hamid Karzai International Airport", lat: 34.56, lon: 69.21, geo_precision: 1 as const };
const airport = [
  claim("air-wire", { doc: "wire-airport" }, { ...HKIA, date: "2021-08-26", killed: 60, method: "suicide bombing", target: "airport", perpetrator: "ISKP", perpetrator_basis: "claimed" }),
  claim("air-daily", { doc: "daily-airport" }, { ...HKIA, date: "2021-08-27", killed: 170, killed_qualifier: "more_than", method: "suicide bombing", target: "airport" }),
  claim("air-passing", { doc: "analysis-2022" }, { ...KABUL, date: "2021-08", perpetrator: "ISKP", perpetrator_basis: "attributed", method: "attack", target: "airport", mention: "passing" }),
];

describe("dates", () => {
  it("parses day, month and year precision", () => {
    expect(parseDate("2022-09-05")).toEqual({ y: 2022, m: 9, d: 5 });
    expect(parseDate("2021-08")).toEqual({ y: 2021, m: 8, d: null });
    expect(parseDate("2022")).toEqual({ y: 2022, m: null, d: null });
    expect(parseDate("Sept 5")).toBeNull();
  });
  it("a report dated the next day still fits; two days apart does not; a month fits its days only", () => {
    const p = (s: string) => parseDate(s)!;
    expect(datesCompatible(p("2022-09-05"), p("2022-09-06"))).toBe(true);
    expect(datesCompatible(p("2022-08-31"), p("2022-09-01"))).toBe(true); // across a month end
    expect(datesCompatible(p("2022-09-05"), p("2022-09-07"))).toBe(false);
    expect(datesCompatible(p("2021-08"), p("2021-08-26"))).toBe(true);
    expect(datesCompatible(p("2021-08"), p("2021-09-01"))).toBe(false);
    expect(datesCompatible(p("2022"), p("2022-09-05"))).toBe(true);
    expect(datesCompatible(p("2021"), p("2022-01-01"))).toBe(false);
  });
});

describe("the Russian embassy bombing reported by three outlets", () => {
  it("is one event", () => {
    expect(clusterIds(embassy)).toEqual([["emb-daily", "emb-gazette", "emb-wire"]]);
  });

  it("reconciles the ACLED way: killed 6, range 6–25, 3 reports, every source's figure inside the range", () => {
    const [e] = reconcileAll(embassy);
    expect(e.killed).toBe(6);
    expect(e.killed_range).toEqual([6, 25]);
    expect(e.killed_reports).toHaveLength(3);
    for (const r of e.killed_reports) {
      expect(r.value).toBeGreaterThanOrEqual(e.killed_range![0]);
      expect(r.value).toBeLessThanOrEqual(e.killed_range![1]);
    }
    // Each source's own figure and qualifier stays visible.
    const byOutlet = Object.fromEntries(e.killed_reports.map((r) => [r.outlet, [r.value, r.qualifier]]));
    expect(byOutlet).toEqual({ "Frontier Wire": [6, "exact"], "Kabul Daily Post": [8, "at_least"], "Asia Gazette": [25, "exact"] });
    expect(killedLabel(e)).toBe("6 (6–25, 3 reports)");
  });

  it("keeps attributions with their basis; the claim of responsibility is the basis; the unknown one adds none", () => {
    const [e] = reconcileAll(embassy);
    expect(e.perpetrator).toBe("ISKP");
    expect(e.perpetrator_basis).toBe("claimed");
    expect(e.attributions.map((a) => [a.actor, a.basis, a.reports, a.docs])).toEqual([
      ["ISKP", "claimed", 1, ["daily-embassy"]],
      ["ISKP", "attributed", 1, ["gazette-embassy"]],
    ]);
    // Two independent outlets name ISKP, none names anyone else: confirmed.
    expect(e.credibility.perpetrator).toBe(1);
  });

  it("takes the date most sources give among the most precise, with all three sources and claims", () => {
    const [e] = reconcileAll(embassy);
    expect(e.date).toBe("2022-09-05");
    expect(e.date_precision).toBe("day");
    expect(e.credibility.date).toBe(2); // two sources against one (the next-day dateline)
    expect([e.country, e.admin1, e.place]).toEqual(["AF", "Kabul", "Kabul"]);
    expect(e.target).toBe("diplomatic mission");
    expect(e.method).toBe("suicide bombing");
    expect(e.sources.map((s) => s.outlet).sort()).toEqual(["Asia Gazette", "Frontier Wire", "Kabul Daily Post"]);
    expect(e.claim_ids).toEqual(["emb-daily", "emb-gazette", "emb-wire"]);
  });

  it("grades a figure reported by one outlet alone by that outlet's reliability", () => {
    const one = (rel: string) => reconcileEvent("e1", [{ ...embassy[0], reliability: rel }]).credibility.killed;
    expect(one("B")).toBe(2);
    expect(one("F")).toBe(3);
    // Two documents of the same outlet are one source, not corroboration.
    const sameOutlet = reconcileEvent("e1", [embassy[0], { ...embassy[0], id: "emb-wire-2", docId: "d-wire-embassy-update", doc: "wire-embassy-update" }]);
    expect(sameOutlet.credibility.killed).toBe(3);
  });
});

describe("different attacks stay apart", () => {
  it("two attacks in Kabul a week apart (a school and a mosque) are two events of two reports each", () => {
    expect(clusterIds([...school, ...mosque])).toEqual([
      ["mos-daily", "mos-wire"],
      ["sch-gazette", "sch-wire"],
    ]);
  });

  it("two attacks in Kabul on consecutive days with different targets are two events", () => {
    const a = claim("a", { doc: "A" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing", killed: 6 });
    const b = claim("b", { doc: "B" }, { ...KABUL, date: "2022-09-06", target: "mosque", method: "suicide bombing", killed: 6 });
    const c = claim("c", { doc: "C" }, { ...KABUL, date: "2022-09-06", target: "mosque", method: "suicide bombing", killed: 8 });
    expect(clusterIds([a, b, c])).toEqual([["a"], ["b", "c"]]);
  });

  it("the same kind of attack two days apart in the same town is two events", () => {
    const a = claim("a", { doc: "A" }, { ...DASHT, date: "2022-09-30", target: "school", method: "suicide bombing" });
    const b = claim("b", { doc: "B" }, { ...DASHT, date: "2022-10-02", target: "school", method: "suicide bombing" });
    expect(clusterIds([a, b])).toEqual([["a"], ["b"]]);
  });

  it("a concert-hall attack in another region on the same day is another event", () => {
    const spb = claim("spb", { doc: "spb" }, {
      country: "RU", admin1: "Saint Petersburg", place: "Saint Petersburg", lat: 59.94, lon: 30.31, date: "2024-03-22", target: "concert hall", method: "armed assault",
    });
    expect(clusterOf([...crocus, spb], "spb")).toEqual(["spb"]);
  });
});

describe("one incident named differently", () => {
  it("Crocus City Hall as 'Moscow' (Moscow) and as 'Krasnogorsk' (Moscow Oblast), nearby, is one event", () => {
    expect(clusterIds(crocus)).toEqual([["cro-daily", "cro-wire"]]);
    const [e] = reconcileAll(crocus);
    expect(e.killed).toBe(40);
    expect(e.killed_range).toEqual([40, 133]);
    // The most precise place: the town (geo precision 1) over the city given loosely.
    expect(e.country).toBe("RU");
    expect(e.date).toBe("2024-03-22");
    expect(e.attributions.map((a) => a.actor).sort()).toEqual(["ISKP", "Islamic State"]);
  });

  it("a month-precise passing mention ('the August 2021 Kabul airport bombing') joins the 26 August airport event", () => {
    expect(clusterIds(airport)).toEqual([["air-daily", "air-passing", "air-wire"]]);
    const [e] = reconcileAll(airport);
    expect(e.date).toBe("2021-08-26");
    expect(e.date_precision).toBe("day");
    expect(e.place).toBe("Hamid Karzai International Airport");
    expect(e.killed).toBe(60);
    expect(e.killed_range).toEqual([60, 170]);
  });

  it("a month-precise mention does not join an event of another month", () => {
    const july = claim("jul", { doc: "jul" }, { ...KABUL, date: "2021-07", target: "airport" });
    expect(clusterOf([...airport, july], "jul")).toEqual(["jul"]);
  });
});

describe("vague claims do not absorb events", () => {
  it("a year-precise claim with no target ('ISKP attacks in Kabul in 2022') does not join a random Kabul event", () => {
    // "In 2022, ISKP carried out attacks in Kabul ..." — no target, no method beyond "attack".
    const vague = claim("year", { doc: "annual-review" }, { ...KABUL, date: "2022", perpetrator: "ISKP", perpetrator_basis: "attributed", method: "attack" });
    expect(clusterOf([embassy[0], vague], "year")).toEqual(["year"]);
    expect(clusterOf([...embassy, vague], "year")).toEqual(["year"]);
  });

  it("a year-precise claim with no target and no town does not join either", () => {
    const vague = claim("year", { doc: "annual-review" }, { country: "AF", admin1: "Kabul", date: "2022", method: "attack" });
    expect(clusterOf([...embassy, vague], "year")).toEqual(["year"]);
  });

  it("a claim without a country joins nothing", () => {
    const nowhere = claim("nowhere", { doc: "X" }, { date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing" });
    expect(clusterOf([...embassy, nowhere], "nowhere")).toEqual(["nowhere"]);
  });
});

describe("claims of one document", () => {
  it("never merge, even when they look alike", () => {
    const a = claim("one-a", { doc: "roundup" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing", killed: 6 });
    const b = claim("one-b", { doc: "roundup" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing", killed: 25 });
    expect(pairScore(ref(a), ref(b))).toBe(-1);
    expect(clusterIds([a, b])).toEqual([["one-a"], ["one-b"]]);
  });

  it("a third report that fits both joins only one of them", () => {
    const a = claim("one-a", { doc: "roundup" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing" });
    const b = claim("one-b", { doc: "roundup" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission", method: "suicide bombing" });
    const clusters = clusterIds([a, b, ...embassy]);
    for (const c of clusterEventClaims([a, b, ...embassy].map(ref))) {
      expect(new Set(c.map((x) => x.docId)).size).toBe(c.length);
    }
    expect(clusters.flat().sort()).toEqual(["emb-daily", "emb-gazette", "emb-wire", "one-a", "one-b"]);
  });
});

describe("order independence", () => {
  const noise = [
    claim("year", { doc: "annual-review" }, { ...KABUL, date: "2022", method: "attack" }),
    claim("undated", { doc: "explainer" }, { ...HKIA, target: "airport", method: "suicide bombing", mention: "passing" }),
    claim("jal", { doc: "wire-jalalabad" }, { country: "AF", admin1: "Nangarhar", place: "Jalalabad", lat: 34.43, lon: 70.45, date: "2022-09-05", target: "Taliban", method: "IED" }),
    claim("pesh", { doc: "dawn-peshawar" }, { country: "PK", admin1: "Khyber Pakhtunkhwa", place: "Peshawar", lat: 34.01, lon: 71.58, date: "2022-03-04", target: "mosque", killed: 63 }),
    claim("pesh2", { doc: "wire-peshawar" }, { country: "PK", admin1: "Khyber Pakhtunkhwa", place: "Peshawar", lat: 34.01, lon: 71.58, date: "2022-03-04", target: "mosque", killed: 56 }),
    claim("one-a", { doc: "roundup" }, { ...KABUL, date: "2022-09-05", target: "diplomatic mission" }),
    claim("one-b", { doc: "roundup" }, { ...KABUL, date: "2022-09-06", target: "diplomatic mission" }),
    claim("kabul-civ", { doc: "tolo" }, { ...KABUL, date: "2022-09-05", target: "civilians", killed: 7 }),
  ];
  const all = [...embassy, ...school, ...mosque, ...crocus, ...airport, ...noise];

  it("shuffling the input (seeded, 200 times) gives the same clusters and the same event ids", () => {
    const baseline = (xs: SourcedEventClaim[]) =>
      clusterEventClaims(xs.map(ref))
        .map((c) => `${eventIdFor(c)}:${c.map((x) => x.id).sort().join(",")}`)
        .sort();
    const expected = baseline(all);
    // sanity: the incidents are resolved as such, whatever the vague claims do
    const clusterWith = (id: string) => expected.find((s) => s.split(":")[1].split(",").includes(id))!;
    expect(clusterWith("emb-wire")).toMatch(/emb-daily,emb-gazette,emb-wire/);
    expect(clusterWith("cro-wire")).toMatch(/:cro-daily,cro-wire$/);
    expect(clusterWith("sch-wire")).toMatch(/:sch-gazette,sch-wire$/);
    expect(clusterWith("mos-wire")).toMatch(/:mos-daily,mos-wire$/);
    expect(clusterWith("pesh")).toMatch(/:pesh,pesh2$/);
    expect(clusterWith("one-a")).not.toBe(clusterWith("one-b"));
    const rand = rng(20220905);
    for (let i = 0; i < 200; i++) {
      const order = shuffle(all, rand);
      expect(baseline(order), `shuffle #${i}: ${order.map((c) => c.id).join(" ")}`).toEqual(expected);
    }
  });

  it("the reconciled events do not depend on the order of their claims", () => {
    const canon = (xs: SourcedEventClaim[]) => JSON.stringify(reconcileAll(xs).sort((a, b) => a.id.localeCompare(b.id)));
    const expected = canon(all);
    const rand = rng(7);
    for (let i = 0; i < 50; i++) expect(canon(shuffle(all, rand))).toBe(expected);
  });

  it("an event's id does not depend on which claim arrived first", () => {
    const ids = new Set<string>();
    const rand = rng(42);
    for (let i = 0; i < 20; i++) ids.add(eventIdFor(shuffle(embassy, rand).map(ref)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^e[0-9a-f]{12}$/);
  });
});

describe("the candidate index", () => {
  // Seeded pseudo-random claims over a few places, targets and dates at every precision, with one incident that
  // hundreds of documents mention: the index (and the grouping of alike claims) must change no clustering.
  function randomClaims(n: number, seed: number): EventClaimRef[] {
    let x = seed;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)];
    const places = [
      { country: "AF", admin1: "Kabul", place: "Kabul", lat: 34.53, lon: 69.17 },
      { country: "AF", admin1: "Nangarhar", place: "Jalalabad", lat: 34.43, lon: 70.45 },
      { country: "AF", admin1: "Kunduz", place: "Kunduz", lat: 36.73, lon: 68.86 },
      { country: "PK", admin1: "Khyber Pakhtunkhwa", place: "Peshawar", lat: 34.0, lon: 71.57 },
      { country: "PK", admin1: "Khyber Pakhtunkhwa", place: null, lat: null, lon: null },
      { country: "AF", admin1: null, place: "AF", lat: null, lon: null },
    ];
    const dates = ["2022-09-05", "2022-09-06", "2022-09-30", "2022-10-01", "2022-09", "2022-10", "2022", null];
    const targets = ["diplomatic mission", "mosque", "civilians", "school", null];
    return Array.from({ length: n }, (_, i) => {
      const famous = rnd() < 0.3;
      const p = famous ? places[0] : pick(places);
      const date = famous ? pick(["2022-09-05", "2022-09"]) : pick(dates);
      return {
        id: `c${i}`,
        docId: `d${Math.floor(i / 2)}`,
        fields: {
          ...p, date, date_precision: null, geo_precision: null, perpetrator: pick(["ISKP", null]), perpetrator_basis: null,
          perpetrator_wording: null, killed: null, killed_qualifier: null, injured: null, injured_qualifier: null,
          method: pick(["suicide bombing", null]), sub_event_type: null, target: famous ? "diplomatic mission" : pick(targets), mention: "main",
        },
      } as EventClaimRef;
    });
  }

  it.each([1, 2, 3, 4, 5])("clusters exactly as comparing each claim with every cluster of its country (seed %i)", (seed) => {
    const claims = randomClaims(600, seed);
    const ids = (clusters: EventClaimRef[][]) => clusters.map((c) => c.map((x) => x.id).join(",")).sort();
    const indexed = clusterEventClaims(claims);
    expect(indexed.some((c) => c.length > 50)).toBe(true);
    expect(ids(indexed)).toEqual(ids(clusterEventClaims(claims, { exhaustive: true })));
  });
});
