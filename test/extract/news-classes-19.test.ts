// Regression tests for a nineteenth round of news wording (session 12): the year a chronicle paragraph is in, a split
// toll with the victims' place between its parts, and who gave a strength estimate. Texts are written for the test;
// none comes from a held-out set.
import { describe, expect, it } from "vitest";
import { events, quantities, run } from "./extraction-helpers.js";

describe("'This year' / 'Last year' opening a sentence sets the year of the days told after it", () => {
  const chronicle = (turn: string, first = "5 September 2022") =>
    events(run(`The warning signs came earlier. On ${first}, a suicide bomber killed six people at the Russian embassy in Kabul. ${turn} ` +
      `On 3 January, two suicide bombers killed 95 people in the Iranian city of Kerman. On 22 March, gunmen killed 145 people at a concert hall near Moscow.`, "2024-10-10"))
      .map((e) => e.date);

  it("after 'This year', the publication year", () => {
    expect(chronicle("This year the pace quickened.")).toEqual(["2022-09-05", "2024-01-03", "2024-03-22"]);
  });
  it("after 'Last year', the year before it", () => {
    expect(chronicle("Last year the group struck further afield.", "5 September 2021")).toEqual(["2021-09-05", "2023-01-03", "2023-03-22"]);
  });
  it("with no such sentence the days follow the paragraph's year, as before", () => {
    expect(chronicle("The group then struck further afield.")).toEqual(["2022-09-05", "2023-01-03", "2023-03-22"]);
  });
});

describe("a split toll whose first part says where the victims were", () => {
  const killed = (text: string) => events(run(`KABUL, Sept 5 (Reuters) - ${text}`, "2022-09-05")).map((e) => e.killed);

  it("'two employees of the Russian embassy in Kabul and four Afghans' = 6", () => {
    expect(killed("A suicide bomber killed two employees of the Russian embassy in Kabul and four Afghans on Monday.")).toEqual([6]);
  });
  it("the wounded after the place are not added", () => {
    expect(killed("A suicide bomber killed three members of the police in Kabul and 12 others were wounded on Monday.")).toEqual([3]);
  });
  it("a toll for each place stays two tolls", () => {
    expect(killed("Bombers killed three people in Kabul and four people in Herat on Monday.")).toEqual([3, 4]);
  });
});

describe("who gave a strength estimate, and of which group", () => {
  const UN = "The UN Security Council's monitoring team, in its January report, estimated the strength of ISKP at 4,000 to 6,000 fighters.";
  const q = (text: string, published = "2024-10-10") => quantities(run(`${UN} ${text}`, published)).slice(1);

  it("'Some analysts consider ... between 2,000 and 3,000, with external operations run by ...': fighters, by some analysts", () => {
    expect(q("Some analysts consider the core of trained fighters to be much smaller, between 2,000 and 3,000, with external operations run by a few dozen people."))
      .toEqual([expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 2000, max: 3000, by: "some analysts" })]);
  });
  it("'some' is kept with the source it quantifies", () => {
    expect(q("Some analysts in Peshawar and Kabul believe the number of trained fighters is closer to 3,000."))
      .toEqual([expect.objectContaining({ min: 3000, max: 3000, by: "some analysts in Peshawar and Kabul" })]);
  });
  it("a clause about 'the number' counts the group counted before, not the Taliban named in the clause before it", () => {
    expect(q("The Taliban's release of prisoners in August has since freed many of its members, and some analysts now put the number at around 4,000."))
      .toEqual([expect.objectContaining({ subject: "ISKP", measure: "fighters", min: 4000, max: 4000, by: "some analysts" })]);
  });
  it("'the director of Russia's FSB, Alexander Bortnikov, said': the person named in commas", () => {
    expect(q("In mid-October, the director of Russia's FSB, Alexander Bortnikov, said there were about 2,000 Islamic State fighters in northern Afghanistan."))
      .toEqual([expect.objectContaining({ min: 2000, by: "Alexander Bortnikov" })]);
  });
  it("'up from about 2,200 before the Taliban emptied the prisons': an earlier estimate, not a count of prisoners", () => {
    expect(q("A later UN report estimated ISKP's strength at close to 6,500 fighters, up from about 2,200 before the Taliban emptied the country's prisons in August 2021.")
      .map((x) => [x.min, x.by])).toEqual([[6500, "United Nations"], [2200, "United Nations"]]);
  });
  it("a count of prisoners is still no strength estimate", () => {
    expect(q("About 2,000 ISKP fighters are held in Taliban prisons, officials estimated.")).toEqual([]);
  });
});

