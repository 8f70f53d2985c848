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

describe("a claim story whose lede does not date the attack", () => {
  it("the attack is the latest one the story dates in the week before publication at its place, not an earlier one it recalls", () => {
    const r = run(
      `IS Claims Mosque Bombing in Kunduz as Toll Rises to 20\n\nISLAMABAD (Agencies) - The Islamic State group has claimed responsibility for the bombing of a mosque in the northern Afghan city of Kunduz, where mourners had gathered for the funeral of the police chief of Kunduz province, according to a statement circulated on its Telegram channels on Thursday night.\n\nThe death toll has risen to 20, Afghan media reported on Friday, citing health officials. The Interior Ministry had earlier put the number of dead at 11.\n\nThe statement attributed to the militants said that a suicide bomber had detonated an explosive vest among officials attending the ceremony at the mosque on Thursday.\n\nThe funeral was for Abdul Rahim, a police commander who was killed along with two bodyguards on Tuesday, when a bomb exploded next to his car in Kunduz. The group also claimed that attack.`,
      "2023-06-09",
    );
    const list = events(r);
    expect(list.find((e) => e.date === "2023-06-08")).toEqual(expect.objectContaining({ admin1: "Kunduz", killed: 20, perpetrator: "ISKP", mention: "main" }));
    expect(list.find((e) => e.date === "2023-06-06")).toEqual(expect.objectContaining({ admin1: "Kunduz", mention: "passing" }));
    expect(list).toHaveLength(2);
  });
});

describe("one named victim killed along with people counted by a plural noun", () => {
  it("'was killed along with two bodyguards' = 3", () => {
    const r = run(`On Tuesday, Abdul Rahim, a police commander, was killed along with two bodyguards when a bomb exploded next to his car in Kunduz.`, "2023-06-09");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-06-06", admin1: "Kunduz", killed: 3 })]);
  });

  it("'was killed along with his two bodyguards' = 3, not 2", () => {
    const r = run(`On Tuesday, police commander Abdul Rahim was killed along with his two bodyguards when a bomb exploded in Kunduz.`, "2023-06-09");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-06-06", killed: 3 })]);
  });
});

describe("a victim's title with 'and' inside it", () => {
  it("'killed Khalil Haqqani, the Taliban's minister for refugees and repatriation, and five others' = 6", () => {
    const r = run(`On December 11, a suicide bomber killed Khalil Haqqani, the Taliban's minister for refugees and repatriation, and five others inside his ministry in Kabul.`, "2024-12-20");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-12-11", admin1: "Kabul", killed: 6 })]);
  });
});

describe("a later attack told after a semicolon", () => {
  it("'...; two days later, a bomber struck the mourners ..., killing 11 more' is its own attack, two days after", () => {
    const r = run(`On June 6, 2023, a car bomb killed the acting deputy governor of Badakhshan and his driver in Faizabad; two days later, a bomber struck the mourners at his funeral in a Faizabad mosque, killing 11 more. ISKP claimed both.`, "2024-12-20");
    const list = events(r);
    expect(list.find((e) => e.date === "2023-06-06")).toEqual(expect.objectContaining({ admin1: "Badakhshan", killed: 2, perpetrator: "ISKP" }));
    expect(list.find((e) => e.date === "2023-06-08")).toEqual(expect.objectContaining({ admin1: "Badakhshan", killed: 11, perpetrator: "ISKP" }));
  });
});

describe("places told by reference to another", () => {
  it("'a second shooting at the same shrine' takes the shrine's city told earlier in the sentence, in whatever country", () => {
    const r = run(
      `ISKP's Reach Beyond Afghanistan\n\nThe group has struck far from its base. In Russia, its gunmen killed 145 people at Crocus City Hall in Krasnogorsk, near Moscow, on 22 March 2024. Russia's FSB said the gunmen had fled towards Bryansk. Moscow blamed Ukraine, while Washington said it had warned Russia. Its previous strikes in Iran were also claimed in the name of the Islamic State: the attack on the Shah Cheragh shrine in Shiraz on 26 October 2022, which killed 13, and a second shooting at the same shrine on 13 August 2023, which killed two.`,
      "2024-04-18",
    );
    expect(events(r).find((e) => e.date === "2023-08-13")).toEqual(expect.objectContaining({ country: "IR", admin1: "Fars", killed: 2 }));
  });

  it("'on the Tajik-Uzbek border' gives an attack at an unknown post the country of the side named first", () => {
    const r = run(`On 6 November 2019, about 20 militants attacked a border post at Ishkobod on the Tajik-Uzbek border, killing a border guard and a police officer.`, "2024-04-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2019-11-06", country: "TJ", killed: 2 })]);
  });
});

