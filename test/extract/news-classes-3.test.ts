// Regression tests for a third round of news wording: who gave an estimate (a speaker closing the sentence after a
// setting, a title before an unknown name, "according to our data", a body named by a description), what "its"
// refers to, a figure restated across a report, vague "a couple of thousand". Each text is written for the test.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import type { Extraction, EventFields, QuantityFields } from "../../src/extract/types.js";

function run(text: string, published: string | null = null): Extraction {
  const r = extractDocument({ text, published });
  for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return r;
}
const events = (r: Extraction): EventFields[] => r.claims.filter((c) => c.kind === "event").map((c) => c.event!);
const quantities = (r: Extraction): QuantityFields[] => r.claims.filter((c) => c.kind === "quantity").map((c) => c.quantity!);

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
    const r = run(`A U.K. intelligence official told reporters that ISIS-K had between 2,500 and 3,500 fighters.`, "2023-05-10");
    expect(quantities(r)[0]).toMatchObject({ min: 2500, max: 3500, by: "U.K. intelligence official" });
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
