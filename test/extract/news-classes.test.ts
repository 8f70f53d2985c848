// Regression tests for classes of news wording (perpetrator, toll, date, quantity). Each text is written for the test,
// not copied from any dev-set report: it exercises the rule, not a sentence.
import { describe, expect, it } from "vitest";
import type { EventFields, Extraction } from "../../src/extract/types.js";
import { events, quantities, run } from "./extraction-helpers.js";
const main = (r: Extraction): EventFields => {
  const m = events(r).find((e) => e.mention === "main");
  expect(m).toBeDefined();
  return m!;
};

describe("perpetrator: a claim anywhere in the story is about its main incident", () => {
  it("a definite reference naming another place does not take the claim away", () => {
    const r = run(`Bomber hits money-changers' market in Herat

HERAT, Afghanistan, June 3 (AP) — A suicide bomber struck a crowded currency market in the western city of Herat on Tuesday, killing nine people, provincial officials said.

The explosion went off near a branch of the Jalalabad Trading Company where dozens of traders had gathered.

Eleven people were wounded, a hospital spokesman said. The Islamic State group later claimed responsibility in a post on its Telegram channel.`, "2025-06-03");
    expect(main(r)).toMatchObject({ date: "2025-06-03", admin1: "Herat", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 9 });
  });
  it("a definite reference with a place term adds to the incident instead of starting an undated one", () => {
    const r = run(`GHAZNI, Oct 2 (Reuters) - Three people were killed when a bomb exploded at a wedding hall in Ghazni city on Thursday, officials said.

A guest had just arrived when the blast occurred, according to Ghazni police.

Islamic State claimed responsibility for the attack late on Thursday.`, "2025-10-02");
    expect(events(r)).toHaveLength(1);
    expect(main(r)).toMatchObject({ admin1: "Ghazni", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 3 });
  });
  it("'It also claimed' refers to the group the previous sentence was about, not to the Taliban", () => {
    const r = run(`A bomb killed 12 worshippers at a mosque in Kunduz on Friday, Taliban officials said.

The group's regional branch, Islamic State Khorasan, has stepped up attacks on the Taliban since the Taliban takeover. It also claimed a bombing at a shrine in Herat in March 2022 that killed eight people.`, "2022-05-20");
    const herat = events(r).find((e) => e.admin1 === "Herat");
    expect(herat).toMatchObject({ date: "2022-03", perpetrator: "ISKP", perpetrator_basis: "claimed", killed: 8 });
  });
  it("a group name before an attacker noun attributes the attack ('an IS-K suicide bomber')", () => {
    const r = run(`The officer remembered the Oct. 3, 2021, attack at a Kabul mosque, in which an IS-K suicide bomber killed five mourners.`, "2023-04-01");
    expect(events(r)[0]).toMatchObject({ date: "2021-10-03", admin1: "Kabul", perpetrator: "ISKP", perpetrator_basis: "attributed", killed: 5 });
  });
  it("a faction the pack knows as part of the TTP exports as TTP and keeps its own name as wording", () => {
    const r = run(`QUETTA, Pakistan, May 9 (Reuters) - A suicide bomber killed 14 policemen at a checkpoint in Quetta on Tuesday. Jamaatul Ahrar, a faction of the Pakistani Taliban, claimed responsibility for the attack.`, "2023-05-09");
    expect(main(r)).toMatchObject({ perpetrator: "TTP", perpetrator_basis: "claimed", killed: 14 });
    expect(main(r).perpetrator_wording).toMatch(/Jamaatul Ahrar/);
  });
  it("an analysis piece about one group attributes the attacks it lists to that group", () => {
    const r = run(`Islamic State Khorasan's Widening Reach

By A. Analyst | May 2, 2023

The group has spent two years rebuilding its networks in the north and east, and its propaganda now targets Central Asian audiences in several languages.

Recruitment has followed. The March 27, 2023, bombing near the foreign ministry in Kabul killed six people. On April 11, 2023, a suicide bomber struck a gathering in Mazar-i-Sharif.`, null);
    const evs = events(r);
    expect(evs.length).toBeGreaterThanOrEqual(2);
    for (const e of evs) expect(e.perpetrator).toBe("ISKP");
    expect(evs.find((e) => e.admin1 === "Kabul")).toMatchObject({ date: "2023-03-27", perpetrator_basis: "attributed", killed: 6 });
  });
});

