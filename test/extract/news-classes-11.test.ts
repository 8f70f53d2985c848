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

describe("claims and denials", () => {
  it("'The group, which ..., also claimed the Aug. 26 bombing' is the group's claim over its relative clause", () => {
    const r = run(
      `KABUL — A bomb exploded at a Sikh temple in Kabul on Saturday, killing eight worshippers, police said. ISKP claimed the attack through its Amaq agency.

The group, which has fought the Taliban since 2015, also claimed the June 12 suicide bombing at a shrine in Herat that killed 11 pilgrims.`,
      "2022-06-19",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2022-06-12")).toEqual(expect.objectContaining({ admin1: "Herat", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 11 }));
  });

  it("'claimed by a commander of X' and 'claimed by a spokesman for X' are the group's claims", () => {
    const r = run(
      `PESHAWAR: In March, a roadside bomb killed nine policemen in Bannu. That attack was claimed by a commander of Jamaat-ul-Ahrar, a faction of the TTP.`,
      "2023-06-01",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-03", perpetrator: "TTP", perpetrator_wording: "Jamaat-ul-Ahrar", perpetrator_basis: "claimed", killed: 9 })]);
    const s = run(`A suicide bomber killed 14 soldiers at a checkpoint in Lakki Marwat on Monday; the bombing was claimed by a spokesman for Tehreek-e-Jihad Pakistan.`, "2023-12-13");
    expect(events(s)).toEqual([expect.objectContaining({ date: "2023-12-11", perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed", killed: 14 })]);
  });

  it("'X, or Y, said in a statement that it had no involvement' is a denial, not a perpetrator", () => {
    const r = run(
      `ISLAMABAD: A car bomb killed four Chinese engineers and their driver near Dasu on Tuesday, police said.

No group has claimed responsibility. The Pakistani Taliban, or TTP, said in a statement that it had no involvement in the attack.`,
      "2024-03-27",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-26", perpetrator: null, killed: 5 })]);
  });

  it("'X, the Afghan branch of ..., was behind the attack on a hall outside Moscow' reaches the attack the story dates", () => {
    const r = run(
      `Officials name the group behind Moscow concert hall attack

Islamic State Khorasan, the Afghan branch of the jihadist group, was behind the attack on a concert hall outside Moscow that killed at least 60 people, western officials said on Saturday.

The toll from Friday night's assault on Crocus City Hall in Krasnogorsk rose through Saturday as firefighters searched the building.`,
      "2024-03-23",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-22", admin1: "Moscow Oblast", perpetrator: "ISKP", perpetrator_basis: "attributed", killed: 60 })]);
  });

  it("a claim by another group than the one that claimed the background attack told last is the story's own attack's", () => {
    const r = run(
      `Moscow. The number of people killed in the terrorist attack at Crocus City Hall in Krasnogorsk has risen to 137, investigators reported on Sunday.

The attack took place on Friday evening before a rock concert. Gunmen opened fire on spectators in the hall and set the building on fire.

The last attack of comparable scale in the capital was the double suicide bombing in the Moscow metro on 29 March 2010, which killed 40 people; the Caucasus Emirate claimed responsibility for it.

On Friday night the terrorist organisation "Islamic State" (banned in the Russian Federation) claimed responsibility for the attack through its agency Amaq.`,
      "2024-03-24",
    );
    const ev = events(r);
    expect(ev.find((e) => e.date === "2010-03-29")).toEqual(expect.objectContaining({ perpetrator: "Caucasus Emirate", perpetrator_basis: "claimed", killed: 40 }));
    expect(ev.find((e) => e.killed === 137)).toEqual(expect.objectContaining({ admin1: "Moscow Oblast", perpetrator: "Islamic State", perpetrator_basis: "claimed" }));
  });

  it("'X, which appeared in 2023, claimed the 4 November 2023 suicide attack on ...': a claim whose object opens with a full date", () => {
    const r = run(
      `Tehreek-e-Jihad Pakistan, which appeared in early 2023, claimed the 4 November 2023 suicide attack on an air base in Mianwali that killed two guards.`,
      "2024-01-10",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-11-04", perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "claimed", killed: 2 })]);
  });

  it("'Isis' in the house style of some papers is the Islamic State", () => {
    const r = run(`A suicide bomber killed 21 people at a bank in Kandahar on Thursday. Isis claimed responsibility for the attack in a statement.`, "2024-03-22");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-21", perpetrator: "ISKP", perpetrator_wording: "Isis", perpetrator_basis: "claimed", killed: 21 })]);
  });
});
