// Regression tests for an eighteenth round of news wording (session 11): ways wire copy tells a claim, a suspicion or a
// record without the words "claimed responsibility". Texts are written for the test; none comes from a held-out set.
import { describe, expect, it } from "vitest";
import { events, quantities, run } from "./extraction-helpers.js";

const MINIVAN = `KABUL, Jan 9 (Reuters) - A bomb tore through a minivan carrying prison staff in Kabul on Tuesday, killing three people, police said.`;
const story = (sentence: string) => events(run(`${MINIVAN} ${sentence}`, "2024-01-09"));
const claimed = expect.objectContaining({ date: "2024-01-09", killed: 3, perpetrator: "ISKP", perpetrator_basis: "claimed" });

describe("the group's own word that it attacked, with no claim word", () => {
  it.each([
    "The Islamic State group's regional affiliate said in a statement on its Amaq news agency that one of its fighters planted the device.",
    "Islamic State said one of its fighters planted the bomb.",
    "In a statement, the Islamic State group said its fighters had targeted the vehicle.",
    "IS-K said on Telegram that it targeted Taliban prison guards.",
    "The Islamic State militant group said it was responsible.",
    "IS-K said on Tuesday that it was behind the attack.",
  ])("%s → claimed", (sentence) => {
    expect(story(sentence)).toEqual([claimed]);
  });

  it("another actor's statement about its own arrests is no claim", () => {
    expect(story("The Taliban said it had arrested two suspects.")).toEqual([expect.objectContaining({ perpetrator: null })]);
  });
});

describe("'took responsibility' is a claim", () => {
  it.each([
    "ISKP took responsibility for the attack.",
    "Islamic State Khorasan Province, the regional branch, took responsibility.",
    "ISKP accepted responsibility for the blast.",
  ])("%s → claimed", (sentence) => {
    expect(story(sentence)).toEqual([claimed]);
  });
});

describe("a group's record of similar attacks is no claim of this one", () => {
  it.each([
    "No group claimed responsibility, but IS-K has claimed similar bombings in the past.",
    "ISKP has claimed similar attacks on the city's Shiite minority in the past.",
  ])("%s → no perpetrator", (sentence) => {
    expect(story(sentence)).toEqual([expect.objectContaining({ killed: 3, perpetrator: null })]);
  });

  it("a claim told first stays when the record follows", () => {
    expect(story("ISKP claimed responsibility for the attack. The group has claimed similar attacks before.")).toEqual([claimed]);
  });
});

describe("suspicion without 'blamed' or 'suspected'", () => {
  it.each(["Suspicion fell on ISKP.", "Officials accused the Islamic State group."])("%s → suspected", (sentence) => {
    expect(story(sentence)).toEqual([expect.objectContaining({ killed: 3, perpetrator: "ISKP", perpetrator_basis: "suspected" })]);
  });
});

const MARKET = `PESHAWAR, Pakistan (AP) — A bombing at a market in Peshawar on Monday killed 13 people.`;
const market = (sentence: string) => events(run(`${MARKET} ${sentence}`, "2023-01-31"));

describe("a toll and its update told with other verbs", () => {
  it("'killed 6 and wounded 25' is 6 dead and 25 wounded, not one figure of casualties", () => {
    const r = run(`PESHAWAR, Pakistan (AP) — A blast at a market in Peshawar on Monday killed 6 and wounded 25.`, "2023-01-31");
    expect(events(r)).toEqual([expect.objectContaining({ killed: 6, injured: 25 })]);
  });

  it.each([
    "Hospital officials later put the number of dead at 17.",
    "Officials later raised the death toll to 17.",
    "Four of the wounded later died in hospital, bringing the toll to 17.",
    "Officials revised the toll to 17.",
  ])("%s → 17", (sentence) => {
    expect(market(sentence)).toEqual([expect.objectContaining({ date: "2023-01-30", killed: 17 })]);
  });

  it("an earlier count ('had earlier put the toll at 11') does not replace the toll", () => {
    expect(market("Officials had earlier put the toll at 11.")).toEqual([expect.objectContaining({ killed: 13 })]);
  });
});

describe("'five others' after a verb adds no named victim", () => {
  it("'Three civilians were killed and five others wounded' = 3 dead, 5 wounded", () => {
    const r = run(`KABUL (Pajhwok): Three civilians were killed and five others wounded in a roadside bomb blast in Sar-i-Pul province on Tuesday, an official said.`, "2024-03-25");
    expect(events(r)).toEqual([expect.objectContaining({ admin1: "Sar-e Pol", killed: 3, injured: 5 })]);
  });
});

describe("'the X suburb of Y': the part named first is the place", () => {
  it("'in the Krasnogorsk suburb of Moscow' is Krasnogorsk, in Moscow Oblast", () => {
    const r = run(`MOSCOW, March 23 (Reuters) - Gunmen opened fire at a concert hall in the Krasnogorsk suburb of Moscow on Friday, killing at least 60 people.`, "2024-03-23");
    expect(events(r)).toEqual([expect.objectContaining({ place: "Krasnogorsk", admin1: "Moscow Oblast", killed: 60 })]);
  });

  it("'in the Bajaur district of Khyber Pakhtunkhwa' is Bajaur", () => {
    const r = run(`ISLAMABAD — A suicide bomber struck a rally in the Bajaur district of Khyber Pakhtunkhwa on Sunday, killing 54 people.`, "2023-07-31");
    expect(events(r)).toEqual([expect.objectContaining({ place: "Bajaur", admin1: "Khyber Pakhtunkhwa" })]);
  });
});

