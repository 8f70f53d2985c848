// Sentence annotation: actors, persons, places, dates, numbers, methods and targets, each with token positions.
import type { Place } from "./gazetteer.js";
import type { Actor, MethodEntry, Pack, Person, TargetEntry } from "./pack.js";
import { tokenize, type PhraseHit, type Sentence, type Token } from "./text.js";
import { scanDates, chronoFallback, type DateMention } from "./dates.js";
import { scanNumbers, type NumberMention } from "./numbers.js";

export interface PlaceHit {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  place: Place;
  /** used as a modifier ("Pakistan embassy", "Afghan border") or origin ("fighters from Tajikistan"): not a location */
  modifier: boolean;
  /** preceded by in/at/near/outside/... */
  locative: boolean;
  /** preceded by near / outside: a place around it, maybe across an admin1 border ("a concert hall near Moscow") */
  near?: boolean;
}

export interface Ann {
  s: Sentence;
  actors: PhraseHit<Actor>[];
  persons: PhraseHit<Person>[];
  places: PlaceHit[];
  dates: DateMention[];
  numbers: NumberMention[];
  methods: PhraseHit<MethodEntry>[];
  targets: PhraseHit<TargetEntry>[];
  /** token flags: 1 = part of a date */
  dateTok: Uint8Array;
  /** the sentence's casualty figures, once read (casualties.ts) */
  casualties?: import("./casualties.js").Casualty[];
}

/** index of the token containing char offset `pos` (or the next one) */
export function tokenAt(toks: Token[], pos: number): number {
  let lo = 0, hi = toks.length - 1, ans = toks.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end > pos) { ans = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return ans;
}

const NOT_GIVEN_NAME = new Set(["the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "and", "of", "to", "as", "after", "before", "said", "says",
  "pro", "anti", "new", "old", "senior", "former", "top", "powerful", "feared", "notorious"]);
