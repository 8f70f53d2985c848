// Extraction output checked against the text it came from.
import type { Extraction } from "../extract/types.js";

/** Keeps only evidence that is exactly the text at [start, end), and claims that keep some evidence. */
export function checkedExtraction(text: string, x: Extraction): Extraction {
  const ok = (s: { start: number; end: number; text: string }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end && text.slice(s.start, s.end) === s.text;
  // (a loop: map() gave an array of another map (elements kind) when a report had no claim, a "wrong map" deoptimisation)
  const claims: Extraction["claims"] = [];
  for (const c of x.claims) {
    const evidence = c.evidence.filter(ok);
    if (evidence.length > 0) claims.push({ ...c, evidence });
  }
  return { bylineDate: x.bylineDate, mentions: x.mentions.filter(ok), claims };
}
