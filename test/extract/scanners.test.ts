import { describe, expect, it } from "vitest";
import { tokenize, splitSentences } from "../../src/extract/text.js";
import { scanNumbers } from "../../src/extract/numbers.js";
import { scanDates } from "../../src/extract/dates.js";
import { extractDocument } from "../../src/extract/extract-document.js";

const nums = (s: string) => { const t = tokenize(s); return scanNumbers(t, new Uint8Array(t.length)); };
const dates = (s: string, ref: string | null = null) => { const t = tokenize(s); return scanDates(t, ref ? new Date(ref + "T00:00:00Z") : null, new Uint8Array(t.length)); };

describe("numbers", () => {
  it.each([
    ["six people", 6, 6, "exact"], ["twenty-five", 25, 25, "exact"], ["1,500 fighters", 1500, 1500, "exact"], ["two dozen", 24, 24, "exact"],
    ["dozens of people", 12, 12, "approx"], ["hundreds", 100, 100, "approx"], ["several", 10, 10, "approx"], ["more than 100", 100, 100, "more_than"],
    ["at least 19", 19, 19, "at_least"], ["around 300", 300, 300, "approx"], ["nearly 40", 40, 40, "approx"], ["1,500-2,200", 1500, 2200, "exact"],
    ["from 500 to 1500", 500, 1500, "exact"], ["between 4,000 and 5,000", 4000, 5000, "exact"], ["one hundred and fifty", 150, 150, "exact"],
  ])("%s", (text, min, max, q) => {
    const n = nums(text)[0];
    expect([n.value, n.max, n.qualifier]).toEqual([min, max, q]);
  });
});

describe("dates", () => {
  const one = (s: string, ref?: string) => { const d = dates(s, ref)[0]; return d ? [d.y, d.m, d.d, d.precision] : null; };
  it("absolute and partial", () => {
    expect(one("on October 3, 2022,")).toEqual([2022, 10, 3, "day"]);
    expect(one("On 22 March 2024")).toEqual([2024, 3, 22, "day"]);
    expect(one("in August 2021")).toEqual([2021, 8, null, "month"]);
    expect(one("In early 2024")).toEqual([2024, 1, null, "month"]);
    expect(one("in mid-2023")).toEqual([2023, 6, null, "month"]);
    expect(one("date 2022-09-05")).toEqual([2022, 9, 5, "day"]);
    expect(one("ANKASAM, 07.10.2022")).toEqual([2022, 10, 7, "day"]);
    expect(dates("in 2021-22")[0].kind).toBe("range");
  });
  it("relative to the publication date", () => {
    expect(one("on Monday", "2022-09-07")).toEqual([2022, 9, 5, "day"]);
    expect(one("on Friday night", "2024-03-23")).toEqual([2024, 3, 22, "day"]);
    expect(one("yesterday", "2024-01-04")).toEqual([2024, 1, 3, "day"]);
    expect(one("last month", "2024-01-04")).toEqual([2023, 12, null, "month"]);
  });
});

describe("sentences and robustness", () => {
  it("splits on sentence ends, not abbreviations", () => {
    const s = splitSentences("Gen. Smith met U.S. officials in Kabul. The attack killed six.\nNext line");
    expect(s.map((x) => x.text)).toEqual(["Gen. Smith met U.S. officials in Kabul.", "The attack killed six.", "Next line"]);
  });
  it("never throws on hostile input and stays linear", () => {
    const nasty = ["", "\u0000\uFFFF\uD800", "a".repeat(100000), ("1,".repeat(20000)), "constructor toString __proto__ valueOf", "ISKP ".repeat(5000) + "attack",
      "💣".repeat(3000) + " killed 5 in Kabul on Monday", "-".repeat(50000), "KABUL, Sept 5 (Reuters) -".repeat(1000), "\u202e\u0627\u0644\u062f\u0648\u0644\u0629 attack"];
    for (const text of nasty) {
      const t0 = performance.now();
      const r = extractDocument({ text, published: "2022-09-05" });
      expect(performance.now() - t0).toBeLessThan(3000);
      for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it("month-day without a year takes the year after the latest date the text gives when there is no publication date", () => {
    const r = extractDocument({ text: "ISKP claimed dozens of attacks in 2021-22. Their attacks such as the January 11 suicide bombing near the Ministry of Foreign Affairs in Kabul killed dozens." });
    const ev = r.claims.filter((c) => c.kind === "event");
    expect(ev).toHaveLength(1);
    expect(ev[0].event!.date).toBe("2023-01-11");
    expect(ev[0].event!.killed).toBe(12);
  });
});
