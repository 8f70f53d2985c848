// Persons the domain pack does not know, found the way news prose introduces them: a title or a role just before
// capitalised words ("Mawlawi Mutawakil", "police spokesman Khalid Zadran"). They become candidate entities;
// the resolver merges spelling variants across documents. Conservative on purpose: a wrong person is worse than
// a missed one.
import { readFileSync } from "node:fs";
import type { Sentence } from "./text.js";

interface Lexicon {
  honorifics: Set<string>;
  roles: Set<string>;
  notNames: Set<string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (!lexicon) {
    const d = JSON.parse(readFileSync(new URL("../../packs/iskp/lexicons/person-names.json", import.meta.url), "utf8")) as {
      honorifics: string[];
      roles: string[];
      not_names: string[];
    };
    lexicon = {
      honorifics: new Set(d.honorifics.map((h) => h.replace(/\.$/, ""))),
      roles: new Set(d.roles),
      notNames: new Set(d.not_names),
    };
  }
  return lexicon;
}

export interface CandidatePerson {
  start: number;
  end: number;
  name: string;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** A token key without a final period ("gen." → "gen"), without running a regular expression on every token. */
const undotted = (key: string): string => (key.charCodeAt(key.length - 1) === 46 ? key.slice(0, -1) : key);

/** Candidate person names in a sentence, skipping spans already taken (pack actors, persons, places). */
export function candidatePersons(s: Sentence, taken: (start: number, end: number) => boolean): CandidatePerson[] {
  const lex = load();
  const toks = s.tokens;
  const out: CandidatePerson[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const key = undotted(toks[i].key);
    const honorific = lex.honorifics.has(key);
    if (!honorific && !lex.roles.has(key)) continue;
    // Further titles belong to the title, not the name: "Prime Minister Imran Khan", "chief Maulana Fazlur Rehman".
    let first = i + 1;
    let titled = honorific;
    while (first < toks.length && first - i <= 3) {
      const k = undotted(toks[first].key);
      if (lex.honorifics.has(k)) titled = true;
      else if (!lex.roles.has(k)) break;
      first++;
    }
    let j = first;
    while (j < toks.length && j - first < 3 && toks[j].word && CAPITALISED.test(toks[j].text) && !lex.notNames.has(toks[j].key) && !lex.roles.has(toks[j].key)) j++;
    const n = j - first;
    // An honorific takes one name word ("Mawlawi Mutawakil"); a role needs two ("spokesman Khalid Zadran").
    if (n < (titled ? 1 : 2)) continue;
    const start = toks[first].start;
    const end = toks[j - 1].end;
    if (taken(start, end)) continue;
    const name = s.text.slice(start - s.start, end - s.start).replace(/['’]s$/, "");
    out.push({ start, end: start + name.length, name });
    i = j - 1;
  }
  return out;
}
