// Regression tests for a twelfth round of news wording, from the misses of newsdev9: several attacks told by one plural
// attack word with their places ("the bombings of Shia mosques in Kunduz and Kandahar"); a background attack abroad
// told by the territory it hit ("fired rockets at Tajik territory"), claimed in the group's own words ("the group said it
// had ..."), after a sentence that ends with a hyphened name ("ISIS-K."). Each text is written for the test.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/text.js";
import { events, run } from "./extraction-helpers.js";

describe("several attacks in one noun phrase", () => {
  it("'the bombings of X in P1 and P2 in MONTH' is one attack at each place, of the month and the group told", () => {
    const r = run(
      `ISKP has long singled out the Hazara minority. Officials blamed the group for the bombings of Hazara schools in Kabul and Mazar-i-Sharif in April 2022, which killed dozens of pupils.`,
      "2024-05-01",
    );
    const ev = events(r);
    expect(ev).toHaveLength(2);
    expect(ev.map((e) => e.admin1).sort()).toEqual(["Balkh", "Kabul"]);
    for (const e of ev) expect(e).toEqual(expect.objectContaining({ date: "2022-04", perpetrator: "ISKP", perpetrator_basis: "suspected", killed: null }));
    // (but "simultaneous attacks on ... in P1 and P2, in which N were killed" stays one coordinated attack)
    const s = run(`In March, militants carried out simultaneous attacks on police stations in Chabahar and Rask, in which nine policemen were killed.`, "2024-06-01");
    expect(events(s)).toEqual([expect.objectContaining({ date: "2024-03", killed: 9 })]);
  });
});

describe("a background attack abroad", () => {
  it("a sentence ends after a hyphened name ('... claimed by IS-K. In June 2023, ...'): the next one's attack is its own", () => {
    const text = `Uzbek citizens have been tied to earlier attacks. Gunmen killed 11 worshippers at a mosque in Kunduz on 2 March 2023, an attack also claimed by IS-K. In June 2023, a bomb killed four border guards in Badakhshan.`;
    expect(splitSentences(text).map((x) => x.text.slice(0, 12))).toEqual(["Uzbek citize", "Gunmen kille", "In June 2023"]);
    // (but an initial stays one: "Muhammad K. Khan")
    expect(splitSentences(`A court in Kabul heard Muhammad K. Khan on Monday.`)).toHaveLength(1);
    const r = run(text, "2024-01-10");
    const ev = events(r);
    expect(ev.find((e) => e.admin1 === "Kunduz")).toEqual(expect.objectContaining({ date: "2023-03-02", killed: 11 }));
    expect(ev.find((e) => e.admin1 === "Badakhshan")).toEqual(expect.objectContaining({ date: "2023-06", killed: 4 }));
  });

  it("'the group said it had fired rockets from northern Afghanistan at Uzbek territory': the group's claim, in Uzbekistan", () => {
    const r = run(
      `ISKP has tried to carry its war north of the Amu Darya. In April 2022, the group said it had fired rockets from northern Afghanistan at Uzbek territory, although Tashkent denied it.`,
      "2024-01-10",
    );
    expect(events(r)).toEqual([expect.objectContaining({ date: "2022-04", country: "UZ", perpetrator: "ISKP", perpetrator_basis: "claimed" })]);
  });

  it("an undated attack at a place is not dated by the next sentence's attack in another country's territory", () => {
    const r = run(
      `Officials said one of the suicide bombers who killed 30 people at a shrine in Herat had trained in Pakistan. In May 2022, militants fired rockets at Tajik territory from Afghanistan.`,
      "2024-01-10",
    );
    const ev = events(r);
    expect(ev.find((e) => e.killed === 30)?.date ?? null).not.toBe("2022-05");
    expect(ev.find((e) => e.date === "2022-05")).toEqual(expect.objectContaining({ country: "TJ", killed: null }));
  });
});

describe("where a route starts", () => {
  it("'the bus was travelling from X to Y when the bomber struck' does not place the attack at X", () => {
    const r = run(
      `Four Turkish engineers killed in bombing in Pakistan

Four Turkish engineers and their driver were killed on Monday when a suicide bomber rammed a car into their bus near Chakdara in Khyber Pakhtunkhwa province, police said.

The bus was travelling from Peshawar to a dam site in the valley when the bomber struck, officials said.

Foreign workers in the region have been attacked before. In May 2022, a bus carrying workers to a power plant exploded, killing nine people.`,
      "2024-04-10",
    );
    const ev = events(r);
    expect(ev).toHaveLength(2);
    expect(ev.find((e) => e.date === "2024-04-08")).toEqual(expect.objectContaining({ admin1: "Khyber Pakhtunkhwa", place: "Khyber Pakhtunkhwa", killed: 5 }));
    expect(ev.find((e) => e.date === "2022-05")).toEqual(expect.objectContaining({ killed: 9 }));
  });
});

describe("the attackers' dead beside one victim", () => {
  it("'where a paramilitary soldier was killed and four attackers were shot dead': the toll is the soldier", () => {
    const r = run(`QUETTA: Late on Sunday, gunmen attacked a Frontier Corps camp in Panjgur, where a paramilitary soldier was killed and five attackers were shot dead, the army said.`, "2024-05-01");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-04-28", killed: 1 })]);
  });
});

describe("places told with a state's name around them", () => {
  it("'jets bombed what Islamabad called hideouts ... in Afghanistan's eastern Khost province': in Khost, not Islamabad", () => {
    const r = run(`Pakistani jets bombed what Islamabad called militant hideouts in Afghanistan's eastern Khost province on Sunday night, killing at least eight people, the Taliban government said.`, "2024-03-19");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-03-17", country: "AF", admin1: "Khost", killed: 8 })]);
  });

  it("'in Bannu district' is the Pakistani district of the city Bannu, not an Afghan district whose name folds alike", () => {
    const r = run(`Last month, nine policemen were killed when a roadside bomb struck their van near Domel, in Bannu district.`, "2024-12-25");
    expect(events(r)).toEqual([expect.objectContaining({ date: "2024-11", country: "PK", admin1: "Khyber Pakhtunkhwa", killed: 9 })]);
  });
});
