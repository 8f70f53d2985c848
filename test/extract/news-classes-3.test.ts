// Regression tests for a third round of news wording: who gave an estimate (a speaker closing the sentence after a
// setting, a title before an unknown name, "according to our data", a body named by a description), what "its"
// refers to, a figure restated across a report, vague "a couple of thousand". Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, quantities, run } from "./extraction-helpers.js";

describe("estimate attribution", () => {
  it("a speaker with a title the pack does not know, closing the sentence after a time and a setting", () => {
    const r = run(`Some 3,000 fighters of ISIS-K are based in eastern Afghanistan, Chief of the Tajik State Committee for National Security Saimumin Yatimov said on Tuesday at a conference in Dushanbe.`, "2023-05-10");
    expect(quantities(r)).toEqual([expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 3000, max: 3000, by: "Saimumin Yatimov" })]);
  });
  it("'according to our data' is the quoted speaker's figure", () => {
    const r = run(`"According to our estimates, ISKP has about 4,500 militants in the country," Yatimov said.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ min: 4500, by: "Yatimov" });
  });
  it("a body named by a description keeps the report's words", () => {
    const r = run(`A U.S. intelligence official told reporters that ISIS-K had between 2,500 and 3,500 fighters.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ min: 2500, max: 3500, by: "U.S. intelligence official" });
  });
  it("a figure restated in the headline and the body is one claim, with the attribution the body gives", () => {
    const r = run(`About 5,000 ISIS-K fighters in Afghanistan — envoy

Around 5,000 ISIS-K fighters remain active in Afghanistan, Zamir Kabulov said on Monday.`, "2023-05-10");
    const q = quantities(r);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ min: 5000, by: "Zamir Kabulov" });
  });
});

describe("estimate subject", () => {
  it("'its strength' after a paragraph about another group is that group's", () => {
    const r = run(`ISKP remains the main threat in the region.

The TTP has expanded its operations along the border. Officials estimated its strength at between 5,000 and 7,000 fighters.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ subject: "TTP", min: 5000, max: 7000 });
  });
  it("an unnamed 'number of fighters' right after a sentence about a group is that group's", () => {
    const r = run(`ISKP continued to recruit in the north. One member state put the number of fighters at roughly 3,000.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ subject: "ISKP", min: 3000, by: "One member state" });
  });
  it("'a couple of thousand' is 2,000", () => {
    const r = run(`U.S. officials said the group had "a couple of thousand" fighters in Afghanistan. ISIS-K is the group's name.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ min: 2000, max: 2000 });
  });
});

void events;

describe("places and names from the pack", () => {
  it("'the Afghan capital' is Kabul, whatever city the dateline names", () => {
    const r = run(`ISLAMABAD (AP) — A bomb exploded at a girls' school in the Afghan capital on Saturday, killing at least four students, police said.`, "2023-03-11");
    expect(events(r)[0]).toMatchObject({ country: "AF", admin1: "Kabul" });
  });
  it("a Kabul neighbourhood named after a province stays in Kabul", () => {
    const r = run(`KABUL, May 2 (Reuters) - Gunmen attacked a Hindu temple in the Karte Parwan area on Tuesday, killing a guard, officials said.`, "2023-05-02");
    expect(events(r)[0]).toMatchObject({ country: "AF", admin1: "Kabul" });
  });
  it("a family name that is also a group's alias names the person after a given name", () => {
    const r = run(`Gunmen shot dead Abdullah Haqqani, a cleric, at a mosque in Khost. Officials blamed the Haqqani network for a later attack.`, "2024-01-01");
    const groups = r.mentions.filter((m) => m.kind === "actor" && m.value === "Haqqani Network").map((m) => m.text);
    expect(groups).toEqual(["Haqqani network"]);
  });
  it("a country after 'by' is an agent, not the place of the attack", () => {
    const r = run(`A suicide bomber struck a convoy escorted by the United States on Monday, killing four civilians, officials said.`, "2024-02-05");
    expect(events(r)[0]?.country).not.toBe("US");
  });
  it("the Tehreek-e-Jihad Pakistan exports as TJP", () => {
    const r = run(`PESHAWAR, Pakistan (AP) — Militants stormed a police station in Dera Ismail Khan on Monday, killing five officers. Tehreek-e-Jihad Pakistan claimed responsibility.`, "2023-12-04");
    expect(events(r)[0]).toMatchObject({ perpetrator: "Tehreek-e-Jihad Pakistan" });
  });
});