describe("an attack the report sets apart in time is its own", () => {
  const LEDE = "KABUL - The Islamic State group has claimed responsibility for two bomb blasts aboard minibuses that killed at least nine people in the northern Afghan city of Mazar-i-Sharif on Thursday.";
  it("'Last week, a bombing ... in the same city killed at least 31': not the story's attack of the day before", () => {
    expect(events(run(`${LEDE} Last week, a bombing at a Shiite mosque in the same city killed at least 31 worshippers.`, "2022-04-29")).map((e) => [e.date, e.killed]))
      .toEqual([["2022-04-28", 9], ["2022-04", 31]]);
  });
  it("'The attack came days after seven soldiers were killed when militants stormed a post ... on Saturday': two attacks", () => {
    const r = events(run("PESHAWAR, Nov 20 - At least 12 soldiers were killed when a suicide bomber rammed a vehicle into a check post in Bannu district late on Tuesday, the army said. " +
      "The attack came days after seven soldiers were killed when militants stormed a post in the same province on Saturday.", "2024-11-20"));
    expect(r.map((e) => [e.date, e.admin1, e.killed])).toEqual([["2024-11-19", "Khyber Pakhtunkhwa", 12], ["2024-11-16", "Khyber Pakhtunkhwa", 7]]);
  });
});

describe("an attempted attack is an attack, and gives the story its day and place", () => {
  it("'The militants tried to attack the check post in ... Bannu district late on Tuesday'", () => {
    const r = events(run("Peshawar, Nov 20 (PTI) At least 12 security personnel were killed when a suicide bomber rammed an explosive-laden vehicle into a check post in Khyber Pakhtunkhwa province, the army said on Wednesday. " +
      "The militants tried to attack the check post in the Mali Khel area of Bannu district late on Tuesday, but their attempt to enter the post was thwarted by the troops.", "2024-11-20"));
    expect(r).toEqual([expect.objectContaining({ date: "2024-11-19", place: "Bannu", killed: 12 })]);
  });
  it("a plan to attack is still no attack", () => {
    expect(events(run("Police said the men planned to attack a check post in Bannu district on Tuesday.", "2024-11-20"))).toEqual([]);
  });
});

describe("places: an alias another city shares, and the end of a compound name", () => {
  it("'the Serena Hotel' in a Quetta report is not Kabul's", () => {
    const r = events(run("Quetta (Khabrain Report) — At least four people were killed and 12 injured in an explosion in the parking area of the Serena Hotel on Zarghoon Road late on Wednesday night.", "2021-04-22"));
    expect(r).toEqual([expect.objectContaining({ country: "PK", admin1: "Balochistan", place: "Quetta", killed: 4 })]);
  });
  it("'the Serena Hotel' in a Kabul report is Kabul's", () => {
    const r = events(run("KABUL (Reuters) - Gunmen stormed the Serena Hotel on Thursday, killing four people.", "2021-04-22"));
    expect(r).toEqual([expect.objectContaining({ country: "AF", admin1: "Kabul", killed: 4 })]);
  });
  it("'the Shah-e-Mardan area of Kalat' is not the city of Mardan", () => {
    const r = events(run("Militants stormed a security post in the Shah-e-Mardan area of Balochistan on Saturday, killing seven soldiers.", "2024-11-18"));
    expect(r).toEqual([expect.objectContaining({ admin1: "Balochistan", killed: 7 })]);
  });
});

describe("tolls told with the victims named or described", () => {
  const killed = (s: string) => events(run(s, "2023-10-01")).map((e) => e.killed);
  it("'killed Malalai Maiwand, a presenter at the local broadcaster Enikass, and her driver' = 2", () => {
    expect(killed("On Dec. 10, 2020, gunmen in Jalalabad killed Malalai Maiwand, a presenter at the local broadcaster Enikass, and her driver.")).toEqual([2]);
  });
  it("'three young women who worked in the same station's dubbing department were shot dead' = 3", () => {
    expect(killed("On March 2, 2021, three young women who worked in the same station's dubbing department were shot dead in Jalalabad.")).toEqual([3]);
  });
  it("'reached the office ... and killed him and two others' = 3", () => {
    expect(killed("On 9 March 2023, a suicide bomber reached the office of the Balkh governor, Mohammad Dawood Muzammil, in Mazar-i-Sharif and killed him and two others.")).toEqual([3]);
  });
  it("the wounded after the title are not added: 'killed Ahmad Zia, a teacher, and wounded two others' = 1", () => {
    expect(killed("On 9 March 2023, gunmen in Jalalabad killed Ahmad Zia, a teacher at a local school, and wounded two others.")).toEqual([1]);
  });
});

