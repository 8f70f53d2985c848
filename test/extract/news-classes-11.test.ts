// Regression tests for an eleventh round of news wording, from the perpetrator misses of newsdev9: how an analysis piece
// conveys the group by its record ("the group's attacks ... included ...", "its bombing of ...", "its most prominent
// killing since March, when ..."), claims told by a member of a group or past an aside, and denials told as reported
// speech. Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("a group's record in an analysis piece", () => {
  it("'the group's attacks in X included A; B; and C': every listed attack is the group's", () => {
    const r = run(
      `Islamic State Khorasan has not gone away. Last year, the group's attacks in Afghanistan included the bombing of a bus in Herat on 4 April, which killed nine passengers; the shooting of worshippers at a shrine in Balkh on 9 June, in which five people died; and the 20 August ambush in Ghor, where gunmen killed seven Hazara farmers.`,
      "2025-02-01",
    );
    const ev = events(r);
    expect(ev).toHaveLength(3);
    for (const e of ev) expect(e).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "attributed" }));
    expect(ev.map((e) => e.admin1)).toEqual(["Herat", "Balkh", "Ghor"]);
  });

  it("'its deadliest bombings include ...' after a paragraph about the group names the group for each", () => {
    const r = run(
      `The Tehreek-e-Taliban Pakistan has regrouped in the tribal districts since 2021.

Its deadliest bombings include the attack on a police compound in Peshawar on 30 January 2023, which killed 84 people, and the suicide bombing in Bannu on 2 March 2024, which killed six soldiers.`,
      "2024-06-01",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2023-01-30")).toEqual(expect.objectContaining({ perpetrator: "TTP", perpetrator_basis: "attributed", killed: 84 }));
    expect(ev.find((e) => e.date === "2024-03-02")).toEqual(expect.objectContaining({ perpetrator: "TTP", perpetrator_basis: "attributed", killed: 6 }));
  });

  it("'Its bombing of a rally in X on DATE killed N' after a sentence about the group is the group's attack", () => {
    const r = run(
      `The Islamic State's local branch, ISKP, has chosen its targets with care in Pakistan. Its bombing of a political rally in Mastung on 13 July 2018 killed 149 people.`,
      "2024-06-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2018-07-13", admin1: "Balochistan", perpetrator: "ISKP", perpetrator_basis: "attributed", killed: 149 })]);
  });

  it("'the group's most daring killing since DATE, when ...': the when-clause attack is the group's too", () => {
    const r = run(
      `A suicide bomber killed a Taliban deputy minister inside his office in Kabul on 3 November. ISKP claimed the attack.

It was the group's most daring assassination since June 2022, when a gunman shot dead a senior cleric and two guards at his madrasa in Herat.`,
      "2024-11-10",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2022-06")).toEqual(expect.objectContaining({ admin1: "Herat", perpetrator: "ISKP", perpetrator_basis: "attributed" }));
  });
});
