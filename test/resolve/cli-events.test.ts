// The events picture through the CLI, on the seed reports plus the news fixtures: `events` with filters, `event ID`,
// `estimates ISKP`, `export events --format json|csv|geojson`, `source set` re-grading events, and bad parameters.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReports } from "../../src/ingest/ingest-reports.js";
import type { ReconciledEvent } from "../../src/resolve/reconcile-event.js";
import { openStore } from "../../src/store/open-store.js";
import { ROOT, runCli, SAMPLES, type CliResult } from "../cli/run-cli.js";
import { parseCsv } from "../helpers/csv.js";

const NEWS = join(ROOT, "test", "fixtures", "news");


/** The rows of a CLI table (after the dashed rule), split on runs of 2+ spaces. */
function tableRows(out: string): string[][] {
  const lines = out.trimEnd().split("\n");
  const rule = lines.findIndex((l) => /^-+(\s+-+)+$/.test(l));
  expect(rule, out).toBeGreaterThan(0);
  return lines.slice(rule + 1).map((l) => l.split(/\s{2,}/));
}

function expectCleanFailure(r: CliResult, message: RegExp): void {
  expect(r.code, r.stdout).not.toBe(0);
  expect(r.code).not.toBeNull();
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("events, event, estimates, export events, source set (CLI)", () => {
  let work: string;
  let data: string;
  let before: ReconciledEvent[];
  let embassyId: string | undefined;
  const cli = (...args: string[]) => runCli([...args, "--data", data]);
  const withDoc = (events: ReconciledEvent[], doc: string) => {
    const e = events.find((x) => x.sources.some((s) => s.doc === doc));
    if (!e) throw new Error(`no event from ${doc}`);
    return e;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wf-events-"));
    data = join(work, "data");
    const store = await openStore({ dataDir: data, databaseUrl: null });
    try {
      const s = await ingestReports(store, [SAMPLES, NEWS]);
      expect(s.results.filter((r) => r.status !== "added")).toEqual([]);
      expect(s.added).toBe(13);
    } finally {
      await store.close();
    }
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("`events --country AF --since 2022-01-01 --actor IS-K` lists Afghan ISKP events since 2022, killed as '6 (6–25, N reports)'", async () => {
    const r = await cli("events", "--country", "AF", "--since", "2022-01-01", "--actor", "IS-K");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^id\s+date\s+place\s+killed\s+perpetrator\s+target\s+sources/);
    const rows = tableRows(r.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const [id, date, place, , perp] of rows) {
      expect(id).toMatch(/^e[0-9a-f]{12}$/);
      expect(date >= "2022").toBe(true);
      expect(place).toMatch(/AF$/);
      expect(perp).toContain("ISKP");
    }
    // (A year-precise "in 2022 it attacked ... embassies" may stand as an event of its own.)
    const embassy = rows.find((row) => row[1] === "2022-09-05" && row.includes("diplomatic mission"));
    expect(embassy, r.stdout).toBeDefined();
    expect(embassy![3]).toMatch(/^6 \(6–25, [34] reports\)$/);
    embassyId = embassy![0];
    // The 2021 airport bombing and Crocus City Hall (Russia) are filtered out.
    expect(r.stdout).not.toContain("2021-08");
    expect(r.stdout).not.toContain(", RU");
  });

  it("`event ID` shows the reconciled fields, every source's figure and every claim with its sentence", async () => {
    expect(embassyId, "the events test runs first").toBeDefined();
    const id = embassyId!;
    const r = await cli("event", id);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out.split("\n")[0]).toBe(`event ${id}`);
    expect(out).toMatch(/^\s+date\s+2022-09-05 \(day;/m);
    expect(out).toMatch(/^\s+killed\s+6 \(6–25, [34] reports\) \(ACLED rule/m);
    expect(out).toMatch(/^\s+Frontier Wire: 6$/m);
    expect(out).toMatch(/^\s+Kabul Daily Post: at least 8$/m);
    expect(out).toMatch(/^\s+Asia Gazette: 25$/m);
    expect(out).toMatch(/^\s+claimed: ISKP in 1 report \(daily-embassy-kabul-0906\)$/m);
    const n = Number(/^claims \((\d+)\)$/m.exec(out)?.[1]);
    expect(n).toBeGreaterThanOrEqual(4);
    // Each claim quotes its sentence.
    expect(out).toMatch(/“[^”]*suicide bomber killed six people[^”]*”/i);
    expect(out).toMatch(/“[^”]*killed at least eight people[^”]*”/);
    expect(out).toMatch(/“[^”]*killed 25 people[^”]*”/);
  });

  it("`estimates ISKP` lists the fighter-strength series with who said what", async () => {
    const r = await cli("estimates", "ISKP");
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^ISKP fighters: /m);
    expect(out).toMatch(/1,500–2,200\s+some Western and international sources/);
    expect(out).toMatch(/\b6,000\s+Zamir Kabulov/);
    expect(out).toMatch(/\s500–1,500\s/);
    expect(out).toMatch(/\s4,000–6,000\s/);
    expect(out).toContain("sources disagree");
  });

  it("`export events --format json|csv|geojson` give the same events with reconciled fields, sources and claim ids", async () => {
    const [j, c, g] = [await cli("export", "events", "--format", "json"), await cli("export", "events", "--format", "csv"), await cli("export", "events", "--format", "geojson")];
    for (const r of [j, c, g]) expect(r.code, r.stderr).toBe(0);
    before = JSON.parse(j.stdout) as ReconciledEvent[];
    expect(before.length).toBeGreaterThanOrEqual(6);
    for (const e of before) {
      expect(e.claim_ids.length).toBeGreaterThan(0);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    const embassy = withDoc(before, "wire-embassy-kabul-0905");
    expect(embassy.killed).toBe(6);
    expect(embassy.killed_range).toEqual([6, 25]);

    const rows = parseCsv(c.stdout);
    const header = rows[0];
    for (const col of ["event_id", "event_date", "country", "admin1", "location", "latitude", "longitude", "fatalities", "fatalities_min", "fatalities_max", "perpetrator", "sources", "claim_ids"]) {
      expect(header).toContain(col);
    }
    const body = rows.slice(1).filter((row) => row.length > 1);
    expect(body.length).toBe(before.length);
    const col = (name: string) => header.indexOf(name);
    const embassyRow = body.find((row) => row[col("event_id")] === embassy.id)!;
    expect(embassyRow[col("fatalities")]).toBe("6");
    expect(embassyRow[col("fatalities_min")]).toBe("6");
    expect(embassyRow[col("fatalities_max")]).toBe("25");
    expect(embassyRow[col("claim_ids")].split(" ").sort()).toEqual([...embassy.claim_ids].sort());

    const geo = JSON.parse(g.stdout) as { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: [number, number] } | null; properties: ReconciledEvent }[] };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.map((f) => f.id)).toEqual(before.map((e) => e.id));
    const located = geo.features.filter((f) => f.geometry);
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) {
      expect(f.type).toBe("Feature");
      expect(f.geometry!.type).toBe("Point");
      expect(f.geometry!.coordinates).toEqual([f.properties.lon, f.properties.lat]);
    }
    const kabul = located.find((f) => f.id === embassy.id)!;
    const [lon, lat] = kabul.geometry!.coordinates;
    expect(lon).toBeGreaterThan(69);
    expect(lon).toBeLessThan(69.5);
    expect(lat).toBeGreaterThan(34.3);
    expect(lat).toBeLessThan(34.7);
  });

  it("`source set OUTLET --reliability B` changes the sources listing and re-grades the events", async () => {
    expect(before, "the export test runs first").toBeDefined();
    const school = withDoc(before, "gazette-school-kabul-1001");
    // Asia Gazette alone names a perpetrator for the school bombing: possibly true (3) from an unjudged source.
    expect(school.perpetrator).toBe("ISKP");
    expect(school.credibility.perpetrator).toBe(3);

    const set = await cli("source", "set", "Asia Gazette", "--reliability", "b");
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^Asia Gazette: reliability B; \d+ events re-graded$/m);

    const src = await cli("sources");
    expect(src.code, src.stderr).toBe(0);
    const rows = tableRows(src.stdout);
    expect(rows.find((r) => r[0] === "Asia Gazette")?.slice(1, 4)).toEqual(["B", "2", "set"]);
    expect(rows.find((r) => r[0] === "Frontier Wire")?.[1]).toBe("F");

    const after = JSON.parse((await cli("export", "events", "--format", "json")).stdout) as ReconciledEvent[];
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id)); // re-grading does not re-identify events
    const school2 = after.find((e) => e.id === school.id)!;
    expect(school2.credibility.perpetrator).toBe(2); // one reliable source, unopposed: probably true
    expect(school2.sources.find((s) => s.outlet === "Asia Gazette")?.reliability).toBe("B");
    expect(school2.sources.find((s) => s.outlet === "Frontier Wire")?.reliability).toBe("F");
  });

  it("bad parameters give a clear error and a non-zero exit, not a stack trace", async () => {
    expectCleanFailure(await cli("events", "--since", "2022-13"), /--since.*(date|month)/i);
    expectCleanFailure(await cli("event", "e000000000000"), /no event e000000000000/);
  });
});
