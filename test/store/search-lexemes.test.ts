// The search vocabulary is built in JavaScript for documents and queries alike: what a user types must find the
// words as the reports spell them, and PostgreSQL must accept every vector and query this produces.
import { describe, expect, it } from "vitest";
import { documentTsvector, webSearchTsquery } from "../../src/store/search-lexemes.js";

const lexemes = (tsv: string) => new Map([...tsv.matchAll(/'((?:[^']|'')+)':([\d,]+)/g)].map((m) => [m[1], m[2].split(",").map(Number)]));

describe("documentTsvector", () => {
  it("stems English words, drops stop words but counts their positions, folds Latin diacritics", () => {
    const v = lexemes(documentTsvector("Attacks in Jalālābād", "The bombers attacked the mosque."));
    expect(v.get("attack")).toEqual([1, 6]);
    expect(v.get("jalalabad")).toEqual([3]);
    expect(v.get("bomber")).toEqual([5]);
    expect(v.get("mosqu")).toEqual([8]);
    expect(v.has("the")).toBe(false);
    expect(v.has("in")).toBe(false);
  });

  it("keeps a hyphenated name whole as well as in parts, and other scripts as written", () => {
    const v = lexemes(documentTsvector(null, "IS-K struck ننگرهار again"));
    expect(v.get("is-k")).toEqual([1]);
    expect(v.get("k")).toEqual([2]);
    expect(v.get("ننگرهار")).toEqual([4]);
  });

  it("escapes quotes, and bounds what it indexes", () => {
    expect(documentTsvector(null, "O'Brien")).toBe("'obrien':1");
    const long = documentTsvector(null, `${"x".repeat(5000)} ${"word ".repeat(1000)}`);
    expect(long).not.toContain("xxxx");
    expect(lexemes(long).get("word")!.length).toBe(256);
  });
});

describe("webSearchTsquery", () => {
  it("reads the web-search syntax: all words, quoted phrases, OR, and -exclusions", () => {
    expect(webSearchTsquery("Islamic State")).toBe("'islam' & 'state'");
    expect(webSearchTsquery('"Russian embassy" -Taliban')).toBe("('russian' <1> 'embassi') & !'taliban'");
    expect(webSearchTsquery("Kabul OR Kandahar attack")).toBe("('kabul' | 'kandahar') & 'attack'");
    expect(webSearchTsquery('"the attack on the embassy"')).toBe("('attack' <3> 'embassi')");
    expect(webSearchTsquery("1,500")).toBe("('1' <1> '500')");
    expect(webSearchTsquery("IS-K")).toBe("'is-k'");
    expect(webSearchTsquery('"attack by IS-K"')).toBe("('attack' <3> 'k')");
    expect(webSearchTsquery("Jalalabad")).toBe(webSearchTsquery("Jalālābād"));
  });

  it("gives nothing to search for when the query has only stop words or signs", () => {
    expect(webSearchTsquery("the of and")).toBeNull();
    expect(webSearchTsquery('"" - OR')).toBeNull();
  });

  it("cannot be steered by quotes or tsquery operators in the input", () => {
    const q = webSearchTsquery("a' | 'b & !c <-> (d)")!;
    expect(q).toBe("'b' & 'c' & 'd'");
  });
});
