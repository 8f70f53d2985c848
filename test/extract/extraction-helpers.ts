// What the news-wording tests share: extraction of a text written for the test, with every evidence span checked
// against the text, and the claims by kind.
import { expect } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import type { EventFields, Extraction, QuantityFields } from "../../src/extract/types.js";

export function run(text: string, published: string | null = null): Extraction {
  const r = extractDocument({ text, published });
  for (const c of r.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return r;
}
export const events = (r: Extraction): EventFields[] => r.claims.filter((c) => c.kind === "event").map((c) => c.event!);
export const quantities = (r: Extraction): QuantityFields[] => r.claims.filter((c) => c.kind === "quantity").map((c) => c.quantity!);
