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

describe("a group's attacks told as a series, then dated examples", () => {
  it("'the country has suffered several deadly ISIL attacks. In the deadliest, ...': the example is the group's", () => {
    const r = run(
      `Officials in Ankara have stepped up security at churches. Turkey has suffered several deadly ISIL attacks over the past decade. In the deadliest, a suicide bomber killed 57 people at a wedding in Gaziantep in August 2016.`,
      "2024-02-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2016-08", killed: 57, perpetrator: "Islamic State", perpetrator_basis: "attributed" })]);
  });

  it("'It was the third attack abroad linked to ISKP this year. On 5 May, ...': the dated example is the group's", () => {
    const r = run(
      `Officials say the plot was foiled in time. It was the third attack abroad linked to ISKP this year. On 5 May, two gunmen opened fire on worshippers at a mosque in Mashhad, killing seven.`,
      "2024-07-01",
    );
    expect(events(r).find((e) => e.date === "2024-05-05")).toEqual(expect.objectContaining({ killed: 7, perpetrator: "ISKP", perpetrator_basis: "attributed" }));
  });
});

describe("the group's record told with a pronoun", () => {
  it("'..., but it has mounted a string of attacks, including ...': the listed attack is the group's", () => {
    const r = run(
      `ISKP has been weakened by Taliban raids. The Taliban say they have crushed the group, but it has mounted a string of attacks, including a 12 April bombing in Herat that killed nine worshippers.`,
      "2024-06-01",
    );
    expect(events(r).find((e) => e.date === "2024-04-12")).toEqual(expect.objectContaining({ admin1: "Herat", perpetrator: "ISKP", perpetrator_basis: "attributed" }));
  });

  it("'It is best known for the bombing ...': the group's record", () => {
    const r = run(
      `ISKP emerged in eastern Afghanistan in 2015. It is best known for the bombing at a Kabul wedding hall in August 2019 that killed 63 guests.`,
      "2024-06-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2019-08", killed: 63, perpetrator: "ISKP", perpetrator_basis: "attributed" })]);
  });
});

describe("a claim after a long aside in brackets on the group's name", () => {
  it("'the Islamic State group (a terrorist organisation banned in the Russian Federation) claimed responsibility': the group's claim", () => {
    const r = run(
      `A Russian diplomat was killed on Tuesday, 4 June, when a car bomb exploded outside the consulate in Mazar-i-Sharif. Late on Tuesday the Islamic State group (a terrorist organisation banned in the Russian Federation) claimed responsibility for the attack.`,
      "2024-06-05",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-06-04", admin1: "Balkh", perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });
});

describe("a claim of a share of a group's record", () => {
  it("'X (ABBR), an outfit ... a cover name of the TTP, claimed three of the most lethal raids of the year: A ..., and B ...': X's claim for each", () => {
    const r = run(
      `Militant violence rose sharply in Khyber Pakhtunkhwa last year. Tehrik-e-Jihad Pakistan (TJP), an outfit that police call a cover name of the TTP, claimed three of the most lethal raids of the year: the assault on a checkpoint in Bannu on 2 March, in which seven policemen died, and the ambush of a convoy in Tank on 18 June, in which five soldiers were killed.`,
      "2024-02-01",
    );
    const ev = events(r);
    expect(ev.map((e) => e.date).sort()).toEqual(["2023-03-02", "2023-06-18"]);
    for (const e of ev) expect(e).toEqual(expect.objectContaining({ perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed" }));
  });
});

describe("a state's air strike told by its aircraft", () => {
  it("'Pakistani warplanes bombed what officials called camps of the Tehrik-e-Taliban Pakistan (TTP) in P': Pakistan's strike, not the TTP's", () => {
    const r = run(
      `Pakistani warplanes bombed what officials called camps of the Tehrik-e-Taliban Pakistan (TTP) in Afghanistan's Khost province on Sunday, killing eight people, the Taliban said.`,
      "2024-03-19",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-17", admin1: "Khost", killed: 8, perpetrator: "Pakistan", perpetrator_basis: "attributed" })]);
  });
});

describe("the story's attack set in a series, then dated examples", () => {
  it("'The shooting was the latest in a string of attacks that ... On D, ...': the examples are the story's claimant's", () => {
    const r = run(
      `Gunmen killed nine Hazara miners in Ghor province on Tuesday, officials said. ISKP claimed the attack in a statement on Wednesday. The shooting was the latest in a string of attacks that have unsettled the region. On 3 June, a suicide bomber killed seven people at a mosque in Herat.`,
      "2024-07-18",
    );
    expect(events(r).find((e) => e.date === "2024-06-03")).toEqual(expect.objectContaining({ admin1: "Herat", killed: 7, perpetrator: "ISKP", perpetrator_basis: "attributed" }));
  });
});

describe("a claim over the two attacks told just before", () => {
  it("'... A ..., while on D2 B .... Both attacks were claimed by IS.': each attack is the group's claim", () => {
    const r = run(
      `Early in June a bomb at a wedding hall in Herat killed five guests, while on June 20 a suicide attack on a mosque in Mazar-i-Sharif killed eleven worshippers, officials said. Both attacks were claimed by IS.`,
      "2024-07-10",
    );
    const ev = events(r);
    expect(ev.map((e) => e.admin1).sort()).toEqual(["Balkh", "Herat"]);
    for (const e of ev) expect(e).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});
