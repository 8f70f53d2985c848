// Regression tests for a fifteenth round of news wording, from the misses of newsdev11 once it was a development set.
// Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("a lede that tells the attack through what was said on a day", () => {
  it("'state media said on Tuesday evening that 9 people had been killed when ...': the attack of that day, with its toll", () => {
    const r = run(
      `Gunmen Attack Sufi Shrine as Officials Blame Foreign Enemies\n\nProvincial officials said on Tuesday evening that nine people had been killed when two gunmen opened fire on worshippers at a shrine in Herat. About 20 others were wounded.\n\nThe Islamic State group claimed responsibility late on Tuesday.`,
      "2024-05-08",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-05-07", admin1: "Herat", killed: 9, perpetrator: "ISKP", perpetrator_basis: "claimed", mention: "main" })]);
  });

  it("a headline whose terse words name another target ('... as Police Vow Revenge') is still the lede's attack", () => {
    const r = run(
      `IS Claims Herat Shrine Attack as Police Vow Revenge\n\nLocal officials said on Thursday that seven people had been killed when a gunman opened fire on worshippers at a Sufi shrine in Herat city.\n\nThe provincial police chief promised to find those behind it.`,
      "2024-05-10",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-05-09", admin1: "Herat", killed: 7, perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });
});