describe("victims listed without figures", () => {
  it("'killing a guard and a member of the police' is two", () => {
    const r = run(`HERAT, May 4 (Reuters) - Gunmen stormed a Sufi shrine in Herat on Sunday, killing a guard and a member of the local police before fleeing, officials said.`, "2025-05-04");
    expect(events(r)[0]).toMatchObject({ killed: 2 });
  });
  it("'killing him and his bodyguard' is two", () => {
    const r = run(`A bomb planted in his car exploded in Jalalabad on Monday, killing him and his bodyguard, police said.`, "2025-05-05");
    expect(events(r)[0]).toMatchObject({ killed: 2 });
  });
  it("a named victim and 'at least three other people'", () => {
    const r = run(`A suicide bomber struck a mosque in Kunduz on Friday, killing Mohammadi and at least three other people, officials said.`, "2025-05-09");
    expect(events(r)[0]).toMatchObject({ killed: 4 });
  });
  it("'N nationals and their driver were killed'", () => {
    const r = run(`Three Turkish engineers and their Afghan interpreter were killed on Sunday when a roadside bomb struck their car in Kandahar.`, "2025-05-04");
    expect(events(r)[0]).toMatchObject({ killed: 4 });
  });
  it("'was killed along with his son'", () => {
    const r = run(`The district police chief was killed along with his son when a suicide bomber attacked his home in Khost on Thursday.`, "2025-05-08");
    expect(events(r)[0]).toMatchObject({ killed: 2 });
  });
});

describe("attacks told by the device or the weapon", () => {
  it("'a bomb ... killed N' is an attack", () => {
    const r = run(`Lashkar Gah has seen many attacks. On 3 March, a bomb hidden in a cart at a bus stand in Lashkar Gah killed six people.`, "2025-04-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-03-03", admin1: "Helmand", killed: 6 })]);
  });
  it("'a bomb ... tore through' is an attack", () => {
    const r = run(`On 9 May, an ISKP bomb tore through a Sufi shrine in Herat, killing 12 worshippers.`, "2025-06-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-05-09", admin1: "Herat", killed: 12, perpetrator: "ISKP" })]);
  });
  it("'fired rockets at' is an attack; a bomb that was defused is not", () => {
    const r = run(`On 2 June, ISKP claimed that it fired five rockets at a border post in Termez. A second bomb was defused by police.`, "2025-06-05");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-06-02", country: "UZ" })]);
  });
});

describe("whose date is it", () => {
  it("'claimed responsibility Thursday for ...' dates the claim, not the bombing", () => {
    const r = run(`The Islamic State group claimed responsibility Thursday for a bombing at a shrine in the city of Mashhad that killed 12 pilgrims on Tuesday.`, "2025-03-06");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-03-04", admin1: "Razavi Khorasan" })]);
  });
  it("'after Friday prayers on 14 March' keeps the day", () => {
    const r = run(`A suicide bomber blew himself up outside a mosque in Herat after Friday prayers on 14 March, killing nine people.`, "2025-03-20");
    expect(events(r)[0]).toMatchObject({ date: "2025-03-14" });
  });
  it("a later event told about 'that attack' does not date a new incident", () => {
    const r = run(`HERAT (AP) — Gunmen stormed a Sufi shrine in Herat on Sunday, killing six worshippers.

Last year, a bomber killed 11 people at the same shrine. Four men jailed for their role in that attack were freed from prison in Herat in July.`, "2025-08-04");
    expect(events(r).map((e) => e.date).sort()).toEqual(["2024", "2025-08-03"]);
  });
  it("a date before a reference in another clause ('who marked ... on Monday, ... described the attackers') is not the attack's", () => {
    const r = run(`KABUL (Reuters) - A bomb exploded in a mosque in Kabul on Wednesday, killing 14 worshippers, police said.

The Taliban, who celebrated the anniversary of their takeover on Monday, have promised security, and their spokesman called the attackers criminals.`, "2025-08-14");
    expect(events(r)).toHaveLength(1);
  });
  it("a date after a semicolon belongs to the clause before it", () => {
    const r = run(`A bombing at a Sufi shrine in Herat on 3 May killed 20 people; that attack was not claimed.`, "2025-10-20");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-05-03", admin1: "Herat", killed: 20 })]);
  });
  it("'claimed the attack on a rally in X on <date>' gives the attack's own date", () => {
    const r = run(`ISKP claimed the suicide attack on a political rally in Bajaur on 30 July 2023, which killed 63 people.`, "2024-02-01");
    expect(events(r)[0]).toMatchObject({ date: "2023-07-30", admin1: "Khyber Pakhtunkhwa" });
  });
});

