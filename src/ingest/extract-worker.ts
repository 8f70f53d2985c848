// Piscina worker: runs the extractor on one report's text.
import { extractDocument } from "../extract/extract-document.js";
import type { ExtractInput, Extraction } from "../extract/types.js";

export default function extract(input: ExtractInput): Extraction {
  return extractDocument(input);
}
