// Regression tests for a tenth round of news wording, from the casualty and date misses of the newsdev8 set: a victim
// named behind a possessive with others counted after him, a relative clause that tells the toll of the attack just
// named, toll updates dated by the day they were given, a title-case dateline. Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, quantities, run } from "./extraction-helpers.js";

describe("casualties", () => {
  it("'killed X's minister for Y, Name Name, and four other people' counts the minister and the others", () => {
    const a = run(
      `QUETTA, May 3 (Reuters) - A roadside bomb killed Balochistan's provincial minister for education, Ahmed Khan Zehri, and four other people near Mastung on Friday, officials said.`,
      "2024-05-03",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-05-03", admin1: "Balochistan", killed: 5 })]);
  });

  it("a relative clause after the attack named ('the assault on ..., on the outskirts of X, in which gunmen killed N') gives that attack's toll", () => {
    const a = run(
      `The group claimed responsibility for Sunday's assault on a wedding hall in Rawalpindi, on the outskirts of Islamabad, in which gunmen killed at least 23 guests before fleeing.`,
      "2024-05-14",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-05-12", admin1: "Punjab", killed: 23 })]);
  });

  it("a toll update dated by when it was given ('On Tuesday, the ministry said the toll had climbed to N, up from M announced on Sunday') updates the attack", () => {
    const a = run(
      `Gunmen attacked a crowded bus station in Peshawar on Friday, officials said.

On Tuesday, the provincial health department said the death toll had climbed to 41, up from 35 announced on Sunday, after several of the wounded died in hospital.`,
      "2024-06-12",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-07", admin1: "Khyber Pakhtunkhwa", killed: 41 })]);
  });

  it("'The number of people killed in the attack at ... has reached N' is a toll even when the attack is told at length", () => {
    const a = run(
      `The number of people killed in the suicide attack at the crowded Sufi shrine in the old quarter of Lahore on Thursday has reached 47, officials said.`,
      "2024-06-14",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-13", admin1: "Punjab", killed: 47 })]);
  });
});

describe("coordinated attacks", () => {
  it("a wave of attacks across a province told in the lede stays an event of its own beside the dated site told after it", () => {
    const a = run(
      `QUETTA, Pakistan — Militants launched coordinated attacks across Pakistan's southwestern Balochistan province overnight, killing more than 40 people, officials said on Monday.

In Kalat district, militants attacked a highway checkpost late on Sunday, killing nine people, local police said.`,
      "2024-08-26",
    );
    const ev = events(a);
    expect(ev).toHaveLength(2);
    expect(ev.find((e) => e.place === "Kalat")).toEqual(expect.objectContaining({ date: "2024-08-25", killed: 9 }));
    expect(ev.find((e) => e.place !== "Kalat")).toEqual(expect.objectContaining({ date: "2024-08-26", admin1: "Balochistan", killed: 40 }));
  });
});

describe("headlines", () => {
  it("the lede tells the headline's attack again: one attack, at the lede's place, with its precise toll rather than the headline's round bound", () => {
    const a = run(
      `Blasts Kill More Than 50 at Pakistan Shrine

(Bloomberg) -- Two explosions killed at least 53 people at a Sufi shrine in the southern city of Sehwan, police said.`,
      "2024-02-16",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-02-16", admin1: "Sindh", killed: 53, killed_qualifier: "at_least" })]);
  });
});

describe("attack words", () => {
  it("fighters who 'overran' a post carried out an attack", () => {
    const a = run(
      `In the early hours of Sunday, militants overran a border police post in the Angoor Adda area of South Waziristan, killing nine policemen. The TTP claimed the raid within hours.`,
      "2024-10-15",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-10-13", admin1: "Khyber Pakhtunkhwa", perpetrator: "TTP", perpetrator_basis: "claimed", killed: 9 })]);
  });
});

describe("perpetrators", () => {
  it("'one of its suicide bombers killed ...' after a sentence about the group (opened by a time phrase) is the group's attack", () => {
    const a = run(
      `In recent months, the Islamic State in Afghanistan has carried out a string of bombings against Sufi shrines and Taliban officials. On June 3, one of its suicide bombers killed a pro-Taliban cleric at his seminary in Herat.`,
      "2024-07-01",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-03", admin1: "Herat", perpetrator: "ISKP", perpetrator_basis: "attributed", killed: 1 })]);
  });
});

describe("places", () => {
  it("a venue named after a faraway city ('the Dubai City wedding hall in western Kabul') is in the city the text gives", () => {
    const a = run(
      `In August 2019, a suicide bomber blew himself up at the London Cafe restaurant in central Jalalabad, killing 14 people.`,
      "2024-03-24",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2019-08", country: "AF", admin1: "Nangarhar", killed: 14 })]);
  });

  it("'a concert hall outside Moscow' and the venue named in Krasnogorsk (another province, 20 km away) are one attack", () => {
    const a = run(
      `Isis-K was behind the attack on a concert hall outside Moscow that killed at least 115 people, US officials said on Saturday.

The toll from Friday night's assault on Crocus City Hall in Krasnogorsk rose steadily through Saturday as rescuers searched the building.`,
      "2024-03-23",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-03-22", admin1: "Moscow Oblast", perpetrator: "ISKP", killed: 115 })]);
  });

  it("a definite reference to another attack by its target ('the hotel attack') is that attack, not the one told last", () => {
    const a = run(
      `Gunmen stormed a hotel in Kabul popular with Chinese business people on Monday, wounding five Chinese citizens.

In September, a suicide bomber struck outside the Russian embassy, killing two embassy staff and four Afghans. Analysts said the hotel attack was meant to drive a wedge between the Taliban and Beijing.`,
      "2022-12-13",
    );
    const ev = events(a);
    expect(ev.find((e) => e.date === "2022-09")).toEqual(expect.objectContaining({ country: "AF", killed: 6 }));
    expect(ev.every((e) => e.country === "AF")).toBe(true);
  });

  it("a claimed attack's place told at the end of its toll clause, and its day in the next paragraph, make one attack there", () => {
    const a = run(
      `Islamic State claimed responsibility for the twin suicide bombings that killed dozens of people at a funeral procession for a slain police commander in the northern city of Kunduz.

The group said two of its fighters had detonated explosive vests among the crowd of mourners on Tuesday.`,
      "2024-06-13",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-11", admin1: "Kunduz", perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });

  it("a country that carried out a strike ('a U.S. drone strike') is not where the report's attack took place", () => {
    const a = run(
      `Two suicide bombers killed 84 people at a memorial gathering on Wednesday. The crowd had come to mark the anniversary of the commander's killing in a U.S. drone strike.`,
      "2024-01-05",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-01-03", country: null, killed: 84 })]);
  });
});

describe("where a group is based", () => {
  it("'directed by the group's network in Afghanistan' does not place the attack the group claimed in Afghanistan", () => {
    const a = run(
      `A gunman killed two worshippers at a Sufi shrine in Shiraz on Sunday. The shrine was the scene of an attack in October last year that left 13 people dead. That attack was claimed by the Islamic State group, and officials said the gunman had been directed by the group's network in Afghanistan.`,
      "2023-08-14",
    );
    expect(events(a).find((e) => e.date === "2022-10")).toEqual(expect.objectContaining({ country: "IR", killed: 13, perpetrator: "ISKP" }));
  });

  it("a group 'based in' a district is not where its attack took place; the town named for the attack is", () => {
    const a = run(
      `The Hafiz Gul Bahadur group, based in North Waziristan, was behind the 2 May 2024 attack on a checkpoint in Mir Ali that killed four soldiers.`,
      "2024-06-01",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-05-02", place: "Mir Ali", admin1: "Khyber Pakhtunkhwa", killed: 4 })]);
  });
});

describe("dates", () => {
  it("'The bombing came a day after an explosion at a mosque in X killed 31. Islamic State claimed that attack': the earlier attack, dated a day before, is the claimed one", () => {
    const a = run(
      `KABUL, May 6 (Reuters) - A blast tore through a mosque in Kunduz province during Friday prayers, killing 21 people, a Taliban spokesman said.

No group immediately claimed responsibility.

The bombing came a day after an explosion at a Shi'ite mosque in the western city of Herat killed 17 worshippers. Islamic State claimed that attack.`,
      "2022-05-06",
    );
    const ev = events(a);
    expect(ev.find((e) => e.admin1 === "Kunduz")).toEqual(expect.objectContaining({ date: "2022-05-06", killed: 21, perpetrator: null }));
    expect(ev.find((e) => e.admin1 === "Herat")).toEqual(expect.objectContaining({ date: "2022-05-05", killed: 17, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });

  it("'the death toll from Wednesday's blasts' dates the attack to Wednesday, not to the day the claim came", () => {
    const a = run(
      `The group claimed responsibility on Thursday for the two explosions that killed dozens of people at a memorial ceremony in the city of Kerman.

The interior minister revised the death toll from Wednesday's blasts down to 84 on Thursday.`,
      "2024-01-04",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-01-03", admin1: "Kerman", killed: 84 })]);
  });

  it("the day a government demanded or urged something ('Beijing on Tuesday demanded an investigation into an attack') is not the attack's", () => {
    const a = run(
      `Tokyo on Wednesday demanded a full investigation into an attack on a Japanese-run clinic in Jalalabad that wounded two of its doctors.

Gunmen stormed the clinic on Tuesday morning, witnesses said.`,
      "2024-05-16",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-05-14", admin1: "Nangarhar" })]);
  });
});

describe("datelines", () => {
  it("a title-case place before an agency's name ('Islamabad (dpa) -') is a dateline, not where the attack was", () => {
    const a = run(
      `Islamabad (dpa) - The death toll from a suicide bombing at a political rally in north-western Pakistan has risen to 48, a provincial spokesman said on Tuesday.

A regional offshoot of the Islamic State said it was behind Sunday's attack on the rally in the town of Khar, close to the Afghan border.`,
      "2024-06-11",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-09", admin1: "Khyber Pakhtunkhwa", killed: 48 })]);
  });

  it("a dateline in title case ('Kabul, 14 June:') dates the report, not the attack the text dates itself", () => {
    const a = run(
      `Kabul, 14 June: The number of people killed in the blast has risen to 12, the interior ministry said on Friday.

On Thursday evening, a bomb hidden in a cart exploded near a Shia mosque in the west of Kabul.`,
      "2024-06-14",
    );
    expect(events(a)).toEqual([expect.objectContaining({ date: "2024-06-13", admin1: "Kabul" })]);
  });
});

describe("estimates", () => {
  it("'no more than 1,500 to 2,000 active fighters' is the range 1,500-2,000", () => {
    const q = quantities(run(`A former intelligence official said he believed ISKP had "no more than 1,500 to 2,000 active fighters" left in the east.`, "2024-09-20"));
    expect(q).toEqual([expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 1500, max: 2000 })]);
  });

  it("a state's own troops ('The US has about 5,000 troops left at the airport') are not the strength of the group the story is about", () => {
    const q = quantities(run(`ISIS-K claimed the bombing at the airport gate. The US has about 5,000 troops left at the airport and must finish its withdrawal by August 31.`, "2021-08-27"));
    expect(q).toEqual([]);
  });

  it("fighters sent to guard places ('some 300 Taliban fighters have been posted around mosques') are a deployment, not a strength estimate", () => {
    const q = quantities(run(`In Kunduz, some 300 Taliban fighters have been posted around mosques since the bombing, residents said.`, "2021-10-12"));
    expect(q).toEqual([]);
  });
});
