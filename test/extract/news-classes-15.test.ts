// Regression tests for a fifteenth round of news wording, from the misses of newsdev11 once it was a development set.
// Each text is written for the test.
import { describe, expect, it } from "vitest";
import { events, run } from "./extraction-helpers.js";

describe("a lede that tells the attack through what was said on a day", () => {
  it("'state media said on Tuesday evening that 9 people had been killed when ...': the attack of that day, with its toll", () => {
    const r = run(
      `Gunmen Attack Sufi Shrine as Officials Blame Foreign Enemies\n\nProvincial officials said on Tuesday evening that nine people had been killed when two gunmen opened fire on worshippers at a shrine in Herat. About 20 others were wounded.\n\nThe Islamic State group claimed responsibility late on Tuesday.`,
      "2024-05-08",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-05-07", admin1: "Herat", killed: 9, perpetrator: "ISKP", perpetrator_basis: "claimed", mention: "main" })]);
  });

  it("a headline whose terse words name another target ('... as Police Vow Revenge') is still the lede's attack", () => {
    const r = run(
      `IS Claims Herat Shrine Attack as Police Vow Revenge\n\nLocal officials said on Thursday that seven people had been killed when a gunman opened fire on worshippers at a Sufi shrine in Herat city.\n\nThe provincial police chief promised to find those behind it.`,
      "2024-05-10",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-05-09", admin1: "Herat", killed: 7, perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });
});

describe("victims named by title, with others", () => {
  it("'killed Kunar police chief Abdul Karim and three guards' = 4", () => {
    const r = run(`On May 3, a roadside bomb killed Kunar police chief Abdul Karim and three guards in Asadabad.`, "2023-05-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-05-03", admin1: "Kunar", killed: 4 })]);
  });

  it("'killed NAME, the Taliban governor of Helmand, and two others' = 3", () => {
    const r = run(`On June 2, a suicide bomber killed Ahmad Wali Nazari, the Taliban governor of Helmand, and two others at his office in Lashkar Gah.`, "2023-06-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-06-02", admin1: "Helmand", killed: 3 })]);
  });

  it("'21 bodies and 50 injured people had been brought in': 21 killed, 50 injured", () => {
    const r = run(`A suicide bomber struck outside a bank in Kandahar on Thursday. Doctors at the city's main hospital said 21 bodies and 50 injured people had been brought in.`, "2024-03-22");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-21", killed: 21, injured: 50 })]);
  });
});