describe("tolls: phrasing variants", () => {
  it("a split toll wins over a part of it given in the headline", () => {
    const r = run(`Two aid workers killed in bombing in Kabul

KABUL, Aug 4 (Reuters) - A car bomb exploded outside a charity's office in Kabul on Monday. The explosion killed two aid workers and five passers-by, officials said.`, "2025-08-04");
    expect(main(r)).toMatchObject({ killed: 7 });
  });
  it("the toll update far from 'toll' and split into parts is summed", () => {
    const r = run(`The death toll from Tuesday's twin bombings outside the stadium in Jalalabad rose to at least 40 Afghans and 3 foreign visitors, officials said on Thursday.`, "2025-04-10");
    expect(main(r)).toMatchObject({ date: "2025-04-08", killed: 43 });
  });
  it("the things that exploded are not victims ('Two explosions killed 57')", () => {
    const r = run(`Two explosions killed 57 people at a market in Kandahar on Sunday, officials said.`, "2025-02-09");
    expect(main(r)).toMatchObject({ killed: 57 });
    expect(main(run(`Gunmen stormed a guesthouse in Kabul on Monday, with four attackers killed by guards.`, "2025-02-10"))).toMatchObject({ killed: 4 });
  });
  it("'X among N killed', 'N including X killed', 'three ... and an Afghan', 'Name and two others'", () => {
    expect(main(run(`Two journalists among nine killed in Khost blast on Monday`, "2025-01-13"))).toMatchObject({ killed: 9 });
    expect(main(run(`Five including two children killed in Khost blast on Monday`, "2025-01-13"))).toMatchObject({ killed: 5 });
    expect(main(run(`Gunmen opened fire on a minibus in Khost on Monday, killing four teachers and an Afghan driver.`, "2025-01-13"))).toMatchObject({ killed: 5 });
    expect(main(run(`A bomb exploded in Khost on Monday. Abdul Wahid Karimi and two other people were killed in the blast.`, "2025-01-13"))).toMatchObject({ killed: 3 });
  });
  it("one victim named by role and no figure counts one; a figure given elsewhere wins", () => {
    expect(main(run(`KABUL, June 2 (Reuters) - The Taliban mayor of Khost city was killed in a bomb attack at his office on Monday, officials said.`, "2025-06-02"))).toMatchObject({ killed: 1 });
    // (the mayor and four other people: 5)
    expect(main(run(`KABUL, June 2 (Reuters) - The Taliban mayor of Khost city was killed in a bomb attack at his office on Monday. Four other people were killed in the blast.`, "2025-06-02"))).toMatchObject({ killed: 5 });
    expect(main(run(`KABUL, June 2 (Reuters) - The Taliban mayor of Khost city was killed in a bomb attack at his office on Monday. Four people were killed in the blast.`, "2025-06-02"))).toMatchObject({ killed: 4 });
  });
});

describe("dates: the attack's day, not the day it was reported or claimed", () => {
  it("a possessive weekday names the attack ('the toll from Thursday's bombing ... officials said Saturday')", () => {
    const r = run(`HERAT, Afghanistan (AP) — The toll from Thursday's bombing at a Herat bus station rose to 31, officials said Saturday.`, "2025-05-17");
    expect(main(r)).toMatchObject({ date: "2025-05-15", killed: 31 });
  });
  it("'X on Thursday claimed' dates the claim; the attack's own day wins", () => {
    const r = run(`The Islamic State group on Thursday claimed responsibility for a bombing at a school in Kabul that killed seven pupils. The bomb went off on Wednesday morning.`, "2025-05-15");
    expect(main(r)).toMatchObject({ date: "2025-05-14", perpetrator: "ISKP" });
  });
  it("a date in the main clause before 'after <attack>' is not the attack's", () => {
    const r = run(`MOSCOW, May 4 (Reuters) - Russia held a day of mourning on Sunday after gunmen killed 31 people at a theatre in Kazan on Friday.`, "2025-05-04");
    expect(main(r)).toMatchObject({ date: "2025-05-02", killed: 31 });
  });
  it("'this week' and 'Monday's blast' describe one incident across a month boundary", () => {
    const r = run(`LAHORE, Pakistan, Oct 2 (Reuters) - A bomber who killed 22 people at a bus depot in Lahore this week was a teenager, police said on Thursday.

Officials revised the toll from Monday's blast to 22.`, "2025-10-02");
    const evs = events(r);
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ date: "2025-09-29", admin1: "Punjab", killed: 22 });
  });
  it("a claim of an indefinite attack with its own date is another incident, not the one in focus", () => {
    const r = run(`The group was responsible for the suicide bombing at a Kabul stadium on May 3, 2024, which killed 20 spectators.

In October 2022, the group claimed a suicide bombing at the Iranian consulate in Herat.`, "2025-01-01");
    const herat = events(r).find((e) => e.admin1 === "Herat");
    expect(herat).toMatchObject({ date: "2022-10" });
    expect(events(r).find((e) => e.admin1 === "Kabul")).toMatchObject({ date: "2024-05-03", killed: 20 });
  });
  it("'in what officials called a terrorist attack' is not a second incident", () => {
    const r = run(`Two blasts killed 40 people at a shrine in Kerman on Wednesday during a commemoration for a commander who was killed in 2019, in what officials called a terrorist attack.`, "2025-01-08");
    expect(events(r)).toHaveLength(1);
    expect(events(r)[0]).toMatchObject({ date: "2025-01-08", killed: 40 });
  });
});

describe("quantities: strength figures, not victims or passengers", () => {
  it("casualty figures, passengers and the dead are not strength estimates", () => {
    const r = run(`Security forces conducted 120 operations against ISIS in 2024, killing 350 ISIS operatives, the general said. Militants of the BLA hijacked a bus carrying more than 60 passengers. A police official said at least 12 of the group's members were among the dead.`, "2025-01-01");
    const qs = quantities(r);
    expect(qs.some((q) => q.min === 350 || q.max === 350)).toBe(false);
    expect(qs.some((q) => q.min === 60 || q.max === 60)).toBe(false);
    expect(qs.some((q) => q.min === 12 || q.max === 12)).toBe(false);
  });
  it("'the group' in an estimate is the story's group, not the Taliban government; a headline 'up to N' restating a range is dropped", () => {
    const r = run(`Monitors: ISKP Has Up to 5,000 Fighters

ISKP carried out a wave of attacks on Taliban officials last year. The Taliban said they had arrested dozens of its members, and Taliban spokesmen say the group is defeated.

The monitors estimate that the group has between 3,000 and 5,000 fighters in Afghanistan. In 2022 the same monitors put it at between 1,000 and 1,500 fighters.`, "2025-01-01");
    const qs = quantities(r);
    expect(qs.filter((q) => q.subject === "ISKP" && q.measure === "fighters").map((q) => [q.min, q.max])).toEqual([[3000, 5000], [1000, 1500]]);
    expect(qs.some((q) => q.subject === "Taliban")).toBe(false);
  });
});
