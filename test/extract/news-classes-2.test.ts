// Regression tests for further classes of news wording: places of background attacks given by back-reference,
// nationality words that are not locations, named single victims, appositives inside a toll, and estimate sources
// named by a definite description. Each text is written for the test, not copied from any report.
import { describe, expect, it } from "vitest";
import type { EventFields, Extraction } from "../../src/extract/types.js";
import { events, quantities, run } from "./extraction-helpers.js";
const byYear = (r: Extraction, y: string): EventFields | undefined => events(r).find((e) => e.date?.startsWith(y));

describe("place of a background attack told by back-reference", () => {
  it("'the same clinic' takes the main incident's place", () => {
    const r = run(`HERAT, May 4 (Reuters) - Gunmen stormed a maternity clinic in the western city of Herat on Sunday, killing at least seven people, officials said.

The same clinic was attacked in June 2019 by a suicide bomber, an assault that killed 11 people.`, "2025-05-04");
    expect(byYear(r, "2019")).toMatchObject({ country: "AF", admin1: "Herat" });
  });
  it("'at the shrine' takes the place named earlier in the sentence", () => {
    const r = run(`A bomb exploded at a market in Zahedan on Tuesday, killing four people, Iranian media said.

Militants had earlier attacked the Imam Reza shrine in Mashhad in April 2022, killing two clerics, and a bomb went off at the shrine in June 2023, killing three worshippers.`, "2025-01-07");
    expect(byYear(r, "2023")).toMatchObject({ country: "IR", admin1: "Razavi Khorasan" });
  });
  it("a paragraph that opens with a city gives its place to the attack it lists", () => {
    const r = run(`QUETTA, Pakistan (AP) — A roadside bomb exploded in Quetta on Monday, killing five policemen, officials said.

Lahore has suffered some of the country's worst attacks. In March 2016, a suicide bombing at a crowded park killed more than 70 people.`, "2025-02-03");
    expect(byYear(r, "2016")).toMatchObject({ country: "PK", admin1: "Punjab" });
  });
});

describe("tolls", () => {
  it("a country before people ('U.S. troops') is their nationality, not where the attack was", () => {
    const r = run(`Officers remembered the Aug. 26, 2021, assault on Kabul airport, in which an IS-K suicide bomber killed 13 U.S. troops and about 160 Afghans.`, "2023-08-26");
    expect(events(r)[0]).toMatchObject({ admin1: "Kabul", killed: 173 });
  });
  it("a killing verb with a named victim counts one", () => {
    const r = run(`KABUL, March 3 (Reuters) - A bomb went off in Kabul on Monday, killing four people, police said.

In January, ISKP claimed a bombing at a mosque in Herat that killed Abdul Qadir Mansoor, a well-known preacher.`, "2025-03-03");
    expect(events(r).find((e) => e.admin1 === "Herat")).toMatchObject({ killed: 1 });
  });
  it("an appositive '..., over half of them women,' inside a toll does not hide it", () => {
    const r = run(`The worst earlier attack in the region was the 2015 siege of a college in Garissa, in which more than 140 people, nearly all of them students, were killed.`, "2024-01-01");
    expect(events(r)[0]).toMatchObject({ killed: 140 });
  });
  it("'martyred' before its figure is a death toll", () => {
    const r = run(`ZAHEDAN, Oct 1 (IRNA) - Terrorists attacked a police station in Zahedan on Friday, an assault that martyred four police officers, officials said.`, "2025-10-01");
    expect(events(r)[0]).toMatchObject({ killed: 4 });
  });
});

describe("figures in a relative clause", () => {
  it("'X, in which N were killed, and a second attack ...': the figure belongs to the first attack", () => {
    const r = run(`A gunman opened fire at a mosque in Zahedan on Friday, killing three worshippers, state media said.

The same militants had attacked a Sufi shrine in Mashhad in May 2021, in which 9 pilgrims were killed, and a second attack on the shrine in July 2022 killed two guards.`, "2025-01-10");
    expect(byYear(r, "2021")).toMatchObject({ killed: 9 });
    expect(byYear(r, "2022")).toMatchObject({ killed: 2 });
  });
});

describe("estimate sources", () => {
  it("'the team', 'the report' and 'the monitors' resolve to the body the piece named before", () => {
    const r = run(`ISKP remains the main threat, according to the newest report of the U.N. Analytical Support and Sanctions Monitoring Team, published on Monday.

The team's latest report estimates that ISKP has between 3,000 and 5,000 fighters. In 2022 the same team put the group's strength at between 1,000 and 2,000 fighters.

The report estimates al-Qaida's core at between 20 and 40 members. The monitors also count the TTP as the largest group, with an estimated 5,000 to 6,500 fighters.`, "2025-06-01");
    const q = quantities(r);
    const team = "UN Analytical Support and Sanctions Monitoring Team";
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", min: 3000, max: 5000, by: team }));
    expect(q).toContainEqual(expect.objectContaining({ subject: "ISKP", min: 1000, max: 2000, by: team }));
    expect(q).toContainEqual(expect.objectContaining({ min: 20, max: 40, by: team }));
  });
  it("'U.N. monitors estimated' keeps the body's people in the report's words; a closing 'X said' names the source", () => {
    const r = run(`U.N. monitors estimated last year that ISIS-K had about 2,500 fighters. Coalition forces carried out 250 operations against ISIS in Syria in 2023, Gen. Erik Kurilla said.`, "2024-03-01");
    const q = quantities(r);
    expect(q).toContainEqual(expect.objectContaining({ min: 2500, by: "U.N. monitors" }));
    expect(q).toContainEqual(expect.objectContaining({ measure: "attacks", min: 250, by: expect.stringContaining("Kurilla") }));
  });
});