describe("dates and places of a bank attack told by its claim", () => {
  it("'last March' in a March report is last year's March", () => {
    const r = run(`Last March, the group killed the governor of Balkh in a suicide bombing at his office in Mazar-i-Sharif.`, "2024-03-22");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-03", admin1: "Balkh" })]);
  });

  it("'last March' in a May report is this year's March", () => {
    const r = run(`Last March, the group killed the governor of Balkh in a suicide bombing at his office in Mazar-i-Sharif.`, "2024-05-22");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03", admin1: "Balkh" })]);
  });

  it("a bank named after a city ('the New Herat Bank') is no place, and a date in the victims' relative clause is the attack's", () => {
    const r = run(
      `ISIS-K claims bombing of bank in Kunduz\n\nThe Islamic State's Khorasan branch has claimed responsibility for the suicide bombing at a bank in Kunduz city that killed 12 people, media reported on Friday. In its statement, the group said its bomber had targeted Taliban soldiers who had gathered to collect their wages at a branch of the New Herat Bank on Wednesday morning.`,
      "2024-04-05",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-04-03", admin1: "Kunduz", killed: 12, perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });
});

describe("a claim's motive", () => {
  it("'claimed the attack in a post on Monday, saying it was revenge for the killing of its chief in Kunar province last May': the claim is the story's attack's", () => {
    const r = run(
      `QUETTA: The death toll from Monday's suicide bombing at a police mosque in Quetta rose to 41 on Tuesday, officials said.\n\nA commander of a Tehreek-e-Taliban Pakistan faction claimed responsibility for the attack in a post on Telegram on Monday, saying it was revenge for the killing of the faction's founder in Afghanistan's Kunar province last May.`,
      "2023-03-07",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-03-06", admin1: "Balochistan", killed: 41, perpetrator: "TTP", perpetrator_basis: "claimed" })]);
  });
});

describe("a person's nationality is no place", () => {
  it("'the perpetrator of Wednesday's attack was a national of the Republic of Tajikistan': the attack stays at the shrine in Iran", () => {
    const r = run(
      `Ministry: 19 terrorists arrested over Mashhad shrine attack\n\nIran's Intelligence Ministry says 19 terrorists linked to the deadly attack on the Imam Reza shrine in the northeastern city of Mashhad have been arrested.\n\nIn a statement on Sunday, the ministry said the main perpetrator of Wednesday's terrorist attack was a national of the Republic of Tajikistan who had entered Iran illegally. Daesh claimed responsibility for the attack, in which eight pilgrims were martyred.`,
      "2024-05-12",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-05-08", country: "IR", admin1: "Razavi Khorasan", killed: 8, perpetrator_basis: "claimed" })]);
  });
});

describe("a chronicle of attacks in an analysis piece", () => {
  const piece = `From Kunar to Kabul: the Khorasan Province's Long War\n\nTwo years after the fall of the Republic, the Islamic State Khorasan Province (ISKP) has settled into a familiar rhythm of assassinations in the east and mass-casualty bombings in the cities.\n\nThe cities came first. On November 12, 2021, a bomb at a mosque in Jalalabad killed at least four worshippers. On November 20, a suicide bomber killed more than 30 people at a Shia mosque in Mazar-i-Sharif, and ten days later gunmen attacked a bus station in Herat, killing 12.`;
  const r = run(piece, "2023-09-20");
  const ev = events(r);

  it("a day without a year in a paragraph that tells an earlier year is in that year", () => {
    expect(ev).toContainEqual(expect.objectContaining({ date: "2021-11-20", admin1: "Balkh", killed: 30 }));
  });

  it("'..., and ten days later gunmen attacked ...': a second attack, ten days after the first, at its own place", () => {
    expect(ev).toContainEqual(expect.objectContaining({ date: "2021-11-30", admin1: "Herat", killed: 12 }));
  });

  it("the attacks of a piece about one group whose lede tells none are the group's", () => {
    expect(ev.map((e) => [e.date, e.perpetrator])).toEqual([["2021-11-12", "ISKP"], ["2021-11-20", "ISKP"], ["2021-11-30", "ISKP"]]);
  });

  it("a news report's day without a year beside a background year stays in the report's year", () => {
    const r2 = run(`The Taliban say they have improved security since they took over in August 2021, but ISKP has continued to carry out attacks, including a suicide bombing in Kabul on Sept. 2 that killed six people.`, "2024-12-11");
    expect(events(r2)).toContainEqual(expect.objectContaining({ date: "2024-09-02", killed: 6 }));
  });
});

describe("claims and devices told around asides", () => {
  it("'a bomb at the entrance of X, where a memorial service was being held, killed at least five'", () => {
    const r = run(`On October 3, 2021, a bomb at the entrance of a mosque in Kabul, where a memorial service for a Taliban official's mother was being held, killed at least five civilians.`, "2022-12-20");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2021-10-03", admin1: "Kabul", killed: 5 })]);
  });

  it("'ISKP claimed each of these attacks.': every attack of the paragraph is claimed", () => {
    const r = run(`On August 11, a suicide bomber killed a prominent cleric in his madrassa in Kabul. On September 5, a bomber blew himself up at the gate of an embassy in Kabul, killing six people. ISKP claimed each of these attacks.`, "2022-12-20");
    expect(events(r).map((e) => [e.date, e.perpetrator, e.perpetrator_basis])).toEqual([["2022-08-11", "ISKP", "claimed"], ["2022-09-05", "ISKP", "claimed"]]);
  });
});

describe("twin attacks told apart by their sites", () => {
  const text = `QUETTA -- The death toll from the twin bombings that struck polling stations in Balochistan on the eve of the March 3 by-election has climbed to 21, officials said.\n\nThirteen people were killed in the blast outside a polling station in Zhob on March 2, according to the provincial home department. The bombing of a party office in Turbat the same afternoon killed eight.\n\nThe Islamic State claimed both attacks through its Amaq outlet.`;
  const ev = events(run(text, "2024-03-05"));

  it("each site is its own event of the same day, with its own toll and the claim of both", () => {
    expect(ev).toEqual([
      expect.objectContaining({ date: "2024-03-02", admin1: "Balochistan", place: "Zhob", killed: 13, perpetrator: "ISKP", perpetrator_basis: "claimed" }),
      expect.objectContaining({ date: "2024-03-02", admin1: "Balochistan", place: "Turbat", killed: 8, perpetrator: "ISKP", perpetrator_basis: "claimed" }),
    ]);
  });
});

describe("an analysis piece's record of a group", () => {
  it("'The first blast, in X, killed 18 people; the second, at ... in Y, killed 12. IS claimed both': two sites, two tolls, both claimed", () => {
    const r = run(`The twin bombings of 3 March, on the eve of the by-election, showed the group's reach beyond its traditional stronghold of Bajaur. The first blast, outside a candidate's office in Zhob, killed 13 people; the second, at a party office in Turbat, killed eight. The Islamic State claimed both through Amaq the same evening.`, "2024-04-10");
    expect(events(r)).toEqual([
      expect.objectContaining({ date: "2024-03-03", place: "Zhob", killed: 13, perpetrator: "ISKP", perpetrator_basis: "claimed" }),
      expect.objectContaining({ date: "2024-03-03", place: "Turbat", killed: 8, perpetrator: "ISKP", perpetrator_basis: "claimed" }),
    ]);
  });

  it("'Its deadliest attack in X remains the bombing of ..., which killed 63 and was claimed by the group'", () => {
    const r = run(`ISKP's sectarian campaign also continues. Its deadliest attack in Balochistan remains the bombing of a Shia mosque in Quetta on 4 June 2022, which killed at least 40 worshippers and was claimed by the group.`, "2024-03-06");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-06-04", killed: 40, perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });

  it("'The TTP's Jamaat-ul-Ahrar faction was behind the bombing ...': the TTP, attributed", () => {
    const r = run(`The TTP's Jamaat-ul-Ahrar faction was behind the bombing of a police mosque in Peshawar on 30 January 2023, which killed more than 80 people.`, "2024-03-06");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-01-30", killed: 80, perpetrator: "TTP", perpetrator_basis: "attributed" })]);
  });
});

describe("attacks told around the attackers' own dead", () => {
  it("'And in Tajikistan itself, the Islamic State claimed an assault on a border post ..., in November 2019, in which two officers and 15 of the attackers were killed'", () => {
    const r = run(`One of the two suicide bombers who killed some 95 people at a memorial in Kerman, Iran, on 3 January was a Tajik national. And in Tajikistan itself, the Islamic State claimed an assault on a border post on the Tajik-Uzbek border in November 2019, in which two Tajik security officers and 15 of the attackers were killed.`, "2024-07-10");
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2019-11", country: "TJ", killed: 2, perpetrator_basis: "claimed" }));
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2024-01-03", admin1: "Kerman", perpetrator: null }));
  });

  it("an undated attack in focus takes the day a later sentence tells with its toll: 'The four men who killed 145 people at the concert hall ... on 22 March were ...'", () => {
    const r = run(`Since the attack on Crocus City Hall, analysts have asked why so many of the Islamic State's operatives hold Tajik passports. The four men who killed 145 people at the concert hall in Krasnogorsk on 22 March were all citizens of Tajikistan.`, "2024-07-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-22", admin1: "Moscow Oblast", killed: 145 })]);
  });
});

describe("a pronoun subject whose verb is the attack", () => {
  it("'On October 26, 2024, it ambushed a police convoy ..., killing 10 officers': the group told before", () => {
    const r = run(`On December 15, 2023, Jaish al-Adl fighters killed 11 police officers in an attack on the police headquarters in Rask. On October 26, 2024, it ambushed a police convoy near Zahedan, killing 10 officers.`, "2025-01-08");
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2024-10-26", killed: 10, perpetrator: "Jaish al-Adl", perpetrator_basis: "attributed" }));
  });
});

describe("days around an attack", () => {
  it("'on the night of 25-26 January' is the 25th", () => {
    const r = run(`Ten soldiers were killed when militants attacked a security checkpost in Kech district on the night of 25-26 January, the army said.`, "2022-01-27");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-01-25", admin1: "Balochistan", killed: 10 })]);
  });

  it("'On Sunday night, the court arrested four suspects in the attack': the day of the arrest is not the attack's", () => {
    const r = run(`Gunmen attacked a concert hall in Krasnogorsk on Friday, killing 137 people.\n\nOn Sunday night, a Moscow court arrested four suspects in the attack.`, "2024-03-25");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-22", killed: 137 })]);
  });
});

describe("an attack dated by its distance from the one in focus", () => {
  it("'which claimed a suicide bombing at a Shia mosque in Kunduz exactly a week earlier': that bombing, a week before, takes the claim", () => {
    const r = run(`Kandahar: Suicide bombers attacked a Shia mosque in Kandahar during Friday prayers today, killing at least 37 people.\n\nThere was no immediate claim of responsibility. But suspicion fell on the Islamic State group's regional affiliate, which claimed a suicide bombing at a Shia mosque in the northern city of Kunduz exactly a week earlier that killed more than 40 worshippers.`, "2021-10-15");
    const ev = events(r);
    expect(ev).toContainEqual(expect.objectContaining({ date: "2021-10-08", admin1: "Kunduz", killed: 40, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
    expect(ev).toContainEqual(expect.objectContaining({ date: "2021-10-15", admin1: "Kandahar", killed: 37 }));
    expect(ev.find((e) => e.admin1 === "Kandahar")?.perpetrator_basis).not.toBe("claimed");
  });
});

describe("a group's record told in one claim sentence", () => {
  it("'It claimed the suicide bombing ... in March, which killed more than 60 worshippers, and an attack on the Russian embassy in September': 60 for the first, none for the second", () => {
    const r = run(`IS-K has been active in Pakistan as well as Afghanistan. It claimed the suicide bombing at a Shia mosque in Peshawar in March, which killed more than 60 worshippers, and an attack on the Russian embassy in Kabul in September.`, "2022-12-03");
    expect(events(r).map((e) => [e.date, e.admin1, e.killed])).toEqual([["2022-03", "Khyber Pakhtunkhwa", 60], ["2022-09", "Kabul", null]]);
  });
});

describe("an attack set apart from the story", () => {
  it("'In a separate incident ...' is not given to the group the piece is about when nobody named its attackers", () => {
    const r = run(`Pakistan envoy survives attack in Kabul\n\nStaff Reporter | Published December 3, 2022\n\nPakistan's head of mission in Kabul escaped unhurt on Friday when gunmen fired on the embassy compound, the Foreign Office said. IS-K later claimed the attack.\n\nIn a separate incident in Kabul on Friday, gunmen attacked the compound of a party leader during Friday prayers; two of the attackers were killed by guards.`, "2022-12-03");
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2022-12-02", perpetrator: null, killed: 2 }));
  });
});

describe("a dateline in capitals with a dash, and the story's own place", () => {
  const text = `Pakistan procession bombing toll rises to 60\n\nISLAMABAD — The death toll from Friday's suicide bombing of a religious procession in southwestern Pakistan rose to 60 on Saturday, officials said, after several of the wounded died in hospitals in Quetta.\n\nNo group has claimed responsibility for the Mastung attack, and the Pakistani Taliban, or TTP, have denied involvement.`;
  const ev = events(run(text, "2023-09-30"));

  it("'ISLAMABAD — The death toll from Friday's ...' is a dateline: the attack is not in Islamabad, nor where the wounded died", () => {
    expect(ev).toEqual([expect.objectContaining({ date: "2023-09-29", admin1: "Balochistan", place: "Mastung", killed: 60 })]);
  });

  it("'the Pakistani Taliban, or TTP, have denied involvement' is no attribution", () => {
    expect(ev[0].perpetrator).toBeNull();
    const r = run(`A suicide bomber killed 60 people at a procession in Mastung on Friday. The Pakistani Taliban, or TTP, have denied involvement in the bombing.`, "2023-09-30");
    expect(events(r)).toEqual([expect.objectContaining({ killed: 60, perpetrator: null })]);
  });
});

describe("hostage-taking", () => {
  it("'four inmates who had sworn allegiance to IS took hostages and killed four staff members' is an attack", () => {
    const r = run(`On 23 August, in a penal colony in Surovikino, Volgograd region, four inmates who had sworn allegiance to IS took hostages and killed four staff members before they were shot by special forces.`, "2024-09-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-08-23", country: "RU", admin1: "Volgograd Oblast", killed: 4 })]);
  });

  it("'threatened to take hostages' is none", () => {
    const r = run(`Officials said on Monday that the cell had threatened to take hostages at a school in Volgograd.`, "2024-09-10");
    expect(events(r)).toEqual([]);
  });
});

describe("the story's own claim and another attack's", () => {
  const text = `TEHRAN, April 4 (KUNA) -- Eleven members of Iran's security forces were killed when militants attacked police headquarters in Chabahar late on Wednesday, officials said.\n\nJaish al-Adl ("Army of Justice"), a Sunni Baluch militant group that Tehran lists as a terrorist organization, claimed responsibility for the attacks.\n\nThe latest violence comes three months after twin suicide bombings in Kerman killed 95 people. The Daesh terrorist group claimed responsibility for those bombings.`;
  const ev = events(run(text, "2024-04-04"));

  it("a claim by a group named with a translation in brackets is a claim", () => {
    expect(ev).toContainEqual(expect.objectContaining({ date: "2024-04-03", admin1: "Sistan and Baluchestan", killed: 11, perpetrator: "Jaish al-Adl", perpetrator_basis: "claimed" }));
  });

  it("'comes three months after twin suicide bombings in Kerman': those bombings, three months before, take their own claim", () => {
    expect(ev).toContainEqual(expect.objectContaining({ date: "2024-01", admin1: "Kerman", killed: 95, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});

describe("subjects of analysis prose", () => {
  it("'X, widely seen as a TTP front, stormed ...': X, not the TTP", () => {
    const r = run(`On July 12, 2023, militants of the little-known Tehreek-e-Jihad Pakistan, widely seen as a TTP front, stormed an army garrison in Zhob, killing nine soldiers.`, "2023-08-14");
    expect(events(r)).toEqual([expect.objectContaining({ killed: 9, perpetrator: "Tehreek-e-Jihad Pakistan", perpetrator_basis: "attributed" })]);
  });

  it("'The Balochistan Liberation Army (BLA) killed more than 50 people in simultaneous attacks ...': the BLA", () => {
    const r = run(`The TTP remains the main threat. The Balochistan Liberation Army (BLA) killed more than 50 people in simultaneous attacks across the province on 26 August.`, "2025-01-15");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-08-26", killed: 50, perpetrator: "BLA" })]);
  });

  it("'Its bombing of ..., which killed 63, showed ..., and it competes with the TTP for recruits': the group's, not the TTP's", () => {
    const r = run(`Islamic State Khorasan Province (ISKP) remains a secondary but lethal actor. Its bombing of a party convention in Bajaur in July 2023, which killed 63, showed it can strike political targets, and it competes with the TTP for recruits.`, "2025-01-15");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-07", killed: 63, perpetrator: "ISKP" })]);
  });
});

describe("a same-day report of an unclaimed killing", () => {
  const text = `A suicide bomber killed Afghanistan's Taliban minister for refugees, Khalil Haqqani, inside the ministry's compound in Kabul on Wednesday, Taliban officials said.\n\nHaqqani was killed along with at least four other people, a Taliban official said.\n\nNo group had claimed responsibility by Wednesday evening. IS-K has claimed a series of attacks on senior Taliban figures.`;
  it("neither the group's record of claims nor a victim who shares a group's name is the attack's perpetrator", () => {
    expect(events(run(text, "2024-12-11"))).toEqual([expect.objectContaining({ date: "2024-12-11", admin1: "Kabul", perpetrator: null })]);
  });
});

describe("'the same group' with an auxiliary", () => {
  it("'The same group had claimed the attack on the Shah Cheragh shrine in Shiraz on 26 October 2022': the group named before", () => {
    const r = run(`On 3 January, two suicide bombers struck a crowd in Kerman, killing 95 people. The Islamic State claimed the bombings. The same group had claimed the attack on the Shah Cheragh shrine in Shiraz on 26 October 2022, in which 13 pilgrims died.`, "2024-02-01");
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2022-10-26", admin1: "Fars", killed: 13, perpetrator: "ISKP", perpetrator_basis: "claimed" }));
  });
});

describe("an annual review's sentences", () => {
  it("'By contrast, the deadliest attack of the year - the suicide bombing ... on January 30, 2023, which killed 84 people - was attributed ...' is no byline", () => {
    const r = run(`Pakistan security review 2023\n\nBy contrast, the deadliest attack of the year - the suicide bombing of the mosque inside Peshawar's Police Lines on January 30, 2023, which killed 84 people - was attributed by police to the TTP.`, "2024-01-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2023-01-30", killed: 84, perpetrator: "TTP" })]);
  });

  it("'The same afternoon, a blast in a mosque in Hangu district killed five' is an attack of the day told before", () => {
    const r = run(`On September 29, 2023, a suicide bomber attacked a procession in Mastung, Balochistan, killing around 60 people. The same afternoon, a blast in a mosque in the Doaba area of Hangu district killed five worshippers.`, "2024-01-10");
    expect(events(r)).toContainEqual(expect.objectContaining({ date: "2023-09-29", admin1: "Khyber Pakhtunkhwa", killed: 5 }));
  });

  it("'fatalities per attack' is no attack", () => {
    const r = run(`The Islamic State Khorasan Province emerged in 2023 as the deadliest single actor in Pakistan in terms of fatalities per attack, according to the review.`, "2024-01-10");
    expect(events(r)).toEqual([]);
  });
});

describe("a group named as an example of a kind", () => {
  it("'\"takfiri\" elements, a term they use for Sunni extremist groups such as Daesh, and linked the attack to ...' names no perpetrator", () => {
    const r = run(`Gunmen attacked a shrine in Shiraz on Wednesday, killing 15 pilgrims. No group has so far announced responsibility. Iranian officials described the perpetrators as "takfiri" elements, a term they use for Sunni extremist groups such as Daesh, and linked the attack to the plots of the enemies of the Islamic Republic.`, "2022-10-26");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-10-26", admin1: "Fars", killed: 15, perpetrator: null })]);
  });

  it("but one whose own attack the sentence tells is its perpetrator: 'outfits such as Lashkar-e-Jhangvi, whose January 2013 bombing ... killed more than 90'", () => {
    const r = run(`Older sectarian outfits such as Lashkar-e-Jhangvi, whose January 2013 bombing of a snooker hall in Quetta killed more than 90 Hazaras, have been weakened.`, "2025-01-10");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2013-01", killed: 90, perpetrator: "Lashkar-e-Jhangvi" })]);
  });
});

describe("a think tank's paragraphs about one group", () => {
  it("'The group has also gone after clerics ... . On August 11, 2022, a bomber ... killed ...': the group's example", () => {
    const r = run(`ISKP has waged a campaign of assassinations. The group has also gone after clerics who legitimise Taliban rule. On August 11, 2022, a bomber killed a prominent pro-Taliban scholar at his seminary in Kabul.`, "2024-12-18");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-08-11", admin1: "Kabul", perpetrator: "ISKP", perpetrator_basis: "attributed" })]);
  });

  it("'ISKP claimed both.' after two dated attacks claims the two", () => {
    const r = run(`On March 21, 2024, a suicide bomber killed 21 people outside a bank in Kandahar. On September 2, 2024, a bombing in Kabul killed six. ISKP claimed both.`, "2024-12-18");
    expect(events(r).map((e) => [e.date, e.perpetrator, e.perpetrator_basis])).toEqual([["2024-03-21", "ISKP", "claimed"], ["2024-09-02", "ISKP", "claimed"]]);
  });
});
