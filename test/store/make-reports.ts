// Generates many distinct reports, variants of the seed reports, into a folder (at test time, never committed).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLES } from "../cli/run-cli.js";

export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(SAMPLES, f), "utf8") }));
}

/**
 * Writes `count` distinct reports: report i takes seed i % 5, a window of `paragraphs` of its paragraphs starting
 * at a variant-dependent offset, and a first line that makes it unique. Returns the file paths.
 */
export function makeReports(dir: string, count: number, paragraphs = 3): string[] {
  mkdirSync(dir, { recursive: true });
  const seeds = seedTexts().map((s) => ({ ...s, paras: s.text.split(/\n+/).filter((p) => p.trim().length > 40) }));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const v = Math.floor(i / seeds.length);
    const start = v % seed.paras.length;
    const body: string[] = [];
    for (let k = 0; k < Math.min(paragraphs, seed.paras.length); k++) body.push(seed.paras[(start + k) % seed.paras.length]);
    const text = `Field report ${i + 1} of ${count}, after ${seed.name} (variant ${v})\n\n${body.join("\n\n")}\n`;
    const path = join(dir, `report-${String(i + 1).padStart(4, "0")}.txt`);
    writeFileSync(path, text);
    files.push(path);
  }
  return files;
}