describe("a definite reference that names its place", () => {
  it("'After the attack near Moscow, ...' is the attack told at Moscow, not the one told last without a place", () => {
    const text = `On March 22, gunmen opened fire in the Crocus City Hall in Krasnogorsk, in the Moscow region, killing 144 people. The Islamic State claimed the attack.\n\nOn July 29, 2018, four foreign cyclists were killed in Khojamastan when a group of young men rammed them with a car. The Islamic State claimed that attack too. After the attack near Moscow, Kyrgyz authorities asked citizens to avoid travelling to Russia.`;
    const r = run(text, "2024-04-05");
    const told = (date: string) => r.claims.find((c) => c.event?.date === date)!.evidence.map((e) => e.text).join(" ");
    expect(told("2024-03-22")).toContain("After the attack near Moscow");
    expect(told("2018-07-29")).not.toContain("Moscow");
  });
});

describe("an attack dated by the days since it", () => {
  it("'Two days after the attack on the Crocus City Hall in Krasnogorsk, the number of dead has risen to 137': two days before the report, at Krasnogorsk", () => {
    const r = run(
      `Massacre Near Moscow: Islamic State Claims Responsibility\n\nTwo days after the attack on the Crocus City Hall concert hall in Krasnogorsk, the number of dead has risen to 137, according to Russia's Investigative Committee.\n\nOn Friday evening, four men armed with rifles stormed the venue shortly before a rock concert was due to begin. The first official figures that night spoke of 40 dead.\n\nWithin hours, the Islamic State claimed responsibility via its Amaq news agency.`,
      "2024-03-24",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-22", admin1: "Moscow Oblast", place: "Krasnogorsk", killed: 137, perpetrator: "Islamic State", mention: "main" })]);
  });
});

describe("another event told as the time of the attack", () => {
  it("'The attack happened on the same day that thousands marched ... in Saqqez' adds no attack at Saqqez", () => {
    const r = run(`On Wednesday, a gunman killed 13 pilgrims at the Shah Cheragh shrine in Shiraz. The attack happened on the same day that thousands of people marched to Amini's grave in her home town of Saqqez, in Kurdistan province.`, "2022-10-27");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-10-26", admin1: "Fars", killed: 13 })]);
  });
});

describe("the words a group's record is told with", () => {
  it("'The group's last major attack ... was in 2017' keeps 'The group' as the wording", () => {
    const r = run(`Analysts said the claim was a reminder that the Islamic State group could still strike inside Iran. The group's last major attack in the country was in 2017, when gunmen and suicide bombers struck parliament in Tehran, killing 17 people.`, "2022-10-27");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2017", admin1: "Tehran", killed: 17, perpetrator_wording: "The group" })]);
  });
});

describe("where the attackers fled", () => {
  it("'killed at least 143 people ... before fleeing toward the Bryansk region': the attack's place and toll, not Bryansk", () => {
    const r = run(`ISKP almost certainly conducted the attack on Crocus City Hall in Krasnogorsk, outside Moscow, on March 22. Four gunmen, all citizens of Tajikistan, killed at least 143 people and set fire to the concert venue before fleeing toward the Bryansk region, where Russian security services detained them.`, "2024-04-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-22", admin1: "Moscow Oblast", killed: 143 })]);
  });
});

describe("an embassy told without its city", () => {
  it("'blew himself up at the gate of the Russian embassy' in a report on Afghanistan is in Kabul, as a part of it (geo precision 2)", () => {
    const r = run(`ISKP's war on the Taliban's foreign friends\n\nThe Taliban want foreign investment in Afghanistan, and ISKP has set out to scare it away from the country. On September 5, 2022, a bomber blew himself up at the gate of the Russian embassy, killing two Russian diplomats and four Afghans. ISKP claimed the attack.`, "2023-01-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-09-05", country: "AF", admin1: "Kabul", place: "Kabul", geo_precision: 2, killed: 6 })]);
  });

  it("nor in the capital of the embassy's own country when the report is mostly about that country", () => {
    const r = run(`Russia on alert

Moscow has tightened security across Russia after threats to Russian targets. On September 5, 2022, a bomber blew himself up at the gate of the Russian embassy, killing two Russian diplomats. Russia's foreign ministry condemned the attack.`, "2023-01-10");
    expect(events(r)[0]).toEqual(expect.objectContaining({ date: "2022-09-05", admin1: null }));
  });
});