describe("an earlier attack told in a 'since ..., when' clause", () => {
  it("takes the date after 'since' and stays apart from the main incident", () => {
    const r = run(`HERAT (AP) — A bomb exploded at a Shia mosque in Herat on Friday, killing 12 worshippers, officials said.

Friday's bombing is the deadliest in the west since June 2023, when an explosion at a Sufi shrine in Farah killed 19 people.`, "2025-05-10");
    const ev = events(r);
    expect(ev).toHaveLength(2);
    expect(ev.find((e) => e.date === "2023-06")).toMatchObject({ admin1: "Farah", killed: 19 });
    expect(ev.find((e) => e.date === "2025-05-09")).toMatchObject({ admin1: "Herat", killed: 12 });
  });
});

describe("one incident told twice", () => {
  it("a headline's undated incident is the one the story dates in the days before publication", () => {
    const r = run(`Islamic State Claims Car Bombing That Killed Taliban Police Chief in Afghanistan

By Staff Reporter
March 12, 2025

ISLAMABAD — The Islamic State terror group's regional affiliate has claimed responsibility for a car bombing in northeastern Afghanistan that killed a senior Taliban provincial official.

Abdul Rahman Saqib, the police chief of Takhar province, was killed along with a bodyguard when a suicide bomber rammed an explosives-laden vehicle into his car Monday morning in Taloqan, officials said.`, "2025-03-12");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2025-03-10", admin1: "Takhar", perpetrator: "ISKP", killed: 2 })]);
  });
});

describe("perpetrators named by reference", () => {
  it("'its fighters carried out' is the group named before", () => {
    const r = run(`The BLA has repeatedly targeted Chinese nationals. In May, its fighters carried out an assault on a hotel in Gwadar, killing five guests.`, "2025-07-01");
    expect(events(r)[0]).toMatchObject({ date: "2025-05", perpetrator: "BLA" });
  });
  it("'the group killed X in a suicide bombing' attributes the attack", () => {
    const r = run(`ISKP has often targeted clerics close to the Taliban. In 2023, the group killed Mawlawi Ahmad Jan in a suicide bombing at his madrasa in Herat.`, "2025-07-01");
    expect(events(r)[0]).toMatchObject({ date: "2023", perpetrator: "ISKP" });
  });
  it("a claim covers every attack coordinated in its object", () => {
    const r = run(`The Islamic State group has struck Pakistan before. It claimed a 2023 attack on a market in Peshawar in which 20 people were killed, and a 2019 assault by gunmen on a hotel in Gwadar.`, "2025-07-01");
    expect(events(r).find((e) => e.date === "2019")).toMatchObject({ perpetrator: "ISKP" });
    expect(events(r).find((e) => e.date === "2023")).toMatchObject({ perpetrator: "ISKP", killed: 20 });
  });
});

describe("bare months", () => {
  it("'In May,' after a preposition is the month", () => {
    const r = run(`In May, gunmen stormed a hotel in Gwadar, killing five guests.`, "2025-07-01");
    expect(events(r)[0]).toMatchObject({ date: "2025-05" });
  });
  it("'in March last year' is March of the year before publication", () => {
    const r = run(`In March last year, a suicide bomber killed 30 worshippers at a mosque in Quetta.`, "2025-07-01");
    expect(events(r)[0]).toMatchObject({ date: "2024-03" });
  });
});

describe("another incident told beside the one in focus", () => {
  it("'In a separate incident in X on Friday' is its own incident", () => {
    const r = run(`KABUL (Reuters) - A suicide bomber struck a mosque in Kabul on Friday, killing 12 worshippers, police said.

In a separate incident in Kabul on Friday, gunmen attacked the home of a former governor, wounding two guards.`, "2025-05-10");
    expect(events(r)).toHaveLength(2);
  });
  it("'a second explosion hit ... in another town, killing N' is a second site with its own toll and the shared claim", () => {
    const r = run(`QUETTA, Pakistan — At least 20 people were killed in two bomb blasts at election offices in Balochistan on Wednesday.

The first blast took place outside an office in Pishin, killing 14 people. About an hour later, a second explosion hit a party office in Mastung, killing six people.

The Islamic State group claimed responsibility for both blasts.`, "2025-02-06");
    const ev = events(r);
    expect(ev).toHaveLength(2);
    expect(ev.find((e) => e.place === "Mastung")).toMatchObject({ date: "2025-02-05", killed: 6, perpetrator: "ISKP" });
    expect(ev.find((e) => e.place === "Pishin")).toMatchObject({ date: "2025-02-05", perpetrator: "ISKP" });
  });
});
