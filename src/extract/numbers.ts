// Number scanner over tokens: digits ("1,500"), words ("six", "twenty-five", "two dozen"), vague quantities as
// ACLED maps them ("dozens" = 12, "hundreds" = 100, "several"/"many" = 10), qualifiers ("at least" → at_least,
// "more than" → more_than, "around" → approx) and ranges ("1,500-2,200", "from 500 to 1500", "between 4,000 and 5,000").
import type { Qualifier } from "./types.js";
import type { Token } from "./text.js";

export interface NumberMention {
  first: number; // token index of the first token (qualifier included)
  last: number; // token index of the last token
  start: number;
  end: number;
  value: number; // the number (a range's lower bound)
  max: number; // upper bound (= value unless a range)
  range: boolean;
  vague: boolean;
  qualifier: Qualifier;
  /** token index where the numeral itself starts (after the qualifier) */
  numFirst: number;
}

const UNITS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map<string, number>(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const SCALES = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12 }));
/** ACLED's mapping of vague quantities. */
export const VAGUE = new Map<string, number>(Object.entries({ dozens: 12, hundreds: 100, thousands: 1000, scores: 20, several: 10, many: 10, numerous: 10, multiple: 2 }));

const QUAL2 = new Map<string, Qualifier>(Object.entries({
  "at least": "at_least", "no fewer": "at_least", "no less": "at_least", "a minimum": "at_least",
  "more than": "more_than", "upwards of": "more_than", "in excess": "more_than", "greater than": "more_than",
  "close to": "approx", "up to": "approx", "an estimated": "approx", "as many": "approx", "as much": "approx", "some of": "exact",
}) as Array<[string, Qualifier]>);
const QUAL1 = new Map<string, Qualifier>(Object.entries({
  over: "more_than", around: "approx", about: "approx", nearly: "approx", almost: "approx", approximately: "approx", roughly: "approx",
  some: "approx", estimated: "approx", approx: "approx", circa: "approx", least: "at_least",
}) as Array<[string, Qualifier]>);

/** The value of a number word ("two", "twenty", "twenty-one"), or null. */
export function wordValue(key: string): number | null {
  const u = UNITS.get(key);
  if (u !== undefined) return u;
  const t = TENS.get(key);
  if (t !== undefined) return t;
  const dash = key.indexOf("-");
  if (dash > 0) {
    const a = TENS.get(key.slice(0, dash)), b = UNITS.get(key.slice(dash + 1));
    if (a !== undefined && b !== undefined && b < 10) return a + b;
  }
  return null;
}

function digitValue(t: Token): number | null {
  if (!t.num) return null;
  const v = Number(t.text.replace(/,/g, ""));
  return Number.isFinite(v) ? v : null;
}

