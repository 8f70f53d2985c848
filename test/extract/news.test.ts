import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import type { Extraction, EventFields } from "../../src/extract/types.js";
import * as F from "./fixtures.js";

function run(text: string, published: string | null = null): Extraction {
  const r = extractDocument({ text, published });
  for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return r;
}
const events = (r: Extraction): EventFields[] => r.claims.filter((c) => c.kind === "event").map((c) => c.event!);

describe("wire stories: one incident, its fields", () => {
  it("Russian embassy (Reuters dateline, 'on Monday', parts summed, Amaq claim)", () => {
    const r = run(F.RUSSIAN_EMBASSY, "2022-09-05");
    expect(r.bylineDate).toBe("2022-09-05");
    const ev = events(r);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2022-09-05", date_precision: "day", country: "AF", admin1: "Kabul", perpetrator: "ISKP", perpetrator_basis: "claimed",
      killed: 6, injured: 10, injured_qualifier: "at_least", method: "suicide bombing", target: "diplomatic mission", mention: "main" });
    expect(ev[0].perpetrator_wording).toMatch(/Islamic State/);
  });
  it("Kunduz mosque: the toll update wins, IS-K affiliate claim", () => {
    const ev = events(run(F.KUNDUZ_MOSQUE, "2021-10-08"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2021-10-08", country: "AF", admin1: "Kunduz", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 72, method: "suicide bombing", target: "mosque" });
  });
  it("Peshawar police-lines mosque: TTP is the perpetrator, not ISKP", () => {
    const ev = events(run(F.PESHAWAR_2023, "2023-01-31"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2023-01-30", country: "PK", admin1: "Khyber Pakhtunkhwa", place: "Peshawar", perpetrator: "TTP", killed: 100, injured: 150, injured_qualifier: "more_than" });
  });
  it("Kerman twin blasts: revised toll, injured, Islamic State → ISKP in Iran", () => {
    const ev = events(run(F.KERMAN, "2024-01-04"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2024-01-03", country: "IR", admin1: "Kerman", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 89, injured: 284, target: "memorial gathering" });
  });
  it("Crocus City Hall ('Friday night') plus a passing 2021 Kabul airport attack", () => {
    const ev = events(run(F.CROCUS, "2024-03-23"));
    expect(ev).toHaveLength(2);
    const crocus = ev.find((e) => e.country === "RU")!;
    expect(crocus).toMatchObject({ date: "2024-03-22", killed: 133, killed_qualifier: "at_least", method: "armed assault", target: "concert hall", mention: "main" });
    expect(["Islamic State", "ISKP"]).toContain(crocus.perpetrator);
    const kabul = ev.find((e) => e.country === "AF")!;
    expect(kabul).toMatchObject({ date: "2021", admin1: "Kabul", killed: 170, target: "airport", mention: "passing" });
  });
  it("BLA train attack gets BLA", () => {
    const ev = events(run(F.BALOCH, "2024-03-12"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2024-03-12", country: "PK", admin1: "Balochistan", perpetrator: "BLA", perpetrator_basis: "claimed", killed: 26 });
  });
  it("Bajaur rally: the claim's 'on Monday' is not a second incident", () => {
    const ev = events(run(F.BAJAUR, "2023-07-31"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2023-07-30", country: "PK", admin1: "Khyber Pakhtunkhwa", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 54, method: "suicide bombing", target: "election rally" });
  });
  it("Balkh governor: dateline with month-day, 'Two other people' + the governor", () => {
    const r = run(F.BALKH_GOVERNOR, "2023-03-09");
    expect(r.bylineDate).toBe("2023-03-09");
    const ev = events(r);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2023-03-09", country: "AF", admin1: "Balkh", perpetrator: "ISKP", perpetrator_basis: "claimed" });
  });
  it("Kabul hotel: claim by ISKP; the embassy assault a week earlier is another incident", () => {
    const ev = events(run(F.KABUL_HOTEL, "2022-12-12"));
    const hotel = ev.find((e) => e.target === "hotel")!;
    expect(hotel).toMatchObject({ date: "2022-12-12", country: "AF", admin1: "Kabul", perpetrator: "ISKP", perpetrator_basis: "claimed" });
  });
  it("Bamiyan tourists: no claim means no claimed perpetrator; killed parts summed", () => {
    const ev = events(run(F.BAMIYAN, "2024-05-18"));
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ date: "2024-05-17", country: "AF", admin1: "Bamyan", killed: 6, injured: 7, method: "armed assault" });
    expect(ev[0].perpetrator_basis).not.toBe("claimed");
  });
});

describe("analysis prose: no events for generic statements; quantities with sources", () => {
  it("generic attacks, threats and counts are not incidents", () => {
    const r = run(F.ANALYSIS, "2023-05-01");
    expect(events(r)).toHaveLength(0);
    const q = r.claims.filter((c) => c.kind === "quantity").map((c) => c.quantity!);
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 4000, max: 6000 }));
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", measure: "attacks", min: 77, max: 77, as_of: "2021" }));
    const j = r.claims.filter((c) => c.kind === "judgment");
    expect(j.length).toBeGreaterThan(0);
    expect(j[0].judgment!.subject).toBe("Taliban");
  });
  it("estimates with attribution", () => {
    const t = "Zamir Kabulov, the Russian envoy, estimated the number of ISKP fighters in Afghanistan to be 6,000. " +
      "Some Western sources have estimated ISIS-K's strength at around 1,500-2,200 fighters. " +
      "According to a UN Security Council report, the group has between 4,000 and 5,000 members. " +
      "The estimated number of IS-K fighters varies from 500 to 1500.";
    const q = run(t).claims.filter((c) => c.kind === "quantity").map((c) => c.quantity!);
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 6000, max: 6000, by: "Zamir Kabulov" }));
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 1500, max: 2200, by: "some Western sources" }));
    expect(q).toContainEqual(expect.objectContaining({ measure: "fighters", min: 4000, max: 5000, by: "United Nations Security Council" }));
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", min: 500, max: 1500, by: null }));
  });
});
