// Loads the domain pack (packs/iskp/*.json) once, lazily, and builds the phrase matchers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PhraseMatcher, PhraseStarts } from "./text.js";
import { loadGazetteer, type Gazetteer } from "./gazetteer.js";

export interface Actor {
  name: string;
  kind: string;
  aliases: string[];
  region?: string;
  generic_of?: string;
  /** a faction of another group ("Jamaat-ul-Ahrar" of the TTP): exported as that group */
  faction_of?: string;
  /** a state agency's state ("IRGC" of Iran): a strike it carried out is exported as that state's */
  agency_of?: string;
  /** aliases that are also family names ("Haqqani"): after a capitalised given name they name a person, not the group */
  surnames?: string[];
}
export interface Person {
  name: string;
  aliases: string[];
  role?: string;
  org?: string | null;
  since?: string;
}
export interface MethodEntry {
  method: string;
  sub_event_type: string;
  priority: number;
}
export interface TargetEntry {
  target: string;
  priority: number;
}

export interface Pack {
  actors: Map<string, Actor>;
  actorMatcher: PhraseMatcher<Actor>;
  persons: Map<string, Person>;
  personMatcher: PhraseMatcher<Person>;
  methodMatcher: PhraseMatcher<MethodEntry>;
  targetMatcher: PhraseMatcher<TargetEntry>;
  /** The four matchers' phrase openings: starts.of(tokens) is passed to their match(). */
  phraseStarts: PhraseStarts;
  gazetteer: Gazetteer;
}

let cached: Pack | null = null;

export function packDir(): URL {
  return new URL("../../packs/iskp/", import.meta.url);
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, packDir()), "utf8")) as T;
}

export function loadPack(): Pack {
  if (cached) return cached;
  const a = readJson<{ actors: Actor[] }>("actors.json");
  const phraseStarts = new PhraseStarts();
  const actors = new Map<string, Actor>();
  const actorMatcher = new PhraseMatcher<Actor>(phraseStarts);
  // every actor and person in one shape, whatever fields its entry has (see the note on newIncident in events.ts)
  for (const e of a.actors) {
    const act: Actor = { name: e.name, kind: e.kind, aliases: e.aliases, region: e.region, generic_of: e.generic_of, faction_of: e.faction_of, agency_of: e.agency_of, surnames: e.surnames };
    actors.set(act.name, act);
    actorMatcher.add(act.name, act);
    for (const al of act.aliases) actorMatcher.add(al, act);
  }
  const p = readJson<{ persons: Person[] }>("persons.json");
  const persons = new Map<string, Person>();
  const personMatcher = new PhraseMatcher<Person>(phraseStarts);
  for (const e of p.persons) {
    const per: Person = { name: e.name, aliases: e.aliases, role: e.role, org: e.org, since: e.since };
    persons.set(per.name, per);
    personMatcher.add(per.name, per, false);
    for (const al of per.aliases) personMatcher.add(al, per, false);
  }
  const m = readJson<{ methods: Array<MethodEntry & { phrases: string[] }> }>("lexicons/methods.json");
  const methodMatcher = new PhraseMatcher<MethodEntry>(phraseStarts);
  for (const e of m.methods) {
    const v: MethodEntry = { method: e.method, sub_event_type: e.sub_event_type, priority: e.priority };
    for (const ph of e.phrases) methodMatcher.add(ph, v, /^[A-Z]{2,}s?$/.test(ph));
  }
  const t = readJson<{ targets: Array<TargetEntry & { phrases: string[] }> }>("lexicons/targets.json");
  const targetMatcher = new PhraseMatcher<TargetEntry>(phraseStarts);
  for (const e of t.targets) {
    const v: TargetEntry = { target: e.target, priority: e.priority };
    for (const ph of e.phrases) targetMatcher.add(ph, v, /^[A-Z]{2,}s?$/.test(ph));
  }
  const gazetteer = loadGazetteer(fileURLToPath(new URL("places/", packDir())).replace(/[\\/]$/, ""));
  cached = { actors, actorMatcher, persons, personMatcher, methodMatcher, targetMatcher, phraseStarts, gazetteer };
  return cached;
}