describe("a strike by a state's agency", () => {
  it("'Iran's Revolutionary Guards fired missiles and drones at ... bases of ... Jaish al-Adl' is Iran's, not the group's", () => {
    const r = run(`On 16 January, Iran's Revolutionary Guards fired missiles and drones at what they said were two bases of the Sunni Baluch militant group Jaish al-Adl in the Panjgur area of Pakistan's Balochistan province. Islamabad said two children were killed.`, "2024-01-19");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-01-16", admin1: "Balochistan", perpetrator: "Iran", perpetrator_wording: "Revolutionary Guards" })]);
  });

  it("'On 15 January, the Revolutionary Guards fired ballistic missiles at ... positions in Idlib' is Iran's", () => {
    const r = run(`On 15 January, the Revolutionary Guards fired ballistic missiles at what they described as Islamic State positions in Syria's Idlib province.`, "2024-02-08");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-01-15", country: "SY", perpetrator: "Iran" })]);
  });
});

describe("the group's own fighters in a report about it", () => {
  const text = `The Balochistan Liberation Army's Majeed Brigade claimed Monday's raid on the naval air station in Turbat, in which a soldier was killed.\n\nThe Majeed Brigade opposes Chinese investment in Balochistan. Monday's raid was its second attack in less than a week. On March 20, eight of its fighters stormed the Gwadar Port Authority Complex, an attack in which two soldiers were killed. In late January, the group's fighters laid siege to the town of Mach in Bolan district for two days.`;

  it("'eight of its fighters stormed ...' and 'the group's fighters laid siege ...' are the group's attacks", () => {
    const r = run(text, "2024-03-26");
    const list = events(r);
    expect(list.find((e) => e.date === "2024-03-20")).toEqual(expect.objectContaining({ perpetrator: "BLA", perpetrator_wording: "its fighters", killed: 2 }));
    expect(list.find((e) => e.date === "2024-01")).toEqual(expect.objectContaining({ perpetrator: "BLA", perpetrator_wording: "the group's fighters" }));
  });
});

