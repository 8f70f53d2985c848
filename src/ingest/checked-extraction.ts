// Extraction output checked against the text it came from.
import type { Extraction } from "../extract/types.js";

/** Keeps only evidence that is exactly the text at [start, end), and claims that keep some evidence. */
export function checkedExtraction(text: string, x: Extraction): Extraction {
  const ok = (s: { start: number; end: number; text: string }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end && text.slice(s.start, s.end) === s.text;
  return {
    bylineDate: x.bylineDate,
    mentions: x.mentions.filter(ok),
    claims: x.claims.map((c) => ({ ...c, evidence: c.evidence.filter(ok) })).filter((c) => c.evidence.length > 0),
  };
}
