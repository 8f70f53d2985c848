// Regression tests for a thirteenth round of news wording, from the perpetrator misses of newsdev10: the group's own
// attacker told by "from the group" ("a suicide bomber from the group killed ..."); the group's own word that it attacked
// ("X said it had fired rockets at ..."); "the group" as the subject after an opening time phrase ("Barely a month later, on 9
// June, the group claimed ..."). Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("the group's own attacker", () => {
  it("'a suicide bomber from the group killed N': the group the text is about, attributed", () => {
    const r = run(
      `ISKP has widened its campaign against the Taliban this year. On 9 February, a suicide bomber from the group killed 14 people at a government office in Kunduz.`,
      "2024-04-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-02-09", admin1: "Kunduz", killed: 14, perpetrator: "ISKP", perpetrator_basis: "attributed" })]);
  });
});

describe("the group's own word that it attacked", () => {
  it("'X said it had fired rockets at P': X's claim", () => {
    const r = run(
      `Governments in Central Asia watch the border closely. On 14 June, ISKP said it had fired rockets at Tajikistan from Afghan soil, which Dushanbe denied.`,
      "2024-08-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-06-14", country: "TJ", perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });

  it("'the group claimed ...' after an opening time phrase: the group the text is about, claimed", () => {
    const r = run(
      `ISKP has tried to reach beyond Afghanistan's borders. In April it threatened Tashkent in a video. Barely a month later, on 9 June, the group claimed a rocket attack on Uzbekistan.`,
      "2024-08-01",
    );
    expect(events(r).find((e) => e.date === "2024-06-09")).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});

describe("the group's people told by a link to it in one hyphenated word", () => {
  it("'ISKP-linked gunmen killed N' / 'Daesh-affiliated militants stormed': the group, attributed", () => {
    const r = run(`On 3 March, ISKP-linked gunmen killed two guards at a synagogue in Istanbul.`, "2024-04-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-03", killed: 2, perpetrator: "ISKP", perpetrator_basis: "attributed" })]);
    const s = run(`On 3 March, Daesh-affiliated militants stormed a police post in Dagestan, killing four officers.`, "2024-04-01");
    expect(events(s)).toEqual([expect.objectContaining({ date: "2024-03-03", killed: 4, perpetrator: "Islamic State", perpetrator_basis: "attributed" })]);
  });
});