describe("a killing of people counted, claimed, and where the victims were taken", () => {
  const STORY = "Islamic State claims killing of 11 Hazara miners in Pakistan\n\n" +
    "QUETTA, Pakistan – The Islamic State group has claimed responsibility for the killing of 11 coal miners from the Shiite Hazara minority, officials said Monday, January 4.";
  it("a headline's 'claims killing of 11 Hazara miners' is the attack, with its toll", () => {
    expect(events(run(STORY, "2021-01-04"))).toEqual([expect.objectContaining({ country: "PK", killed: 11, perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });
  it("'The miners were abducted before dawn on Sunday in the ... Machh area of Balochistan province' gives it its province and day", () => {
    expect(events(run(`${STORY}\n\nThe miners were abducted before dawn on Sunday in the mountainous Machh area of Balochistan province.`, "2021-01-04")))
      .toEqual([expect.objectContaining({ date: "2021-01-03", admin1: "Balochistan", killed: 11 })]);
  });
  it("a sentence on other people's fate does not move it: 'The protesters were joined by ... in Quetta on Tuesday'", () => {
    expect(events(run(`${STORY}\n\nThe protesters were joined by thousands in Karachi on Tuesday.`, "2021-01-04")))
      .toEqual([expect.objectContaining({ admin1: null, killed: 11 })]);
  });
});

describe("an attack told by its device after the toll, and attacks the report says nobody claimed", () => {
  it("'... and two of his bodyguards were killed by a car bomb' in December last year is its own attack, with its claim", () => {
    const r = events(run("Dushanbe. — Mawlawi Nisar Ahmad Ahmadi, the Taliban's deputy governor of Badakhshan province, was killed in a car bomb explosion in Faizabad on Tuesday morning. " +
      "No group has yet claimed responsibility for the attack. In December last year, the Badakhshan police chief and two of his bodyguards were killed by a car bomb near the provincial police headquarters; " +
      "IS-K claimed that attack.", "2023-06-07"));
    expect(r.map((e) => [e.date, e.perpetrator])).toEqual([["2023-06-06", null], ["2022-12", "ISKP"]]);
  });
  const ANALYSIS = (after: string) => events(run("ISKP's Pakistan front\n\nThe Islamic State Khorasan Province has turned its guns on Pakistan. Its cells recruit in the tribal districts.\n\n" +
    "On 30 July 2023, a suicide bomber killed 63 people at a political rally in Khar, Bajaur. " +
    `On 29 September 2023, a suicide bomber attacked a procession in Mastung, Balochistan, killing nearly 60 people, and on the same day a bomb at a mosque in Hangu killed five. ${after}`, "2023-10-12"))
    .map((e) => e.perpetrator);
  it("'No group claimed either attack.' right after them: not given to the group the analysis is about", () => {
    expect(ANALYSIS("No group claimed either attack, and the TTP denied involvement.")).toEqual(["ISKP", null, null]);
  });
  it("without it, the analysis's group, as before", () => {
    expect(ANALYSIS("The province has seen many such attacks.")).toEqual(["ISKP", "ISKP", "ISKP"]);
  });
});

describe("an abduction that ends in the killing of those taken", () => {
  const one = (s: string) => events(run(`The warning signs came early. ${s}`, "2021-12-09"));
  it("'Islamic State militants abducted 11 Hazara coal miners near Machh ... and cut their throats' = an attack, 11 dead", () => {
    expect(one("Across the border, on January 3, Islamic State militants abducted 11 Hazara coal miners near Machh in Pakistan's Balochistan province and cut their throats."))
      .toEqual([expect.objectContaining({ date: "2021-01-03", admin1: "Balochistan", killed: 11, perpetrator: "ISKP", perpetrator_wording: "Islamic State" })]);
  });
  it("an abduction alone is no attack", () => {
    expect(one("On January 3, Islamic State militants abducted 11 coal miners near Machh in Pakistan's Balochistan province and took them to the hills.")).toEqual([]);
  });
});

describe("a device told with where it was hidden before what it did", () => {
  it("'a bomb hidden near the pulpit of a mosque in Kabul's Shakar Dara district killed 12 worshippers' is an attack", () => {
    expect(events(run("On May 14, while the Taliban and the government were observing an Eid ceasefire, a bomb hidden near the pulpit of a mosque in Kabul's Shakar Dara district killed 12 worshippers.", "2021-12-10")))
      .toEqual([expect.objectContaining({ date: "2021-05-14", admin1: "Kabul", killed: 12 })]);
  });
});