/** "Khalil Haqqani", "Rahimullah Haqqani": an actor alias that is also a family name, after a capitalised given name, names a person */
function surnameOfPerson(toks: Token[], h: PhraseHit<Actor>): boolean {
  const sur = h.value.surnames;
  if (!sur || h.first !== h.last || h.first === 0) return false;
  const t = toks[h.first];
  if (!sur.includes(t.text.replace(/['’]s$/, ""))) return false;
  const p = toks[h.first - 1];
  return p.word && /^\p{Lu}\p{Ll}{2,}$/u.test(p.text) && !NOT_GIVEN_NAME.has(p.key) && !["network", "group", "faction", "militants", "fighters"].includes(toks[h.first + 1]?.key ?? "");
}

/** "<country>-led" and the like: the country is who leads or backs, not where something happened. */
const COMPOUND_AGENT = new Set(["led", "backed", "based", "funded", "sponsored", "trained", "brokered", "allied", "supported", "born", "made", "owned", "run"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "inside", "on", "into", "across", "of", "around", "nearby", "through", "from"]);
const MODIFIER_NEXT = new Set(["embassy", "embassies", "consulate", "border", "borders", "government", "army", "forces", "military", "taliban", "officials",
  "nationals", "citizens", "authorities", "police", "ambassador", "envoy", "president", "minister", "ministry", "'s", "security", "intelligence", "side", "chapter", "branch", "province-based",
  // nationality of people, not a location: "13 U.S. service members", "Russian staff"
  "soldiers", "troops", "service", "servicemen", "servicemembers", "marines", "personnel", "diplomats", "staff", "tourists", "contractors", "officers",
  // a country's action abroad, not where it happened: "the U.S. evacuation from Afghanistan", "the Soviet invasion"
  "evacuation", "withdrawal", "pullout", "invasion", "occupation", "drawdown", "intervention",
  // a country's strike abroad: "a U.S. drone strike in Baghdad", "a U.S. air strike"
  "drone", "drones", "airstrike", "airstrikes", "air"]);

/** A compass word: "northern", "south-east", "northwestern". */
const COMPASS = /^(?:north|south|east|west)(?:ern|[- ]?(?:east|west)(?:ern)?)?$/;
/** Nouns of a venue that may be named after a city: "the Dubai City wedding hall", "the Paris restaurant". */
const VENUE_AFTER = new Set(["wedding", "hall", "hotel", "restaurant", "cafe", "café", "cinema", "mall", "plaza", "club", "supermarket", "bakery", "shop", "store"]);
/** A company named after a city, with branches anywhere: "a branch of the New Kabul Bank in Kandahar", "Ariana Afghan Airlines". */
const COMPANY_AFTER = new Set(["bank", "airlines", "airways", "telecom"]);
/** A person's nationality before "of <country>": "a national of Tajikistan", "citizens of Afghanistan". */
const NATIONALS = new Set(["national", "nationals", "citizen", "citizens", "native", "natives", "passport", "passports", "nationality"]);
/** The words of a country's formal name before it: "the Islamic Republic of", "the Republic of". */
const NATION_WORDS = new Set(["the", "republic", "islamic", "federation", "russian", "kyrgyz", "people's", "democratic"]);
/** A group's home ground before "of <place>": "its traditional stronghold of Bajaur". */
const STRONGHOLD = new Set(["stronghold", "strongholds", "heartland", "bastion", "hotbed", "birthplace"]);
/** The countries of the reports' own region: a city of theirs before a venue noun is where the venue is ("a Kabul hotel"). */
const NEAR_REGION = new Set(["AF", "PK", "IR", "TJ", "UZ", "TM", "KG", "KZ", "RU", "CN", "IN"]);
/** A group's base or organisation before "in <place>": "its network in Afghanistan", "a cell based in Karachi". */
const ACTOR_BASE = new Set(["based", "network", "networks", "cell", "cells", "headquartered", "hideouts", "hideout", "sanctuaries", "sanctuary", "safe-havens",
  "havens", "leadership", "operatives", "recruiters", "handlers", "masterminds"]);
/**
 * a name joined to "claimed" in one word ("IS-claimed"): the group's claim; also the group's people told by a link to it
 * ("IS-K-linked gunmen", "Daesh-affiliated militants"). (A word token has no empty part between hyphens.)
 */
const COMPOUND_SUFFIXES = ["-claimed", "-linked", "-affiliated", "-aligned"];
const compoundClaim = (key: string) => key.indexOf("-") > 0 && COMPOUND_SUFFIXES.some((x) => key.length > x.length && key.endsWith(x));

const SPEAKS = new Set(["said", "says", "blamed", "blames", "accused", "accuses", "denied", "denies", "condemned", "warned", "insisted", "responded",
  "announced", "rejected", "urged", "demanded", "vowed",
  // "Pakistani jets bombed what Islamabad called hideouts of the TTP in ... Paktika province"
  "called", "calls", "described", "describes", "termed", "claimed", "claims"]);

export function annotate(s: Sentence, pack: Pack, placeMatches: Array<{ start: number; end: number; text: string; place: Place }>, ref: Date | null): Ann {
  const toks = s.tokens;
  const starts = pack.phraseStarts.of(toks);
  const actors = pack.actorMatcher.match(toks, 0, toks.length, starts).filter((h) => !surnameOfPerson(toks, h));
  // "an IS-claimed suicide bombing", "a TTP-claimed raid", "IS-K-linked gunmen": the group's name inside one hyphenated word
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || !compoundClaim(t.key) || actors.some((h) => h.first <= i && h.last >= i)) continue;
    const prefix = t.text.slice(0, t.text.lastIndexOf("-"));
    const sub = tokenize(prefix, t.start);
    const hit = sub.length ? pack.actorMatcher.match(sub)[0] : undefined;
    if (!hit || hit.first !== 0 || hit.last !== sub.length - 1) continue;
    actors.push({ first: i, last: i, start: t.start, end: t.start + prefix.length, value: hit.value });
  }
  if (actors.length > 1) actors.sort((x, y) => x.first - y.first);
  const persons = pack.personMatcher.match(toks, 0, toks.length, starts);
  const dateTok = new Uint8Array(toks.length);
  const dates = scanDates(toks, ref, dateTok);
  if (dates.length === 0) {
    for (const c of chronoFallback(s.text, s.start, ref)) {
      const f = tokenAt(toks, c.start), l = Math.max(f, tokenAt(toks, c.end - 1));
      if (f >= toks.length) continue;
      for (let k = f; k <= l; k++) dateTok[k] = 1;
      dates.push({ first: f, last: l, start: toks[f].start, end: toks[l].end, y: c.y, m: c.m, d: c.d, precision: c.d ? "day" : "month", kind: "absolute", needYear: false, pastMonth: false, before: null });
    }
  }
  const numbers = scanNumbers(toks, dateTok);
  const methods = pack.methodMatcher.match(toks, 0, toks.length, starts);
  const targets = pack.targetMatcher.match(toks, 0, toks.length, starts);
  const places: PlaceHit[] = [];
  for (const pm of placeMatches) {
    // drop places inside actor/person names ("Tehreek-e-Taliban Pakistan", "Islamic State Khorasan Province")
    // (a state actor spelled exactly like the place, "Iran", stays a place)
    if (actors.some((a) => a.start < pm.end && pm.start < a.end && (a.end - a.start > pm.end - pm.start || a.value.kind === "armed group")) ||
      persons.some((a) => a.start < pm.end && pm.start < a.end)) continue;
    const f = tokenAt(toks, pm.start);
    const l = Math.max(f, tokenAt(toks, pm.end - 1));
    if (f >= toks.length) continue;
    const next = toks[l + 1]?.text === "." && toks[l + 2] ? toks[l + 2] : toks[l + 1];
    const prev = toks[f - 1];
    let modifier = !!next && MODIFIER_NEXT.has(next.key) && pm.place.kind === "country";
    if (next && (next.key === "embassy" || next.key === "embassies" || next.key === "consulate")) modifier = true;
    if (prev && (prev.key === "from" || prev.key === "to") && pm.place.kind === "country") modifier = true;
    // a route's start, not where anything happened: "The convoy was travelling from Islamabad to the project's camp when ..."
    if (prev?.key === "from" && [1, 2, 3].some((b) => toks[l + b]?.key === "to") && [2, 3].some((b) => /^(?:travel|travell|driv|head|mov|return|go|com|fly|flew|drove|went|came|ferry|carr|transport)/.test(toks[f - b]?.key ?? ""))) modifier = true;
    // (also over a compass word: "fired rockets from northern Afghanistan at ...")
    if (prev && COMPASS.test(prev.key) && toks[f - 2]?.key === "from" && pm.place.kind === "country") modifier = true;
    // "the US-led evacuation", "Iran-backed militias", "a Pakistan-based group": a country that leads, backs or hosts
    const inToken = toks[l].end > pm.end && toks[l].key.includes("-") ? toks[l].key.slice(toks[l].key.lastIndexOf("-") + 1) : undefined;
    const hyphened = inToken ?? (next?.key === "-" ? toks[l + 2]?.key : next?.key.startsWith("-") ? next.key.slice(1) : undefined);
    if (pm.place.kind === "country" && hyphened && COMPOUND_AGENT.has(hyphened)) modifier = true;
    // "slain by the U.S.", "backed by Russia": a country as an agent, not where something happened
    if (pm.place.kind === "country" && (prev?.key === "by" || (prev?.key === "the" && toks[f - 2]?.key === "by"))) modifier = true;
    if (toks[l].text.endsWith("'s") || toks[l].text.endsWith("’s")) modifier = modifier || (next?.key === "embassy");
    // "Washington blamed the Islamic State", "Tehran said": a capital that speaks for its government, not where anything happened
    if (pm.place.kind !== "country" && next && SPEAKS.has(next.key) && !(prev && LOCATIVE.has(prev.key))) modifier = true;
    // a venue named after a faraway city, not that city: "the Dubai City wedding hall in western Kabul", "the London Cafe"
    const venue = next?.key === "city" ? toks[l + 2] : next;
    if (venue && VENUE_AFTER.has(venue.key) && !NEAR_REGION.has(pm.place.country) && pm.place.kind !== "country") modifier = true;
    if (next && COMPANY_AFTER.has(next.key) && /^[A-Z]/.test(next.text) && pm.place.kind !== "country") modifier = true;
    // a person's nationality, not where anything happened: "a national of the Republic of Tajikistan", "citizens of Afghanistan"
    if (pm.place.kind === "country" && prev?.key === "of") {
      let b = f - 2;
      while (b >= 0 && f - b <= 5 && NATION_WORDS.has(toks[b].key)) b--;
      if (NATIONALS.has(toks[b]?.key ?? "") || (toks[b]?.key === "of" && NATIONALS.has(toks[b - 1]?.key ?? ""))) modifier = true;
    }
    // where the wounded were treated, not where the attack was: "died in hospitals in Quetta", "taken to a hospital in Peshawar"
    // (not a hospital attacked: "gunmen attacked a hospital in Kabul")
    if ((prev?.key === "in" || prev?.key === "at") && /^(?:hospital|hospitals|clinic|clinics)$/.test(toks[f - 2]?.key ?? "") &&
      [3, 4, 5, 6].some((b) => /^(?:died|treated|taken|rushed|shifted|admitted|moved|brought|transferred|evacuated|airlifted|recovering|hospitalised|hospitalized)$/.test(toks[f - b]?.key ?? ""))) modifier = true;
    // a group's home ground, not where anything happened: "not only in its traditional stronghold of Bajaur"
    if (prev?.key === "of" && STRONGHOLD.has(toks[f - 2]?.key ?? "")) modifier = true;
    // where a group is based, not where anything happened: "directed by the group's network in Afghanistan", "a cell based in Karachi"
    if (prev?.key === "in" && ACTOR_BASE.has(toks[f - 2]?.key ?? "")) modifier = true;
    // (also over a country's possessive and a compass word: "in Afghanistan's eastern Paktika province")
    let lb = f - 1;
    if (COMPASS.test(toks[lb]?.key ?? "")) lb--;
    if (lb < f - 1 || /['’]s$/.test(toks[lb]?.text ?? "")) {
      if (/['’]s$/.test(toks[lb]?.text ?? "") && placeMatches.some((q) => q.place.kind === "country" && tokenAt(toks, q.end - 1) === lb)) lb--;
      else if (toks[lb]?.key === "'s" && placeMatches.some((q) => q.place.kind === "country" && tokenAt(toks, q.end - 1) === lb - 1)) lb -= 2;
    }
    const locative = !!prev && LOCATIVE.has(prev.key) || (lb < f - 1 && LOCATIVE.has(toks[lb]?.key ?? ""));
    places.push({ first: f, last: l, start: pm.start, end: pm.end, text: pm.text, place: pm.place, modifier, locative, near: !!prev && (prev.key === "near" || prev.key === "outside") });
  }
  containedPlaces(toks, places);
  return { s, actors, persons, places, dates, numbers, methods, targets, dateTok, casualties: undefined };
}

/** The nouns of a part of a place: "the Krasnogorsk suburb of Moscow", "the Bajaur district of Khyber Pakhtunkhwa". */
const PART_OF_PLACE = new Set(["suburb", "suburbs", "district", "town", "village", "city", "area", "neighbourhood", "neighborhood", "outskirts", "region",
  "province", "county", "tehsil", "subdivision", "municipality"]);

/**
 * "in the Krasnogorsk suburb of Moscow": the part named first is where it happened, and the place it is part of only
 * locates it (a modifier here). Only when both are places the gazetteer knows; else the container is all there is.
 * Likewise a landmark and the city it is near.
 */
function containedPlaces(toks: Token[], places: PlaceHit[]): void {
  for (const p of places) {
    // (a landmark, which has its own place, and the city it is near: "stormed Crocus City Hall near Moscow")
    // (over what it is: "the Crocus City Hall concert venue near Moscow")
    let nr = p.last + 1;
    while (nr - p.last <= 2 && toks[nr] && /^[a-z]+$/.test(toks[nr].text) && toks[nr].key !== "near" && toks[nr].key !== "outside") nr++;
    if (p.place.kind === "landmark" && (toks[nr]?.key === "near" || toks[nr]?.key === "outside")) {
      const city = places.find((q) => q.first === nr + 1 && q.place.kind !== "country");
      if (city) {
        city.modifier = true;
        p.locative = true;
      }
      continue;
    }
    if (toks[p.first - 1]?.key !== "the" || !PART_OF_PLACE.has(toks[p.last + 1]?.key ?? "") || toks[p.last + 2]?.key !== "of") continue;
    const whole = places.find((q) => q.first === p.last + 3);
    if (!whole || whole.place.kind === "village") continue;
    whole.modifier = true;
    if (LOCATIVE.has(toks[p.first - 2]?.key ?? "")) p.locative = true;
  }
}