describe("'A week earlier,' opening a sentence, and a claim over both attacks", () => {
  it("'... in Kandahar. A week earlier, a bomber killed ... in Kunduz. IS-K claimed both attacks.': two attacks a week apart, both claimed", () => {
    const r = run(`On October 15, two suicide bombers killed at least 41 worshippers at the Imam Bargah mosque in Kandahar during Friday prayers. A week earlier, a bomber killed more than 40 people at a Shiite mosque in the northern city of Kunduz. IS-K claimed both attacks.`, "2021-11-02");
    const list = events(r);
    expect(list.find((e) => e.admin1 === "Kandahar")).toEqual(expect.objectContaining({ date: "2021-10-15", killed: 41, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
    expect(list.find((e) => e.admin1 === "Kunduz")).toEqual(expect.objectContaining({ date: "2021-10-08", killed: 40, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});

describe("a superlative the next sentence tells", () => {
  it("'ISKP opened the year with its deadliest attack in Pakistan since Bajaur in 2023. On 7 February, ...' is the February attack, not one of the report's day at Bajaur", () => {
    const r = run(`Pakistan's deadliest year in a decade\n\nThe Center for Research and Security Studies recorded 2,546 violence-linked fatalities in Pakistan in 2024. Behind the aggregate lies a crowded field of armed groups.\n\nISKP opened the year with its deadliest attack in Pakistan since Bajaur in 2023. On 7 February, on the eve of the general election, a bomb exploded outside an election office in Pishin district of Balochistan, killing 18 people. The Islamic State claimed the bombing.`, "2025-01-06");
    const list = events(r);
    expect(list.find((e) => e.date === "2025-01-06")).toBeUndefined();
    expect(list.find((e) => e.date === "2024-02-07")).toEqual(expect.objectContaining({ admin1: "Balochistan", killed: 18, perpetrator: "ISKP" }));
  });
});

describe("twin bombings told apart by ordinals", () => {
  it("'twin bombings ... killed 30' then 'The first blast ..., killing 18' and 'a second bomb ..., killing 12': 18 and 12, not 30", () => {
    const r = run(`Pakistanis went to the polls on Thursday, a day after twin bombings outside candidates' election offices in Balochistan killed 30 people.\n\nThe first blast struck on Wednesday afternoon outside an election office in the Khanozai area of Pishin district, killing 18 people. About an hour later, a second bomb exploded outside the office of a candidate in Qilla Saifullah district, killing 12.\n\nThe Islamic State group claimed responsibility for both bombings.`, "2024-02-08");
    const list = events(r);
    expect(list.find((e) => e.place === "Pishin" || e.place === "Khanozai")).toEqual(expect.objectContaining({ date: "2024-02-07", killed: 18 }));
    expect(list.find((e) => e.killed === 12)).toEqual(expect.objectContaining({ date: "2024-02-07", admin1: "Balochistan" }));
    expect(list.find((e) => e.killed === 30)).toBeUndefined();
  });
});

describe("where and when something was said about the attack", () => {
  it("'told a regular news briefing in Beijing on Tuesday that five Chinese citizens were injured in the attack on the Kabul hotel': Kabul, Monday", () => {
    const r = run(`China urges probe into Kabul hotel attack\n\nChina has called for a thorough investigation into Monday's attack on a Kabul hotel frequented by Chinese citizens. Foreign Ministry spokesperson Wang Wenbin told a regular news briefing in Beijing on Tuesday that five Chinese citizens were injured in the attack on the hotel.`, "2022-12-14");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-12-12", admin1: "Kabul", injured: 5 })]);
  });
});

describe("a clash that killed", () => {
  it("'Six members of Iran's border guard were killed in an armed clash near the Pakistani border in Saravan county ... late on Saturday'", () => {
    const r = run(`Six members of Iran's border guard were killed in an armed clash near the Pakistani border in Saravan county, Sistan and Baluchestan province, late on Saturday, Iranian media reported.`, "2023-05-22");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-05-20", admin1: "Sistan and Baluchestan", killed: 6 })]);
  });

  it("border clashes told without a toll of their own are no attack", () => {
    const r = run(`Relations soured after border clashes between Afghan and Pakistani forces in October 2023.`, "2024-01-10");
    expect(events(r)).toEqual([]);
  });
});

describe("one victim named by a role and others by a figure", () => {
  it("'A deputy superintendent of police and two constables were martyred' = 3", () => {
    const r = run(`PESHAWAR – A deputy superintendent of police and two constables were martyred when terrorists attacked the Sarband police station on Friday night.`, "2023-01-14");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-01-13", admin1: "Khyber Pakhtunkhwa", killed: 3 })]);
  });

  it("'A bomb and two grenades exploded ..., killing three people' stays 3", () => {
    const r = run(`A bomb and two grenades exploded in Peshawar on Friday, killing three people.`, "2023-01-14");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-01-13", killed: 3 })]);
  });
});

describe("one victim beside the attackers' own dead", () => {
  it("'a gunbattle in which a paramilitary soldier and all four attackers were killed' = 1", () => {
    const r = run(`Militants attacked the naval air station in Turbat late on Monday, triggering an hours-long gunbattle in which a paramilitary soldier and all four attackers were killed, the military said.`, "2024-03-26");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-25", admin1: "Balochistan", killed: 1 })]);
  });
});

describe("plural attacks told with their day", () => {
  it("'killed in the attacks on churches, a synagogue and a police post in Derbent and Makhachkala on the evening of June 23' is an attack of June 23", () => {
    const r = run(`The number of people killed in the attacks on churches, a synagogue and a police post in Derbent and Makhachkala on the evening of June 23 has risen to 20, the Dagestan Ministry of Health reported.`, "2024-06-24");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-06-23", admin1: "Dagestan", killed: 20 })]);
  });

  it("'The attacks on Shias in Kabul have continued since the Taliban took power on August 15, 2021' tells no attack", () => {
    const r = run(`The attacks on Shias in Kabul have continued since the Taliban took power on August 15, 2021.`, "2024-06-24");
    expect(events(r)).toEqual([]);
  });
});
