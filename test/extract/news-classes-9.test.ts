// Regression tests for a ninth round of news wording, from the perpetrator misses of newsdev8: a group's denial read as
// its claim, a claim that did not reach the headline's incident, a claim in a hyphenated word or in an appositive on a
// background attack. Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("denials and condemnations", () => {
  it("a group that distances itself from or denies the bombing, in the headline or the body, is not its perpetrator", () => {
    const r = run(
      `Quetta bombing: toll rises to 41 as Pakistani Taliban distance themselves

QUETTA: The death toll from Friday's suicide bombing at a market in Quetta rose to 41 on Saturday, officials said.

No group has claimed responsibility for the blast. The Tehreek-e-Taliban Pakistan issued a statement denying any role in the attack.`,
      "2023-10-07",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-10-06", admin1: "Balochistan", perpetrator: null, killed: 41 })]);
  });

  it("'X said it had no role' and 'X condemned the attack' give no perpetrator, while a claim by another group in the text does", () => {
    const r = run(
      `PESHAWAR: A roadside bomb struck a police van in Peshawar on Monday, killing seven policemen, officials said.

The TTP said it had no role in the attack. Jamaat-ul-Ahrar claimed responsibility for the bombing in a message to reporters.`,
      "2023-05-09",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-05-08", perpetrator: "TTP", perpetrator_wording: "Jamaat-ul-Ahrar", perpetrator_basis: "claimed", killed: 7 })]);
    const c = run(
      `KABUL — A blast ripped through a Shia mosque in Kabul on Friday, killing 12 worshippers. The Taliban condemned the attack, and the TTP also condemned it in a statement.`,
      "2022-05-01",
    );
    expect(events(c)).toEqual([expect.objectContaining({ date: "2022-04-29", perpetrator: null, killed: 12 })]);
  });
});

describe("claims", () => {
  it("a claim told after the headline's incident reaches the incident the lede dates, not a background attack told later", () => {
    const r = run(
      `Nine soldiers martyred as militants storm check post in Lakki Marwat

LAKKI MARWAT – Nine soldiers were martyred when militants attacked a check post in Lakki Marwat district in the early hours of Sunday, the military said.

Most of the soldiers were asleep when the attack took place, officials said.

Tehreek-e-Jihad Pakistan (TJP), a group that surfaced this year, claimed responsibility for the attack in a message to journalists.

The TJP had also claimed the raid on an air base in Mianwali on November 4, in which three aircraft were damaged. Senior officials condemned the attack.

The attack came weeks before the general elections.`,
      "2023-12-17",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2023-12-17")).toEqual(expect.objectContaining({ perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed", killed: 9, mention: "main" }));
    expect(ev.find((e) => e.date === "2023-11-04")).toEqual(expect.objectContaining({ perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed" }));
  });

  it("a group's name joined to 'claimed' in one word ('an IS-claimed bombing') is its claim", () => {
    const r = run(
      `Analysts recall that in July 2018, an IS-claimed suicide bombing at an election rally in Mastung killed 149 people.`,
      "2023-10-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2018-07", admin1: "Balochistan", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 149 })]);
  });

  it("'..., the deadliest attack the group has claimed' makes the group named for the attack its claimant", () => {
    const r = run(
      `The district has seen such violence before: on 13 July 2018, an Islamic State suicide bomber killed 149 people at an election rally in Mastung, the deadliest attack the group has claimed in Pakistan.`,
      "2023-10-20",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2018-07-13", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 149 })]);
  });
});