describe("'claimed by the X' is a claim, over an article and an epithet", () => {
  it.each([
    ["The attack was claimed by the TTP, which is allied with the Afghan Taliban.", "TTP"],
    ["It was later claimed by the Pakistani Taliban.", "TTP"],
    ["The attack was claimed by the banned Baloch Liberation Army.", "BLA"],
  ])("%s → %s, claimed", (sentence, group) => {
    const r = run(`QUETTA, Pakistan (Reuters) - A suicide bomber killed nine people at a police checkpoint in Quetta on Monday. ${sentence}`, "2024-03-25");
    expect(events(r)).toEqual([expect.objectContaining({ killed: 9, perpetrator: group, perpetrator_basis: "claimed" })]);
  });
});

describe("dates counted from the attack told before", () => {
  it("'Two months later,' after 'In January 2024' is March 2024 (and the landmark near Moscow is the place)", () => {
    const r = run(`In January 2024, twin bombings in Kerman killed nearly 100 people. Two months later, gunmen stormed Crocus City Hall near Moscow, killing 145.`, "2024-06-01");
    expect(events(r)).toEqual([
      expect.objectContaining({ date: "2024-01", admin1: "Kerman", killed: 100 }),
      expect.objectContaining({ date: "2024-03", place: "Crocus City Hall", admin1: "Moscow Oblast", killed: 145 }),
    ]);
  });

  it("'A year later,' after August 2021 is 2022", () => {
    const r = run(`In August 2021 a bomber struck Kabul airport, killing 183. A year later, a suicide bomber killed 53 at a school in Kabul.`, "2024-06-01");
    expect(events(r).map((e) => [e.date, e.killed])).toEqual([["2021-08", 183], ["2022", 53]]);
  });

  it("'That October,' after May 2021 is October 2021, a second incident", () => {
    const r = run(`In May 2021 a bomber struck a school in Kabul, killing 90. That October, a suicide bomber attacked a mosque in Kandahar, killing 60.`, "2024-06-01");
    expect(events(r).map((e) => [e.date, e.admin1, e.killed])).toEqual([["2021-05", "Kabul", 90], ["2021-10", "Kandahar", 60]]);
  });
});

describe("who gave a strength estimate", () => {
  const by = (text: string) => quantities(run(`ISKP analysis. ${text}`, "2024-06-01")).map((q) => q.by);
  it.each([
    ["The group's ranks have shrunk to roughly 2,000, a senior Taliban intelligence official said.", "senior Taliban intelligence official"],
    ["ISKP has about 2,000 fighters, a senior Taliban official told Reuters.", "senior Taliban official"],
    ["ISKP has about 2,000 fighters, a Western diplomat told The Associated Press.", "Western diplomat"],
    ["ISKP has about 2,000 fighters, the Taliban said.", "Taliban"],
    ["A former Afghan intelligence chief, Rahmatullah Nabil, said he believed the group had at least 3,000 active members.", "Rahmatullah Nabil"],
  ])("%s → %s", (text, source) => {
    expect(by(text)).toEqual([source]);
  });

  it("the group itself saying so is no source", () => {
    expect(by("ISKP has about 2,000 fighters, the group said.")).toEqual([null]);
  });

  it("'Its most recent report' is the body named before", () => {
    expect(by("Before the takeover, the UN Security Council's monitoring team put its strength at between 500 and 1,500 fighters. Its most recent report, published in July 2022, estimated ISKP at between 1,500 and 4,000 fighters.")[1]).toMatch(/^UN Security Council/);
  });
});

describe("attackers told as 'armed men', and people taken then killed", () => {
  it("'Unknown armed men abducted eleven coal miners ... and killed them' = 11 dead", () => {
    const r = run(`Quetta — Unknown armed men abducted eleven coal miners from their quarters at a coalfield in Bolan district before dawn on Sunday and killed them in the nearby hills.`, "2021-01-03");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2021-01-03", admin1: "Balochistan", killed: 11 })]);
  });

  it("'Masked men opened fire on a bus ..., killing six passengers' is an attack", () => {
    const r = run(`Masked men opened fire on a bus in Quetta on Sunday, killing six passengers.`, "2021-01-03");
    expect(events(r)).toEqual([expect.objectContaining({ admin1: "Balochistan", killed: 6 })]);
  });

  it("armed men who kill no one in the sentence are no attack", () => {
    expect(events(run(`Armed men guarded the entrance of the ministry in Kabul on Sunday.`, "2021-01-03"))).toEqual([]);
  });
});

describe("a report that opens with its figure and 'shot dead'", () => {
  it("'Two Sikh traders were shot dead in Peshawar on Sunday' is an attack with 2 dead", () => {
    expect(events(run(`Two Sikh traders were shot dead in Peshawar on Sunday.`, "2022-05-15"))).toEqual([expect.objectContaining({ date: "2022-05-15", admin1: "Khyber Pakhtunkhwa", killed: 2 })]);
  });

  it("'Two traders belonging to the Sikh community were shot dead' = 2", () => {
    const r = run(`Peshawar — Two traders belonging to the Sikh community were shot dead by unidentified motorcyclists in Peshawar on Sunday morning.`, "2022-05-15");
    expect(events(r)).toEqual([expect.objectContaining({ killed: 2 })]);
  });
});
