// Regression tests for a twelfth round of news wording, from the misses of newsdev9: several attacks told by one plural
// attack word with their places ("the bombings of Shia mosques in Kunduz and Kandahar"), ... Each text is written for
// the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("several attacks in one noun phrase", () => {
  it("'the bombings of X in P1 and P2 in MONTH' is one attack at each place, of the month and the group told", () => {
    const r = run(
      `ISKP has long singled out the Hazara minority. Officials blamed the group for the bombings of Hazara schools in Kabul and Mazar-i-Sharif in April 2022, which killed dozens of pupils.`,
      "2024-05-01",
    );
    const ev = events(r);
    expect(ev).toHaveLength(2);
    expect(ev.map((e) => e.admin1).sort()).toEqual(["Balkh", "Kabul"]);
    for (const e of ev) expect(e).toEqual(expect.objectContaining({ date: "2022-04", perpetrator: "ISKP", perpetrator_basis: "suspected", killed: null }));
    // (but "simultaneous attacks on ... in P1 and P2, in which N were killed" stays one coordinated attack)
    const s = run(`In March, militants carried out simultaneous attacks on police stations in Chabahar and Rask, in which nine policemen were killed.`, "2024-06-01");
    expect(events(s)).toEqual([expect.objectContaining({ date: "2024-03", killed: 9 })]);
  });
});