/** Parse one numeral (no qualifier) at token i. Returns [value, lastIndex, vague] or null. */
function parseNumeral(toks: Token[], i: number, limit: number): [number, number, boolean] | null {
  const t = toks[i];
  if (!t) return null;
  let value: number | null = null;
  let j = i;
  if (t.num) {
    value = digitValue(t);
    if (value == null) return null;
    // "1.5 million", "2 dozen"
    const nx = toks[i + 1];
    if (nx && i + 1 < limit && (nx.key === "million" || nx.key === "thousand" || nx.key === "dozen" || nx.key === "hundred")) {
      value *= SCALES.get(nx.key)!;
      j = i + 1;
    }
    return [value, j, false];
  }
  if (t.key === "a" || t.key === "an") {
    const nx = toks[i + 1];
    if (nx && (nx.key === "dozen" || nx.key === "hundred" || nx.key === "thousand")) return [SCALES.get(nx.key)!, i + 1, false];
    if (nx && nx.key === "few") return [3, i + 1, true];
    // "a couple of thousand" = 2,000, "a couple of" = 2
    if (nx && nx.key === "couple" && toks[i + 2]?.key === "of") {
      const sc = toks[i + 3] && i + 3 < limit ? SCALES.get(toks[i + 3].key) : undefined;
      if (sc !== undefined && sc !== 12) return [2 * sc, i + 3, false];
      return [2, i + 2, false];
    }
    if (nx && nx.key === "handful") return [3, i + 1, true];
    return null;
  }
  if (t.key === "half" && toks[i + 1]?.key === "a" && toks[i + 2]?.key === "dozen") return [6, i + 2, false];
  const vg = VAGUE.get(t.key);
  if (vg !== undefined) return [vg, i, true];
  const w = wordValue(t.key);
  if (w == null) return null;
  value = w;
  // compose: "twenty five", "one hundred and fifty", "two thousand", "two dozen"
  while (j + 1 < limit) {
    const nx = toks[j + 1];
    const sc = SCALES.get(nx.key);
    if (sc !== undefined) {
      value = nx.key === "dozen" || value < 1000 ? value * sc : value + sc;
      j++;
      continue;
    }
    if (nx.key === "and" && j + 2 < limit && SCALES.has(toks[j].key)) {
      const w2 = wordValue(toks[j + 2].key);
      if (w2 != null) { value += w2; j += 2; continue; }
    }
    const w2 = wordValue(nx.key);
    if (w2 != null && TENS.has(toks[j].key) && w2 < 10) { value += w2; j++; continue; }
    if (w2 != null && SCALES.has(toks[j].key) && w2 < 100) { value += w2; j++; continue; }
    break;
  }
  return [value, j, false];
}

/**
 * Find number mentions in a sentence's tokens. `skip` marks token indices already used by dates.
 */
export function scanNumbers(toks: Token[], skip: Uint8Array): NumberMention[] {
  const out: NumberMention[] = [];
  const n = toks.length;
  let i = 0;
  while (i < n) {
    if (skip[i]) { i++; continue; }
    const p = parseNumeral(toks, i, n);
    if (!p) { i++; continue; }
    let [value, last, vague] = p;
    if (toks[i].key === "one" && toks[i + 1]?.key === "of" && toks[i + 2]?.key !== "whom" && toks[i + 2]?.key !== "them") { i++; continue; }
    if (toks[i].key === "many" && (toks[i + 1]?.key === "of" || toks[i + 1]?.key === "believe" || toks[i + 1]?.key === "times")) { i++; continue; }
    // qualifier before
    let qualifier: Qualifier = vague ? "approx" : "exact";
    let first = i;
    const k1 = toks[i - 1]?.key, k2 = toks[i - 2]?.key;
    const q2 = k2 && k1 ? QUAL2.get(`${k2} ${k1}`) : undefined;
    const q1 = k1 ? QUAL1.get(k1) : undefined;
    if (q2 && !skip[i - 1]) { qualifier = q2; first = i - 2; }
    else if (q1 && !skip[i - 1]) { qualifier = q1; first = i - 1; }
    else if (k1 === "of" && k2 === "excess") { qualifier = "more_than"; first = i - 3 >= 0 ? i - 3 : i - 2; }
    // range after: "1,500-2,200", "500 to 1500", "4,000 and 5,000" after "between", "500 or 600"
    let max = value;
    let range = false;
    const sep = toks[last + 1];
    if (sep && !vague && (sep.text === "-" || sep.text === "–" || sep.text === "—" || sep.key === "to" || (sep.key === "and" && (toks[first - 1]?.key === "between" || toks[i - 1]?.key === "between")))) {
      const q = parseNumeral(toks, last + 2, n);
      if (q && !skip[last + 2] && !q[2] && q[0] > value) {
        max = q[0];
        range = true;
        last = q[1];
        if (toks[first - 1]?.key === "between" || toks[first - 1]?.key === "from") first--;
      }
    }
    out.push({ first, last, start: toks[first].start, end: toks[last].end, value, max, range, vague, qualifier, numFirst: i });
    i = last + 1;
  }
  return out;
}
