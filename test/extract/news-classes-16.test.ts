// Regression tests for a sixteenth round of news wording (session 9). Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("an explainer's section heading about a group's attacks", () => {
  const explainer = (heading: string) =>
    `Explainer: who are the militants of IS-K?\n\nDUSHANBE - The arrest of three Tajik men over the massacre at Crocus City Hall near Moscow on March 22 has drawn attention to the Islamic State Khorasan Province (IS-K) and its recruits.\n\nWhat is IS-K?\nThe group was founded in 2015 by former Taliban commanders. Its leader is an Afghan.\n\n${heading}\nOn January 3, two suicide bombers killed 95 people at a memorial in the Iranian city of Kerman; one of them was a foreign national.\n\nWhy does it recruit in Central Asia?\nOn May 5, a bomb killed four people at a market in Kunduz.`;

  it("'What attacks has it carried out abroad?': the section's attack told without a perpetrator is the group's; the next section's is not", () => {
    const r = run(explainer("What attacks has it carried out abroad?"), "2024-04-05");
    expect(events(r).find((e) => e.admin1 === "Kerman")).toEqual(expect.objectContaining({ date: "2024-01-03", killed: 95, perpetrator: "ISKP", perpetrator_basis: "attributed" }));
    expect(events(r).find((e) => e.admin1 === "Kunduz")).toEqual(expect.objectContaining({ date: "2023-05-05", killed: 4, perpetrator: null }));
  });

  it("a heading that is not about attacks gives nothing", () => {
    const r = run(explainer("Where does it find its money?"), "2024-04-05");
    expect(events(r).find((e) => e.admin1 === "Kerman")).toEqual(expect.objectContaining({ perpetrator: null }));
  });
});
