// Decides whether two spellings name the same person ("Mawlawi Mutawakil" = "Obaidullah Mutawakkil"):
// titles dropped, transliteration folded, the family name must agree and be distinctive, given names must not clash.
import { readFileSync } from "node:fs";

interface NameKnowledge {
  honorifics: string[];
  common_parts: string[];
  folds: [string, string][];
}

let knowledge: { honorifics: Set<string>; common: Set<string>; folds: [string, string][] } | null = null;

function load() {
  if (!knowledge) {
    const k = JSON.parse(readFileSync(new URL("../../packs/iskp/lexicons/person-names.json", import.meta.url), "utf8")) as NameKnowledge;
    knowledge = { honorifics: new Set(k.honorifics), common: new Set(), folds: k.folds };
    // Compared with folded names, so folded the same way ("muhammad" → "muhamad").
    for (const part of k.common_parts) knowledge.common.add(foldNamePart(part));
  }
  return knowledge;
}

/** One name part folded for comparison: "Mutawakkil" → "mutavakil", "Obaidullah" → "obaidula". */
export function foldNamePart(part: string): string {
  let s = part.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
  for (const [from, to] of load().folds) s = s.split(from).join(to);
  s = s.replace(/(.)\1+/g, "$1"); // doubled letters: Mutawakkil = Mutawakil
  return s.replace(/h$/, ""); // a final h after a vowel is often dropped: Obaidullah = Obaidulla
}

export interface NameKey {
  given: string[];
  family: string;
}

/** Name keys by name (callers do not modify them): a report's persons are mostly names seen before. */
const keys = new Map<string, NameKey | null>();

export function nameKey(name: string): NameKey | null {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const key = computeNameKey(name);
  if (keys.size >= 100_000) keys.clear();
  keys.set(name, key);
  return key;
}

function computeNameKey(name: string): NameKey | null {
  const k = load();
  const parts = name
    .replace(/[’']s$/, "")
    .split(/[\s]+/)
    .map((p) => p.replace(/^(al|el|ul)-/i, ""))
    .filter((p) => p && !k.honorifics.has(p.toLowerCase().replace(/\.$/, "")) && !k.honorifics.has(p.toLowerCase()));
  if (!parts.length) return null;
  const folded = parts.map(foldNamePart).filter(Boolean);
  if (!folded.length) return null;
  return { family: folded[folded.length - 1], given: folded.slice(0, -1) };
}

export interface SamePersonVerdict {
  same: boolean;
  reason: string;
}

export function samePerson(a: string, b: string): SamePersonVerdict {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return { same: false, reason: "no name left after titles" };
  if (ka.family !== kb.family) return { same: false, reason: "family names differ" };
  if (ka.family.length < 5 || load().common.has(ka.family)) return { same: false, reason: `family name "${ka.family}" is too common to identify anyone` };
  // A name given without any given name ("Mawlawi Mutawakil") fits any given name. Otherwise the given names must
  // agree: on their distinctive parts (not Abu, Abdul, Mohammad ...), or, when neither has one, entirely.
  if (ka.given.length && kb.given.length) {
    const common = load().common;
    const ga = ka.given.filter((g) => !common.has(g));
    const gb = kb.given.filter((g) => !common.has(g));
    const initial = (x: string, y: string) => x.length === 1 || y.length === 1 ? x[0] === y[0] : x === y;
    const agree = ga.length && gb.length ? initial(ga[0], gb[0]) : !ga.length && !gb.length ? ka.given.join(" ") === kb.given.join(" ") : false;
    if (!agree) return { same: false, reason: "given names differ" };
  }
  return {
    same: true,
    reason: `same family name after transliteration folding ("${ka.family}"), given names do not clash`,
  };
}
