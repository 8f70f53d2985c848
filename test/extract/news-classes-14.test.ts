// Regression tests for a fourteenth round of news wording, from the perpetrator misses of newsdev11: a group presented by a
// participial aside as another group's offshoot or front ("X, believed to be an offshoot of Y, claimed ...": the claimant is
// X, not Y). Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("a group presented as another's offshoot in a participial aside", () => {
  it("'X (ABBR), believed to be an offshoot of Y, claimed ...': X claimed, not Y", () => {
    const r = run(
      `Gunmen stormed a police checkpoint in Tank district on Tuesday, killing six policemen. Tehreek-e-Jihad Pakistan (TJP), believed to be a front of the outlawed Tehreek-e-Taliban Pakistan, claimed responsibility for the raid.`,
      "2023-11-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ killed: 6, perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed" })]);
  });

  it("'X, widely seen as a front for Y, claimed ...': X claimed", () => {
    const r = run(
      `A suicide bomber struck a military convoy in North Waziristan on Friday, killing four soldiers. Tehreek-e-Jihad Pakistan, widely seen as a front for the Tehreek-e-Taliban Pakistan, claimed the attack.`,
      "2023-11-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ killed: 4, perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed" })]);
  });
});
