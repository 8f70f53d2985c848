// Runs extraction on worker threads (one per core) so that reading, extracting and writing overlap;
// small batches run inline, where starting workers would cost more than it saves.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { extractDocument } from "../extract/extract-document.js";
import type { ExtractInput, Extraction } from "../extract/types.js";

export interface Extractor {
  run(input: ExtractInput): Promise<Extraction>;
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL("./extract-worker.js", import.meta.url));

export function createExtractor(files: number, threads?: number): Extractor {
  const n = threads ?? availableParallelism();
  // Under a TypeScript test runner the compiled worker does not exist next to this module: run inline.
  if (n <= 1 || files < 16 || !existsSync(WORKER)) {
    return { run: async (input) => extractDocument(input), close: async () => {} };
  }
  const pool = new Piscina<ExtractInput, Extraction>({ filename: WORKER, minThreads: n, maxThreads: n, idleTimeout: 1000 });
  return {
    run: (input) => pool.run(input),
    close: () => pool.destroy(),
  };
}
