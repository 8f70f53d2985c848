// Regression tests for a ninth round of news wording, from the perpetrator misses of newsdev8: a group's denial read as
// its claim, a claim that did not reach the headline's incident, a claim in a hyphenated word or in an appositive on a
// background attack. Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, quantities, run } from "./extraction-helpers.js";

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

describe("states' strikes", () => {
  it("a state's drone strike aimed at a group's suspected bomber is the state's, not the group's", () => {
    const r = run(
      `Two days after the bombing, on Sept. 2, a U.S. drone strike in Jalalabad aimed at what officers believed was an ISIS-K commander killed seven civilians, including four children.`,
      "2021-10-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2021-09-02", perpetrator: "United States", perpetrator_basis: "attributed", killed: 7 })]);
  });
});

describe("background attacks told by pronoun or definite noun", () => {
  it("'officials blamed the same group for ...' is the group's, suspected", () => {
    const r = run(
      `Islamic State Khorasan Province claimed the attack on the bank. Western officials blamed the same group for a suicide bombing in Kunduz in May that killed 40 people.`,
      "2024-07-01",
    );
    expect(events(r).find((e) => e.date === "2024-05")).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "suspected", killed: 40 }));
  });

  it("'The affiliate, a rival of the Taliban, has also assassinated officials. In May last year, a bomber killed ...' gives the example to the group", () => {
    const r = run(
      `A suicide bomber killed 21 people outside a bank in Kandahar on 21 March. ISKP claimed the bombing. The affiliate, a sworn enemy of the Taliban, has also assassinated provincial officials elsewhere. In May last year, a suicide bomber killed the deputy governor of Badakhshan province in Faizabad.`,
      "2024-03-22",
    );
    expect(events(r).find((e) => e.date === "2023-05")).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "attributed" }));
  });

  it("'When it claimed a bombing at ..., the group ... accused the Taliban of something else' is the group's claim, and no suspicion of the Taliban", () => {
    const r = run(
      `Islamic State Khorasan claimed the attack on the hotel. When it claimed a suicide bombing at a Shiite mosque in Kandahar in October last year, the group named the bomber and accused the Taliban of being ready to hand over foreign militants.`,
      "2022-12-14",
    );
    expect(events(r).find((e) => e.date === "2021-10")).toEqual(expect.objectContaining({ admin1: "Kandahar", perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });

  it("'the deadliest attack claimed by the group', 'it also struck X, where ...' and 'the group staged attacks' are the group's", () => {
    const a = run(
      `Daesh claimed the twin bombings in Kerman on Thursday. In the deadliest attack claimed by the group in Turkey, a gunman killed 39 people at an Istanbul nightclub on January 1, 2017.`,
      "2024-01-05",
    );
    expect(events(a).find((e) => e.date === "2017-01-01")).toEqual(expect.objectContaining({ perpetrator: "Islamic State", perpetrator_basis: "claimed", killed: 39 }));
    const b = run(
      `The Afghan offshoot of the Islamic State recruits among migrant workers. In January it also struck Iran, where twin suicide bombings killed nearly 100 people in Kerman.`,
      "2024-03-28",
    );
    expect(events(b).find((e) => e.date === "2024-01")).toEqual(expect.objectContaining({ admin1: "Kerman", perpetrator: "ISKP", perpetrator_basis: "attributed" }));
    const c = run(
      `The Baloch Liberation Army claimed the bombing at the railway station. In August, the group staged coordinated attacks on police stations and highways across the province that left more than 50 people dead.`,
      "2024-11-10",
    );
    expect(events(c).find((e) => e.date === "2024-08")).toEqual(expect.objectContaining({ perpetrator: "BLA", killed: 50 }));
  });

  it("'since X killed <person>, a cleric who ... the Haqqani family, in a suicide bombing' is X's, not the Haqqanis'", () => {
    const r = run(
      `It was the most senior killing since the Islamic State group killed Rahimullah Haqqani, a popular cleric who had no ties to the Haqqani family, in a suicide bombing at his seminary in Kabul in August 2022.`,
      "2024-12-12",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-08", perpetrator: "ISKP", perpetrator_basis: "attributed" })]);
  });
});

describe("sources of figures", () => {
  it("'according to US military estimates' names the state's military as the source, not the state alone (“as many as” a ceiling)", () => {
    const r = run(
      `At its peak in 2016 ISKP held territory in Nangarhar and had as many as 3,000 fighters, according to US military estimates.`,
      "2024-03-25",
    );
    expect(quantities(r)).toEqual([expect.objectContaining({ min: null, max: 3000, by: "US military" })]);
  });
});

describe("a pronoun's second claim", () => {
  it("'It claimed X ..., and in January it claimed Y' gives both attacks to the group", () => {
    const r = run(
      `ISIS-K has long targeted Iran. It claimed a gun attack on a shrine in Shiraz in October 2022, and in January this year it claimed twin bombings in Kerman that killed nearly 100 people.`,
      "2024-03-25",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2022-10")).toEqual(expect.objectContaining({ perpetrator: "ISKP", perpetrator_basis: "claimed" }));
    expect(ev.find((e) => e.date === "2024-01")).toEqual(expect.objectContaining({ admin1: "Kerman", perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});
