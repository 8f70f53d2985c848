// Event claims: find attack words (triggers) in sentences, anchor each group of triggers to the dates, places,
// casualty figures and actors nearest to it, then merge the mentions of one incident across the document.
import type { EventFields, ExtractedClaim, Qualifier, PerpetratorBasis, Span } from "./types.js";
import { kmBetween, type Place } from "./gazetteer.js";
import type { Ann, PlaceHit } from "./annotate.js";
import type { Pack, Actor } from "./pack.js";
import type { DateMention } from "./dates.js";
import { casualties, ROLES, type Casualty } from "./casualties.js";
import { iso, isMonthWord, monthNumber } from "./dates.js";
import { wordValue } from "./numbers.js";
import type { Token } from "./text.js";

// ---------------------------------------------------------------------------------------------------------------
// triggers

const NOUN_SG = new Set(["attack", "bombing", "blast", "explosion", "assault", "ambush", "massacre", "shooting", "raid", "bombardment",
  "siege", "carnage", "rampage", "detonation", "hostage-taking", "attack's", "blasts'"]);
const NOUN_PL = new Set(["attacks", "bombings", "blasts", "explosions", "assaults", "shootings", "raids", "ambushes"]);
/** the words that leave attackers out of a toll or count them in: "not counting the attackers", "including five gunmen" */
const TOLL_ASIDE = new Set(["counting", "excluding", "including", "besides", "plus"]);
const AGENT = new Set(["bomber", "bombers", "gunmen", "gunman", "attacker", "attackers", "assailant", "assailants"]);
const VERB = new Set(["attacked", "stormed", "bombed", "exploded", "detonated", "blew", "ambushed", "explodes", "detonates", "storm", "attacking", "storming", "blows", "struck", "rammed",
  "overran", "overrun"]);
const MULTI = new Set(["twin", "double", "two", "three", "coordinated", "simultaneous", "multiple", "back-to-back", "consecutive", "triple", "pair", "both", "separate"]);
const IRREALIS = new Set(["threaten", "threatened", "threatens", "threatening", "threat", "threats", "plan", "plans", "planned", "planning", "plot", "plotted",
  "plotting", "could", "would", "may", "might", "will", "can", "cannot", "capable", "capability", "capacity", "risk", "possibility", "prevent", "prevented",
  "foiled", "thwarted", "averted", "potential", "possible", "future", "further", "fear", "fears", "feared", "warned", "warning", "warns", "intend",
  "intends", "aims", "aim", "seeking", "vowed", "vows", "any", "new", "such", "no", "more", "avoid", "stop", "against", "deter", "prevention", "counter",
  "heart", "cyber", "verbal", "panic", "asthma", "launching", "launch", "conduct", "conducting", "carry", "imminent", "possibly", "likely"]);
const DEFINITE = new Set(["the", "this", "that", "friday's", "monday's", "tuesday's", "wednesday's", "thursday's", "saturday's", "sunday's", "today's",
  "yesterday's", "latest", "deadliest", "its", "his"]);
const CLAIM_VERB = new Set(["claimed", "claim", "claims", "claiming", "condemned", "condemning", "condemns", "denied", "denies", "blamed", "blaming"]);
const NON_EVENT_DATE_BEFORE = new Set(["since", "until", "till", "by", "from", "after", "before", "between", "following", "ago"]);
/** A wave of attacks over a region: "coordinated attacks across ...", "a series of attacks in several districts". */
const WAVE = /\b(?:coordinated|simultaneous|multiple|a (?:series|wave|string) of)\s+(?:\w+\s+)?(?:attacks|assaults|bombings|raids)\b|\battacks across\b/i;
/** An incident told as a wave of attacks over a province or a country ("coordinated attacks across Balochistan"). */
function isWave(inc: Incident): boolean {
  return !!inc.place && (inc.place.place.kind === "admin1" || inc.place.place.kind === "country") && inc.spans.some((sp) => WAVE.test(sp.text));
}
/** The count a word gives before a unit of time: "a" / "one" 1, "10" 10, "two" 2; null for other words. */
function countWord(w: string | undefined): number | null {
  if (w === "a" || w === "one") return 1;
  if (w && /^\d{1,2}$/.test(w)) return Number(w);
  return w ? wordValue(w) : null;
}
/** The days of a unit of time ("day(s)" 1, "week(s)" 7), or 0. */
function dayUnit(k: string | undefined): number {
  return k === "day" || k === "days" ? 1 : k === "week" || k === "weeks" ? 7 : 0;
}
/**
 * "... came a day after <attack>", "comes two days after <attack>": the days the attack word at `at` lies before the
 * attack of the sentence's subject, or 0 (with `months`, the months: "comes three months after <attack>").
 */
function daysBefore(keys: string[], at: number, months = false): number {
  for (let k = at - 1; k >= 2 && at - k <= 5; k--) {
    if (keys[k] !== "after") continue;
    const unit = months ? (keys[k - 1] === "month" || keys[k - 1] === "months" ? 1 : 0) : dayUnit(keys[k - 1]);
    if (!unit) return 0;
    const n = countWord(keys[k - 2]);
    const v = keys[k - 3] === "just" || keys[k - 3] === "only" ? keys[k - 4] : keys[k - 3];
    if (!n || !(v === "came" || v === "comes" || v === "followed" || v === "follows" || v === "occurred")) return 0;
    return n * unit;
  }
  return 0;
}
/** Targets that name who was hit in general terms: no evidence against a more specific target of the same incident. */
const GENERIC_TARGETS = new Set(["civilians"]);
const CLAUSE_BREAK = new Set(["since", "after", "before", "until", "following", "when", "while", "than", "like", ";"]);

const DEVICE = new Set(["bomb", "bombs", "ied", "ieds", "mine", "landmine", "grenade"]);
const DEVICE_EFFECT = new Set(["killed", "killing", "kills", "kill", "exploded", "explodes", "tore", "ripped", "struck", "hit", "detonated", "wounded", "wounding", "injured", "injuring", "targeted", "damaged", "destroyed"]);
const PROJECTILE = new Set(["rockets", "rocket", "missiles", "missile", "mortars", "mortar", "shells", "katyusha", "katyushas"]);
function deviceActs(toks: Ann["s"]["tokens"], i: number, reach0 = 12, plural = false): boolean {
  for (let b = 1, reach = reach0; b <= reach; b++) {
    const t = toks[i + b];
    // (over an appositive on the place: "a car bomb in Faizabad, the capital of Badakhshan province, killed ...")
    if (t?.text === "," && ["the", "a", "an"].includes(toks[i + b + 1]?.key ?? "")) {
      let c = i + b + 2;
      while (c < toks.length && c - (i + b) <= 10 && toks[c].text !== "," && !["and", "which", "who", "that", "."].includes(toks[c].key) && !DEVICE_EFFECT.has(toks[c].key)) c++;
      if (toks[c]?.text === "," && c - (i + b) <= 10) {
        reach += c - (i + b);
        b = c - i;
        continue;
      }
    }
    // (over a relative clause on the place: "a bomb at the entrance of Kabul's Eid Gah mosque, where a memorial service ...
    // was being held, killed at least five")
    // (and over a phrase of time or place in commas: "a bomb outside the Eid Gah mosque in Kabul, during a memorial for the
    // mother of the Taliban's spokesman, killed at least five civilians")
    if (t?.text === "," && ["where", "which", "who", "during", "amid", "as"].includes(toks[i + b + 1]?.key ?? "")) {
      let c = i + b + 2;
      while (c < toks.length && c - (i + b) <= 20 && toks[c].text !== "," && toks[c].text !== ";" && toks[c].text !== ".") c++;
      if (toks[c]?.text === "," && c - (i + b) <= 20 && DEVICE_EFFECT.has(toks[c + 1]?.key ?? "")) {
        reach += c - (i + b);
        b = c - i;
        continue;
      }
    }
    // (also in a relative clause of its own: "the bombings that struck mourners", "a bomb which killed five")
    if ((t?.key === "that" || t?.key === "which") && b === 1 && DEVICE_EFFECT.has(toks[i + 2]?.key ?? "") && toks[i + 2].key !== "killing") return true;
    if (!t || t.text === "," || t.text === ";" || t.text === "." || CLAUSE_BREAK.has(t.key) || t.key === "that" || t.key === "which") return false;
    // (a timeline's present tense, "a car bomb and two more blasts kill 90 people", but not "a bomb to kill", "could kill")
    if (DEVICE_EFFECT.has(t.key) || (t.key === "went" && toks[i + b + 1]?.key === "off")) {
      const p = toks[i + b - 1]?.key ?? "";
      // (a plural's "have killed" is a record, not an attack: "explosions have killed hundreds")
      return !["was", "were", "been", "be", "to", "could", "would", "can", "may", "might", "will"].includes(p) && !(plural && (p === "have" || p === "had"));
    }
  }
  return false;
}

const LADEN = new Set(["packed", "laden", "loaded", "filled", "rigged", "stuffed", "crammed"]);
const NAMING = new Set(["naming", "named", "names", "identified", "identifying", "identifies"]);
/** the words of a claim's motive: "saying it was revenge for the killing of its chief", "in retaliation for ..." */
const MOTIVE = new Set(["revenge", "retaliation", "avenge", "avenging", "reprisal"]);
/** a killing named as a motive or remembered: "revenge for the killing of ...", "the anniversary of the assassination of ..." */
const MOTIVE_BEFORE = new Set([...MOTIVE, "response", "anniversary", "memory", "commemorate", "mark", "marking"]);

interface Trigger {
  first: number;
  last: number;
  strength: 2 | 1; // 2 = attack noun/agent/verb, 1 = plural with MULTI, treated as one incident
}

/**
 * The places of several attacks told by one plural attack word: "the bombings of Shia mosques in Kunduz and Kandahar",
 * "the attacks on police posts in Bannu, Tank and Lakki Marwat" — two or more distinct towns, districts or provinces of
 * one country, joined by "and" or commas, after "in" / "at" within a few words of the attack word (no clause between).
 * Null when there are none.
 */
function placeListAfter(a: Ann, i: number): PlaceHit[] | null {
  const keys = a.s.keys;
  let k = i + 1;
  for (; k < keys.length && k - i <= 7; k++) {
    if (keys[k] === "in" || keys[k] === "at") break;
    if (keys[k] === "," || keys[k] === "." || keys[k] === ";" || keys[k] === "which" || keys[k] === "that" || keys[k] === "who" || isFiniteVerb(keys[k])) return null;
  }
  if (keys[k] !== "in" && keys[k] !== "at") return null;
  const out: PlaceHit[] = [];
  let at = k + 1;
  for (;;) {
    const p = a.places.find((h) => h.first === at || (h.first === at + 1 && keys[at] === "the"));
    if (!p || p.modifier || p.place.kind === "country") break;
    if (out.length && (p.place.country !== out[0].place.country || out.some((o) => o.place.id === p.place.id))) return null;
    out.push(p);
    let n = p.last + 1;
    if (keys[n] === "," && keys[n + 1] === "and") n += 2;
    else if (keys[n] === "and" || keys[n] === ",") n += 1;
    else break;
    at = n;
  }
  return out.length >= 2 ? out : null;
}

/** Every word that can open an attack word below: the others (most words) are passed over with one lookup. */
const TRIGGER_WORDS = new Set([...NOUN_SG, ...NOUN_PL, ...AGENT, ...VERB, ...DEVICE,
  "opened", "killing", "assassination", "explosives", "explosives-laden", "explosive-laden", "killed", "assassinated", "murdered", "fired", "went", "second", "third", "hostage", "hostages",
  "clash", "clashes", "shot", "gunned", "men", "abducted", "kidnapped"]);
const DIED = new Set(["killed", "died", "martyred", "wounded", "injured"]);
/** the state's forces, whose shootings are operations, and the people they shoot in them (see findTriggers) */
const FORCES = new Set(["police", "policemen", "troops", "soldiers", "forces", "personnel", "army", "rangers", "officers", "guards"]);
const FOES = new Set(["terrorists", "terrorist", "militants", "militant", "attackers", "attacker", "suspects", "suspect", "insurgents", "khawarij", "gunmen", "gunman", "assailant", "assailants", "bomber"]);

/** What befell the victims, told of them by a definite plural: "The miners were abducted", "The workers had been seized". */
const FATE = new Set(["abducted", "kidnapped", "seized", "taken", "attacked", "ambushed", "targeted", "dragged", "marched", "bound", "blindfolded"]);
function victimsFate(keys: string[]): boolean {
  if (keys[0] !== "the" || !/^[a-z]+s$/.test(keys[1] ?? "")) return false;
  let v = keys[2] === "were" ? 3 : keys[3] === "were" ? 4 : -1;
  if (v < 0) return false;
  if (keys[v] === "first" || keys[v] === "reportedly" || keys[v] === "allegedly") v++;
  return FATE.has(keys[v] ?? "");
}
/** "were killed by a car bomb", "was wounded by a roadside bomb": a device after "by" and a passive verb of its effect. */
function killedBy(toks: Ann["s"]["tokens"], i: number): boolean {
  let b = i - 1;
  while (b > i - 4 && b >= 0 && toks[b].key !== "by") b--;
  if (toks[b]?.key !== "by") return false;
  const v = toks[b - 1]?.key;
  return (v === "killed" || v === "wounded" || v === "injured") && (toks[b - 2]?.key === "were" || toks[b - 2]?.key === "was");
}
function findTriggers(a: Ann): Trigger[] {
  const toks = a.s.tokens;
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || !TRIGGER_WORDS.has(t.key)) continue;
    const k = t.key;
    let ok = false;
    if (NOUN_SG.has(k) || AGENT.has(k) || (VERB.has(k) && k !== "struck")) ok = true;
    else if (k === "opened" && toks[i + 1]?.key === "fire") ok = true;
    // "Islamic State militants abducted 11 Hazara coal miners near Machh ... and cut their throats": an abduction that ends
    // in the killing of those taken (told in the same sentence, as its own clause)
    else if ((k === "abducted" || k === "kidnapped") && toks[i - 1]?.key !== "were" && toks[i - 1]?.key !== "was" && toks[i - 1]?.key !== "been") {
      for (let b = 2; b <= 25 && !ok; b++) {
        const t2 = toks[i + b];
        if (!t2 || t2.text === "." || t2.text === ";") break;
        if (t2.key !== "and") continue;
        const v = toks[i + b + 1]?.key, o = toks[i + b + 2]?.key;
        ok = ((v === "killed" || v === "executed" || v === "beheaded" || v === "murdered" || v === "shot") && (o === "them" || o === "all")) ||
          ((v === "cut" || v === "slit") && o === "their");
      }
    }
    // "Unknown armed men abducted eleven coal miners ... and killed them", "masked men opened fire": attackers told
    // without "gunmen", when the sentence goes on to kill
    else if (k === "men" && (toks[i - 1]?.key === "armed" || toks[i - 1]?.key === "masked")) {
      for (let b = 1; b <= 25 && !ok; b++) {
        const t2 = toks[i + b];
        if (!t2 || t2.text === "." || t2.text === ";") break;
        ok = t2.key === "killed" || t2.key === "killing" || (t2.key === "opened" && toks[i + b + 1]?.key === "fire") || (t2.key === "shot" && toks[i + b + 1]?.key === "dead");
      }
    }
    // "A pastor was shot dead in Peshawar on Sunday", "gunmen gunned down two policemen": a shooting — not the forces' own
    // ("police shot dead two suspected militants", "troops gunned down three terrorists")
    else if ((k === "shot" && toks[i + 1]?.key === "dead") || (k === "gunned" && toks[i + 1]?.key === "down")) {
      // (one person's killing: a counted toll, "the three Spanish tourists shot dead last Friday", is read as a figure)
      // (but a sentence that opens with its figure tells the attack: "Two Sikh traders were shot dead in Peshawar on Sunday")
      ok = ![1, 2, 3, 4].some((b) => FORCES.has(toks[i - b]?.key ?? "")) && ![2, 3, 4].some((b) => FOES.has(toks[i + b]?.key ?? "")) &&
        !a.numbers.some((m) => m.last < i && i - m.last <= 4 && m.first > 0);
    }
    // "a bomb killed eight people", "an ISKP bomb tore through the mosque", "a roadside bomb struck their car": the
    // device is the attack when a verb of its effect follows in the same clause
    else if (DEVICE.has(k) && deviceActs(toks, i, 16)) ok = true;
    // "... and two of his bodyguards were killed by a car bomb near ...": the device that killed, told after its effect
    else if (DEVICE.has(k) && killedBy(toks, i)) ok = true;
    // "the March 9 killing of the Taliban governor of Balkh province", "the assassination of a senior cleric": the killing of
    // a person named by office or by name is an attack
    // (not one named as a motive or remembered: "revenge for the killing of ...", "the anniversary of the assassination of ...")
    else if ((k === "killing" || k === "assassination") && toks[i + 1]?.key === "of" && i > 0 && (toks[i - 1].key === "the" || /['’]s$/.test(toks[i - 1].text) || /^\d/.test(toks[i - 1].key) || isMonthWord(toks[i - 2]?.key ?? "")) &&
      ![2, 3, 4].some((b) => MOTIVE_BEFORE.has(toks[i - b]?.key ?? ""))) {
      for (let b = 2; b <= 6 && !ok; b++) {
        const t2 = toks[i + b];
        if (!t2 || t2.text === "," || t2.text === ".") break;
        ok = ROLES.has(t2.key);
      }
    }
    // "Islamic State claims killing of 11 Hazara miners": a headline's claim of a killing of people counted (in prose, "claimed
    // responsibility for the killing of ..." refers to the attack the report tells, and is read as a claim of it)
    else if (k === "killing" && toks[i + 1]?.key === "of" && i > 0 && CLAIM_VERB.has(toks[i - 1].key) && toks[i - 1].key.startsWith("claim") && a.numbers.some((m) => m.first === i + 2)) ok = true;
    // "drove an ambulance packed with explosives into a crowded street ..., killing more than 100 people": a vehicle bomb
    else if ((k === "explosives" && LADEN.has(toks[i - 2]?.key ?? "") && toks[i - 1]?.key === "with") || k === "explosives-laden" || k === "explosive-laden") {
      for (let b = 1; b <= 18 && !ok; b++) {
        const t2 = toks[i + b];
        if (!t2 || t2.text === "." || t2.text === ";") break;
        ok = t2.key === "killing" || t2.key === "killed" || t2.key === "exploded" || t2.key === "detonated" || t2.key === "wounding";
      }
    }
    // "In March 2023, ISKP killed the governor of Balkh, ...": an armed group's killing of a person named by office
    else if ((k === "killed" || k === "assassinated" || k === "murdered") && (toks[i + 1]?.key === "the" || toks[i + 1]?.key === "a") &&
      a.actors.some((h) => h.last === i - 1 && isPerpKind(h.value))) {
      for (let b = 2; b <= 5 && !ok; b++) {
        const t2 = toks[i + b];
        if (!t2 || t2.text === "," || t2.text === ".") break;
        ok = ROLES.has(t2.key);
      }
    }
    // "Six members of Iran's border guard were killed in an armed clash near ...", "killed in clashes with militants": a clash
    // that killed (not "border clashes" between armies told without a toll of their own)
    else if ((k === "clash" || k === "clashes") && (toks[i - 1]?.key === "armed" || [1, 2, 3].some((b) => toks[i - b]?.key === "in" && DIED.has(toks[i - b - 1]?.key ?? "")))) ok = true;
    // "The first blast, outside ..., killed 18 people; the second, at a ... office in Qilla Saifullah, killed 12": an attack
    // told by its ordinal alone, after the first one's attack word
    else if ((k === "second" || k === "third") && toks[i - 1]?.key === "the" && (toks[i + 1]?.text === "," || toks[i + 1]?.key === "at" || toks[i + 1]?.key === "in")) {
      for (let q = 0; q + 1 < i - 1 && !ok; q++) ok = toks[q].key === "first" && (NOUN_SG.has(toks[q + 1].key) || NOUN_SG.has(toks[q + 2]?.key ?? ""));
    }
    // "four inmates ... took hostages and killed four staff members", "gunmen seized dozens of worshippers as hostages"
    else if ((k === "hostages" || k === "hostage") && [1, 2, 3, 4].some((b) => /^(?:took|taken|taking|seized|seizing|held|holding)$/.test(toks[i - b]?.key ?? "")) &&
      !a.dateTok[i - 1] && toks[i - 1]?.key !== "to") ok = true;
    // "fired rockets into Tajikistan", "fired ten Katyusha rockets at a military base"
    else if (k === "fired" && [1, 2, 3].some((b) => PROJECTILE.has(toks[i + b]?.key ?? "")) && toks[i - 1]?.key !== "were" && toks[i - 1]?.key !== "was") ok = true;
    // "the bomb went off", "an explosive device went off"
    else if (k === "went" && toks[i + 1]?.key === "off" && [1, 2, 3].some((b) => /^(?:bomb|bombs|explosive|explosives|device|charge|mine|vest|blast|explosion)$/.test(toks[i - b]?.key ?? ""))) ok = true;
    else if (NOUN_PL.has(k)) {
      const p1 = toks[i - 1]?.key, p2 = toks[i - 2]?.key, p3 = toks[i - 3]?.key;
      ok = (!!p1 && MULTI.has(p1)) || (!!p2 && MULTI.has(p2) && p1 !== "of") || (p2 === "pair" || p3 === "pair" || p3 === "twin" && p1 !== "of") ||
        // "repulsed attacks on two Frontier Corps camps"
        (toks[i + 1]?.key === "on" && (toks[i + 2]?.key === "two" || toks[i + 2]?.key === "three" || toks[i + 2]?.key === "both"));
      // "The terrorists mounted the attacks on Wednesday night": the attacks told, dated by a day right after them
      // (also over their targets and places, in the same phrase: "killed in the attacks on churches, a synagogue and a police
      // post in Derbent and Makhachkala on the evening of June 23")
      if (!ok && (p1 === "the" || p1 === "these" || p1 === "those")) {
        ok = a.dates.some((d) => d.precision === "day" && d.first > i && d.first - i <= 20 &&
          !toks.slice(i + 1, d.first).some((t) => t.key === ";" || t.key === "which" || t.key === "who" || t.key === "that" || isFiniteVerb(t.key)));
      }
      // "the death toll from Wednesday's blasts": the attacks of that day
      if (!ok && /['’]s$/.test(toks[i - 1]?.text ?? "")) ok = a.dates.some((d) => d.precision === "day" && d.last === i - 1);
      // "the bombings of Shia mosques in Kunduz and Kandahar": attacks told with their places, one each
      if (!ok && (p1 === "the" || p2 === "the") && placeListAfter(a, i)) ok = true;
      // "explosions at the ... high school in the Dasht-e-Barchi area of Kabul killed at least six students", "The blasts went
      // off within minutes of each other": blasts that act are attacks
      if (!ok && k !== "attacks" && k !== "assaults" && k !== "raids") ok = deviceActs(toks, i, 16, true);
    }
    if (!ok) continue;
    // the attackers named in a claim or an inquiry ("naming two bombers", "identified the gunman as"): the attack told, not another
    if (AGENT.has(k) && [1, 2, 3].some((b) => NAMING.has(toks[i - b]?.key ?? ""))) continue;
    if (k === "blew" && toks[i + 1]?.key !== "up" && toks[i + 2]?.key !== "up" && toks[i + 3]?.key !== "up") continue;
    if (k === "attack" && toks[i + 1]?.key === "helicopter") continue;
    // a statistic's unit, no attack: "the deadliest single actor in terms of fatalities per attack"
    if (toks[i - 1]?.key === "per") continue;
    // "in what officials called a terrorist attack", "described as an attack": a name for the incident, not another one
    let naming = false;
    for (let b = 1; b <= 4; b++) {
      const p = toks[i - b]?.key;
      if (!p || p === "," || p === ".") break;
      if (p === "called" || p === "calling" || p === "termed" || p === "dubbed" || (p === "as" && (toks[i - b - 1]?.key === "described" || toks[i - b - 1]?.key === "condemned"))) { naming = true; break; }
    }
    if (naming && out.length) continue;
    // irrealis / generic: "threatened to attack", "could attack", "the risk of an attack", "heart attack"
    let irrealis = false;
    for (let b = 1; b <= 3; b++) {
      const p = toks[i - b];
      if (!p) break;
      if (p.text === "." || p.text === ";" || p.text === ",") break;
      // ("the 2 May 2024 attack": the month, not the modal verb)
      if (IRREALIS.has(p.key) && !a.dateTok[i - b]) {
        // "against the Russian embassy" is a target, not an irrealis cue, when it follows the trigger; here it precedes
        if (p.key === "against" || p.key === "no" || p.key === "more" || p.key === "new" || p.key === "any" || p.key === "such") { if (b === 1 || (b === 2 && toks[i - 1]?.key !== "the")) irrealis = true; }
        // ("accused of helping plan the suicide bombing at Kabul airport": the attack planned is one that took place)
        else if ((p.key === "plan" || p.key === "planned" || p.key === "planning" || p.key === "plotted" || p.key === "plotting") && b >= 2 && toks[i - b + 1]?.key === "the") irrealis = false;
        else irrealis = true;
        break;
      }
    }
    // (but an attempt made is an attack: "The militants tried to attack the joint check post ... late on Tuesday")
    if (!irrealis && toks[i - 1]?.key === "to" && (VERB.has(k) || k === "attack" || k === "storm") && !(toks[i - 2]?.key === "tried" || toks[i - 2]?.key === "attempted")) irrealis = true;
    if (irrealis) continue;
    // the attackers' own dead counted after an attack told before ("an assault on a border post ..., in which two officers
    // and 15 of the attackers were killed", "all nine attackers were killed"): no attack of their own
    if (out.length && AGENT.has(k) && /s$/.test(k) && (toks[i - 1]?.key === "the" && toks[i - 2]?.key === "of" || a.numbers.some((m) => m.last === i - 1) || toks[i - 1]?.key === "all") &&
      (toks[i + 1]?.key === "were" || toks[i + 1]?.key === "had") && /^(?:killed|dead|slain|shot)$/.test(toks[i + 2]?.key === "been" ? toks[i + 3]?.key ?? "" : toks[i + 2]?.key ?? "")) continue;
    // (nor the attackers a toll leaves out or counts in: "has risen to 20, not counting the attackers", "excluding the gunmen")
    if (out.length && AGENT.has(k) && /s$/.test(k)) {
      const num = a.numbers.find((m) => m.last === i - 1);
      const det = toks[i - 1]?.key === "the" ? i - 1 : num ? num.first : -1;
      if (det > 0 && TOLL_ASIDE.has(toks[det - 1]?.key ?? "")) continue;
    }
    out.push({ first: i, last: k === "opened" || k === "went" ? i + 1 : i, strength: NOUN_PL.has(k) ? 1 : 2 });
  }
  return out;
}

interface Group {
  first: number;
  last: number;
  anaphoric: boolean; // "the attack", "Friday's blast"
  /** the object of a claim / condemnation ("claimed the attack on Monday"): refers to an incident, its dates are the claim's */
  claimRef: boolean;
  /** "a separate attack", "a second explosion", "another blast": an incident besides the one in focus */
  distinct?: "separate" | "ordinal";
  /** a definite reference that opened the sentence's merged attack words ("The attack took place on ..., when gunmen ...") */
  headAnaphoric?: boolean;
}

function groupTriggers(a: Ann, trig: Trigger[]): Group[] {
  const toks = a.s.tokens;
  const groups: Group[] = [];
  for (const t of trig) {
    const g = groups[groups.length - 1];
    let join = false;
    if (g && t.first - g.last > 9 && t.first - g.last <= 30 && relativeOf(a, g.last, t.first)) join = true;
    // "gunmen killed 145 people at Crocus City Hall near Moscow, an attack claimed by the Islamic State": an appositive
    // on the attack told before the comma
    else if (g && t.first - g.last > 9 && t.first - g.last <= 20 && appositiveAttack(a, g.last, t.first)) join = true;
    else if (g && t.first - g.last <= 9) {
      join = true;
      for (let k = g.last + 1; k < t.first; k++) if (CLAUSE_BREAK.has(toks[k].key) || toks[k].text === ";") { join = false; break; }
      // a different date between the two triggers separates them
      if (join && a.dates.some((d) => d.first > g.last && d.last < t.first && d.kind !== "relative")) join = false;
    }
    if (join) g.last = t.last;
    else {
      let anaphoric = false;
      for (let b = 1, reach = 4; b <= reach; b++) {
        const p = toks[t.first - b];
        if (!p) break;
        // (over a date between the article and the attack word: "The Aug. 26, 2021, bombing")
        if (reach < 12 && (calendarDateAt(a, t.first - b) || (p.text === "," && calendarDateAt(a, t.first - b - 1)))) { reach++; continue; }
        if (DEFINITE.has(p.key) || DEFINITE.has(p.text.toLowerCase().replace("’", "'"))) { anaphoric = true; break; }
        if (p.key === "a" || p.key === "an" || p.text === ",") break;
      }
      let claimRef = false;
      for (let b = 1; b <= 4; b++) {
        const p = toks[t.first - b];
        if (!p) break;
        if (CLAIM_VERB.has(p.key) || (p.key === "for" && (toks[t.first - b - 1]?.key === "responsibility" || toks[t.first - b - 1]?.key === "credit"))) { claimRef = true; break; }
        if (!(p.key === "the" || p.key === "a" || p.key === "an" || p.key === "this" || p.key === "that" || p.key === "twin" || p.key === "suicide" || p.key === "deadly" || p.key === "also" || p.key === "both" || p.key === "latest" || /'s$/.test(p.text) || p.key === "its")) break;
      }
      // "claimed responsibility for Monday's attack" / "claimed the attack": an incident already known; "claimed a suicide
      // bombing at ..." / "claimed twin bombings in ...": an indefinite one, with its own date and place
      if (claimRef && !anaphoric) {
        let det = false;
        for (let b = 1; b <= 4; b++) {
          const p = toks[t.first - b];
          if (!p || p.key === "a" || p.key === "an" || p.text === ",") { det = true; break; }
          if (CLAIM_VERB.has(p.key) || p.key === "for") break;
          if (!/^[a-z-]+$/.test(p.text)) { det = true; break; } // a number, a name: "claimed two attacks", "claimed Kabul's bombing"
        }
        if (!det && toks[t.first - 1]?.key !== "a" && !(MULTI.has(toks[t.first - 1]?.key ?? "") || MULTI.has(toks[t.first - 2]?.key ?? ""))) anaphoric = true;
      }
      let distinct: Group["distinct"];
      // "In a separate incident in Kabul on Friday, gunmen attacked ..."
      for (let k = 0; k + 1 < t.first && k < 10; k++) if (toks[k].key === "separate" && /^(?:incident|attack|development|assault|blast|bombing)$/.test(toks[k + 1].key)) distinct = "separate";
      // "On the same day, gunmen attacked a mosque ...", "Hours later, a bomb ...": another incident that day
      if (sameDayLead(toks) && t.first > 3) distinct = "separate";
      for (let b = 1; b <= 3 && !distinct; b++) {
        const p = toks[t.first - b]?.key;
        if (!p || p === "," || p === ".") break;
        if (p === "separate") { distinct = "separate"; break; }
        if (p === "second" || p === "third" || p === "another" || (p === "other" && toks[t.first - b - 1]?.key === "the")) { distinct = "ordinal"; break; }
      }
      if (toks[t.first].key === "second" || toks[t.first].key === "third") distinct = "ordinal";
      groups.push({ first: t.first, last: t.last, anaphoric, claimRef, distinct });
    }
  }
  return groups;
}

/**
 * The attack word at `to` is an appositive on the attack told at `from`: "killed 145 people at Crocus City Hall, an attack
 * claimed by ...", "..., in an attack claimed by ...".
 */
function appositiveAttack(a: Ann, from: number, to: number): boolean {
  const keys = a.s.keys;
  if (!APPOSITIVE_NOUNS.has(keys[to]) || (keys[to - 1] !== "an" && keys[to - 1] !== "a")) return false;
  const comma = keys[to - 2] === "," ? to - 2 : keys[to - 2] === "in" && keys[to - 3] === "," ? to - 3 : -1;
  if (comma < 0) return false;
  for (let k = from + 1; k < comma; k++) if (CLAUSE_BREAK.has(keys[k]) || keys[k] === "," || keys[k] === "and" || keys[k] === "but") return false;
  return true;
}

/**
 * The attack word at `to` opens a relative clause on the attack named at `from`: "the assault on the concert hall in
 * Krasnogorsk, on the outskirts of Moscow, in which gunmen killed 137 people" (in/during which, ", where"). One incident.
 */
function relativeOf(a: Ann, from: number, to: number): boolean {
  const keys = a.s.keys;
  let rel = -1;
  for (let k = to - 1; k > from && to - k <= 6; k--) {
    if ((keys[k] === "which" && (keys[k - 1] === "in" || keys[k - 1] === "during") && keys[k - 2] === ",") || (keys[k] === "where" && keys[k - 1] === ",")) { rel = k; break; }
  }
  if (rel < 0) return false;
  for (let k = from + 1; k < rel; k++) if (CLAUSE_BREAK.has(keys[k]) || keys[k] === "." || keys[k] === "and" || keys[k] === "but") return false;
  // (another date in between names another time)
  return !a.dates.some((d) => d.first > from && d.last < to && d.kind !== "relative");
}

/** a sentence that opens with "On the same day,", "The same day,", "Later that day,", "Hours later,", "Earlier that day," */
function sameDayLead(toks: Ann["s"]["tokens"]): boolean {
  let k = toks[0]?.key === "on" ? 1 : 0;
  const w = (i: number) => toks[k + i]?.key;
  let n = 0;
  if ((w(0) === "the" || w(0) === "that") && w(1) === "same" && w(2) === "day") n = 3;
  else if (w(0) === "that" && w(1) === "same" && w(2) === "day") n = 3;
  else if ((w(0) === "later" || w(0) === "earlier") && w(1) === "that" && w(2) === "day") n = 3;
  else if (w(0) === "hours" && w(1) === "later") n = 2;
  if (!n) return false;
  k += n;
  return toks[k]?.text === ",";
}

function dist(g: Group, first: number, last: number): number {
  if (last < g.first) return g.first - last;
  if (first > g.last) return first - g.last;
  return 0;
}
function nearestGroup(groups: Group[], first: number, last: number, preferBefore: boolean | number = false): number {
  let best = -1, bd = Infinity;
  const pen = preferBefore === true ? 3 : preferBefore === false ? 0 : preferBefore;
  groups.forEach((g, i) => {
    let d = dist(g, first, last);
    if (pen && first < g.first) d += pen; // a figure usually follows its attack word
    if (d < bd) { bd = d; best = i; }
  });
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// perpetrators

const SUBJECT_BLOCK_BEFORE = new Set(["against", "on", "targeting", "targeted", "at", "toward", "towards", "of", "from", "between", "with", "and", "fighting", "by", "blamed", "accused", "than", "over"]);
const SUBJECT_BLOCK_BETWEEN = new Set(["said", "says", "told", "according", "killed", "wounded", "injured", "died", "dead", "victims", "targeted", "were", "was",
  "against", "blamed", "accused", "denied", "condemned", "is", "are", "that", "which", "who", "claimed", "suspected", "spokesman", "spokesperson"]);
/** a reaction to an attack, by someone who did not do it: "Channels linked to the Islamic State's Afghan branch praised the attack" */
const REACTION = new Set(["praised", "praising", "welcomed", "hailed", "celebrated", "applauded", "lauded", "glorified", "denounced", "mourned"]);

const VICTIM_BEFORE = new Set(["against", "on", "targeting", "targeted", "at", "killed", "killing", "kill", "fighting", "fought", "attacked", "toward", "towards"]);

interface PerpCand {
  actor: Actor;
  wording: string;
  basis: PerpetratorBasis;
  rank: number;
  pos: number;
  /** a claim told in an appositive on the attack ("..., the deadliest attack the group has claimed") */
  apposClaim?: boolean;
}

/** Places of an armed group that another side strikes. */
const TARGET_NOUNS = new Set(["bases", "base", "hideouts", "hideout", "camps", "camp", "positions", "strongholds", "stronghold", "sanctuaries", "safe", "targets", "training", "headquarters"]);
const STRUCK_AT = new Set(["targeted", "targeting", "against", "killed", "killing"]);
const RANK: Record<PerpetratorBasis, number> = { claimed: 3, attributed: 2, suspected: 1 };

/** the token at `i` sits in a relative clause opened just before it (", which opposes the Taliban") */
function inRelative(keys: string[], i: number): boolean {
  for (let b = 1; b <= 4; b++) {
    const k = keys[i - b];
    if (!k || k === "." || k === ";") return false;
    if ((k === "which" || k === "who") && keys[i - b - 1] === ",") return true;
  }
  return false;
}

/** the token at `i` sits in a relative clause (", who ...", "which ...") opened within ten tokens before it, with no comma between */
function relativeBefore(keys: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const w = keys[k];
    if (w === "," || w === "." || w === ";") return false;
    if (w === "who" || w === "which" || w === "whose") return true;
  }
  return false;
}

/**
 * The tokens first..last sit in a relative clause set off by commas that closes before `before`: "The X group,
 * which operates from across the border in Pakistan, claimed the attack".
 */
function inCommaRelative(keys: string[], first: number, last: number, before: number): boolean {
  let open = -1;
  for (let k = first - 1; k >= 0 && first - k <= 12; k--) {
    const key = keys[k];
    if (key === "." || key === ";" || key === ",") {
      if (key === "," && (keys[k + 1] === "which" || keys[k + 1] === "who" || keys[k + 1] === "whose")) open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = last + 1; k < before; k++) if (keys[k] === ",") return true;
  return false;
}

/**
 * The comma that opens an aside on a name ending at `last` (after its abbreviation in brackets, "X (TJP), a ..."): an
 * appositive or a relative clause ("X, a faction of Y, ...", "X, which analysts regard as ..."), or -1.
 */
function asideAfter(keys: string[], last: number): number {
  let k = last + 1;
  if (keys[k] === "(") {
    const close = keys.indexOf(")", k);
    if (close < 0 || close - k > 8) return -1; // (an abbreviation, or a translation: 'Jaish al-Adl ("Army of Justice")')
    k = close + 1;
  }
  return keys[k] === "," && ASIDE_OPEN.has(keys[k + 1] ?? "") ? k : -1;
}
// (also a participial aside that presents the group: "X (TJP), believed to be an offshoot of Y, ...", "X, widely seen as a
// front for Y, ...")
const ASIDE_OPEN = new Set(["a", "an", "the", "which", "who", "whose", "believed", "thought", "considered", "regarded", "seen", "described", "widely", "reportedly", "allegedly"]);

/** The armed group whose appositive or relative clause the name `h` sits in ("X, which most analysts regard as a TTP front, ..."). */
function asideOf(a: Ann, h: Ann["actors"][number]): Ann["actors"][number] | null {
  const keys = a.s.keys;
  for (let k = h.first - 1; k >= 0 && h.first - k <= 30; k--) {
    const w = keys[k];
    if (w === "." || w === ";") return null;
    if (w !== ",") continue;
    if (!ASIDE_OPEN.has(keys[k + 1] ?? "")) return null;
    const owner = a.actors.find((o) => o !== h && isPerpKind(o.value) && o.value.name !== h.value.name && o.last < k && asideAfter(keys, o.last) === k);
    return owner ?? null;
  }
  return null;
}

/** what an accusation of an attack names after "of" / "for" ("blamed X for the bombing", "accused X of involvement") */
const ABOUT_ATTACK = new Set(["involvement", "role", "responsibility", "behind", "carrying", "carried", "orchestrating", "masterminding", "plotting",
  "killing", "killings", "deaths", "death", "it", "them", "violence", "massacre", "bloodshed", "strike", "strikes", "incident", "incidents"]);
/** "the strike was meant to kill X": a word before a name that makes it a target */
function aimedBy(k: string | undefined): boolean {
  return k === "not" || k === "no" || k === "target" || k === "targeting" || k === "targeted" || k === "hit" || k === "kill" || k === "killed";
}
const HEDGES = new Set(["could", "may", "might", "possibly", "perhaps"]);
/** a modal right after a name ending at `last` (over a bracket): "X could be responsible", "X (also known as Y) might be behind it" */
function hedged(keys: string[], last: number): boolean {
  let k = last + 1;
  if (keys[k] === "(" || keys[k] === ")") {
    const close = keys.indexOf(")", k);
    if (close >= 0 && close - k <= 6) k = close + 1;
  }
  return HEDGES.has(keys[k] ?? "") || (keys[k] === "had" && HEDGES.has(keys[k + 1] ?? ""));
}

const SELF_NAMING = new Set(["called", "declared", "described", "identified", "proclaimed", "presented", "introduced", "calling", "describing"]);
const PLEDGING = new Set(["pledged", "pledging", "swore", "sworn", "swearing", "declared", "professed"]);
/**
 * "the attackers called themselves mujahideen of ...", "the gunman had pledged allegiance to ...": the token of the
 * attacker who declares himself the group's (the name starts at `first`), or -1.
 */
function selfDeclared(keys: string[], first: number): number {
  for (let k = first - 1; k >= 0 && first - k <= 8; k--) {
    const w = keys[k];
    if (w === "." || w === ";") return -1;
    let verb = -1;
    if ((w === "themselves" || w === "himself") && SELF_NAMING.has(keys[k - 1] ?? "")) verb = k - 1;
    else if ((w === "allegiance" || w === "loyalty") && PLEDGING.has(keys[k - 1] ?? "")) verb = k - 1;
    if (verb < 0) continue;
    for (let j = verb - 1; j >= 0 && verb - j <= 4; j--) {
      if (ATTACKERS.has(keys[j]) || AGENT.has(keys[j])) return j;
      if (!(keys[j] === "had" || keys[j] === "have" || keys[j] === "has" || keys[j] === "also" || keys[j] === "who" || keys[j] === "," || keys[j] === "openly")) break;
    }
    return -1;
  }
  return -1;
}

/** The tokens at `first` sit in an appositive on an armed group's name that closes before `before` ("ISIS-K, the ... in Pakistan, claimed"). */
function inActorAside(a: Ann, first: number, before: number): boolean {
  const keys = a.s.keys;
  for (const o of a.actors) {
    if (o.last >= first || !isPerpKind(o.value)) continue;
    const c = asideAfter(keys, o.last);
    if (c < 0 || c >= first) continue;
    for (let k = first + 1; k < before; k++) if (keys[k] === ",") return true;
  }
  return false;
}

/** The token at `first` sits in brackets right after an armed group's name ("Islamic State" (banned in Russia)). */
function inActorBrackets(a: Ann, first: number): boolean {
  const toks = a.s.tokens;
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    const t = toks[k].text;
    if (t === ")" || t === "." || t === ";") return false;
    if (t !== "(") continue;
    let o = k - 1;
    while (o >= 0 && /^["'”’“]$/.test(toks[o].text)) o--;
    return a.actors.some((h) => h.last === o && isPerpKind(h.value));
  }
  return false;
}

const DENIAL_VERBS = new Set(["denied", "denies", "deny", "denying", "disown", "disowned", "disowns", "disowning", "distance", "distanced", "distances", "distancing", "dissociate", "condemn",
  "dissociated", "dissociates", "disassociated", "condemned", "condemns", "condemning", "denial", "disclaimed"]);
const DENIAL_NOUNS = new Set(["role", "involvement", "hand", "part", "link", "links", "connection", "responsibility"]);
const DENIAL_STOP = new Set([".", ";", ":", "but", "though", "although", "while", "whereas", "however", "who", "which", "that"]);
/**
 * The group named at `h` denies or condemns the attack in its own clause ("the TTP distanced itself from the bombing",
 * "the banned TTP issued a statement denying any role", "X said it had no role in the attack", "a denial by X"): a
 * denial or a condemnation never names a perpetrator.
 */
function denies(keys: string[], h: { first: number; last: number }): boolean {
  if ((keys[h.first - 1] === "by" || keys[h.first - 1] === "from") && (keys[h.first - 2] === "denial" || keys[h.first - 2] === "condemnation" || keys[h.first - 2] === "denied")) return true;
  if ((keys[h.first - 2] === "by" || keys[h.first - 2] === "from") && keys[h.first - 1] === "the" && (keys[h.first - 3] === "denial" || keys[h.first - 3] === "condemnation" || keys[h.first - 3] === "denied")) return true;
  let k = h.last + 1;
  // (over its abbreviation and a short aside: "Tehreek-e-Taliban Pakistan (TTP), in a statement, denied ...")
  if (keys[k] === "(") { const c = keys.indexOf(")", k); if (c > k && c - k <= 5) k = c + 1; }
  if (keys[k] === ",") { let c = k + 1; while (c < keys.length && c - k <= 8 && keys[c] !== "," && !DENIAL_STOP.has(keys[c])) c++; if (keys[c] === ",") k = c + 1; }
  // (the comma that closes an aside the name sits in: "The Pakistani Taliban, or TTP, said ...")
  // (also "The Pakistani Taliban, or TTP, have denied involvement")
  if (keys[k] === "," && (keys[k + 1] === "said" || keys[k + 1] === "says" || ((keys[k + 1] === "have" || keys[k + 1] === "has" || keys[k + 1] === "had") && DENIAL_VERBS.has(keys[k + 2] ?? "")) || DENIAL_VERBS.has(keys[k + 1] ?? ""))) k++;
  let spoke = false;
  for (let n = 0; k < keys.length && n < 12; k++, n++) {
    const w = keys[k];
    // ("X said in a statement that it had no involvement": the group's own reported speech goes on)
    if (w === "said" || w === "says" || w === "stated" || w === "insisted" || w === "added") spoke = true;
    if (w === "that" && spoke && (keys[k + 1] === "it" || keys[k + 1] === "they")) continue;
    if (DENIAL_STOP.has(w) || w === ",") return false;
    if (DENIAL_VERBS.has(w)) return true;
    // ("rejected any involvement", "rejected claims that it was behind ...")
    if ((w === "rejected" || w === "rejects" || w === "rejecting" || w === "dismissed") && keys.slice(k + 1, k + 5).some((x) => DENIAL_NOUNS.has(x) || x === "claims" || x === "allegations" || x === "reports")) return true;
    // "X said it had no role / was not involved / had nothing to do with ..."
    if ((w === "no" || w === "nothing") && (DENIAL_NOUNS.has(keys[k + 1] ?? "") || DENIAL_NOUNS.has(keys[k + 2] ?? "") || keys[k + 2] === "do")) return true;
    if (w === "not" && (keys[k + 1] === "involved" || keys[k + 1] === "responsible" || keys[k + 1] === "behind")) return true;
  }
  return false;
}
/** The name at `first` is an example of a kind: "groups such as Daesh", "outfits like the TTP". */
function namedAsExample(keys: string[], first: number, last: number): boolean {
  // (not one whose own attack the sentence goes on to tell: "outfits such as Lashkar-e-Jhangvi, whose January 2013 bombing ...")
  if (keys[last + 1] === "," && keys[last + 2] === "whose") return false;
  const k = keys[first - 1] === "the" ? first - 1 : first;
  return (keys[k - 1] === "as" && keys[k - 2] === "such") || keys[k - 1] === "like";
}
/** Someone else blames or suspects the group named at `h` ("officials blamed the Taliban, who denied ..."). */
function blamedBefore(keys: string[], h: { first: number }): boolean {
  for (let k = Math.max(0, h.first - 8); k < h.first; k++) if (keys[k] === "blamed" || keys[k] === "blaming" || keys[k] === "blames" || keys[k] === "accused" || keys[k] === "suspected") return true;
  return false;
}

const CLAIMANT_PARTS = new Set(["commander", "commanders", "leader", "leaders", "spokesman", "spokesperson", "spokesmen", "faction", "wing", "member", "members",
  "chief", "unit", "cell", "splinter", "offshoot", "front", "emir", "figure", "official", "officials"]);
/** "claimed by a commander of X" / "claimed by a faction loyal to X": the name at `first` is the group a claimant belongs to. */
function claimedByPart(keys: string[], first: number): boolean {
  const link = keys[first - 1] === "the" ? first - 2 : first - 1;
  if (!(keys[link] === "of" || keys[link] === "for" || (keys[link] === "to" && (keys[link - 1] === "loyal" || keys[link - 1] === "linked" || keys[link - 1] === "close" || keys[link - 1] === "allied")))) return false;
  for (let k = link - 1; k >= 0 && link - k <= 5; k--) {
    const w = keys[k];
    if (w === "by") return (keys[k - 1] === "claimed" || keys[k - 2] === "claimed") && keys.slice(k + 1, link).some((x) => CLAIMANT_PARTS.has(x));
    if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}

const SUPERLATIVE = /\b(?:deadliest|worst|bloodiest|biggest|largest|most (?:lethal|devastating|serious))\b/i;
/** A sentence telling that nobody has claimed an attack. */
const NOBODY_CLAIMED = /\b(?:no (?:one|group)|nobody|not (?:been )?claimed|unclaimed)\b/i;
/** A sentence telling that an attack is nobody's known work, or someone's only by blame: no record to give it. */
const UNCLAIMED = new RegExp(`${NOBODY_CLAIMED.source}|\\b(?:blamed|accused|suspected)\\b`, "i");
const SECTION_ATTACKS = new Set(["attacks", "attack", "bombings", "operations", "assaults", "massacres", "strikes"]);
const SECTION_PRONOUNS = new Set(["it", "its", "they", "their"]);

/** A line of its own that is a heading: a question, or a few words without a full stop ("What is ISIS-K?", "Attacks abroad"). */
function isHeading(ctx: EventContext, i: number): boolean {
  const a = ctx.anns[i];
  if (a.s.biblio || a.s.para === ctx.anns[0].s.para || ctx.anns[i - 1]?.s.para === a.s.para || ctx.anns[i + 1]?.s.para === a.s.para) return false;
  const t = a.s.text.trimEnd();
  return t.endsWith("?") || (!/[.!:;"”]$/.test(t) && a.s.keys.length <= 12);
}

/**
 * The sections of an explainer whose heading is about one armed group's attacks ("What attacks has it carried out beyond
 * Afghanistan?", "IS-K's deadliest attacks"): first and last sentence and the group (named in the heading, or "it" for
 * the group the report is about). A section runs to the next heading.
 */
function attackSections(ctx: EventContext): [number, number, Actor][] {
  const out: [number, number, Actor][] = [];
  for (let i = 1; i < ctx.anns.length; i++) {
    if (!isHeading(ctx, i)) continue;
    const a = ctx.anns[i];
    if (!a.s.keys.some((k) => SECTION_ATTACKS.has(k))) continue;
    const named = a.actors.find((h) => isPerpKind(h.value) && !denies(a.s.keys, h))?.value;
    const group = named ?? (a.s.keys.some((k) => SECTION_PRONOUNS.has(k)) || a.s.keys.includes("group") ? ctx.mainActor : null);
    if (!group || !isPerpKind(group) || group.name === "Taliban") continue;
    let last = i + 1;
    while (last + 1 < ctx.anns.length && !isHeading(ctx, last + 1)) last++;
    out.push([a.s.index + 1, ctx.anns[last]?.s.index ?? a.s.index, group]);
  }
  return out;
}

function isPerpKind(a: Actor): boolean {
  return a.kind === "armed group";
}

/** A negation within the five words before `i`: "no", "not", "never", "denied", ... */
function negatedAt(keys: string[], i: number): boolean {
  for (let b = 1; b <= 5; b++) {
    const k = keys[i - b];
    if (!k) break;
    if (k === "no" || k === "not" || k === "yet" || k === "never" || k === "n't" || k === "denied" || k === "nobody" || k === "none") return true;
  }
  return false;
}

// the group as a target: "missiles at what it said were Jaish al-Adl bases", "strikes on hideouts of the TTP"
// (or its people: "a drone strike that targeted an ISIS-K operative")
function struckAt(a: Ann, h: Ann["actors"][number]): boolean {
  const keys = a.s.keys;
  // (also the abbreviation in brackets after such a name: "hideouts of the Tehreek-e-Taliban Pakistan (TTP)")
  if (keys[h.first - 1] === "(") {
    const full = a.actors.find((o) => o.last === h.first - 2);
    if (full && full.value.name === h.value.name && struckAt(a, full)) return true;
  }
  const b = keys[h.first - 1] === "the" || keys[h.first - 1] === "a" || keys[h.first - 1] === "an" ? 2 : 1;
  return TARGET_NOUNS.has(keys[h.last + 1] ?? "") || (keys[h.first - b] === "of" && TARGET_NOUNS.has(keys[h.first - b - 1] ?? "")) ||
    (STRUCK_AT.has(keys[h.first - b] ?? "") && ATTACKERS.has(keys[h.last + 1] ?? ""));
}

/** Perpetrator cues in a sentence. `groups` are the trigger groups (may be empty for claim-only sentences). */
function perpetrators(a: Ann, groups: Group[]): Array<PerpCand & { group: number }> {
  const keys = a.s.keys;
  const out: Array<PerpCand & { group: number }> = [];
  for (const h of a.actors) actorAsPerpetrator(a, groups, h, out);
  // fallback: the only armed group named in an incident sentence, not in a victim's position, is read as the
  // perpetrator ("despite the arrest of ISKP members, their deadly attacks such as the January 11 bombing ...")
  if (out.length === 0 && groups.length > 0) {
    const cands = a.actors.filter((h) => isPerpKind(h.value) && h.value.name !== "Taliban" && !struckAt(a, h) && !denies(keys, h));
    const names = new Set(cands.map((h) => h.value.name));
    if (names.size === 1) {
      const h = cands[0];
      // (nor a group named as an example of a kind)
      const example = namedAsExample(keys, h.first, h.last);
      // (nor a victim told by a name the group shares: "Haqqani was killed along with at least four other people", nor the
      // object of a rivalry: "it competes with the TTP for recruits")
      const victim = [1, 2, 3].some((b) => VICTIM_BEFORE.has(keys[h.first - b] ?? "") || keys[h.first - b] === "not") ||
        ((keys[h.last + 1] === "was" || keys[h.last + 1] === "were") && CASUALTY_VERB.has(keys[h.last + 2] ?? "")) ||
        ((keys[h.first - 1] === "with" || (keys[h.first - 1] === "the" && keys[h.first - 2] === "with")) && groups.every((g) => g.last < h.first));
      const speaker = ["said", "says", "told", "denied", "condemned"].includes(keys[h.last + 1] ?? "");
      // (not a group in a clause about something else: "The Kabul attack comes days after the TTP ended its ceasefire")
      const g0 = groups[nearestGroup(groups, h.first, h.last)];
      const other = g0.last < h.first && keys.slice(g0.last + 1, h.first).some((k) => k === "after" || k === "since" || k === "before" || k === "following");
      // (nor a group that only reacted to it: "Channels linked to the Islamic State's Afghan branch praised the attack")
      // (not one in a relative clause on the name: "The Islamic State group, which has hailed attacks on Shiites, bombed ...")
      const between = keys.slice(Math.min(h.last, g0.last) + 1, Math.max(h.first, g0.first));
      const reacted = between.some((k) => REACTION.has(k)) && !between.some((k) => k === "which" || k === "who");
      // (nor a group only guessed at: "suggested that the Islamic State (also known as Daesh) could be responsible")
      if (!victim && !example && !speaker && !other && !reacted && !hedged(keys, cands[cands.length - 1].last)) out.push({ actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), basis: "attributed", rank: 1.5, pos: h.first, group: nearestGroup(groups, h.first, h.last) });
    }
  }
  return out;
}

/** The perpetrator cue the sentence gives for the armed group named at `h`, if any: pushed to `out`. */
function actorAsPerpetrator(a: Ann, groups: Group[], h: Ann["actors"][number], out: Array<PerpCand & { group: number }>): void {
  const keys = a.s.keys;
  const n = a.s.tokens.length;
  const act = h.value;
  if (!isPerpKind(act)) return;
  // "an IS-claimed suicide bombing": the group's name joined to "claimed" in the attack's own phrase
  if (keys[h.last].endsWith("-claimed")) {
    const gc = groups.findIndex((g) => g.first > h.last && g.first - h.last <= 4);
    if (gc >= 0) out.push({ actor: act, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), basis: "claimed", rank: RANK.claimed, pos: h.first, group: gc });
    return;
  }
  if (struckAt(a, h)) return;
  // a group that denies or condemns the attack in its own clause is not its perpetrator (unless someone else blames it)
  if (denies(keys, h) && !blamedBefore(keys, h)) return;
  const wording = a.s.text.slice(h.start - a.s.start, h.end - a.s.start);
  const grp = groups.length ? nearestGroup(groups, h.first, h.last) : -1;
  const add = (basis: PerpetratorBasis) => out.push({ actor: act, wording, basis, rank: RANK[basis], pos: h.first, group: grp });
  const before = (k: number) => keys[h.first - k];
  const after = (k: number) => keys[h.last + k];
  // ---- claimed
  // "claimed by X", "responsibility was claimed by X"
  // (also over an article and an epithet: "claimed by the TTP", "claimed by the banned Baloch Liberation Army")
  {
    let b = 1;
    while (b <= 3 && CLAIMANT_EPITHETS.has(before(b) ?? "")) b++;
    if (before(b) === "by" && (before(b + 1) === "claimed" || before(b + 2) === "claimed")) { add("claimed"); return; }
  }
  // "claimed by a commander of X", "claimed by a spokesman for X", "claimed by a faction loyal to X": one of the group's own
  if (claimedByPart(keys, h.first)) { add("claimed"); return; }
  // "X claimed (responsibility|the attack)", "X, which claimed responsibility", "X has claimed", "X said it carried out"
  let claimed = false;
  let claimGroup = -1;
  // (a relative clause on the name widens the reach: "The X group, which operates from across the border in Pakistan, claimed")
  let reach = 12;
  // (or an aside on its name: "ISIS-K, as the group's Afghan affiliate is known, said ...")
  for (let k = h.last + 1; k <= h.last + 4 && k + 1 < n; k++) if (keys[k] === "," && (keys[k + 1] === "which" || keys[k + 1] === "who" || keys[k + 1] === "as")) { reach = 24; break; }
  // (a long appositive after the name and its abbreviation, closed by a comma before the claim: "Tehreek-e-Jihad Pakistan
  // (TJP), a little-known outfit that ... is regarded as a front for the TTP, claimed ...")
  const aside = asideAfter(keys, h.last);
  if (aside >= 0) reach = 32;
  // (or a long aside in brackets, as Russian outlets put after a banned group's name: "the Islamic State group (a
  // terrorist organisation banned in the Russian Federation) claimed responsibility")
  {
    const open = keys[h.last + 1] === "group" || keys[h.last + 1] === "organisation" || keys[h.last + 1] === "organization" ? h.last + 2 : h.last + 1;
    const close = keys[open] === "(" ? keys.indexOf(")", open) : -1;
    if (close > 0 && close - h.last <= 16) reach = Math.max(reach, close - h.last + 12);
  }
  for (let k = h.last + 1; k < Math.min(n, h.last + reach); k++) {
    const w = keys[k];
    if (w === "claimed" || w === "claims" || w === "claim" || w === "claiming" || takesResponsibility(keys, k)) {
      if (k - h.last > 24 && !keys.slice(k - 3, k).includes(",")) break;
      // another armed group between the name and the claim is the claimant ("did not blame Islamic State for the attack,
      // though the group's Khorasan affiliate claimed ...")
      // (not one inside a relative clause: "Islamic State Khorasan, which opposes the Taliban, also claimed ...")
      // (nor one in an appositive on the name: "Jamaatul Ahrar, a faction of the Pakistani Taliban, claimed ...")
      const appositive = aside >= 0;
      if (!appositive && a.actors.some((o) => o !== h && o.first > h.last && o.first < k && isPerpKind(o.value) && o.value.name !== act.name &&
        !keys.slice(h.last + 1, o.first).some((x) => x === "which" || x === "who" || x === "that"))) break;
      // a name inside such a relative clause (or an appositive on another group's name) does not claim what the main
      // clause's subject claims
      if ((inRelative(keys, h.first) || asideOf(a, h) != null) && keys.slice(h.last + 1, k).includes(",")) break;
      const nx = keys.slice(k + 1, k + 8);
      // (over a date in the object: "claimed the 12 December 2023 suicide attack on ...")
      const dateToks = (g: Group) => { let c = 0; for (let q = k + 1; q < g.first; q++) if (a.dateTok[q]) c++; return c; };
      claimGroup = groups.findIndex((g) => g.first > k && g.first - k - dateToks(g) <= 5);
      // (also a record: "has claimed a number of attacks since ...", "claimed several bombings")
      // (and a share of a record: "claimed two of the most serious attacks on the army: ...")
      const share = /^\d+$|^(?:two|three|four|five|six|several|some|many|most|one)$/.test(nx[0] ?? "") && nx[1] === "of" && nx.slice(2, 7).some((x) => NOUN_PL.has(x));
      // (and the attacks told before: "The Islamic State claimed both through Amaq the same evening", "claimed them")
      const told = nx[0] === "both" || nx[0] === "them" || (nx[0] === "each" && nx[1] === "of");
      // (and the attack the clause is about: "..., in an attack the Islamic State later claimed.")
      let r = keys[h.first] === "the" ? h.first - 1 : keys[h.first - 1] === "the" ? h.first - 2 : h.first - 1;
      if (keys[r] === "that" || keys[r] === "which") r--;
      const relative = APPOSITIVE_NOUNS.has(keys[r] ?? "") && k - h.last <= 3;
      const objOk = nx.includes("responsibility") || nx.includes("credit") || claimGroup >= 0 || nx.includes("it") || nx.slice(0, 5).some((x) => NOUN_PL.has(x)) || share || told || relative;
      // ("claimed that ..." is a statement, but "claimed that attack" names the attack)
      const thatClause = keys[k + 1] === "that" && !NOUN_SG.has(keys[k + 2] ?? "") && !NOUN_PL.has(keys[k + 2] ?? "");
      if (objOk && !negatedAt(keys, k) && !thatClause && keys[k - 1] !== "they" && !claimsOthers(nx)) { claimed = true; break; }
    }
    if (w === "." || w === ";") break;
    if ((w === "said" || w === "says") && (keys[k + 1] === "it" || keys[k + 1] === "its") && keys.slice(k + 2, k + 6).some((x) => x === "carried" || x === "fighters" || x === "fighter" || x === "attack" || x === "bomber" || x === "militants")) { claimed = true; break; }
    // "X said it had fired rockets at ...", "X announced that its fighters had stormed ...": the group's own word that it
    // attacked, the attack told right after it
    if (SAY_VERBS.has(w) && !negatedAt(keys, k)) {
      const gi = ownAttackStatement(keys, k, a, groups);
      if (gi !== null) { claimed = true; claimGroup = gi; break; }
    }
    // the group telling who its attacker was: "X said the bomber was a Uyghur" (not "guards identified the attacker")
    // (about the attack told before the name in the sentence, not a new incident of "the bomber")
    if ((w === "said" || w === "says") && keys[k + 1] === "the" && ATTACKERS.has(keys[k + 2] ?? "") && !ATTACKERS.has(keys[k + 3] ?? "") && !negatedAt(keys, k)) {
      claimed = true;
      for (let gi = groups.length - 1; gi >= 0; gi--) if (groups[gi].last < h.first) { claimGroup = gi; break; }
      break;
    }
  }
  // (the claim's object, when the claim names one, is the incident claimed)
  if (claimed) { out.push({ actor: act, wording, basis: "claimed", rank: RANK.claimed, pos: h.first, group: claimGroup >= 0 ? claimGroup : grp }); return; }
  // "claim of responsibility by X" / "claimed responsibility on behalf of X"
  if ((before(1) === "by" || before(1) === "from") && keys.slice(Math.max(0, h.first - 6), h.first).includes("responsibility")) { add("claimed"); return; }
  // "a statement by X" / "X's Amaq news agency" + claim word elsewhere
  if ((after(1) === "amaq" || (after(1) === "'s" && after(2) === "amaq")) && keys.some((k) => k === "claimed" || k === "claim" || k === "responsibility")) { add("claimed"); return; }
  // attackers who declare themselves the group's: "the attackers called themselves mujahideen of the Islamic State",
  // "the gunman had pledged allegiance to IS" (in their own videos or statements: a claim)
  const self = selfDeclared(keys, h.first);
  if (self >= 0 && !negatedAt(keys, self)) {
    const gs = groups.findIndex((g) => g.first <= self && g.last >= self);
    out.push({ actor: act, wording, basis: "claimed", rank: RANK.claimed, pos: h.first, group: gs >= 0 ? gs : grp });
    return;
  }
  // ---- suspected
  let suspected = false;
  for (let k = Math.max(0, h.first - 8); k < h.first; k++) {
    const w = keys[k];
    if (w === "blamed" || w === "suspected" || w === "suspect" || w === "believed" || w === "suspicion" || w === "hallmarks" || w === "accused" || w === "blaming" || w === "blames") { suspected = true; break; }
  }
  if (!suspected) for (let k = h.last + 1; k < Math.min(n, h.last + 5); k++) {
    const w = keys[k];
    // ("X suspects", not "the Taliban arrested several suspects")
    if (w === "suspected" || (w === "suspects" && k === h.last + 1) || (w === "is" && keys[k + 1] === "suspected") || (w === "was" && keys[k + 1] === "blamed") || (w === "were" && keys[k + 1] === "blamed")) { suspected = true; break; }
  }
  // (not an accusation of something else: "accused the Taliban of being ready to expel Uyghurs")
  if (suspected && (after(1) === "of" || after(1) === "for") && !keys.slice(h.last + 2, h.last + 10).some((x) => NOUN_SG.has(x) || NOUN_PL.has(x) || AGENT.has(x) || ABOUT_ATTACK.has(x))) return;
  if (suspected) { add("suspected"); return; }
  // ---- attributed
  // "carried out by X", "perpetrated by X", "attack by X"
  // (also "carried out by the TTP")
  const byAt = before(1) === "by" ? 1 : before(1) === "the" && before(2) === "by" ? 2 : 0;
  const v0 = byAt ? before(byAt + 1) : undefined;
  if (byAt && (v0 === "out" || v0 === "perpetrated" || v0 === "conducted" || v0 === "orchestrated" || v0 === "committed" ||
    v0 === "organized" || v0 === "organised" || v0 === "masterminded" || v0 === "launched" ||
    // ("an attack by X", not "the bomber was shot by Taliban guards")
    groups.some((g) => g.last >= h.first - 3 - byAt && g.last < h.first && !keys.slice(g.last + 1, h.first).some((x) => x === "was" || x === "were" || x === "been" || x === "is" || x === "are")))) {
    if (before(2) === "organized" && keys.slice(Math.max(0, h.first - 5), h.first).includes("allegedly")) { add("suspected"); return; }
    add("attributed");
    return;
  }
  // "the Islamic State group killed Rahimullah Haqqani, a prominent cleric ..., in a suicide bombing at his madrasa": the
  // killing the subject did is the attack
  // (also over the name's abbreviation: "The Balochistan Liberation Army (BLA) killed more than 50 people in ...")
  const abbr = after(1) === "(" && after(3) === ")" ? 3 : 0;
  const kv = after(1) === "group" || after(1) === "militants" ? 2 : abbr + 1;
  if ((after(kv) === "killed" || after(kv) === "assassinated" || after(kv) === "murdered") && !SUBJECT_BLOCK_BEFORE.has(before(1) ?? "") && !aimedBy(before(1))) {
    const gk = groups.findIndex((g) => g.first > h.last + kv + 1 && g.first - h.last <= 28 && [2, 3, 4].some((b) => keys[g.first - b] === "in") &&
      !keys.slice(h.last + 1, g.first).some((x) => x === "." || x === ";"));
    if (gk >= 0) { out.push({ actor: act, wording, basis: "attributed", rank: 2, pos: h.first, group: gk }); return; }
  }
  // "X was/is behind the attack", "X was also behind ...", "The TTP's Jamaat-ul-Ahrar faction was behind ..."
  const bv = after(1) === "faction" || after(1) === "group" || after(1) === "wing" || after(1) === "network" || after(1) === "cell" ? 2 : 1;
  if ((after(bv) === "was" || after(bv) === "is" || after(bv) === "were") && (after(bv + 1) === "behind" || (COPULA_ADVERBS.has(after(bv + 1) ?? "") && after(bv + 2) === "behind"))) { add("attributed"); return; }
  // (over an appositive on the name: "Islamic State Khorasan, the Afghan branch of the jihadist group, was behind the attack")
  if (aside >= 0 && keys[aside + 1] !== "which" && keys[aside + 1] !== "who") {
    let c = aside + 1;
    while (c < n && c - aside <= 14 && keys[c] !== "," && keys[c] !== "." && keys[c] !== ";") c++;
    const v = keys[c + 1], r = COPULA_ADVERBS.has(keys[c + 2] ?? "") ? c + 3 : c + 2;
    if (keys[c] === "," && (v === "was" || v === "is" || v === "were") && keys[r] === "behind") { add("attributed"); return; }
  }
  // "a suicide bomber from the Islamic State's Afghanistan affiliate": one of the group's own attackers
  const fromAt = before(1) === "from" ? 1 : before(1) === "the" && before(2) === "from" ? 2 : 0;
  if (fromAt && ATTACKERS.has(before(fromAt + 1) ?? "") && !negatedAt(keys, h.first)) { add("attributed"); return; }
  // a record the sentence goes on to list: "X has carried out some of the deadliest attacks in recent years, including ..."
  {
    let k = h.last + 1;
    if (keys[k] === "," && ATTACK_ADVERBS.has(keys[k + 1] ?? "")) k++;
    else if (keys[k] === ",") { while (k < n && k - h.last < 8 && keys[k + 1] !== "," && keys[k] !== ".") k++; k += 2; } // ", known as IS-K,"
    while (k < n && k - h.last < 12 && ATTACK_ADVERBS.has(keys[k])) k++;
    const verb = keys[k] === "carried" || keys[k] === "conducted" || keys[k] === "perpetrated" || keys[k] === "launched" || keys[k] === "staged" || keys[k] === "mounted";
    const incl = verb ? keys.indexOf("including", k) : -1;
    if (incl > 0 && keys.slice(k + 1, incl).some((x) => NOUN_PL.has(x))) {
      const gi = groups.findIndex((g) => g.first > incl);
      // (weaker than a perpetrator the listed attack names itself: "..., including a bombing that was carried out by the TTP")
      if (gi >= 0) { out.push({ actor: act, wording, basis: "attributed", rank: 1.5, pos: h.first, group: gi }); return; }
    }
  }
  if (act.name === "Taliban") return; // the de facto government: only explicit claims / "carried out by"
  // a group named as an example of a kind: "'takfiri' elements, a term they use for Sunni extremist groups such as Daesh"
  if (namedAsExample(keys, h.first, h.last)) return;
  // a group named to be denied ("... and not an ISIS-K suicide bomber"): no attribution
  if (before(1) === "not" || ((before(1) === "a" || before(1) === "an") && before(2) === "not")) return;
  // "an ISIS-K suicide bomber", "ISKP gunmen", "an IS attack": the group names the attacker or the attack itself
  // (not "and not an ISIS-K suicide bomber", "a strike intended to target an ISIS-K bomber": the group denied or aimed at)
  const aimedAt = (k: string | undefined) => k === "not" || k === "no" || k === "target" || k === "targeting" || k === "targeted" || k === "hit" || k === "kill" || k === "killed";
  if (groups.length && !SUBJECT_BLOCK_BEFORE.has(before(1) ?? "") && !aimedAt(before(1)) && !((before(1) === "a" || before(1) === "an" || before(1) === "the") && aimedAt(before(2)))) {
    let q = h.last + 1;
    while (q < n && q - h.last <= 3 && /^[a-z-]+$/.test(a.s.tokens[q].text) && !NOUN_SG.has(keys[q]) && !AGENT.has(keys[q]) && !NOUN_PL.has(keys[q])) q++;
    if (q < n && (NOUN_SG.has(keys[q]) || AGENT.has(keys[q]) || NOUN_PL.has(keys[q]))) {
      const gi = groups.findIndex((gg) => gg.first <= q && gg.last >= q);
      if (gi >= 0) { out.push({ actor: act, wording, basis: "attributed", rank: 2, pos: h.first, group: gi }); return; }
    }
  }
  // "X's attack", "an ISKP attack", "X attacked/stormed", "X acted ... with a suicide attack"
  if (groups.length) {
    const b1 = before(1), b2 = before(2);
    if (b1 && SUBJECT_BLOCK_BEFORE.has(b1)) return;
    if (b2 && (b2 === "against" || b2 === "targeting" || b2 === "on") && (b1 === "the" || b1 === "a")) return;
    const g = groups.find((gg) => gg.first > h.last && gg.first - h.last <= 14);
    if (!g) return;
    let blocked = false;
    for (let k = h.last + 1; k < g.first; k++) {
      if (a.dateTok[k]) continue;
      // (a reaction word blocks as the main verb, not in a relative clause on the name: "The Islamic State group, which has
      // hailed attacks on Shiites as a duty, bombed ...")
      if (SUBJECT_BLOCK_BETWEEN.has(keys[k]) || (REACTION.has(keys[k]) && !keys.slice(h.last + 1, k).some((x) => x === "which" || x === "who")) || keys[k] === "." || keys[k] === ";") { blocked = true; break; }
      if ((keys[k] === "on" || keys[k] === "against" || keys[k] === "targeting") && g.first - k > 1 && !a.dateTok[k + 1]) { blocked = true; break; }
    }
    // an actor between X and the trigger takes the role — unless it sits in an aside on X ("Tehreek-e-Jihad Pakistan,
    // widely seen as a TTP front, stormed ...": X did), and a name in an aside on another group is not the subject
    if (!blocked && a.actors.some((o) => o !== h && o.first > h.last && o.last < g.first && asideOf(a, o)?.first !== h.first)) blocked = true;
    if (!blocked && asideOf(a, h) && keys.slice(h.last + 1, g.first).includes(",")) blocked = true;
    // (a name in a relative clause that closes before the trigger: "a cleric who was not related to the Haqqani family, in
    // a suicide bombing")
    if (!blocked && relativeBefore(keys, h.first) && keys.slice(h.last + 1, g.first).includes(",")) blocked = true;
    if (!blocked) out.push({ actor: act, wording, basis: "attributed", rank: 2, pos: h.first, group: groups.indexOf(g) });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// incidents

interface DateVal {
  y: number;
  m: number | null;
  d: number | null;
  precision: "day" | "month" | "year";
  rank: number;
  /** "this week" / "last week": a day within a week of `week` (epoch ms), weaker than any other date */
  week?: number;
  /** "earlier this month": a time before this day (epoch ms), so not an incident of that day or later */
  before?: number;
}
interface Incident {
  sentences: number[];
  spans: Span[];
  date: DateVal | null;
  place: { place: Place; score: number; hit: PlaceHit } | null;
  countryHint: string | null;
  killed: Casualty[];
  injured: Casualty[];
  perp: PerpCand | null;
  method: { method: string; sub: string; priority: number } | null;
  target: { target: string; score: number } | null;
  anaphoricOnly: boolean;
  /** dated as some days before the story's attack ("The bombing came a day after an explosion at ..."): not the story's own */
  before?: boolean;
  order: number;
  /** the incident in focus when this one was told as "a second explosion" at another site the same day */
  siblingOf?: Incident;
  /** the sites of a coordinated attack told together ("attacks on two camps in the Panjgur and Naushki districts") */
  sites?: PlaceHit[];
  /** one site of such an attack, told in its own paragraph ("In Naushki, four soldiers were martyred ...") */
  site?: boolean;
  /** an incident of the same day as the undated lead incident ("Hours later, a roadside bomb exploded in ...") */
  sameDayAs?: Incident;
  /**
   * the day its sentence was told on ("state media said on Wednesday evening that 15 people had been killed when ..."):
   * not the incident's own date, but no later than it; an undated lead incident takes it rather than the publication day
   */
  reportedOn?: DateVal;
  /** told as another incident than the story's: "In a separate incident in Kabul on Friday, gunmen attacked ..." */
  separate?: boolean;
  /** told as several attacks at once without their sites ("the twin bombings that struck election offices in ...") */
  multi?: boolean;
  /** such an attack whose sites the report went on to tell apart, each its own incident (`siblingOf` it) */
  split?: boolean;
}

/**
 * An incident with every field present from the start, in one order: objects of one hidden class, so that the
 * optimised extraction code sees one shape (an optional field set later made a new shape, and each new shape threw away
 * the compiled code of the large functions that read incidents, a quarter of an ingest's CPU in recompiles).
 */
function newIncident(sentences: number[], spans: Span[], date: DateVal | null, place: Incident["place"], killed: Casualty[], injured: Casualty[],
  method: Incident["method"], target: Incident["target"], anaphoricOnly: boolean, order: number): Incident {
  return {
    sentences, spans, date, place, countryHint: null, killed, injured, perp: null, method, target, anaphoricOnly,
    before: undefined, order, siblingOf: undefined, sites: undefined, site: undefined, sameDayAs: undefined, reportedOn: undefined,
    separate: undefined, multi: undefined, split: undefined,
  };
}

function dateRank(d: DateMention): number {
  return d.precision === "day" ? 3 : d.precision === "month" ? 2 : 1;
}

function dateCompat(a: DateVal | null, b: DateVal | null): boolean {
  if (!a || !b) return true;
  if (a.before != null && b.d != null && b.m != null && Date.UTC(b.y, b.m - 1, b.d) >= a.before) return false;
  if (b.before != null && a.d != null && a.m != null && Date.UTC(a.y, a.m - 1, a.d) >= b.before) return false;
  if (a.week != null || b.week != null) {
    const w = a.week != null ? a : b, o = a.week != null ? b : a;
    if (o.week != null) return Math.abs(o.week - w.week!) <= 7 * 86400000;
    if (o.d != null && o.m != null) return Math.abs(Date.UTC(o.y, o.m - 1, o.d) - w.week!) <= 8 * 86400000;
    return o.y === w.y && (o.m == null || o.m === w.m);
  }
  if (a.y !== b.y) return false;
  if (a.m == null || b.m == null) return true;
  if (a.m !== b.m) return false;
  if (a.d == null || b.d == null) return true;
  return Math.abs(a.d - b.d) <= 1;
}
function dateEqual(a: DateVal | null, b: DateVal | null): boolean {
  return !!a && !!b && a.y === b.y && a.m === b.m && a.d === b.d;
}

function placeKey(p: Place): { country: string; admin1: string | null } {
  return { country: p.country, admin1: p.kind === "country" ? null : p.kind === "admin1" ? p.name : p.admin1 };
}
function placeCompat(a: Place | null | undefined, b: Place | null | undefined): boolean {
  if (!a || !b) return true;
  const ka = placeKey(a), kb = placeKey(b);
  if (ka.country !== kb.country) return false;
  // (a venue on a province line: "a concert hall outside Moscow" and "Crocus City Hall in Krasnogorsk", Moscow Oblast)
  if (ka.admin1 && kb.admin1 && ka.admin1 !== kb.admin1) return nearby(a, b);
  return true;
}
const LOCAL_KINDS = new Set(["city", "landmark", "district", "village"]);
/** Two towns or venues within 40 km of each other. */
function nearby(a: Place, b: Place): boolean {
  if (!LOCAL_KINDS.has(a.kind) || !LOCAL_KINDS.has(b.kind) || a.lat == null || a.lon == null || b.lat == null || b.lon == null) return false;
  return kmBetween(a.lat, a.lon, b.lat, b.lon) <= 40;
}
/**
 * The headline's or lede's undated incident `lead` can be the dated incident `k`: at a compatible place, or around the
 * place it names ("a concert hall outside Moscow": maybe across an admin1 border, in the same country).
 */
function placeAround(k: Incident, lead: Incident): boolean {
  if (placeCompat(k.place?.place, lead.place?.place)) return true;
  return !!lead.place?.hit.near && !!k.place && k.place.place.country === lead.place.place.country;
}
function placeSame(a: Place | null | undefined, b: Place | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = placeKey(a), kb = placeKey(b);
  return ka.country === kb.country && !!ka.admin1 && ka.admin1 === kb.admin1;
}

const SPECIFICITY: Record<string, number> = { landmark: 4, village: 3.5, district: 3, city: 3.2, admin1: 2, country: 1 };

export interface EventContext {
  pack: Pack;
  anns: Ann[];
  /** spans of a byline/dateline, excluded from incident anchors */
  bylineSpans: Array<[number, number]>;
  ref: Date | null;
  datelinePlace: Place | null;
  docCountry: string | null;
  khorasanDoc: boolean;
  /** the armed group the document is mostly about ("the group", "it" refer to it) */
  mainActor?: Actor | null;
}

const CASUALTY_VERB = new Set(["killed", "died", "martyred", "wounded", "injured", "dead", "slain"]);
const SPEECH = new Set(["said", "says", "told", "announced", "reported", "added", "confirmed", "stated", "tweeted", "wrote", "posted", "warned", "noted",
  "released", "published", "issued", "statement"]);
const SPEECH_AFTER = new Set(["said", "claimed", "announced", "told", "confirmed", "reported", "released", "issued", "published", "posted",
  // what a government or a spokesman did on that day about the attack: "Beijing on Tuesday demanded an investigation into an attack on ..."
  "demanded", "urged", "condemned", "called", "denied", "blamed", "accused", "vowed", "warned", "rejected", "summoned", "expressed", "ordered"]);
function reportingDate(toks: Ann["s"]["tokens"], first: number, last = first): boolean {
  // "The Islamic State group on Thursday claimed responsibility", "officials on Saturday said"
  // (and the day of a court's or the police's act: "a court on Thursday sentenced two men for their part in the attack")
  if ((SPEECH_AFTER.has(toks[last + 1]?.key ?? "") || LEGAL_ACTS.has(toks[last + 1]?.key ?? "")) && !/['’]s$/.test(toks[last].text)) return true;
  let k = first - 1;
  if (toks[k]?.key === "on" || toks[k]?.key === "late" || toks[k]?.key === "early") k--;
  if (toks[k]?.key === "late" || toks[k]?.key === "early") k--;
  if (SPEECH.has(toks[k]?.key ?? "") || LEGAL_ACTS.has(toks[k]?.key ?? "")) return true;
  // "claimed responsibility Thursday for ...", "claimed responsibility on Sunday for the attack"
  if ((toks[k]?.key === "responsibility" || toks[k]?.key === "credit") && (toks[last + 1]?.key === "for" || toks[last + 1]?.key === "," || toks[last + 1]?.key === "in")) return true;
  // "told a regular news briefing in Beijing on Tuesday", "at a press conference on Sunday"
  let b = k;
  if (/^[A-Z]/.test(toks[b]?.text ?? "")) { while (b > 0 && /^[A-Z]/.test(toks[b - 1]?.text ?? "")) b--; if (toks[b - 1]?.key === "in") b -= 2; }
  if (BRIEFING.has(toks[b]?.key ?? "")) return true;
  // "told reporters on Monday", "told AFP on Sunday"
  return toks[k - 1]?.key === "told" && /^[A-Za-z]/.test(toks[k]?.text ?? "");
}
const METONYM_BEFORE = new Set(["urged", "urging", "accused", "accusing", "blamed", "blaming", "pressed", "pressing", "warned", "criticised", "criticized", "asked", "told"]);
const METONYM_AFTER = new Set(["said", "says", "condemned", "condemns", "denied", "denies", "responded", "rejected", "rejects", "urged", "blamed", "accused", "summoned", "demanded", "vowed", "insisted", "expressed", "offered"]);
const GOVERNMENT_NOUN = new Set(["ministry", "government", "foreign", "embassy", "ambassador", "envoy", "officials", "spokesman", "spokesperson", "president", "leaders", "authorities", "mission", "condemnation", "prime"]);
const GOVERNMENT_ACTS = new Set(["granted", "offered", "sent", "deployed", "imposed", "announced", "closed", "reopened", "recalled", "expelled",
  "evacuated", "pledged", "signed", "agreed", "approved", "banned", "designated", "issued", "tightened", "suspended", "resumed", "declared", "protested"]);
const REACTION_NOUN = new Set(["comment", "reaction", "response", "condemnation", "word", "statement", "confirmation"]);
/** The place at `p` stands for its government, not for where something happened (see placesByGroup). */
function governmentMetonym(a: Ann, p: PlaceHit): boolean {
  const keys = a.s.keys;
  const b1 = keys[p.first - 1], b2 = keys[p.first - 2];
  if (b1 === "from" && keys.slice(Math.max(0, p.first - 5), p.first - 1).some((k) => REACTION_NOUN.has(k))) return true;
  if (b1 === "on" && (b2 === "called" || b2 === "calling" || b2 === "calls" || b2 === "urged")) return true;
  if (b1 && METONYM_BEFORE.has(b1)) return true;
  if (b1 === "of" && (b2 === "those" || (b2 === "embassies" || b2 === "governments"))) return true;
  if (b1 === "and" && keys.slice(Math.max(0, p.first - 6), p.first).includes("those")) return true;
  const possessive = /['’]s$/.test(a.s.tokens[p.last].text) || keys[p.last + 1] === "'s" || keys[p.last + 1] === "’s";
  const next = possessive && (keys[p.last + 1] === "'s" || keys[p.last + 1] === "’s") ? p.last + 2 : p.last + 1;
  if (possessive && GOVERNMENT_NOUN.has(keys[next] ?? "")) return true;
  if (!possessive && (METONYM_AFTER.has(keys[next] ?? "") || (keys[next] === "has" && METONYM_AFTER.has(keys[next + 1] ?? "")))) return true;
  // (a country that does what governments do: "India granted e-visas to ...", "Russia has deployed ...")
  if (!possessive && p.place.kind === "country" && (p.first === 0 || /^[,;]$/.test(keys[p.first - 1]) || keys[p.first - 1] === "and") &&
    (GOVERNMENT_ACTS.has(keys[next] ?? "") || ((keys[next] === "has" || keys[next] === "have") && GOVERNMENT_ACTS.has(keys[next + 1] ?? "")))) return true;
  // (and each country of a list that does: "Afghanistan, Pakistan and Iran condemned the attack")
  const q = keys[p.last + 1] === "," || keys[p.last + 1] === "and" ? a.places.find((h) => h.first === p.last + 2 || (keys[p.last + 2] === "and" && h.first === p.last + 3)) : undefined;
  return !!q && q.place.kind === "country" && governmentMetonym(a, q);
}

/** Where something was said: "a regular news briefing", "a press conference", "an interview". */
const BRIEFING = new Set(["briefing", "conference", "interview"]);
/** The place at `first` is where something was said about the attack: "told a regular news briefing in Beijing". */
function saidIn(keys: string[], first: number): boolean {
  return keys[first - 1] === "in" && BRIEFING.has(keys[first - 2] ?? "");
}

const SPEAKER_TITLE = new Set(["spokesman", "spokesperson", "spokeswoman", "spokesmen", "official", "officials", "source", "sources"]);
const MORE_LESS = new Set(["more", "less", "fewer", "higher", "lower"]);
const LEGAL_ACTS = new Set(["sentenced", "convicted", "jailed", "hanged", "indicted", "charged", "acquitted", "arrested", "detained", "extradited"]);
const FINITE = new Set(["took", "seized", "came", "fell", "left", "was", "were", "is", "are", "had", "has", "have", "began", "won", "went", "met", "made", "took", "said", "says", "gave", "struck", "hit", "killed"]);
function isFiniteVerb(k: string): boolean {
  return FINITE.has(k) || (/^[a-z]{3,}ed$/.test(k) && k !== "armed" && k !== "masked" && k !== "suspected" && k !== "wounded" && k !== "injured");
}
// verbs that tell the incident itself ("the attack took place on Friday", "the blast occurred on Monday")
const EVENT_VERB = new Set(["took", "occurred", "happened", "came", "struck", "hit", "killed", "wounded", "injured", "targeted", "left", "claimed", "carried", "began", "started", "ripped", "tore", "unfolded"]);
const PRESENT = new Set(["gathered", "assembled", "queued", "queuing", "lined", "waiting", "praying", "attending", "celebrating", "standing", "sitting", "shopping"]);
function otherClauseOk(toks: Ann["s"]["tokens"], g: Group, d: DateMention): boolean {
  if (d.kind === "relative" && (d.precision === "year" || d.precision === "month")) return false;
  if (/['’]s$/.test(toks[d.last].text)) return true;
  if (d.first > g.last) {
    for (let k = g.last + 1; k < d.first; k++) {
      const kk = toks[k].key;
      if (kk === ";") return false;
      if (kk === "was" || kk === "were" || kk === "is" || kk === "are" || kk === "has" || kk === "have" || kk === "had") {
        let v = k + 1;
        while (v < d.first && (/ly$/.test(toks[v].key) || toks[v].key === "been" || toks[v].key === "later" || toks[v].key === "also")) v++;
        // (the victims' presence told in a relative clause is the attack's time: "targeted Taliban fighters who had gathered to
        // collect their salaries at a bank on Thursday morning")
        if (v < d.first && toks[k - 1]?.key === "who" && PRESENT.has(toks[v].key)) continue;
        if (v < d.first && !EVENT_VERB.has(toks[v].key) && !CASUALTY_VERB.has(toks[v].key) && /^[a-z]+$/.test(toks[v].key)) return false;
      }
    }
    return true;
  }
  for (let k = d.last + 1; k < g.first; k++) {
    const kk = toks[k].key;
    if ((kk === "," && k > d.last + 1) || kk === ";" || kk === "who" || kk === "which" || kk === "while" || (kk === "as" && k > d.last + 1)) return false;
    // (the day of what a court or the police did about it: "On Sunday night, the court arrested four suspects in the attack")
    if (LEGAL_ACTS.has(kk)) return false;
  }
  return true;
}
/**
 * "claimed a suicide bombing at a Shiite mosque in the northwestern city of Peshawar", "claimed the suicide attack on a
 * political gathering in Bajaur": a place in the claimed attack's own phrase, after its attack word.
 */
function ownPlace(keys: string[], g: Group, p: PlaceHit): boolean {
  // (further when the claimed attack's own clause tells its toll first: "claimed the twin bombings that killed dozens of
  // people at a memorial ceremony for the slain commander in the southeastern city of Kerman")
  const toll = (keys[g.last + 1] === "that" || keys[g.last + 1] === "which") && CASUALTY_VERB.has(keys[g.last + 2]);
  if (p.first <= g.last || p.first - g.last > (toll ? 26 : 14)) return false;
  // (over an appositive on the victim in that clause: "the suicide bombing that killed Khalil Haqqani, the Taliban
  // government's minister of refugees, in Kabul")
  let commas = 0;
  for (let k = g.last + (toll ? 3 : 1); k < p.first; k++) {
    if (keys[k] === "," && toll) { commas++; continue; }
    if (keys[k] === "," || keys[k] === ";" || keys[k] === "." || CLAUSE_BREAK.has(keys[k]) || keys[k] === "that" || keys[k] === "which") return false;
  }
  return commas === 0 || (commas === 2 && keys[p.first - 2] === ",");
}
/** "claimed the attack on a political rally in Bajaur on 30 July 2023": a calendar date after the attack's own place or target */
function ownDate(toks: Ann["s"]["tokens"], g: Group, d: DateMention, a: Ann): boolean {
  if (d.first <= g.last || (d.kind === "relative" && d.precision !== "day") || d.m == null) return false;
  // ("claimed responsibility for the suicide bombing that killed the minister ... in Kabul on Wednesday": the clause that tells
  // the attack gives its day)
  const clause = (toks[g.last + 1]?.key === "that" || toks[g.last + 1]?.key === "which") && CASUALTY_VERB.has(toks[g.last + 2]?.key ?? "");
  if (clause) {
    for (let k = g.last + 3; k < d.first; k++) if (toks[k].key === ";" || SPEECH.has(toks[k].key) || isFiniteVerb(toks[k].key)) return false;
    return true;
  }
  if (d.kind === "relative") return false;
  if (toks[g.last + 1]?.key !== "on" && toks[g.last + 1]?.key !== "at" && toks[g.last + 1]?.key !== "against" && toks[g.last + 1]?.key !== "in" && toks[g.last + 1]?.key !== "of") return false;
  if (d.first - g.last < 3) return false;
  // (not a date in what the claim went on to say: "claimed the attack in a post on Monday, saying it was revenge for the
  // killing of its chief in Paktika province last August")
  for (let k = g.last + 1; k < d.first; k++) if (MOTIVE.has(toks[k].key) || SPEECH.has(toks[k].key) || toks[k].key === "saying") return false;
  return a.places.some((p) => p.first > g.last && p.last < d.first) || a.targets.some((t) => t.first > g.last && t.last < d.first);
}

const MEMBERS = new Set(["fighters", "militants", "members", "gunmen", "bombers", "operatives", "suicide"]);
/** "ISIS-K has (repeatedly / also) attacked ...": a group's campaign, whose examples may follow. */
const ATTACK_ADVERBS = new Set(["has", "have", "had", "repeatedly", "also", "frequently", "often", "long", "since", "increasingly", "regularly", "nonetheless", "previously", "already"]);
const ATTACKING_VERBS = new Set(["attacked", "targeted", "struck", "bombed", "attacks", "targets", "strikes", "assassinated"]);
/**
 * "Its deadliest attack was ...", "Its worst attacks were ...", "The group's first attack came ...": the index of the
 * attack word of a sentence that opens the group's record, or -1.
 */
function recordOpening(keys: string[], toks: Ann["s"]["tokens"]): number {
  let i = 0;
  if (keys[0] === "its") i = 1;
  // ("the group's" is one token whose key drops the possessive)
  else if (keys[0] === "the" && keys[1] === "group" && /['’]s$/.test(toks[1]?.text ?? "")) i = 2;
  else return -1;
  for (let k = i; k < i + 4 && k < keys.length; k++) {
    if (!RECORD_NOUNS.has(keys[k])) continue;
    let vk = keys[k + 1] === "so" && keys[k + 2] === "far" ? k + 3 : k + 1;
    // (over a place or time phrase: "Its deadliest attack in Khyber Pakhtunkhwa remains the bombing of ...")
    if (keys[vk] === "in" || keys[vk] === "on" || keys[vk] === "since") {
      let e = vk + 1;
      while (e < keys.length && e - vk <= 5 && !RECORD_VERBS.has(keys[e]) && keys[e] !== "," && keys[e] !== ".") e++;
      if (RECORD_VERBS.has(keys[e])) vk = e;
    }
    if (RECORD_VERBS.has(keys[vk])) return k;
    // "Its bombing of a party convention in Bajaur on 30 July 2023 killed 63 people": one attack of the group's, told
    // by its target and a verb of its effect later in the sentence
    if (k === i && SINGLE_RECORD.has(keys[k]) && (keys[k + 1] === "of" || keys[k + 1] === "at" || keys[k + 1] === "on") &&
      keys.slice(k + 2, k + 24).some((x) => x === "killed" || x === "left" || x === "claimed" || x === "wounded" || x === "injured")) return k;
    return -1;
  }
  return -1;
}
const RECORD_VERBS = new Set(["was", "were", "came", "remains", "remained"]);
const SINGLE_RECORD = new Set(["attack", "bombing", "assault", "massacre"]);
const LIST_VERBS = new Set(["included", "include", "includes", "including"]);
const RECORD_SUBJECTS = new Set(["attacks", "bombings", "assaults", "massacres", "atrocities", "campaign", "operations", "record"]);
/**
 * A list of attacks whose subject is a group's record: "the group's attacks in Afghanistan included ...", "its deadliest
 * bombings include ...", "ISKP's campaign ... was one of attacks on Shias, including ...". The owner (a named group, or
 * `own` for "its" / "the group's"), its position and the index of the list's verb; or null.
 */
function recordListOwner(a: Ann, own: Actor | null): { actor: Actor; wording: string; pos: number; at: number } | null {
  const keys = a.s.keys;
  let at = 0;
  while (at < keys.length && !LIST_VERBS.has(keys[at])) at++;
  if (at === keys.length) return null;
  for (let k = at - 1; k >= 0 && at - k <= 14; k--) {
    if (keys[k] === "." || keys[k] === ";") return null;
    if (!RECORD_SUBJECTS.has(keys[k])) continue;
    const owner = possessiveOwner(a, k, own);
    return owner ? { ...owner, at } : null;
  }
  return null;
}
/**
 * The group whose possessive stands before the noun at `k`, over up to two adjectives: "its deadliest attacks", "the
 * group's mass-casualty bombings", "ISKP's campaign" (`own` for "its" and "the group's"); or null.
 */
function possessiveOwner(a: Ann, k: number, own: Actor | null): { actor: Actor; wording: string; pos: number } | null {
  const keys = a.s.keys;
  const toks = a.s.tokens;
  for (let o = k - 1; o >= 0 && k - o <= 4; o--) {
    const p = keys[o] === "'s" ? o - 1 : o;
    const poss = keys[o] === "'s" || /['’]s$/.test(toks[o].text) || keys[o] === "its";
    if (poss) {
      const h = a.actors.find((x) => x.last === p && isPerpKind(x.value));
      if (h) return { actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), pos: h.first };
      const pronoun = keys[o] === "its" || (PRONOUN_SUBJ.has(keys[p]) && keys[p] !== "it" && keys[p - 1] === "the");
      if (pronoun && own && isPerpKind(own)) return { actor: own, wording: a.s.text.slice(toks[keys[o] === "its" ? o : p - 1].start - a.s.start, toks[o].end - a.s.start), pos: o };
      return null;
    }
    if (!/^[a-z-]+$/.test(toks[o].text)) break;
  }
  return null;
}
/**
 * "It was the group's most prominent assassination since March 2023, when a suicide bomber killed the governor of
 * Balkh ...": a record of the group's measured from an earlier attack of its own, told in the when-clause. The owner and
 * the index of "when", or null.
 */
function sinceWhenOwner(a: Ann, own: Actor | null): { actor: Actor; wording: string; pos: number; at: number } | null {
  const keys = a.s.keys;
  for (const d of a.dates) {
    if (keys[d.first - 1] !== "since" || keys[d.last + 1] !== "," || keys[d.last + 2] !== "when") continue;
    const noun = d.first - 2;
    if (!(NOUN_SG.has(keys[noun]) || keys[noun] === "assassination" || keys[noun] === "attack")) continue;
    // (a record: a superlative or an ordinal before the noun)
    if (![1, 2, 3].some((b) => RECORD_ADJ.has(keys[noun - b] ?? "") || /est$/.test(keys[noun - b] ?? ""))) continue;
    const owner = possessiveOwner(a, noun, own);
    if (owner) return { ...owner, at: d.last + 2 };
  }
  return null;
}
const AIMED = new Set(["aimed", "aiming", "targeting", "targeted", "target", "against", "intended", "meant", "hunting"]);
const STATE_KINDS = new Set(["state", "security force", "state agency"]);
// (a headline's present too: "Pakistan bombs TTP 'hideouts' in Paktika")
const STATE_STRIKE_VERBS = new Set(["fired", "struck", "launched", "bombed", "shelled", "pounded", "hit", "bombs", "pounds", "shells", "fires"]);
const STRIKE_NOUNS = new Set(["drone", "air", "airstrike", "airstrikes", "missile", "strike", "strikes"]);
/** The state whose strike a sentence tells, as its subject ("Iran fired missiles at ...") or before the strike ("a U.S. drone strike"). */
function stateStrike(a: Ann): { actor: Actor; wording: string; pos: number } | null {
  const keys = a.s.keys;
  for (const h of a.actors) {
    if (!STATE_KINDS.has(h.value.kind)) continue;
    const before = keys.slice(0, h.first);
    // the subject: at the head of the sentence or of its clause after an opening date ("In January, Iran fired ...")
    // (also after "the" or a state's possessive: "On 15 January, the Revolutionary Guards fired ...", "Iran's Revolutionary
    // Guards fired ...")
    let head = h.first;
    if (before[head - 1] === "the" || a.actors.some((o) => o.last === head - 1 && o.value.kind === "state" && /['’]s$/.test(a.s.tokens[head - 1].text))) head--;
    const subject = (head === 0 || before[head - 1] === ",") && STATE_STRIKE_VERBS.has(keys[h.last + 1] ?? "");
    const adjective = STRIKE_NOUNS.has(keys[h.last + 1] ?? "") && (keys[h.first - 1] === "a" || keys[h.first - 1] === "the" || keys[h.first - 1] === "an");
    if (subject || adjective) return { actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), pos: h.first };
  }
  return null;
}

/** "... the victims of [the suicide] attack": the words before the attack word, after `after`, name its victims. */
function victimsOf(keys: string[], first: number, after: number): boolean {
  for (let k = first - 1; k > after && first - k <= 6; k--) if (keys[k] === "of" && (keys[k - 1] === "victims" || keys[k - 1] === "dead")) return true;
  return false;
}

/** "A day before the Moscow attack, ...", "Weeks after the Kabul bombing, ...": the index of the group the opening aside names, or -1. */
function leadingAside(keys: string[], groups: Group[]): number {
  const g = groups[0];
  if (!g || !g.anaphoric || keys[g.last + 1] !== "," || g.first > 9) return -1;
  let k = 0;
  if (countWord(keys[0]) != null) k = 1;
  if (!["day", "days", "week", "weeks", "hours", "month", "months"].includes(keys[k] ?? "") || !(keys[k + 1] === "before" || keys[k + 1] === "after")) return -1;
  return 0;
}

const SITE_CUES = new Set(["two", "three", "both", "separate", "twin", "simultaneous", "coordinated", "multiple"]);
/**
 * The sites of a coordinated attack named together: "attacks on two Frontier Corps camps in the Panjgur and Naushki
 * districts", "two separate attacks in the Zhob and Sui areas" (two or more towns or districts of one country joined by
 * "and" or a comma, in a sentence that tells several attacks). Null when there are none.
 */
function coordinatedSites(a: Ann): PlaceHit[] | null {
  if (a.places.length < 2) return null;
  const ps = a.places.filter((p) => !p.modifier && p.place.kind !== "country" && p.place.kind !== "admin1");
  if (ps.length < 2) return null;
  const keys = a.s.keys;
  let out: PlaceHit[] | null = null;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i], q = ps[i + 1];
    if (p.place.country !== q.place.country || p.place.id === q.place.id || q.first - p.last > 3) continue;
    let joined = true;
    for (let k = p.last + 1; k < q.first; k++) if (keys[k] !== "and" && keys[k] !== "," && keys[k] !== "the") { joined = false; break; }
    if (!joined) continue;
    out ??= [p];
    if (!out.includes(p)) out = [p];
    out.push(q);
  }
  if (!out || !keys.some((k) => SITE_CUES.has(k) || NOUN_PL.has(k))) return null;
  return out;
}

/** "In Naushki, ...": a place that opens the sentence, set off by a comma. */
function siteLead(a: Ann): PlaceHit | null {
  const keys = a.s.keys;
  if (keys[0] !== "in") return null;
  const p = a.places.find((h) => (h.first === 1 || (h.first === 2 && keys[1] === "the")) && !h.modifier);
  return p && keys[p.last + 1] === "," ? p : null;
}

const THEIR_ACTS = new Set(["attacked", "stormed", "bombed", "killed", "struck", "detonated", "blew", "rammed", "opened", "ambushed", "targeted", "shot", "drove", "overran",
  "carried", "launched", "set", "laid", "raided", "besieged", "fired", "seized"]);
/**
 * "their (own) fighters drove ...", "one of its suicide bombers killed ...", "the group's fighters laid siege ...", at the
 * head of the sentence or of its clause: where "their" / "its" / "the group's" is and the members word ends, or null
 */
function theirPeople(a: Ann): { at: number; end: number } | null {
  const keys = a.s.keys;
  for (let i = 0; i < Math.min(keys.length, 12); i++) {
    // ("the group's" is one token whose key drops the possessive)
    const groups = keys[i] === "the" && keys[i + 1] === "group" && /['’]s$/.test(a.s.tokens[i + 1]?.text ?? "");
    if (keys[i] !== "their" && keys[i] !== "its" && !groups) continue;
    // ("On August 11, one of its suicide bombers killed ...", "eight of its fighters stormed ...": some of them)
    const of = keys[i - 1] === "of" && countWord(keys[i - 2]) != null ? i - 2 : i;
    if (of > 0 && keys[of - 1] !== "," && !a.dates.some((d) => d.last === of - 1)) continue;
    let m = groups ? i + 2 : keys[i + 1] === "own" ? i + 2 : i + 1;
    if (keys[m] === "suicide" && (keys[m + 1] === "bombers" || keys[m + 1] === "bomber")) m++;
    if (MEMBERS.has(keys[m] ?? "") && THEIR_ACTS.has(keys[m + 1] ?? "")) return { at: i, end: m };
  }
  return null;
}

/** "Two days later," / "A day later," / "The next day," / "The following day," opening a sentence: the days it counts. */
function laterPhrase(keys: string[]): { days: number; months: number; first: number; last: number } | null {
  const k0 = keys[0] === "and" || keys[0] === "then" ? 1 : 0;
  if ((keys[k0] === "the" && (keys[k0 + 1] === "next" || keys[k0 + 1] === "following") && keys[k0 + 2] === "day")) return { days: 1, months: 0, first: k0, last: k0 + 2 };
  const n = countWord(keys[k0]);
  if (n == null || keys[k0 + 3] !== "," || keys[k0 + 2] !== "later") return null;
  const unit = dayUnit(keys[k0 + 1]);
  // ("Two months later, gunmen stormed ...", "A year later, ...": counted in months from the month told before)
  const months = keys[k0 + 1] === "month" || keys[k0 + 1] === "months" ? n : keys[k0 + 1] === "year" || keys[k0 + 1] === "years" ? 12 * n : 0;
  if (!unit && !months) return null;
  return { days: n * unit, months, first: k0, last: k0 + 2 };
}

/** a place in a country's own territory: "a Tajik military installation", "an Uzbek border post" (not "Russian positions", often abroad) */
const HOME_GROUND = new Set(["installation", "installations", "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints",
  "town", "towns", "village", "villages", "city", "cities", "region", "side", "border", "garrison"]);
const FLIGHT = new Set(["fled", "flee", "flees", "fleeing", "escaped", "escape", "escaping", "retreated", "retreating"]);
const TOWARD = new Set(["to", "toward", "towards", "into", "for"]);
/** The place at `first` is where the attackers went afterwards: "before fleeing toward the Bryansk region". */
function fledTo(keys: string[], first: number): boolean {
  const p = keys[first - 1] === "the" ? first - 2 : first - 1;
  if (TOWARD.has(keys[p] ?? "") && FLIGHT.has(keys[p - 1] ?? "")) return true;
  // (nor where a train or bus was to go: "shortly before the Jaffar Express was due to leave for Peshawar", "a bus bound for Quetta",
  // nor where a road leads: "near a highway interchange on the road to Kabul")
  return (keys[p] === "for" && DEPARTURE.has(keys[p - 1] ?? "")) || (keys[p] === "to" && (keys[p - 1] === "road" || keys[p - 1] === "highway" || keys[p - 1] === "route"));
}
const DEPARTURE = new Set(["leave", "leaves", "left", "leaving", "bound", "depart", "departs", "departed", "departing", "departure", "destined"]);

/** Where "(on) the same day that / as / when ..." or "the day that ..." opens another event's clause, else Infinity. */
function sameDayClause(keys: string[]): number {
  for (let k = 2; k + 1 < keys.length; k++) {
    if (keys[k] !== "day" || (keys[k + 1] !== "that" && keys[k + 1] !== "as" && keys[k + 1] !== "when")) continue;
    if (keys[k - 1] === "same" && keys[k - 2] === "the") return k + 1;
    if (keys[k - 1] === "the" && keys[k + 1] === "that") return k + 1;
  }
  return Infinity;
}

/** "Two days after the attack ...," / "A week after the bombing ...," opening a sentence: the days it counts back. */
function sincePhrase(keys: string[]): { days: number; first: number; last: number } | null {
  const k0 = keys[0] === "and" || keys[0] === "now" ? 1 : 0;
  const n = countWord(keys[k0]);
  const unit = dayUnit(keys[k0 + 1]);
  if (n == null || !unit || keys[k0 + 2] !== "after" || (keys[k0 + 3] !== "the" && keys[k0 + 3] !== "a")) return null;
  return { days: n * unit, first: k0, last: k0 + 2 };
}

/**
 * The sentence's dates as its incidents read them: "on the eve of Thursday's elections" is the day before, and "Two days
 * later," / "The next day," / "that same month" / "later that month" are dates counted from the date told just before
 * (in the sentence, else `previous`, the incident told before it). The sentence's own date mentions are left as they are
 * (they are also the document's mentions): the readings here are copies.
 */
function incidentDates(a: Ann, previous: DateVal | null, skip: (d: DateMention) => boolean, ref: Date | null = null): DateMention[] {
  const toks = a.s.tokens;
  const at = (first: number, last: number, y: number, m: number | null, d: number | null, precision: DateMention["precision"]): DateMention =>
    ({ first, last, start: toks[first].start, end: toks[last].end, y, m, d, precision, kind: "absolute", needYear: false, pastMonth: false, before: null });
  const dayShift = (y: number, m: number, d: number, days: number) => new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  const dates = a.dates.map((d) => {
    // (also "on the eve of the February 8 general election")
    const of = toks[d.first - 1]?.key === "the" ? d.first - 2 : d.first - 1;
    if (d.precision !== "day" || d.y == null || d.m == null || d.d == null || toks[of]?.key !== "of" || toks[of - 1]?.key !== "eve") return d;
    const day = dayShift(d.y, d.m, d.d, -1);
    return { ...d, y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
  });
  // "Two days after the attack on the Crocus City Hall ..., the number of dead has risen to 137": the attack, counted back
  // from the report's day, when the sentence tells no date of its own
  const since = ref && !a.dates.some((d) => d.y != null && !skip(d)) ? sincePhrase(a.s.keys) : null;
  if (since) {
    const day = dayShift(ref!.getUTCFullYear(), ref!.getUTCMonth() + 1, ref!.getUTCDate(), -since.days);
    dates.push(at(since.first, since.last, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day"));
  }
  const later = laterPhrase(a.s.keys);
  const ownDate = a.dates.some((d) => d.y != null && !skip(d));
  if (later && !later.months && previous?.precision === "day" && previous.m != null && previous.d != null && !ownDate) {
    const day = dayShift(previous.y, previous.m, previous.d, later.days);
    dates.push(at(later.first, later.last, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day"));
  }
  // ("Two months later," after "In January 2024": March 2024; "A year later," after 2021: 2022)
  if (later?.months && previous && !ownDate) {
    if (previous.m != null && later.months % 12 !== 0) {
      const mi = previous.y * 12 + previous.m - 1 + later.months;
      dates.push(at(later.first, later.last, Math.floor(mi / 12), (mi % 12) + 1, null, "month"));
    } else dates.push(at(later.first, later.last, previous.y + Math.floor(later.months / 12), null, null, "year"));
  }
  // "that October", "later that October": the month named, in the year told before
  if (previous && !ownDate) {
    const keys = a.s.keys;
    for (let k = 0; k + 1 < keys.length; k++) {
      if (keys[k] !== "that" || !isMonthWord(keys[k + 1]) || a.dates.some((d) => d.first <= k + 1 && d.last >= k + 1 && d.y != null)) continue;
      // (a month's name in capitals, and not the modal: "attacks that may have been")
      if (!/^[A-Z]/.test(toks[k + 1].text) || (keys[k + 1] === "may" && !/^(?:,|\.|;|when|as|after|before|in|and)$/.test(keys[k + 2] ?? "."))) continue;
      const m = monthNumber(keys[k + 1]);
      if (m) dates.push(at(k, k + 1, previous.y, m, null, "month"));
      break;
    }
  }
  // "On October 8, a suicide bomber killed ... in Kunduz, and a week later two bombers struck ...": a later attack of the
  // same sentence, counted from the day told before it; "... a suicide bombing at a Shia mosque in Kunduz exactly a week
  // earlier", "two days before": counted back from the day told before it, else from the incident in focus
  const keys = a.s.keys;
  for (let k = 2; k < keys.length; k++) {
    const later = keys[k] === "later" && (keys[k - 3] === "and" || keys[k - 3] === "," || keys[k - 3] === ";" || keys[k - 3] === "then");
    const earlier = keys[k] === "earlier" || (keys[k] === "before" && (k + 1 >= keys.length || keys[k + 1] === "." || keys[k + 1] === "," || keys[k + 1] === "and"));
    // (a sentence that opens "A week earlier," counts back from the incident told before it; "Two days later," is laterPhrase's)
    if ((!later && !earlier) || (k - 2 === 0 && !earlier)) continue;
    const unit = dayUnit(keys[k - 1]), n = countWord(keys[k - 2]);
    if (!unit || !n) continue;
    const prev = dates.filter((d) => d.last < k - 2 && d.precision === "day" && d.y != null && d.m != null && d.d != null && !skip(d)).pop();
    const from = prev ? { y: prev.y!, m: prev.m!, d: prev.d! } :
      earlier && previous?.precision === "day" && previous.m != null && previous.d != null ? { y: previous.y, m: previous.m, d: previous.d } : null;
    if (!from) continue;
    const first = earlier && (keys[k - 3] === "exactly" || keys[k - 3] === "just" || keys[k - 3] === "only") ? k - 3 : k - 2;
    const day = dayShift(from.y, from.m, from.d, (later ? 1 : -1) * n * unit);
    dates.push(at(first, k, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day"));
  }
  for (const ph of sameTimePhrases(a.s.keys)) {
    const prev = dates.filter((d) => d.last < ph.first && d.y != null && !skip(d)).pop();
    const anchor = prev ? { y: prev.y!, m: prev.m, d: prev.d } : previous ? { y: previous.y, m: previous.m, d: previous.d } : null;
    if (!anchor || (ph.unit !== "year" && anchor.m == null) || (ph.unit === "day" && anchor.d == null)) continue;
    dates.push(at(ph.first, ph.last, anchor.y, ph.unit === "year" ? null : anchor.m, ph.unit === "day" ? anchor.d : null, ph.unit));
  }
  return dates;
}

/** The token at `k` is part of a calendar date with its month ("Aug. 26, 2021"), not a weekday or a relative date. */
function calendarDateAt(a: Ann, k: number): boolean {
  if (!a.dateTok[k]) return false;
  return a.dates.some((d) => d.first <= k && d.last >= k && d.kind !== "relative" && d.m != null && d.d != null);
}

/** "that same month", "the same day", "later that month", "earlier that year": where they are, and the unit they keep. */
function sameTimePhrases(keys: string[]): { first: number; last: number; unit: "day" | "month" | "year" }[] {
  const out: { first: number; last: number; unit: "day" | "month" | "year" }[] = [];
  // ("The same afternoon, a blast ...", "later that evening": the day told before)
  const unitOf = (k: string | undefined) => (k === "day" || k === "afternoon" || k === "morning" || k === "evening" || k === "night" ? "day" : k === "month" ? "month" : k === "year" ? "year" : null);
  for (let i = 0; i + 2 < keys.length; i++) {
    // "On that day, two explosions ripped through ...": the day told before
    if (keys[i] === "that" && keys[i + 1] === "day" && (i === 0 || (i === 1 && keys[0] === "on"))) out.push({ first: i, last: i + 1, unit: "day" });
    const u = unitOf(keys[i + 2]);
    if (!u) continue;
    // ("in May of the same year", "in May that year": the month's own year, read with the dates)
    if (u === "year" && isMonthWord((keys[i - 1] === "of" ? keys[i - 2] : keys[i - 1]) ?? "")) continue;
    if ((keys[i] === "that" || keys[i] === "the") && keys[i + 1] === "same") out.push({ first: i, last: i + 2, unit: u });
    else if ((keys[i] === "later" || keys[i] === "earlier") && keys[i + 1] === "that") out.push({ first: i, last: i + 2, unit: u });
  }
  return out;
}

/** "..., and the suicide assault on ...": an attack word after "and the" (over up to two modifiers), a second object of a claim */
function coordinatedThe(keys: string[], k0: number): boolean {
  for (let b = 1; b <= 3; b++) if (keys[k0 - b] === "the") return keys[k0 - b - 1] === "and";
  return false;
}

/** A sentence that opens with a date ("August 26, 2021 - Kabul: ...", "In March 2022, ...", "- On May 8, ..."). */
function leadsWithDate(a: Ann): boolean {
  const k0 = a.s.keys[0] === "-" || a.s.keys[0] === "•" || a.s.keys[0] === "*" || a.s.keys[0] === "–" ? 1 : 0;
  return a.dates.some((d) => d.first === k0 || (d.first <= k0 + 2 && (a.s.keys[k0] === "in" || a.s.keys[k0] === "on")));
}
const COPULA_ADVERBS = new Set(["also", "reportedly", "allegedly", "apparently", "probably", "likely", "widely", "thought", "believed"]);
const LIST_NOUNS = new Set(["attacks", "bombings", "assaults", "massacres", "atrocities"]);
const RECORD_NOUNS = new Set(["attack", "attacks", "bombing", "bombings", "assault", "massacre", "operation", "strike"]);
const MOURNING = new Set(["buried", "bury", "burying", "funeral", "funerals", "burial", "burials", "mourned"]);
function mourningBefore(toks: Ann["s"]["tokens"], first: number): boolean {
  for (let b = 1; b <= 4 && first - b >= 0; b++) if (MOURNING.has(toks[first - b].key)) return true;
  return false;
}
const COMMEMORATE = new Set(["commemorate", "mark", "mourn", "remember", "honour", "honor", "pay"]);
const ATTACKERS = new Set(["bomber", "bombers", "gunman", "gunmen", "fighter", "fighters", "militant", "militants", "member", "members", "attacker", "attackers", "operative", "operatives"]);
const GROUP_ACTS = new Set(["attacked", "stormed", "bombed", "killed", "struck", "detonated", "blew", "rammed", "opened", "ambushed", "targeted", "shot", "overran"]);
const PRONOUN_SUBJ = new Set(["group", "it", "organization", "organisation", "militants", "jihadists", "outfit", "affiliate", "offshoot", "branch"]);
const SUBORD_OPEN = new Set(["when", "after", "as", "since", "because", "once", "while", "before", "though", "although", "and", "but", "then"]);
const GROUP_STRIKES = new Set(["struck", "hit", "staged", "launched", "mounted", "conducted", "targeted", "assassinated"]);
/** The verbs of a group telling its own attack: "said its fighters detonated ...", "said one of its men planted the bomb". */
const OWN_ATTACK_VERBS = new Set([...GROUP_ACTS, "carried", "conducted", "planted", "executed", "assassinated", "launched", "fired", "hit", "exploded", "set"]);
const SAY_VERBS = new Set(["said", "says", "announced", "stated", "declared"]);
/** Words between "claimed by" and the group's name: "claimed by the banned TTP", "by the outlawed militant group". */
const CLAIMANT_EPITHETS = new Set(["the", "a", "banned", "outlawed", "proscribed", "militant", "little-known", "shadowy", "jihadist", "extremist", "terrorist", "separatist", "insurgent", "local", "regional"]);
/** "took responsibility", "has taken full responsibility", "accepted responsibility", "claimed credit": a claim. */
const TAKE_VERBS = new Set(["took", "take", "takes", "taken", "taking", "accepted", "accepts", "accepting", "assumed", "assumes"]);
const takesResponsibility = (keys: string[], k: number): boolean =>
  TAKE_VERBS.has(keys[k]) && (keys[k + 1] === "responsibility" || keys[k + 1] === "credit" || (keys[k + 1] === "full" && keys[k + 2] === "responsibility"));
/** Attacks other than the one told: "has claimed similar bombings in the past", "claimed responsibility for previous attacks". */
const OTHER_ATTACKS = new Set(["similar", "previous", "past", "earlier", "prior", "other"]);
const claimsOthers = (nx: string[]): boolean => nx.some((x, i) => i < 5 && OTHER_ATTACKS.has(x) && NOUN_PL.has(nx[i + 1] ?? ""));

/**
 * A group's own word that it attacked, after its verb of saying at `k`: "said (in a statement on its Amaq news agency)
 * (that) it / its fighters / one of its suicide bombers (had) detonated ...", "said it was behind the attack", "said it was
 * responsible." The group telling its own attack is its claim. Returns the attack words (groups) the claim names: the
 * index of the group claimed, -1 when the sentence names none (the attack the report is about), or null when this is
 * not such a statement.
 */
function ownAttackStatement(keys: string[], k: number, a: Ann, groups: Group[]): number | null {
  const n = keys.length;
  let q = k + 1;
  // (over the day it said so: "X said late on Monday that ...")
  while (q < n && q - k <= 6 && (a.dateTok[q] || keys[q] === "late" || keys[q] === "early" || (keys[q] === "on" && a.dateTok[q + 1]))) q++;
  // (over where it said so: "said in a statement that", "said on Telegram that", ", in a statement posted on its Amaq agency, that")
  if (keys[q] === "," || keys[q] === "in" || keys[q] === "on" || keys[q] === "via" || keys[q] === "through") {
    for (let e = q + 1; e < n && e - q <= 12; e++) {
      if (keys[e] === "that") { q = e; break; }
      if (keys[e] === "." || keys[e] === ";" || keys[e] === "said") break;
    }
  }
  if (keys[q] === "that") q++;
  // the subject: the group itself or its own people
  let subj = -1;
  if (keys[q] === "it") subj = q + 1;
  else if (keys[q] === "its" && keys[q + 1] === "suicide" && ATTACKERS.has(keys[q + 2] ?? "")) subj = q + 3;
  else if (keys[q] === "its" && (ATTACKERS.has(keys[q + 1] ?? "") || keys[q + 1] === "men" || keys[q + 1] === "mujahideen")) subj = q + 2;
  else if (keys[q] === "one" && keys[q + 1] === "of" && keys[q + 2] === "its") {
    const r = keys[q + 3] === "suicide" ? q + 4 : q + 3;
    if (ATTACKERS.has(keys[r] ?? "") || keys[r] === "men" || keys[r] === "mujahideen") subj = r + 1;
  }
  if (subj < 0) return null;
  let v = subj;
  while (v < n && v - subj <= 2 && (keys[v] === "had" || keys[v] === "has" || keys[v] === "have" || keys[v] === "also")) v++;
  const verb = keys[v] ?? "";
  const clauseEnd = (x: number) => x >= n || keys[x] === "." || keys[x] === ";" || keys[x] === ",";
  // "it was behind the attack", "it was responsible for the bombing", "it was responsible."
  if (keys[subj - 1] === "it" && (verb === "was" || verb === "is") && (keys[v + 1] === "behind" || keys[v + 1] === "responsible")) {
    const gb = groups.findIndex((g) => g.first > v + 1 && g.first - v <= 5);
    if (gb >= 0) return gb;
    return clauseEnd(v + 2) ? -1 : null;
  }
  // "it carried out the attack", "it fired rockets at ...": an attack word right there
  const at = groups.findIndex((g) => g.first >= v && g.first - v <= 1);
  if (at >= 0) return at;
  if (!OWN_ATTACK_VERBS.has(verb)) return null;
  const after = groups.findIndex((g) => g.first > v && g.first - v <= 8 && !keys.slice(v + 1, g.first).some((x) => x === "." || x === ";"));
  if (after >= 0) return after;
  // (no attack word in the sentence: the attack the report tells)
  return groups.length ? null : -1;
}
const GROUP_ADJ = new Set(["same", "militant", "extremist", "terror", "terrorist", "jihadist", "jihadi", "regional", "local", "afghan"]);
/** the words of a record's superlative before its attack word: "the deadliest attack", "the first major attack" */
const RECORD_ADJ = new Set(["deadliest", "worst", "bloodiest", "largest", "biggest", "most", "deadly", "first", "last", "latest", "only", "major", "single", "suicide", "second", "third"]);
const SERIES_NOUNS = new Set(["string", "series", "spate", "wave", "run", "chain"]);
const CLAUSE_IT_VERBS = new Set(["claimed", "mounted", "staged", "launched", "carried", "conducted", "perpetrated", "stormed", "attacked", "bombed", "was", "is"]);
const APPOSITIVE_NOUNS = new Set(["attack", "bombing", "assault", "massacre", "killing", "blast", "ambush"]);
/** "The group also claimed a 2021 attack ...", "It claimed responsibility ..." → the document's main armed group. */
function pronounPerp(a: Ann, groups: Group[], main: Actor): (PerpCand & { group: number }) | null {
  const keys = a.s.keys;
  // "..., an attack the group also claimed" / "..., a bombing that it claimed": an appositive on the incident before
  // (also "..., the deadliest attack the group has claimed in Pakistan", and a record the sentence opens with: "The
  // deadliest attack the group has claimed in the country came in June 2017, when its gunmen ...")
  for (let i = 1; i + 3 < keys.length; i++) {
    if (!APPOSITIVE_NOUNS.has(keys[i])) continue;
    let d = i - 1;
    while (d > 0 && i - d <= 2 && RECORD_ADJ.has(keys[d])) d--;
    const det = keys[d];
    const opening = d === 0 && (det === "the" || det === "its") && i - d >= 2;
    if (!opening && !(keys[d - 1] === "," && (det === "an" || det === "a" || (det === "the" && i - d >= 2)))) continue;
    let j = i + 1;
    if (keys[j] === "that" || keys[j] === "which") j++;
    const subj = keys[j] === "it" ? j : keys[j] === "the" && PRONOUN_SUBJ.has(keys[j + 1] ?? "") && keys[j + 1] !== "it" ? j + 1 : -1;
    if (subj < 0) continue;
    let k = subj + 1;
    while (k < keys.length && k - subj <= 3 && (keys[k] === "also" || keys[k] === "has" || keys[k] === "had" || keys[k] === "later" || keys[k] === "quickly" || keys[k] === "swiftly")) k++;
    if (keys[k] !== "claimed" || !groups.length) continue;
    // (the appositive's attack is the one told before its comma)
    let own = opening ? groups.findIndex((g) => g.first <= i && g.last >= i) : -1;
    if (!opening) groups.forEach((g, gi) => { if (g.last < d - 1) own = gi; });
    return { actor: main, wording: a.s.text.slice(a.s.tokens[j].start - a.s.start, a.s.tokens[subj].end - a.s.start), basis: "claimed", rank: 3, pos: i, group: own >= 0 ? own : nearestGroup(groups, d - 1, d - 1, true), apposClaim: true };
  }
  // "In the deadliest attack claimed by the group on Turkish soil, a gunman ...", "a bombing claimed by it": the attack
  // before the claim
  for (let i = 1; i + 2 < keys.length; i++) {
    if (keys[i] !== "claimed" || keys[i + 1] !== "by" || !groups.length) continue;
    const subj = keys[i + 2] === "it" ? i + 2 : keys[i + 2] === "the" && PRONOUN_SUBJ.has(keys[i + 3] ?? "") && keys[i + 3] !== "it" ? i + 3 : -1;
    if (subj < 0) continue;
    let gi = -1;
    groups.forEach((g, n) => { if (g.last < i && i - g.last <= 4) gi = n; });
    // (or the attack a relative clause is about: "the bombing of ... on 4 March 2022, which killed at least 63 worshippers and
    // was claimed by the group")
    if (gi < 0 && keys[i - 1] === "was" && keys[i - 2] === "and") {
      let w = i - 3;
      while (w > 0 && i - w <= 20 && keys[w] !== "which" && keys[w] !== "." && keys[w] !== ";") w--;
      if (keys[w] === "which" && keys[w - 1] === ",") groups.forEach((g, n) => { if (g.last < w) gi = n; });
    }
    if (gi < 0) continue;
    return { actor: main, wording: a.s.text.slice(a.s.tokens[i + 2].start - a.s.start, a.s.tokens[subj].end - a.s.start), basis: "claimed", rank: 3, pos: i, group: gi };
  }
  for (let i = 0; i < Math.min(keys.length, 14); i++) {
    // "one of its bombers killed six people": one of the group's own people
    if (keys[i] === "one" && keys[i + 1] === "of" && keys[i + 2] === "its" && ATTACKERS.has(keys[i + 3] ?? "") && GROUP_ACTS.has(keys[i + 4] ?? ""))
      return { actor: main, wording: a.s.text.slice(a.s.tokens[i + 2].start - a.s.start, a.s.tokens[i + 3].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: groups.length ? nearestGroup(groups, i + 4, i + 4) : -1 };
    // "officials blamed it for twin suicide bombings", "Tehran blamed the group for a second shooting": the group the text
    // is about, suspected
    if ((keys[i] === "blamed" || keys[i] === "blame") && keys[i + 1] === "it" && keys[i + 2] === "for" && groups.some((g) => g.first > i + 2 && g.first - i <= 8))
      return { actor: main, wording: a.s.text.slice(a.s.tokens[i + 1].start - a.s.start, a.s.tokens[i + 1].end - a.s.start), basis: "suspected", rank: 1, pos: i, group: nearestGroup(groups, i + 3, i + 3) };
    // ("blamed the same group for twin bombings in Iran")
    if ((keys[i] === "blamed" || keys[i] === "blame") && keys[i + 1] === "the") {
      const noun = PRONOUN_SUBJ.has(keys[i + 2] ?? "") ? i + 2 : GROUP_ADJ.has(keys[i + 2] ?? "") && PRONOUN_SUBJ.has(keys[i + 3] ?? "") ? i + 3 : -1;
      if (noun > 0 && keys[noun + 1] === "for" && groups.some((g) => g.first > noun + 1 && g.first - noun <= 8))
        return { actor: main, wording: a.s.text.slice(a.s.tokens[i + 1].start - a.s.start, a.s.tokens[noun].end - a.s.start), basis: "suspected", rank: 1, pos: i, group: nearestGroup(groups, noun + 2, noun + 2) };
    }
    // "the same terrorist group launched simultaneous attacks on ...": the group named before, wherever in the sentence
    if (keys[i] === "same" && keys[i - 1] === "the") {
      const noun = PRONOUN_SUBJ.has(keys[i + 1] ?? "") ? i + 1 : PRONOUN_SUBJ.has(keys[i + 2] ?? "") && /^[a-z-]+$/.test(keys[i + 1] ?? "") ? i + 2 : -1;
      // (over an auxiliary: "The same group had claimed the attack on the Shah Cheragh shrine ...")
      const v = keys[noun + 1] === "had" || keys[noun + 1] === "has" || keys[noun + 1] === "also" ? keys[noun + 2] : keys[noun + 1];
      if (noun > 0 && (v === "launched" || v === "carried" || v === "attacked" || v === "stormed" || v === "staged" || v === "mounted" || v === "claimed") &&
        groups.some((g) => g.first > noun && g.first - noun <= 6))
        return { actor: main, wording: a.s.text.slice(a.s.tokens[i - 1].start - a.s.start, a.s.tokens[noun].end - a.s.start), basis: v === "claimed" ? "claimed" : "attributed", rank: v === "claimed" ? 3 : 2, pos: i, group: nearestGroup(groups, noun + 1, noun + 1, true) };
    }
    // (the subject further on after an opening time phrase: "Less than three weeks later, on 7 May, the group claimed ...")
    // (or of a clause joined by a conjunction: "The Taliban say they have beaten the group, but it has mounted ...")
    const clauseIt = keys[i] === "it" && (keys[i - 1] === "but" || keys[i - 1] === "yet") && keys[i - 2] === ",";
    if (i >= 8 && !clauseIt && !(PRONOUN_SUBJ.has(keys[i]) && keys[i] !== "it" && keys[i - 1] === "the" && keys[i - 2] === "," && a.dates.some((d) => d.last === i - 3 && d.first <= 8))) continue;
    // "its fighters carried out coordinated attacks", "its militants stormed ...": the group's own people
    if (keys[i] === "its" && (i === 0 || keys[i - 1] === ",") && MEMBERS.has(keys[i + 1] ?? "")) {
      const v = keys[i + 2];
      if (v === "carried" || v === "attacked" || v === "stormed" || v === "bombed" || v === "killed" || v === "struck" || v === "launched" || v === "ambushed")
        return { actor: main, wording: a.s.text.slice(a.s.tokens[i].start - a.s.start, a.s.tokens[i + 1].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: groups.length ? nearestGroup(groups, i + 2, i + 2) : -1 };
    }
    // "a suicide car bomber of the group attacked a bus", "a suicide bomber from the group killed 21 people": one of the
    // group's own people
    if (ATTACKERS.has(keys[i]) && (keys[i + 1] === "of" || keys[i + 1] === "from") && keys[i + 2] === "the" && PRONOUN_SUBJ.has(keys[i + 3] ?? "") && GROUP_ACTS.has(keys[i + 4] ?? ""))
      return { actor: main, wording: a.s.text.slice(a.s.tokens[i + 2].start - a.s.start, a.s.tokens[i + 3].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: groups.length ? nearestGroup(groups, i + 4, i + 4) : -1 };
    if (!PRONOUN_SUBJ.has(keys[i])) continue;
    // ("it" after a comma, or after the date the sentence opens with: "In January this year it sent two suicide bombers")
    const afterLeadDate = keys[i] === "it" && a.dates.some((d) => d.last === i - 1) && a.dates.some((d) => d.first <= 1);
    // (or after the conjunction the sentence opens with: "When it claimed a suicide bombing at ..., the group ...")
    const afterLead = i === 1 && SUBORD_OPEN.has(keys[0]);
    if (i > 0 && !afterLeadDate && !afterLead && !clauseIt && !(keys[i - 1] === "the" || keys[i - 1] === "terror" || keys[i - 1] === "militant" || keys[i - 1] === ",")) continue;
    if (keys[i] === "it" && i > 1 && keys[i - 1] !== "," && !afterLeadDate && !clauseIt) continue;
    let j = i + 1;
    // (over a relative clause on the group: "The group, which has fought the Taliban since 2015, also claimed ...")
    if (keys[j] === "," && (keys[j + 1] === "which" || keys[j + 1] === "who")) {
      let c = j + 2;
      while (c < keys.length && c - j <= 16 && keys[c] !== "," && keys[c] !== "." && keys[c] !== ";") c++;
      if (keys[c] === ",") j = c + 1;
    }
    const j0 = j;
    while (j < keys.length && j - j0 <= 3 && (keys[j] === "also" || keys[j] === "has" || keys[j] === "had" || keys[j] === "later" || keys[j] === "quickly" || keys[j] === "swiftly" || keys[j] === "previously")) j++;
    const v = keys[j];
    // (the group as an object, not a subject: "... have crushed the group, but it has mounted ...")
    if (v === "," && keys[j + 1] !== "which" && keys[j + 1] !== "who" && (keys[j + 1] === "but" || keys[j + 1] === "yet") && keys[j + 2] === "it") continue;
    // (a clause's "it" is the group's only when it claims or mounts attacks: not "..., but it killed 20 people")
    if (clauseIt && !CLAUSE_IT_VERBS.has(v ?? "")) return null;
    const obj = keys.slice(j + 1, j + 7);
    const claimObj = obj.includes("responsibility") || obj.includes("credit") || groups.some((g) => g.first > j && g.first - j <= 6);
    if ((v === "claimed" || v === "claims" || takesResponsibility(keys, j)) && claimObj && !claimsOthers(obj)) return { actor: main, wording: a.s.text.slice(a.s.tokens[i > 0 && keys[i - 1] === "the" ? i - 1 : i].start - a.s.start, a.s.tokens[i].end - a.s.start), basis: "claimed", rank: 3, pos: i, group: groups.length ? nearestGroup(groups, j, j) : -1 };
    // "the group said it had fired rockets at ...", "the group announced that it had carried out the attack": the group's own
    // word that it attacked is its claim
    if (SAY_VERBS.has(v ?? "")) {
      const gi = ownAttackStatement(keys, j, a, groups);
      if (gi !== null) return { actor: main, wording: a.s.text.slice(a.s.tokens[i > 0 && keys[i - 1] === "the" ? i - 1 : i].start - a.s.start, a.s.tokens[i].end - a.s.start), basis: "claimed", rank: 3, pos: i, group: gi };
    }
    // ("it has been blamed for ...", "the group was blamed for ...")
    // ("it was also behind ...")
    const r = COPULA_ADVERBS.has(keys[j + 1] ?? "") ? j + 2 : j + 1;
    const resp = (v === "was" || v === "is" || v === "were" || v === "been") && (keys[r] === "behind" || ((keys[r] === "responsible" || keys[r] === "blamed") && keys[r + 1] === "for"));
    // ("the group is best known for the bombing outside Kabul airport ...": its record)
    const kn = keys[j + 1] === "best" || keys[j + 1] === "most" || keys[j + 1] === "perhaps" || keys[j + 1] === "widely" ? j + 2 : j + 1;
    const known = (v === "is" || v === "was") && keys[kn] === "known" && keys[kn + 1] === "for" && groups.some((g) => g.first > kn + 1 && g.first - kn <= 6);
    if (known) return { actor: main, wording: a.s.text.slice(a.s.tokens[i > 0 && keys[i - 1] === "the" ? i - 1 : i].start - a.s.start, a.s.tokens[i].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: nearestGroup(groups, kn + 2, kn + 2) };
    // "the group killed X in a suicide bombing": the killing is the attack
    // (also past a long object: "the group killed the Taliban governor of Balkh province, Mohammad Dawood Muzammil, and two
    // other people in a suicide bombing at his office")
    const killedIn = v === "killed" && groups.some((g) => g.first > j && (g.first - j <= 14 || (g.first - j <= 26 && [2, 3, 4].some((b) => keys[g.first - b] === "in") &&
      !keys.slice(j + 1, g.first).some((x) => x === "." || x === ";"))));
    // "it sent two suicide bombers to a memorial ...": the group's own attackers
    const sent = (v === "sent" || v === "dispatched") && keys.slice(j + 1, j + 5).some((x) => ATTACKERS.has(x));
    if (sent) return { actor: main, wording: a.s.text.slice(a.s.tokens[i > 0 && keys[i - 1] === "the" ? i - 1 : i].start - a.s.start, a.s.tokens[i].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: groups.length ? nearestGroup(groups, j, j) : -1 };
    // "In January it also struck Iran, where twin suicide bombings killed ...", "the group staged coordinated attacks on ..."
    const struck = GROUP_STRIKES.has(v ?? "") && groups.some((g) => g.first > j && g.first - j <= 14) ||
      // ("On October 26, 2024, it ambushed a police convoy ...": the verb is the attack word itself)
      (GROUP_ACTS.has(v ?? "") && groups.some((g) => g.first <= j && g.last >= j));
    if (v === "attacked" || v === "stormed" || v === "perpetrated" || v === "carried" || v === "bombed" || resp || killedIn || struck) return { actor: main, wording: a.s.text.slice(a.s.tokens[i > 0 && keys[i - 1] === "the" ? i - 1 : i].start - a.s.start, a.s.tokens[i].end - a.s.start), basis: "attributed", rank: 2, pos: i, group: groups.length ? nearestGroup(groups, j, j) : -1 };
    return null;
  }
  return null;
}

const KHORASAN = new Set(["AF", "PK", "IR", "TJ", "UZ", "TM", "IN"]);
const CLAIM_WORDS = new Set(["claimed", "claim", "claims", "blamed", "suspected", "responsibility", "blame", "blames", "blaming", "suspicion", "hallmarks", "accused"]);
const CASUALTY_CUES = new Set(["killed", "dead", "died", "wounded", "injured", "toll", "deaths", "killing", "wounding", "injuring", "martyred", "martyrdom"]);

/** All zeros, shared: the counts of a sentence without a semicolon (most of them; a typed array over 64 bytes is dear). */
let NO_SEMICOLONS = new Uint32Array(256);

/** a claim of every attack told before it: "claimed each of these attacks", "claimed all three attacks", "claimed them all" */
const COLLECTIVE = /\b(?:(?:each|all|every one|both) of (?:these|those|the|them)|all (?:these|those|three|four|five|six|seven|the) (?:attacks|bombings|assaults|operations|killings)|them all)\b/i;
/** a claim of a record, not of one attack: "has claimed a series of attacks", "claimed dozens of bombings", "claimed numerous attacks" */
const RECORD_CLAIM = /\bclaimed (?:responsibility for )?(?:a (?:series|string|spate|wave|number)|dozens|scores|hundreds|several|many|numerous|most|some)\b(?: of)?(?: \w+)? (?:attacks|bombings|assaults|killings|operations)\b/i;

/**
 * The dates of a sentence by the attack word (group) each belongs to, with the possessive ones ("Friday's attack") and the
 * day the sentence was told on ("officials said on Wednesday that ..."), which is no attack's.
 */
function datesByGroup(a: Ann, groups: Group[], dates: DateMention[], cas: Casualty[], semiUpTo: Uint32Array, inByline: (start: number) => boolean,
  ref: Date | null): { gDates: DateMention[][]; possessive: Set<DateMention>; reportedOn: DateVal | null } {
  const toks = a.s.tokens;
  const gDates: DateMention[][] = groups.map(() => []);
  const possessive = new Set<DateMention>();
  const leadAside = leadingAside(a.s.keys, groups);
  let reportedOn: DateVal | null = null;
  for (const d of dates) {
    if (inByline(d.start) || d.kind === "range" || d.y == null) continue;
    // "Friday's attack", "the toll from Sunday's suicide bombing": the possessive date is the attack's own, also in a claim
    if (/['’]s$/.test(toks[d.last].text)) {
      const gp = groups.findIndex((g) => g.first > d.last && g.first - d.last <= 4);
      if (gp >= 0) { gDates[gp].push(d); possessive.add(d); continue; }
    }
    const pk = toks[d.first - 1]?.key;
    // "the deadliest attack since April 2022, when an explosion at ... killed 31": the date of the when-clause's attack
    if (pk === "since" && toks[d.last + 1]?.text === "," && toks[d.last + 2]?.key === "when") {
      const gw = groups.findIndex((g) => g.first > d.last + 2 && g.first - d.last <= 12);
      if (gw >= 0) gDates[gw].push(d);
      continue;
    }
    if (pk && NON_EVENT_DATE_BEFORE.has(pk)) continue;
    if (toks[d.last + 1]?.key === "ago") continue;
    // the day of a commemoration, not of the attack it remembers: "gathered on Friday to commemorate the victims of ..."
    if (toks[d.last + 1]?.key === "to" && COMMEMORATE.has(toks[d.last + 2]?.key ?? "")) continue;
    // the day the dead were buried: "as grieving families buried their dead on Saturday", "funerals were held on Sunday"
    if (mourningBefore(toks, d.first) && !groups.some((g) => g.last < d.first && g.last >= d.first - 4)) continue;
    // the day a statement was made, not the day of the attack: "officials said Saturday", "told reporters on Monday"
    if (reportingDate(toks, d.first, d.last)) {
      if (!reportedOn && d.precision === "day") reportedOn = toDateVal(d, toks, ref);
      continue;
    }
    // the day of what was done for its victims, not of the attack: "residents on Saturday dug graves for the victims of
    // the suicide attack on ...", "prayers were held on Sunday for the victims of the bombing"
    if (groups.length && groups.every((g) => g.first > d.last && victimsOf(a.s.keys, g.first, d.last))) continue;
    // the day a toll was updated, not the day of the attack: "the death toll ... rose to 63 on Tuesday"
    if (cas.some((c) => c.update && c.pos < d.first && d.first - c.pos <= 4)) continue;
    // (a date does not reach across a semicolon: "... in Imam Sahib on April 22 killed 33 people; that attack was not claimed")
    const semi = (g: Group) => { const lo = Math.min(g.last, d.last), hi = Math.max(g.first, d.first); return hi > lo + 1 && semiUpTo[hi] - semiUpTo[lo + 1] > 0; };
    // "On March 21st, the day before the Moscow attack, a suicide bomber killed ...": the date is the sentence's attack's,
    // not that of the attack its aside names
    const aside = toks[d.last + 1]?.text === "," && ["the", "a", "one", "two", "three"].includes(toks[d.last + 2]?.key ?? "") &&
      ["day", "days", "week", "weeks", "hours"].includes(toks[d.last + 3]?.key ?? "") && ["before", "after"].includes(toks[d.last + 4]?.key ?? "");
    const open = groups.filter((g) => !semi(g));
    let gi = open.length && open.length < groups.length ? groups.indexOf(open[nearestGroup(open, d.first, d.last)]) : nearestGroup(groups, d.first, d.last);
    // "A day before the Moscow attack, on 21 March, a suicide bomber killed ...": a date after the opening aside is the
    // sentence's own attack's, not that of the attack the aside names
    if (gi === leadAside && d.first > groups[gi].last && gi + 1 < groups.length) gi = gi + 1 + nearestGroup(groups.slice(gi + 1), d.first, d.last);
    const g = groups[gi];
    // "claimed the attack on Monday": the claim's date — unless the date sits in a casualty clause ("the twin bombings in
    // Kerman, where at least 84 people were killed on Wednesday")
    const cv = toks[d.first - 1]?.key === "on" ? toks[d.first - 2]?.key : toks[d.first - 1]?.key;
    if (g.claimRef && g.anaphoric && !(cv && CASUALTY_VERB.has(cv)) && !ownDate(toks, g, d, a)) continue;
    // a definite reference ("the attack", "that bombing") is an incident told before: a date reaches it only from its
    // own clause — not "two men convicted of involvement in that attack were hanged in July", not "who marked the
    // anniversary on Monday, ... described the attackers as", not "this year"
    // (the aside's attack joined with the sentence's own in one group: the date is the sentence's)
    const asideOnly = aside && g.first > d.last + 4 && g.first <= d.last + 9 && g.last > g.first;
    if (g.anaphoric && !g.claimRef && !asideOnly && !otherClauseOk(toks, g, d)) continue;
    // a subordinate clause ("since the Taliban took power in August 2021") between the trigger and the date; a
    // time phrase without a verb ("after Friday prayers on 23 September") is not one
    let blocked = false;
    if (d.first > g.last) for (let k = g.last + 1; k < d.first; k++) {
      const kk = toks[k].key;
      // the day of a court hearing: "the bombing at Kabul airport's Abbey Gate appeared in federal court in Alexandria on Wednesday"
      if ((kk === "court" || kk === "courthouse" || kk === "tribunal") && k > g.last + 1) { blocked = true; break; }
      // a relative clause on a person or group: "a challenge for the Taliban, who took over the country in August"
      if (kk === "who" && toks[k - 1]?.text === "," && toks.slice(k + 1, d.first).some((t) => isFiniteVerb(t.key))) { blocked = true; break; }
      if (!CLAUSE_BREAK.has(kk) || kk === "when") continue;
      // ("carrying more than 440 passengers ..., on Tuesday": a figure's qualifier, no clause)
      if (kk === "than" && MORE_LESS.has(toks[k - 1]?.key ?? "")) continue;
      if ((kk === "after" || kk === "before" || kk === "following") && !toks.slice(k + 1, d.first).some((t) => isFiniteVerb(t.key))) continue;
      blocked = true;
      break;
    }
    if (d.last < g.first && !asideOnly) for (let k = d.last + 1; k < g.first; k++) {
      const kk = toks[k].key;
      if (kk === "since" || (kk === "than" && !MORE_LESS.has(toks[k - 1]?.key ?? ""))) { blocked = true; break; }
      // "mourned on Sunday after gunmen killed 137": the trigger sits in the subordinate clause, the date in the main one
      if ((kk === "after" || kk === "before" || kk === "following" || kk === "until") && !toks.slice(k + 1, g.first).some((t) => t.text === ",")) { blocked = true; break; }
    }
    if (!blocked) gDates[gi].push(d);
  }
  return { gDates, possessive, reportedOn };
}

/** The places of a sentence by the attack word (group) each belongs to. */
function placesByGroup(a: Ann, groups: Group[], semiUpTo: Uint32Array, inByline: (start: number) => boolean, capital: (country: string) => Place | undefined): PlaceHit[][] {
  const gPlaces: PlaceHit[][] = groups.map(() => []);
  // "The attack happened on the same day that thousands of people marched to Amini's grave in Saqqez": the places of
  // another event told as the time of the attack are not the attack's
  const otherEvent = sameDayClause(a.s.keys);
  for (const p of a.places) {
    if (p.modifier || inByline(p.start) || p.first > otherEvent || fledTo(a.s.keys, p.first) || saidIn(a.s.keys, p.first)) continue;
    // a country or its capital named for its government ("no immediate comment from Beijing", "called on Islamabad to act",
    // "Kuwait's Ministry of Foreign Affairs condemned ...", "embassies, including those of Pakistan and Qatar")
    if ((p.place.kind === "country" || capital(p.place.country)?.id === p.place.id) && governmentMetonym(a, p)) continue;
    // where a source is, in a sentence that only refers to an attack told before ("After the 2022 attack, ..., according to
    // community leaders in New Delhi"): not where anything happened (but "A bomb killed four soldiers, according to police in
    // Khost" is there)
    if (groups.every((g) => g.anaphoric) && a.s.keys[p.first - 1] === "in" && a.s.keys.slice(Math.max(0, p.first - 7), p.first - 1).some((k, i, arr) => k === "according" && arr[i + 1] === "to")) continue;
    let gi = nearestGroup(groups, p.first, p.last);
    // a place told after one attack word and before the next, across ", and": the first attack's ("killed 50 worshippers at
    // a mosque in Kunduz, and a week later two bombers struck ...")
    if (gi > 0 && p.first > groups[gi - 1].last && p.last < groups[gi].first) {
      for (let k = p.last + 1; k < groups[gi].first - 1; k++) if ((a.s.keys[k] === "," && a.s.keys[k + 1] === "and") || a.s.keys[k] === ";") { gi--; break; }
    }
    // (a place that opens the sentence frames all of it: "And in Tajikistan itself, the Islamic State claimed an assault on ...")
    const opening = p.first <= 2 && a.s.keys[p.first - 1] === "in" && (p.first === 1 || a.s.keys[0] === "and" || a.s.keys[0] === "but");
    if (groups[gi].claimRef && !opening && dist(groups[gi], p.first, p.last) > 6 && !ownPlace(a.s.keys, groups[gi], p)) {
      // (the attack told in the clause before the claim: "gunmen shot dead a man ... at a church in Istanbul; the Islamic
      // State claimed the attack")
      const told = groups.map((g, i) => (g.claimRef || g.last > p.first || semiUpTo[p.first] - semiUpTo[g.last] > 0 ? -1 : i)).filter((i) => i >= 0);
      if (!told.length || p.first - groups[told[told.length - 1]].last > 20) continue;
      gi = told[told.length - 1];
    }
    // where the claimant is based is not where the attack it claims took place
    // (also in an appositive on the claimant: "ISIS-K, the Islamic State's affiliate in Afghanistan and Pakistan, claimed ...")
    if (groups[gi].claimRef && p.last < groups[gi].first && (inCommaRelative(a.s.keys, p.first, p.last, groups[gi].first) || inActorAside(a, p.first, groups[gi].first))) continue;
    // nor a place in brackets on a group's name: 'the organisation "Islamic State" (banned in the Russian Federation)'
    if (inActorBrackets(a, p.first)) continue;
    gPlaces[gi].push(p);
  }
  return gPlaces;
}

/** The casualty figures of a sentence by the attack word (group) each belongs to. */
function casualtiesByGroup(a: Ann, groups: Group[], cas: Casualty[], semiUpTo: Uint32Array): Casualty[][] {
  const gCas: Casualty[][] = groups.map(() => []);
  // "a bombing ... killed 60, and an attack on ...": a figure after its verb belongs to the attack word before it;
  // "six people were killed in a bombing": a figure before its verb may belong to one after it
  // "the attack on the shrine in X, in which 13 pilgrims were killed, and a second attack ...": a figure in a relative
  // clause ("in which", "during which", "where") belongs to the attack word that opened it
  const relativeOwner = (pos: number): number => {
    let gi = -1;
    groups.forEach((g, i) => { if (g.last < pos) gi = i; });
    if (gi < 0) return -1;
    for (let k = groups[gi].last + 1; k < pos; k++) {
      if (a.s.keys[k] === "." || a.s.keys[k] === ";") return -1;
      if ((a.s.keys[k] === "which" && (a.s.keys[k - 1] === "in" || a.s.keys[k - 1] === "during")) || a.s.keys[k] === "where") return a.s.keys[k - 1] === "," || a.s.keys[k - 2] === "," || a.s.keys[k] === "which" ? gi : -1;
    }
    return -1;
  };
  for (const c of cas) {
    const ro = c.lead ? relativeOwner(c.pos) : -1;
    let gi = ro >= 0 ? ro : nearestGroup(groups, c.pos, c.pos, c.lead ? 3 : 8);
    // (a figure in a relative clause on the attack before it: "the suicide bombing at a Shia mosque in Peshawar in March,
    // which killed more than 60 worshippers, and an attack on ...")
    if (ro < 0 && !c.lead) {
      let before = -1;
      for (let i = 0; i < groups.length; i++) if (groups[i].last < c.pos) before = i;
      if (before >= 0 && before !== gi) {
        for (let k = c.pos - 1; k > groups[before].last && c.pos - k <= 6; k--) if (a.s.keys[k] === "which" && a.s.keys[k - 1] === "," && CASUALTY_VERB.has(a.s.keys[k + 1] ?? "")) { gi = before; break; }
      }
    }
    // (a figure does not reach across a semicolon: "The first blast ... killed 18 people; the second, ..., killed 12")
    const lo = Math.min(c.pos, groups[gi].last), hi = Math.max(c.pos, groups[gi].first);
    if (ro < 0 && hi > lo + 1 && semiUpTo[hi] - semiUpTo[lo + 1] > 0) {
      const open = groups.map((_, i) => i).filter((i) => { const l = Math.min(c.pos, groups[i].last), h = Math.max(c.pos, groups[i].first); return !(h > l + 1 && semiUpTo[h] - semiUpTo[l + 1] > 0); });
      if (open.length) gi = open[nearestGroup(open.map((i) => groups[i]), c.pos, c.pos, c.lead ? 3 : 8)];
    }
    gCas[gi].push(c);
  }
  return gCas;
}

/** For each token index k, how many semicolons come before it (k + 1 entries): whether a span crosses one, in constant time. */
function semicolonsUpTo(toks: Token[]): Uint32Array {
  if (!toks.some((t) => t.text === ";")) {
    if (NO_SEMICOLONS.length <= toks.length) NO_SEMICOLONS = new Uint32Array(toks.length * 2);
    return NO_SEMICOLONS;
  }
  const out = new Uint32Array(toks.length + 1);
  for (let k = 0; k < toks.length; k++) out[k + 1] = out[k] + (toks[k].text === ";" ? 1 : 0);
  return out;
}

export function extractEvents(ctx: EventContext): ExtractedClaim[] {
  const incidents: Incident[] = [];
  // the report's first three sentences (a headline line included), found once
  // (filled by a loop: an array from map() has another map when empty, a "wrong map" deoptimisation of this function)
  const opening: number[] = [];
  for (const x of ctx.anns) if (!x.s.biblio && opening.length < 3) opening.push(x.s.index);
  /** The index of the report's headline: its first sentence when that is a paragraph (a line) of its own, else -1. */
  const headline = opening.length && ctx.anns[opening[0] + 1]?.s.para !== ctx.anns[opening[0]].s.para ? opening[0] : -1;
  const floating: PerpCand[] = [];
  let last = null as Incident | null;
  let order = 0;
  // "It" / "the group" at the head of a sentence: the armed group the previous sentences were about (their first
  // armed group not in a victim's position), else the document's main armed group
  let antecedent: Actor | null = null;
  let antecedentAt = -10;
  // the armed group that is the subject of the sentence just before ("their fighters" in the next one are its)
  let subjectBefore: { actor: Actor; at: number } | null = null;
  // "ISIS-K has repeatedly attacked Shiites. In October 2021, suicide bombers killed dozens at ...": a sentence whose
  // subject is an armed group attacking, and the examples the next sentence gives by their dates
  let attacker: { actor: Actor; wording: string; at: number; para: number } | null = null;
  // "A timeline of some of ISKP's deadliest attacks:" and the dated items that follow it, one paragraph each: the
  // group's. `para` is the paragraph of the opening sentence, then that of the latest item.
  let list: { actor: Actor; wording: string; para: number; items: boolean } | null = null;
  let dayCarried: { date: DateVal; index: number; para: number } | null = null;
  for (const a of ctx.anns) {
    if (a.s.biblio) continue;
    if (a.s.index - antecedentAt > 3) antecedent = null;
    // a new paragraph goes on with the list when it opens with a date, and ends it otherwise
    const open = list as { actor: Actor; wording: string; para: number } | null;
    if (open && a.s.para !== open.para) list = leadsWithDate(a) ? { actor: open.actor, wording: open.wording, para: a.s.para, items: true } : null;
    try {
      sentenceLoop(a);
    } finally {
      // (the Taliban, the de facto government in most of these reports, is not "the group" of a story about another group)
      const subj = a.actors.find((h) => isPerpKind(h.value) && ![1, 2].some((b) => VICTIM_BEFORE.has(a.s.keys[h.first - b] ?? "")) &&
        !(h.value.name === "Taliban" && ctx.mainActor && ctx.mainActor.name !== "Taliban"));
      if (subj) { antecedent = subj.value; antecedentAt = a.s.index; }
      // (the sentence's subject, the Taliban too: "The Taliban know ... . On 27 January 2018, their own fighters drove ...")
      // (also after an opening phrase: "In the past year, the Islamic State in Afghanistan has carried out ...")
      const k = a.s.keys;
      const head = a.actors.find((h) => isPerpKind(h.value) && (h.first === 0 || (h.first === 1 && k[0] === "the") ||
        (h.first <= 10 && (k[h.first - 1] === "," || (k[h.first - 1] === "the" && k[h.first - 2] === ",")) && a.actors[0] === h)));
      subjectBefore = head ? { actor: head.value, at: a.s.index } : null;
      bothClaimed(a);
      attacker = attackingSubject(a) ?? seriesOpening(a) ?? storySeries(a) ?? (attacker && attacker.at === a.s.index ? attacker : null);
      const opened = listOpening(a);
      if (opened) list = { ...opened, para: a.s.para, items: false };
    }
  }
  /** A sentence that announces a list of a group's attacks: it ends with a colon and names the attacks' owner. */
  function listOpening(a: Ann): { actor: Actor; wording: string } | null {
    const keys = a.s.keys;
    if (keys.length < 2 || keys.length > 25 || keys[keys.length - 1] !== ":" || !keys.some((k) => LIST_NOUNS.has(k))) return null;
    if (a.dates.some((d) => d.d != null)) return null;
    const h = a.actors.find((x) => isPerpKind(x.value) && !VICTIM_BEFORE.has(keys[x.first - 1] ?? ""));
    if (h) return { actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start) };
    const own = keys.findIndex((k, i) => k === "its" || (k === "group" && keys[i - 1] === "the"));
    const actor = antecedent ?? ctx.mainActor;
    if (own < 0 || !actor) return null;
    return { actor, wording: a.s.text.slice(a.s.tokens[keys[own] === "its" ? own : own - 1].start - a.s.start, a.s.tokens[own].end - a.s.start) };
  }
  function attackingSubject(a: Ann): { actor: Actor; wording: string; at: number; para: number } | null {
    const keys = a.s.keys;
    let h: { first: number; last: number; start: number; end: number; value: Actor } | undefined = a.actors[0];
    if (!h || !isPerpKind(h.value) || h.value.name === "Taliban" || h.first > 2) {
      // (or the group the text is about, by a definite noun or a pronoun: "The affiliate, a major rival of the Taliban, has
      // also assassinated senior officials ...", "It has repeatedly attacked ...")
      const own = antecedent ?? ctx.mainActor;
      const n = keys[0] === "it" ? 0 : keys[0] === "the" && PRONOUN_SUBJ.has(keys[1] ?? "") && keys[1] !== "it" ? 1 : keys[0] === "the" && GROUP_ADJ.has(keys[1] ?? "") && PRONOUN_SUBJ.has(keys[2] ?? "") ? 2 : -1;
      if (n < 0 || !own || own.name === "Taliban" || !isPerpKind(own)) return null;
      h = { first: 0, last: n, start: a.s.tokens[0].start, end: a.s.tokens[n].end, value: own };
    }
    let k = h.last + 1;
    // "Islamic State Khorasan Province (ISIS-K) has ..."
    if (keys[k] === "(") {
      const close = keys.indexOf(")", k);
      if (close > k && close - k <= 5) k = close + 1;
    }
    // ("The IS affiliate has ...", "ISIS-K militants have ...")
    if (PRONOUN_SUBJ.has(keys[k] ?? "") && keys[k] !== "it") k++;
    // (over an appositive: "The affiliate, a major rival of the Taliban, has ...")
    if (keys[k] === "," && ["a", "an", "the", "which", "who"].includes(keys[k + 1] ?? "")) {
      let c = k + 1;
      while (c < keys.length && c - k <= 12 && keys[c] !== "," && keys[c] !== ".") c++;
      if (keys[c] !== ",") return null;
      k = c + 1;
    }
    const from = k;
    while (k < keys.length && k - from < 4 && ATTACK_ADVERBS.has(keys[k])) k++;
    // (also "The group has also gone after clerics who ...")
    if (!ATTACKING_VERBS.has(keys[k] ?? "") && !(/^(?:gone|went|goes|going)$/.test(keys[k] ?? "") && keys[k + 1] === "after")) return null;
    return { actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), at: a.s.index, para: a.s.para };
  }
  /**
   * A sentence that tells a group's attacks as a series, with no day of its own: "Türkiye has suffered several deadly ISIL
   * attacks in the past", "It was the second attack abroad linked to ISIS-K this year". The dated examples that follow
   * it are the group's.
   */
  function seriesOpening(a: Ann): { actor: Actor; wording: string; at: number; para: number } | null {
    if (a.dates.some((d) => d.d != null)) return null;
    const keys = a.s.keys;
    for (const h of a.actors) {
      if (!isPerpKind(h.value) || h.value.name === "Taliban") continue;
      // "several deadly ISIL attacks", "IS suicide attacks"
      const plural = NOUN_PL.has(keys[h.last + 1] ?? "") || (keys[h.last + 1] === "suicide" && NOUN_PL.has(keys[h.last + 2] ?? ""));
      // "attacks linked to X", "a bombing claimed by X", "attacks blamed on X"
      const b = keys[h.first - 1] === "the" ? h.first - 1 : h.first;
      const w1 = keys[b - 1], w2 = keys[b - 2];
      const link = ((w1 === "to" && (w2 === "linked" || w2 === "attributed" || w2 === "tied")) || (w1 === "on" && w2 === "blamed") || (w1 === "by" && (w2 === "claimed" || w2 === "carried"))) &&
        keys.slice(Math.max(0, b - 8), b - 2).some((x) => NOUN_SG.has(x) || NOUN_PL.has(x));
      if (!plural && !link) continue;
      if (keys.slice(Math.max(0, h.first - 8), h.first).some((x) => x === "no" || x === "not" || x === "never" || x === "without")) continue;
      return { actor: h.value, wording: a.s.text.slice(h.start - a.s.start, h.end - a.s.start), at: a.s.index, para: a.s.para };
    }
    return null;
  }
  /**
   * "Both attacks were claimed by IS.", "IS claimed both bombings": a claim over the two attacks the sentence before told
   * goes to each of them.
   */
  function bothClaimed(a: Ann): void {
    const k = a.s.keys;
    const at = k.findIndex((x, i) => x === "both" && (i === 0 || NOUN_PL.has(k[i + 1] ?? "")));
    if (at < 0 || !k.some((x) => x === "claimed" || x === "claims") || k.some((x) => x === "not" || x === "no" || x === "never" || x === "n't")) return;
    let told = incidents.filter((x) => x.sentences.includes(a.s.index - 1));
    // (or one told in each of the two sentences before, in the paragraph: "On October 15, two suicide bombers killed ... in
    // Kandahar. A week earlier, a bomber killed ... in Kunduz. IS-K claimed both attacks.")
    if (told.length === 1 && ctx.anns[a.s.index - 2]?.s.para === a.s.para) {
      const before = incidents.filter((x) => x !== told[0] && x.date && x.sentences.includes(a.s.index - 2));
      if (before.length === 1) told = [before[0], told[0]];
    }
    if (told.length !== 2) return;
    const p = perpetrators(a, []).find((x) => x.basis === "claimed");
    if (!p) return;
    for (const inc of told) if (!inc.perp || inc.perp.rank < p.rank) { mergePerp(inc, p); addEvidence(inc, a); }
  }
  /**
   * A sentence that sets the story's own attack in a series without naming the group: "The killings were the latest in a
   * string of attacks that ...". The dated examples that follow it are those of the group
   * the story's attack is claimed by or attributed to.
   */
  function storySeries(a: Ann): { actor: Actor; wording: string; at: number; para: number } | null {
    const keys = a.s.keys;
    let at = -1, end = -1;
    for (let k = 0; k + 1 < keys.length && at < 0; k++) {
      // "the latest in a string / series / spate / wave of attacks"
      if (keys[k] === "latest" && keys[k + 1] === "in" && (keys[k + 2] === "a" || keys[k + 2] === "the") && SERIES_NOUNS.has(keys[k + 3]) && keys[k + 4] === "of" &&
        keys.slice(k + 5, k + 8).some((x) => NOUN_PL.has(x))) { at = k; end = k + 3; }
    }
    if (at < 0) return null;
    const story = storyIncident();
    const p = story?.perp;
    if (!p || (p.basis !== "claimed" && p.basis !== "attributed") || !isPerpKind(p.actor) || p.actor.name === "Taliban") return null;
    return { actor: p.actor, wording: a.s.text.slice(a.s.tokens[at].start - a.s.start, a.s.tokens[end].end - a.s.start), at: a.s.index, para: a.s.para };
  }
  /** Sentence `i` is the report's lede: among its first three sentences, and a paragraph of its own. */
  function ledeParagraph(i: number): boolean {
    if (!opening.includes(i)) return false;
    const para = ctx.anns[i].s.para;
    return ctx.anns[i - 1]?.s.para !== para && ctx.anns[i + 1]?.s.para !== para;
  }
  /** the story's own incident so far: the dated one told in the most sentences (the first of equals) */
  function storyIncident(): Incident | null {
    let story: Incident | null = null;
    for (const inc of incidents) if (inc.date && (!story || inc.sentences.length > story.sentences.length)) story = inc;
    return story;
  }
  /**
   * A sentence with no attack word: its claim, toll or day go to the incident being told (split out of sentenceLoop, whose
   * every deoptimisation here, on paths a report reaches late, made TurboFan compile all of it again).
   */
  function attachToCurrent(a: Ann, toks: Token[], cas: Casualty[], inByline: (start: number) => boolean): void {
    // claim-only / casualty-only sentences attach to the incident being described
    let cur = last as Incident | null;
    // (a new paragraph that updates a toll, "Death toll reaches 133.", is about the story's attack, not the background
    // attack told last: a live blog's entry after an explainer)
    if (cur && cas.some((c) => c.update && c.kind === "killed")) {
      const story = storyIncident();
      const lastPara = ctx.anns[cur.sentences[cur.sentences.length - 1]]?.s.para;
      if (story && story !== cur && story.date && !dateCompat(story.date, cur.date) && lastPara !== a.s.para) { cur = story; last = story; }
    }
    // ("In Panjgur, where ..., three soldiers were martyred.": one site of the coordinated attack in focus)
    const lead = cur && cas.length ? siteLead(a) : null;
    const own = lead ? siteIncident([lead], null) : null;
    if (own) {
      cur = own;
      last = own;
      for (const c of cas) if (c.kind === "killed") c.site = true;
    }
    // (a claim of the group's record is none of the story's: "IS-K has claimed a series of attacks on senior Taliban figures")
    const hasClaim = toks.some((t) => CLAIM_WORDS.has(t.key)) && !RECORD_CLAIM.test(a.s.text);
    // (or the group's own word that it attacked, with no claim word: "IS said in a statement that one of its fighters
    // planted the device"; only that claim is read from such a sentence)
    // (a cheap look first: a verb of saying, "it"/"its" and an attack verb or "behind"/"responsible" somewhere in the sentence)
    const statement = !hasClaim && toks.some((t) => SAY_VERBS.has(t.key)) && toks.some((t) => t.key === "it" || t.key === "its") &&
      toks.some((t) => OWN_ATTACK_VERBS.has(t.key) || t.key === "behind" || t.key === "responsible");
    const perps = hasClaim ? perpetrators(a, []) : statement ? perpetrators(a, []).filter((p) => p.basis === "claimed") : [];
    if ((hasClaim || statement) && perps.length === 0 && (antecedent ?? ctx.mainActor)) {
      const pr = pronounPerp(a, [], (antecedent ?? ctx.mainActor)!);
      if (pr && (hasClaim || pr.basis === "claimed")) perps.push(pr);
    }
    if (!cur) {
      if (perps.length && perps[0].basis === "claimed" && !a.dates.some((d) => !inByline(d.start) && d.y != null && d.kind !== "relative")) floating.push(perps[0]);
      return;
    }
    const cues = toks.some((t) => CASUALTY_CUES.has(t.key));
    // (not a date in the claim's motive: "claimed it, saying it was revenge for the killing of its chief last year")
    const motiveAt = a.s.keys.findIndex((k) => MOTIVE.has(k));
    // (nor, in a toll update, the days on which the toll was given: "On Tuesday, the ministry said the death toll had
    // climbed to 139, up from 137 announced on Sunday")
    const update = cas.some((c) => c.update && c.kind === "killed");
    const otherDate = a.dates.some((d) => !inByline(d.start) && d.kind !== "range" && d.y != null && !(motiveAt >= 0 && d.first > motiveAt) &&
      !dateCompat(cur.date, toDateVal(d, toks, ctx.ref)) && !(update && daysAfter(cur.date, d) <= 30));
    if (otherDate) return;
    let touched = false;
    // "The four men who killed 145 people at the concert hall in Krasnogorsk on 22 March were ...": the undated incident in
    // focus, told again with its toll and its day
    if (!cur.date && cues && cas.some((c) => c.kind === "killed" && !c.update)) {
      const ds = a.dates.filter((d) => !inByline(d.start) && d.y != null && d.kind !== "range" && d.kind !== "relative" && d.m != null && !reportingDate(toks, d.first, d.last));
      const k0 = cas.find((c) => c.kind === "killed")!.pos;
      if (ds.length === 1 && ds[0].first > k0 && motiveAt < 0) { cur.date = toDateVal(ds[0], toks, ctx.ref); touched = true; }
    }
    // "ISKP claimed each of these attacks.": every attack the paragraph told, not only the last
    // ("ISKP claimed both.": the last two)
    const both = /\bclaimed both\b/i.test(a.s.text);
    if (perps.length && perps[0].basis === "claimed" && (COLLECTIVE.test(a.s.text) || both)) {
      let told = incidents.filter((inc) => inc.date && inc.sentences.some((i) => ctx.anns[i]?.s.para === a.s.para));
      if (both) told = told.slice(-2);
      for (const inc of told) {
        if (inc === cur) continue;
        if (!inc.perp || inc.perp.rank < perps[0].rank) inc.perp = { ...perps[0] };
      }
    }
    // "The miners were abducted before dawn on Sunday in the mountainous Machh area of Balochistan province": the victims'
    // fate told again gives the story's incident the place it lacked, and the day it happened when the incident has only
    // the day it was reported
    if ((cur === incidents[0] || cur === storyIncident()) && victimsFate(a.s.keys)) {
      const hit = a.places.find((h) => !h.modifier && h.place.kind !== "country");
      if (hit && (!cur.place || ((SPECIFICITY[hit.place.kind] ?? 0) > (SPECIFICITY[cur.place.place.kind] ?? 0) && placeCompat(cur.place.place, hit.place)))) {
        cur.place = { place: hit.place, score: 5, hit };
        touched = true;
      }
      const days = a.dates.filter((d) => !inByline(d.start) && d.y != null && d.precision === "day" && d.kind !== "range");
      const day = days.length === 1 ? toDateVal(days[0], toks, ctx.ref) : null;
      if (day && (!cur.date || (dateCompat(cur.date, day) && cur.date.d != null && day.d != null && Date.UTC(day.y, day.m! - 1, day.d) < Date.UTC(cur.date.y, cur.date.m! - 1, cur.date.d)))) {
        cur.date = day;
        touched = true;
      }
    }
    if (perps.length) { mergePerp(cur, perps[0]); touched = true; }
    if (cues && cas.length) {
      for (const c of cas) (c.kind === "killed" ? cur.killed : cur.injured).push(c);
      touched = true;
    }
    if (touched) {
      addEvidence(cur, a);
      if (!cur.sites) cur.sites = coordinatedSites(a) ?? undefined;
    }
    return;
  }

  function sentenceLoop(a: Ann): void {
    const toks = a.s.tokens;
    const trig = findTriggers(a);
    const groups = groupTriggers(a, trig);
    const cas = casualties(a);
    const inByline = (start: number) => ctx.bylineSpans.some(([s, e]) => start >= s && start < e);
    // "The facts of 22 March are well known. Four gunmen opened fire on concertgoers at ...": the one day a sentence without
    // an attack word gives is the day of the attack the next sentence of its paragraph tells without one
    const carried = dayCarried && dayCarried.index === a.s.index - 1 && dayCarried.para === a.s.para ? dayCarried.date : null;
    dayCarried = null;
    if (groups.length === 0 && !cas.length) {
      const days = a.dates.filter((d) => !inByline(d.start) && d.y != null && d.kind !== "relative" && d.kind !== "range" && d.precision === "day");
      if (days.length === 1 && a.dates.length === 1 && !reportingDate(toks, days[0].first, days[0].last)) dayCarried = { date: toDateVal(days[0], toks, ctx.ref), index: a.s.index, para: a.s.para };
    }
    if (groups.length === 0) {
      attachToCurrent(a, toks, cas, inByline);
      return;
    }
    const dates = incidentDates(a, last?.date ?? null, (d) => inByline(d.start), ctx.ref);
    // semicolons before each token (prefix counts): whether a span crosses one, in constant time
    const semiUpTo = semicolonsUpTo(toks);
    const { gDates, possessive, reportedOn } = datesByGroup(a, groups, dates, cas, semiUpTo, inByline, ctx.ref);
    const gPlaces = placesByGroup(a, groups, semiUpTo, inByline, (c) => ctx.pack.gazetteer.capital(c));
    const gCas = casualtiesByGroup(a, groups, cas, semiUpTo);
    const perps = perpetrators(a, groups);
    // "their own fighters drove an ambulance packed with explosives into ...": the group the sentence before was about
    // (else the group the report is about: "Monday's raid was its second attack in less than a week. On March 20, eight of
    // its fighters stormed the Gwadar Port Authority Complex ...")
    const theirs = perps.length === 0 ? (subjectBefore && subjectBefore.at === a.s.index - 1 ? subjectBefore.actor : antecedent ?? ctx.mainActor) : null;
    if (theirs && isPerpKind(theirs)) {
      const tp = theirPeople(a);
      if (tp) perps.push({ actor: theirs, wording: a.s.text.slice(toks[tp.at].start - a.s.start, toks[tp.end].end - a.s.start), basis: "attributed", rank: 2, pos: tp.at, group: nearestGroup(groups, tp.at, tp.at) });
    }
    if (antecedent ?? ctx.mainActor) {
      const pr = pronounPerp(a, groups, (antecedent ?? ctx.mainActor)!);
      // (also beside a named group's own attack later in the sentence: "It claimed a suicide bombing in Kandahar in
      // March, and U.S. officials say ISIS-K carried out the assault on Crocus City Hall": the pronoun's is the first)
      // ("an Islamic State suicide bomber killed 149 people ..., the deadliest attack the group has claimed": the group named
      // for that attack claimed it)
      const named = pr?.apposClaim ? perps.find((p) => p.group === pr.group && p.pos < pr.pos && p.rank < RANK.claimed) : undefined;
      if (named) { named.basis = "claimed"; named.rank = RANK.claimed; }
      else if (pr && (perps.length === 0 || (pr.basis === "claimed" && pr.group >= 0 && groups.length > 1 && !perps.some((p) => p.group === pr.group || p.pos < pr.pos)))) perps.push(pr);
    }
    // a state's own strike: "Iran fired missiles and drones at ...", "a U.S. drone strike in Kabul ... killed 10 civilians"
    // (the armed group it was aimed at is not the attacker: "a U.S. drone strike in Kabul aimed at what commanders believed
    // was another ISIS-K bomber killed 10 civilians")
    {
      const st = stateStrike(a);
      // (nor the group whose bases it fired at: "Iran's Revolutionary Guards fired missiles and drones at what they said were
      // two bases of ... Jaish al-Adl")
      if (st) for (let i = perps.length - 1; i >= 0; i--) if (perps[i].pos > st.pos && a.s.keys.slice(st.pos, perps[i].pos).some((k) => AIMED.has(k) || k === "at")) perps.splice(i, 1);
      if (st && perps.length === 0) perps.push({ ...st, basis: "attributed", rank: 2, group: nearestGroup(groups, st.pos, st.pos) });
    }
    // the dated examples that follow "X has repeatedly attacked ...": X's, unless the sentence gives a perpetrator or
    // names an armed group before its attack word
    // ("In October 2021, ...", "And on March 21st, ...")
    const k0 = a.s.keys[0] === "and" || a.s.keys[0] === "then" ? 1 : 0;
    const leadDate = dates.some((d) => d.first === k0 || (d.first <= k0 + 2 && (a.s.keys[k0] === "in" || a.s.keys[k0] === "on")));
    const namedBefore = groups.length > 0 && a.actors.some((h) => isPerpKind(h.value) && h.first < groups[0].first);
    // ("Later that month, gunmen ...": an example told in sequence)
    // ("In the deadliest, two suicide bombers ...": the series' own record)
    const sequel = a.s.keys[k0] === "later" || a.s.keys[k0] === "earlier" ||
      (a.s.keys[k0] === "in" && a.s.keys[k0 + 1] === "the" && (/est$/.test(a.s.keys[k0 + 2] ?? "") || a.s.keys[k0 + 2] === "first") && a.s.keys[k0 + 3] === ",");
    if (perps.length === 0 && attacker && attacker.at === a.s.index - 1 && attacker.para === a.s.para && !namedBefore && (leadDate || sequel)) {
      groups.forEach((_, gi) => perps.push({ actor: attacker!.actor, wording: attacker!.wording, basis: "attributed", rank: 1.5, pos: 0, group: gi }));
      // the examples may go on, one dated sentence after another, to the end of the paragraph
      attacker.at = a.s.index;
    }
    // an item of a list of the group's attacks ("March 4, 2022 - Peshawar, Pakistan: A suicide attack on a Shia mosque ...")
    if (perps.length === 0 && list?.items && list.para === a.s.para && !namedBefore) {
      groups.forEach((_, gi) => perps.push({ actor: list!.actor, wording: list!.wording, basis: "attributed", rank: 1.5, pos: 0, group: gi }));
    }
    // "Its deadliest attack was a suicide bombing outside Kabul airport in August 2021": the group's own record, whose
    // further dated examples may follow
    if (perps.length === 0 && groups.length && (antecedent ?? ctx.mainActor)) {
      const rec = recordOpening(a.s.keys, a.s.tokens);
      if (rec > 0) {
        const actor = (antecedent ?? ctx.mainActor)!;
        // ("Its", or "The group" of "The group's")
        const wording = a.s.text.slice(0, a.s.tokens[a.s.keys[0] === "its" ? 0 : 1].end - a.s.start).replace(/['’]s$/, "");
        perps.push({ actor, wording, basis: "attributed", rank: 1.5, pos: 0, group: nearestGroup(groups, rec, rec) });
        // (a record opened: its further dated examples may follow; not after one attack told whole)
        if (["was", "were", "came", "so"].includes(a.s.keys[rec + 1] ?? "")) attacker = { actor, wording, at: a.s.index, para: a.s.para };
      }
    }
    // a group's record told as a list: "Daesh has claimed several attacks in the country, including the 2022 assault on
    // ... and the twin attacks on ... in 2017", "It has been blamed for some of the worst atrocities, including ..." —
    // every attack the list names is the group's, unless it names its own perpetrator
    const incl = a.s.keys.indexOf("including");
    if (incl > 0 && groups.some((g) => g.first > incl)) {
      const owner = perps.find((p) => p.pos < incl && (p.group < 0 || groups[p.group].first < incl || groups.findIndex((g) => g.first > incl) === p.group));
      if (owner && !a.s.keys.slice(owner.pos, incl).includes(";")) {
        const claimVerb = a.s.keys.slice(owner.pos, incl).some((k) => k === "claimed" || k === "claims");
        groups.forEach((g, gi) => {
          if (g.first < incl || perps.some((q) => q.group === gi) || a.s.keys.slice(incl, g.first).includes(";")) return;
          perps.push(claimVerb ? { ...owner, basis: "claimed", rank: RANK.claimed, group: gi } : { ...owner, group: gi });
        });
      }
    }
    // a group's record as the subject of a list: "In 2024, the group's attacks in Afghanistan included the suicide bombing
    // outside a bank ...; the shooting of tourists in ...; and the 12 September ambush in ...", "ISKP's campaign was one of
    // attacks on Shias, including the bombings of ..." — every attack the list names is the group's, unless it names its
    // own perpetrator
    {
      const rl = recordListOwner(a, antecedent ?? ctx.mainActor ?? null);
      if (rl) groups.forEach((g, gi) => {
        if (g.first < rl.at || perps.some((q) => q.group === gi)) return;
        perps.push({ actor: rl.actor, wording: rl.wording, basis: "attributed", rank: 1.5, pos: rl.pos, group: gi });
      });
    }
    {
      const sw = sinceWhenOwner(a, antecedent ?? ctx.mainActor ?? null);
      const gi = sw ? groups.findIndex((g) => g.first > sw.at && g.first - sw.at <= 12) : -1;
      if (sw && gi >= 0 && !perps.some((q) => q.group === gi)) perps.push({ actor: sw.actor, wording: sw.wording, basis: "attributed", rank: 1.5, pos: sw.pos, group: gi });
    }
    // a claim over coordinated attacks: "It claimed an October 2022 attack on ... and a 2017 assault on ..."
    // and a blame over several: "officials blamed IS-K for the March 22 massacre ... and for the twin bombings in ..."
    // and a record over several: "It was behind the suicide bombing at Kabul airport ..., and the twin bombings in Kerman ..."
    const behind = (x: PerpCand & { group: number }) => {
      if (x.basis !== "attributed" || x.pos < 0 || x.pos >= groups[x.group].first || groups[x.group].first - x.pos > 6) return false;
      for (let k = x.pos; k < groups[x.group].first; k++) if (a.s.keys[k] === "behind" || a.s.keys[k] === "responsible") return true;
      return false;
    };
    for (const p of perps.filter((x) => (x.basis === "claimed" || x.basis === "suspected" || (x.group >= 0 && behind(x))) && x.group >= 0).slice(0, 2)) {
      groups.forEach((g, gi) => {
        if (gi <= p.group || g.first - groups[p.group].last > 40 || perps.some((q) => q.group === gi)) return;
        const k0 = g.first;
        const between = a.s.keys.slice(Math.max(groups[gi - 1].last + 1, k0 - 5), k0);
        const coord = p.basis === "suspected"
          ? between.includes("and") && between.includes("for") && between.indexOf("for") > between.indexOf("and")
          : ((toks[k0 - 1]?.key === "a" || toks[k0 - 1]?.key === "an" || toks[k0 - 2]?.key === "a" || toks[k0 - 2]?.key === "an" || toks[k0 - 3]?.key === "a" || toks[k0 - 3]?.key === "an") &&
            between.includes("and")) || coordinatedThe(a.s.keys, k0);
        if (!coord) return;
        for (let k = groups[p.group].last + 1; k < k0; k++) if (SPEECH.has(a.s.keys[k]) || CLAIM_VERB.has(a.s.keys[k]) || a.s.keys[k] === ";") return;
        perps.push({ ...p, group: gi });
      });
    }
    // "It claimed a suicide bombing at the Russian embassy ..., and in January this year it claimed twin bombings in Kerman":
    // the same pronoun's second claim, in a clause joined by "and"
    for (const p of perps.filter((x) => x.basis === "claimed" && x.group >= 0 && PRONOUN_SUBJ.has(a.s.keys[x.pos] ?? "")).slice(0, 1)) {
      groups.forEach((g, gi) => {
        if (gi <= p.group || perps.some((q) => q.group === gi)) return;
        const from = groups[p.group].last + 1;
        let k = g.first - 1;
        while (k > from && g.first - k <= 4 && a.s.keys[k] !== "claimed") k--;
        if (a.s.keys[k] !== "claimed") return;
        const subj = a.s.keys[k - 1] === "also" ? k - 2 : k - 1;
        if (!(a.s.keys[subj] === "it" || (PRONOUN_SUBJ.has(a.s.keys[subj] ?? "") && a.s.keys[subj - 1] === "the"))) return;
        const mid = a.s.keys.slice(from, subj);
        if (!mid.includes("and") || mid.some((x) => x === ";" || x === "." || CLAIM_VERB.has(x) || SPEECH.has(x))) return;
        perps.push({ ...p, group: gi });
      });
    }
    let sentenceInc: Incident | null = null;
    const cands: Array<{ g: Group; cand: Incident }> = [];
    groups.forEach((g, gi) => {
      // date
      let date: DateVal | null = null;
      let bd = Infinity;
      for (const d of gDates[gi]) {
        const dd = dist(g, d.first, d.last) - dateRank(d) * 2 - (possessive.has(d) ? 4 : 0);
        if (dd < bd) {
          bd = dd;
          date = toDateVal(d, toks, ctx.ref);
          // "Friday's attack" names the attack's own day: it outranks a day found next to a later report of it
          if (possessive.has(d)) date.rank += 0.5;
        }
      }
      if (!date && carried && gi === 0 && !g.anaphoric && !g.claimRef) date = withRank(carried, 1.5);
      // place
      let place: Incident["place"] = null;
      for (const p of gPlaces[gi]) {
        const score = (SPECIFICITY[p.place.kind] ?? 1) + (p.locative ? 1.5 : 0) - dist(g, p.first, p.last) / 12;
        if (!place || score > place.score) place = { place: p.place, score, hit: p };
      }
      // a city of another country than a named country in the same group: keep the most specific consistent one
      // method and target: nearest lexicon hits
      let method: Incident["method"] = null;
      for (const m of a.methods) {
        if (dist(g, m.first, m.last) > 14 && groups.length > 1) continue;
        if (!method || m.value.priority > method.priority) method = { method: m.value.method, sub: m.value.sub_event_type, priority: m.value.priority };
      }
      let target: Incident["target"] = null;
      for (const t of a.targets) {
        // (a speaker's title or a speaking body is no target: "a provincial police spokesman told ...", "the ministry said",
        // a headline's "Intelligence Ministry: ...")
        const after = toks[t.last + 1]?.key ?? "";
        if (SPEAKER_TITLE.has(after) || SPEECH_AFTER.has(after) || after === "says" || after === ":") continue;
        if (nearestGroup(groups, t.first, t.last) !== gi) continue;
        const dd = dist(g, t.first, t.last);
        if (dd > 14) continue;
        const score = t.value.priority / 10 - dd - (t.first < g.first ? 3 : 0);
        if (!target || score > target.score) target = { target: t.value.target, score };
      }
      const cand = newIncident([a.s.index], [{ start: a.s.start, end: a.s.end, text: a.s.text }], date, place,
        gCas[gi].filter((c) => c.kind === "killed"), gCas[gi].filter((c) => c.kind === "injured"), method, target, !date && !place, order++);
      if (!date && reportedOn) cand.reportedOn = reportedOn;
      if (g.distinct === "separate") cand.separate = true;
      // ("the twin bombings", "two blasts", "both attacks": its toll is theirs together)
      if ([1, 2, 3].some((b) => SITE_CUES.has(a.s.keys[g.first - b] ?? "")) && NOUN_PL.has(a.s.keys[g.last] ?? "")) {
        cand.multi = true;
        for (const c of cand.killed) c.combined = true;
      }
      // "fired rockets from northern Afghanistan at Tajik territory", "strikes on Pakistani soil": the country a demonym's
      // territory names, for an attack told without a place of its own
      if (!place) for (let k = g.first + 1; k < toks.length && k - g.last <= 12; k++) {
        if (toks[k].key === "." || toks[k].key === ";") break;
        if ((toks[k].key === "territory" || toks[k].key === "soil") && ["at", "into", "on", "in", "inside", "onto"].includes(toks[k - 2]?.key ?? "")) {
          const c = ctx.pack.gazetteer.demonym(toks[k - 1].text);
          if (c) { cand.countryHint = c; break; }
        }
        // (also "fired rockets at a Tajik military installation", "attacked an Uzbek border post": the target's country)
        const det = toks[k - 1]?.key === "a" || toks[k - 1]?.key === "an" || toks[k - 1]?.key === "the" ? k - 2 : k - 1;
        // (a place of the country's, not its people or mission abroad: not "fired on the Pakistani embassy", "Chinese nationals")
        if (k - g.last <= 4 && ["at", "on", "onto", "into", "targeting", "against"].includes(toks[det]?.key ?? "") && /^\p{Lu}/u.test(toks[k].text) &&
          [1, 2, 3].some((b) => HOME_GROUND.has(toks[k + b]?.key ?? ""))) {
          const c = ctx.pack.gazetteer.demonym(toks[k].text);
          if (c) { cand.countryHint = c; break; }
        }
        // "attacked a border post at Ishkobod on the Tajik-Uzbek border": the country of the side named first
        const pair = toks[k].key === "border" ? /^(\p{Lu}[\p{L}]+)[-–](\p{Lu}[\p{L}]+)$/u.exec(toks[k - 1]?.text ?? "") : null;
        const c = pair ? ctx.pack.gazetteer.demonym(pair[1]) : null;
        if (c) { cand.countryHint = c; break; }
      }
      for (const p of perps) if (p.group === gi || (p.group === -1 && groups.length === 1)) mergePerp(cand, p);
      if (!cand.perp && groups.length === 1) for (const p of perps) mergePerp(cand, p);
      // "the bombings of Shia mosques in Kunduz and Kandahar in October 2021, which killed dozens": one attack at each
      // place, of the date and perpetrator told for them all (a toll told for them all is no one attack's)
      let each: PlaceHit[] | null = null;
      // (not attacks told as one coordinated attack: "simultaneous attacks on ... headquarters in Chabahar and Rask, in which 11 ...")
      for (let k = g.first; k <= g.last && !each; k++) if (NOUN_PL.has(a.s.keys[k]) && ![1, 2, 3].some((b) => SITE_CUES.has(a.s.keys[k - b] ?? "") || MULTI.has(a.s.keys[k - b] ?? ""))) each = placeListAfter(a, k);
      if (each) {
        // (attacks told on one day at several places are one coordinated attack: "the attacks on ... in Derbent and
        // Makhachkala on the evening of June 23 has reached 20" — the first place keeps the toll, the others are its sites)
        const oneDay = cand.date?.precision === "day";
        let first: Incident | null = null;
        for (const h of each) {
          const c: Incident = { ...cand, place: { place: h.place, score: 5, hit: h }, killed: first || !oneDay ? [] : cand.killed, injured: first || !oneDay ? [] : cand.injured, anaphoricOnly: false, order: order++ };
          if (oneDay && first) { c.siblingOf = first; c.site = true; }
          if (!first) first = c;
          cands.push({ g, cand: c });
        }
        return;
      }
      cands.push({ g, cand });
    });
    // coalesce the attack words of one sentence that do not conflict (one has the date, another the place)
    const merged: Array<{ g: Group; cand: Incident }> = [];
    for (const x of cands) {
      const prev = merged[merged.length - 1];
      // (not an attack the sentence sets a day or more apart: "The bombing came a day after an explosion at ...")
      // (nor "the second" of attacks told apart: "The first blast ... killed 18; the second, at ..., killed 12")
      if (prev && !x.g.claimRef && !daysBefore(a.s.keys, x.g.first) && !(x.g.distinct === "ordinal" && x.cand.place && prev.cand.place && x.cand.place.place.id !== prev.cand.place.place.id)) {
        const a1 = prev.cand, b1 = x.cand;
        const datesOk = !a1.date || !b1.date || dateEqual(a1.date, b1.date);
        const placesOk = placeCompat(a1.place?.place, b1.place?.place) && !(a1.place && b1.place && a1.place.place.kind !== "country" && b1.place.place.kind !== "country" && !placeSame(a1.place.place, b1.place.place));
        if (datesOk && placesOk) {
          if (b1.date && !a1.date) a1.date = b1.date;
          if (b1.place && (!a1.place || (SPECIFICITY[b1.place.place.kind] ?? 0) > (SPECIFICITY[a1.place.place.kind] ?? 0))) a1.place = b1.place;
          a1.killed.push(...b1.killed);
          a1.injured.push(...b1.injured);
          if (b1.perp) mergePerp(a1, b1.perp);
          if (b1.method && (!a1.method || b1.method.priority > a1.method.priority)) a1.method = b1.method;
          if (b1.target && (!a1.target || b1.target.score > a1.target.score)) a1.target = b1.target;
          prev.g = { ...prev.g, anaphoric: prev.g.anaphoric && x.g.anaphoric, headAnaphoric: prev.g.headAnaphoric ?? prev.g.anaphoric };
          continue;
        }
      }
      merged.push(x);
    }
    const sites = coordinatedSites(a);
    const lead = siteLead(a);
    // (the body of this loop a function of its own, compiled apart: see attachToCurrent)
    const placeCandidate = (g: Group, cand: Incident): void => {
      // one site of a coordinated attack told in its own paragraph ("In Naushki, four soldiers ... were martyred while
      // repulsing the attack", "In the second attack, terrorists opened fire on troops ... in the Sui area")
      // ("The first blast took place ... in Pishin district, killing at least 18": the first site's own toll)
      const ordinal = g.distinct === "ordinal" || toks[g.first - 1]?.key === "first" || toks[g.first - 2]?.key === "first" || toks[g.first - 3]?.key === "first";
      const siteHits = lead ? [lead] : ordinal ? a.places.filter((h) => !h.modifier) : null;
      const own = siteHits?.length ? siteIncident(siteHits, cand.date, cand) : null;
      if (own) {
        for (const c of cand.killed) c.site = true;
        if (own === cand) incidents.push(cand);
        else mergeInto(own, cand, a);
        last = own;
        sentenceInc = own;
        return;
      }
      // "The bombing came a day after an explosion at a mosque in Mazar-i-Sharif killed 31": an attack dated by its distance
      // from the story's day
      if (!cand.date && !g.anaphoric) {
        const back = daysBefore(a.s.keys, g.first);
        const story = back ? storyIncident() : null;
        // (the story's attack not dated yet, told in the lede: the report's day, which it will take)
        const day = story?.date?.d != null && story.date.m != null ? Date.UTC(story.date.y, story.date.m - 1, story.date.d) :
          back && ctx.ref && incidents.some((i) => !i.date && i.sentences[0] <= 3) ? Date.UTC(ctx.ref.getUTCFullYear(), ctx.ref.getUTCMonth(), ctx.ref.getUTCDate()) : null;
        if (back && day != null) {
          const t = new Date(day - back * 86400000);
          cand.date = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), precision: "day", rank: 2, week: undefined, before: undefined };
          cand.anaphoricOnly = false;
          cand.before = true;
        }
        // ("The latest violence comes three months after twin suicide bombings in Kerman": its month)
        const backM = back ? 0 : daysBefore(a.s.keys, g.first, true);
        const storyM = backM ? storyIncident() : null;
        const refM = storyM?.date?.m != null ? { y: storyM.date.y, m: storyM.date.m } : backM && ctx.ref ? { y: ctx.ref.getUTCFullYear(), m: ctx.ref.getUTCMonth() + 1 } : null;
        if (backM && refM) {
          const mm = refM.y * 12 + (refM.m - 1) - backM;
          cand.date = { y: Math.floor(mm / 12), m: (mm % 12) + 1, d: null, precision: "month", rank: 2, week: undefined, before: undefined };
          cand.anaphoricOnly = false;
          cand.before = true;
        }
      }
      const { date, place, target } = cand;
      // merge into an existing incident?
      let target2: Incident | null = null;
      // "In a separate incident in Kabul on Friday, gunmen attacked ...", "a second explosion hit ... in Qila Saifullah,
      // killing 12": another incident, on the day of the one in focus unless it gives its own
      const focus = last as Incident | null;
      const apart = !!focus && !!focus.date && focus.date.precision === "day" && !g.anaphoric && (g.distinct === "separate" ||
        (g.distinct === "ordinal" && !!place && place.place.kind !== "country" && place.place.kind !== "admin1" && !!focus.place && focus.place.place.id !== place.place.id &&
          (SPECIFICITY[focus.place.place.kind] ?? 0) >= 3 && cand.killed.length > 0));
      // ("Hours later, a roadside bomb exploded in ...": another incident the same day as the lead's, whose day is the
      // report's, given at the end)
      if (focus && !focus.date && ctx.ref && focus.sentences[0] <= 3 && g.distinct === "separate" && !g.anaphoric && !date && place) {
        cand.sameDayAs = focus;
        incidents.push(cand);
        last = cand;
        sentenceInc = cand;
        return;
      }
      if (apart && (!date || dateCompat(date, focus!.date))) {
        if (!cand.date) cand.date = withRank(focus!.date!, 0.5);
        if (g.distinct === "ordinal") {
          cand.siblingOf = focus!;
          // ("twin bombings ... killed 30 ... The first blast ..., killing 18 ... a second bomb exploded ..., killing 12": the
          // attack told together is now told apart, and its joint toll is no one site's)
          if (focus!.multi) focus!.split = true;
        }
        incidents.push(cand);
        last = cand;
        sentenceInc = cand;
        return;
      }
      // "The bombing comes as ...", "The attacks came a week after ...": the story's own incident is put in context, not
      // the one told last (a background attack)
      const ctxVerb = toks[g.last + 1]?.key;
      if (!date && g.anaphoric && g.first <= 2 && (ctxVerb === "comes" || ctxVerb === "came" || ctxVerb === "come")) {
        const story = storyIncident();
        if (story) {
          addEvidence(story, a);
          last = story;
          sentenceInc = story;
          return;
        }
      }
      if (!date && sentenceInc && placeCompat(sentenceInc.place?.place, place?.place) && !(place && sentenceInc.place && place.place.kind !== "country" && !placeSame(place.place, sentenceInc.place.place))) {
        // a second attack word in the same sentence without its own date describes the same incident
        target2 = sentenceInc;
      } else if (!date && place && last && g.anaphoric && placeCompat(last.place?.place, place.place)) {
        // a definite reference without its own date ("the explosion occurred ... Kabul police said") is the incident
        // being described, whatever target words the sentence adds
        // (unless it names another incident's target that the one told last lacks: "In September, a suicide bomber struck
        // outside the Russian embassy. Analysts said the hotel attack ...": the hotel attack)
        const named = target && last.target?.target !== target.target ? incidents.filter((i) => i !== last && i.target?.target === target.target) : [];
        // (nor the one told last without a place when an earlier one was told there: "... rammed foreign cyclists in
        // Danghara district ... . After the attack near Moscow, Kyrgyz authorities asked ...": the Moscow attack)
        const there = !last.place && place.place.kind !== "country" ?
          incidents.filter((i) => i !== last && i.place && (placeSame(i.place.place, place.place) || nearby(i.place.place, place.place))) : [];
        target2 = named.length === 1 ? named[0] : there.length ? there[there.length - 1] : last;
      } else if (!date && !place) {
        if (g.claimRef && sentenceInc) target2 = sentenceInc;
        else if (last && (g.anaphoric || cand.killed.length || cand.perp)) {
          target2 = last;
          // (a claim by another group than the one that claimed the background attack told last is about the story's
          // own attack: "..., the metro bombings of 2010; Umarov's Caucasus Emirate claimed them. ¶ On Friday night the
          // Islamic State claimed responsibility for the attack at Crocus.")
          const story = storyIncident();
          if (g.claimRef && cand.perp?.basis === "claimed" && last.perp?.basis === "claimed" && !sameGroup(last.perp.actor, cand.perp.actor) && story && story !== last) target2 = story;
        }
        else if (last && !cand.killed.length) target2 = null;
      } else {
        let best = 0;
        for (const inc of incidents) {
          if (!dateCompat(inc.date, date) || !placeCompat(inc.place?.place, place?.place)) continue;
          // (nor one in another country, told by its territory: "... in Kerman. In May 2022, the group said it had fired
          // rockets at Tajik territory")
          if (!place && cand.countryHint && inc.place && inc.place.place.country !== cand.countryHint) continue;
          let s = 0;
          if (dateEqual(inc.date, date)) s += 2;
          else if (inc.date && date && inc.date.precision !== "year" && date.precision !== "year") s += 1;
          if (placeSame(inc.place?.place, place?.place)) s += 1;
          // (a definite reference's sentence often names the speaker or a bystander, not the target: no penalty then)
          // (nor when one of them names the victims only in general terms: "civilians" fits "a memorial gathering")
          // "Blasts Kill More Than 100 at Iran Memorial ¶ Two explosions killed at least 103 people at a ceremony in ...
          // Kerman": the lede tells the headline's attack again, more precisely (neither dated yet) — and a headline's
          // terse words name no target to hold against it ("ISIS Claims Shah Cheragh Attack as Officials Point at ...")
          const retold = !date && !inc.date && !!place && inc.sentences.length === 1 && inc.sentences[0] === headline && a.s.index <= headline + 2 &&
            ctx.anns[a.s.index]?.s.para !== ctx.anns[inc.sentences[0]]?.s.para;
          if (inc.target && target && !retold) s += inc.target.target === target.target ? 1 : g.anaphoric || g.headAnaphoric || GENERIC_TARGETS.has(inc.target.target) || GENERIC_TARGETS.has(target.target) ? 0 : -1.5;
          if (!date && inc === last && g.anaphoric) s += 1;
          // "Gunmen opened fire on tourists in central Afghanistan ... The attack took place on Friday in Bamiyan": a
          // definite reference that dates the undated incident in focus
          // (also when a clause goes on to tell it: "The attack took place on 30 September, when gunmen opened fire ...")
          if (date && !inc.date && inc === last && (g.anaphoric || g.headAnaphoric)) s += 1.5;
          // "The year opened with a massacre ... in Peshawar. On 30 January 2023, a suicide bomber blew himself up in the
          // mosque ...": an undated, placed attack of the sentence just before, dated by the next one without a place
          // (or of the lede, a paragraph of its own: "X claimed the twin bombings that killed dozens at a memorial in Kerman.
          // ¶ The group said two of its members had detonated explosive belts among the crowd on Wednesday.")
          else if (date && !place && !inc.date && inc === last && inc.place && inc.sentences[inc.sentences.length - 1] === a.s.index - 1 &&
            (ctx.anns[a.s.index - 1]?.s.para === a.s.para || ledeParagraph(a.s.index - 1))) s += 1.5;
          // "A suicide bomber rammed ... in northwest Pakistan on Tuesday ... . The convoy ... was attacked near the town of
          // Besham": where the incident in focus, told without a town, took place
          if (!date && place && inc === last && inc.date && (!inc.place || inc.place.place.kind === "country") && place.place.kind !== "country" &&
            place.place.kind !== "admin1" && a.s.index - inc.sentences[inc.sentences.length - 1] <= 2) s += 1.5;
          if (retold) s += 1.5;
          // "After the 2022 attack, India granted e-visas to ...": a definite reference by its year alone is the one attack of
          // that year the report told
          else if (g.anaphoric && date?.precision === "year" && !place && inc.date?.y === date.y && incidents.filter((i) => i.date?.y === date.y).length === 1) s += 1.5;
          // "The attacks began at around 6 pm ... . In Derbent, gunmen opened fire at the Church of ...": the incident in
          // focus, told in detail where it took place
          else if (!date && place && inc === last && inc.date && inc.place && LOCAL_KINDS.has(place.place.kind) && placeSame(inc.place.place, place.place) &&
            a.s.index - inc.sentences[inc.sentences.length - 1] <= 1 && !g.distinct) s += 1;
          if (!date || !inc.date) s -= 0.5;
          if (s > best) { best = s; target2 = inc; }
        }
        if (best < 1) target2 = null;
      }
      // "The death toll from the twin bombings ... climbed to 30. ¶ Eighteen people were killed in the blast ... in Khanozai,
      // Pishin district ... . The bombing of a JUI-F office in Qilla Saifullah the same afternoon killed 12": each site of an
      // attack told as several is its own incident, the same day
      const root: Incident | null = target2?.siblingOf && target2.site ? target2.siblingOf : target2;
      if (root?.multi && place && root.place && LOCAL_KINDS.has(place.place.kind) && LOCAL_KINDS.has(root.place.place.kind) &&
        place.place.id !== root.place.place.id && place.place.country === root.place.place.country && !nearby(place.place, root.place.place) &&
        (!date || dateCompat(date, root.date))) {
        const known: Incident | undefined = incidents.find((i) => i.siblingOf === root && i.site && i.place && (i.place.place.id === place.place.id || nearby(i.place.place, place.place)));
        if (known) target2 = known;
        else {
          cand.siblingOf = root;
          cand.site = true;
          if (!cand.date && root.date) cand.date = withRank(root.date, 0.5);
          for (const c of cand.killed) c.site = true;
          root.split = true;
          incidents.push(cand);
          last = cand;
          sentenceInc = cand;
          target2 = null;
          if (sites && !cand.sites) cand.sites = sites;
          return;
        }
      }
      if (target2) {
        mergeInto(target2, cand, a);
        last = target2;
        sentenceInc = target2;
      } else if (date || place) {
        incidents.push(cand);
        // an undated definite reference that names another place ("the blast at a branch of New Kabul Bank") cannot
        // be reported on its own; what follows it still describes the incident in focus
        if (date || !g.anaphoric || !last) last = cand;
        sentenceInc = cand;
      }
      if (sites && sentenceInc && !sentenceInc.sites) sentenceInc.sites = sites;
    };
    for (const { g, cand } of merged) placeCandidate(g, cand);
    if (sentenceInc) splitTollsByPlace(sentenceInc, a, cas);
  }

  /**
   * "bombs exploded outside election offices in Pishin and Qilla Saifullah districts, killing 18 people in Pishin and 12 in
   * Qilla Saifullah": each place told with its own toll is a site of the attack, its own incident the same day; the
   * attack keeps the toll of its own place (the first one told when its place is none of them).
   */
  function splitTollsByPlace(inc: Incident, a: Ann, cas: Casualty[]): void {
    const per = cas.filter((c) => c.at != null && inc.killed.includes(c));
    if (per.length < 2) return;
    const hitAt = (c: Casualty) => a.places.find((h) => h.first === c.at)!;
    const first = hitAt(per[0]);
    if (!inc.place || !per.some((c) => hitAt(c).place.id === inc.place!.place.id)) {
      if (inc.place && !placeCompat(inc.place.place, first.place)) return;
      inc.place = { place: first.place, score: 5, hit: first };
    }
    for (const c of per) {
      c.site = true;
      const h = hitAt(c);
      if (h.place.id === inc.place.place.id) continue;
      const site = siteOf(inc, h);
      if (!site.method) site.method = inc.method;
      if (!site.target) site.target = inc.target;
      addEvidence(site, a);
      inc.killed.splice(inc.killed.indexOf(c), 1);
      site.killed.push(c);
    }
    inc.split = true;
  }

  /**
   * The incident of one site of the coordinated attack in focus, the first of `hits` that names one of its sites: the attack in focus when
   * it is told at that site (or at none of them yet), else the site's own incident, made on first mention (`cand` is
   * taken as it when given). Null when none of `hits` is a site of the attack in focus.
   */
  function siteIncident(hits: PlaceHit[], date: DateVal | null, cand?: Incident): Incident | null {
    const cur = last as Incident | null;
    if (!cur) return null;
    const root = cur.site && cur.siblingOf ? cur.siblingOf : cur;
    const sites = root.sites;
    const hit = sites && hits.find((x) => sites.some((h) => h.place.id === x.place.id));
    if (!sites || !hit || !root.date) return null;
    if (date && !dateCompat(date, root.date)) return null;
    if (!root.place || root.place.place.id === hit.place.id) return root;
    if (!sites.some((h) => h.place.id === root.place!.place.id)) { root.place = { place: hit.place, score: 5, hit }; return root; }
    return siteOf(root, hit, cand);
  }

  /** The incident of the site at `hit` of the attack `root`: the one already made, else a new one the same day (`cand`, when given, is taken as it and not listed). */
  function siteOf(root: Incident, hit: PlaceHit, cand?: Incident): Incident {
    const known = incidents.find((i) => i.site && i.siblingOf === root && i.place?.place.id === hit.place.id);
    if (known) return known;
    const inc: Incident = cand ?? newIncident([], [], null, null, [], [], null, null, false, order++);
    if (!inc.date && root.date) inc.date = withRank(root.date, 0.5);
    inc.place = { place: hit.place, score: 5, hit };
    inc.siblingOf = root;
    inc.site = true;
    if (!cand) incidents.push(inc);
    return inc;
  }

  return incidentClaims(ctx, incidents, floating, headline);
}

/** The claims of a report's incidents, once its sentences are read: the lead incident dated, incidents merged, perpetrators given, one event claim each. */
function incidentClaims(ctx: EventContext, incidents: Incident[], floating: PerpCand[], headline: number): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const kept = incidents.filter((i) => i.date);
  // the headline's undated incident, told on in the paragraphs that follow ("23 soldiers martyred as terrorists storm
  // a post in Daraban" ... "the attack took place ..." ... "X claimed responsibility for the attack"), is the one the
  // lede dates within the week before publication at a compatible place, when the lede dates only one
  if (ctx.ref) {
    const lead = incidents.find((i) => !i.date && i.sentences[0] <= 1 && (i.killed.length > 0 || i.perp));
    const refT = ctx.ref.getTime();
    const lede = lead ? kept.filter((k) => k.sentences[0] <= 3 && k.date!.d != null && k.date!.m != null && placeAround(k, lead) &&
      refT - Date.UTC(k.date!.y, k.date!.m - 1, k.date!.d) <= 7 * 86400000 && refT - Date.UTC(k.date!.y, k.date!.m - 1, k.date!.d) >= -86400000) : [];
    if (lead && lede.length === 1 && kept.filter((k) => k.sentences[0] <= 3).length === 1 && (!lead.perp || !lede[0].perp || sameGroup(lead.perp.actor, lede[0].perp.actor)) &&
      !(isWave(lead) && (SPECIFICITY[lede[0].place?.place.kind ?? ""] ?? 0) > (SPECIFICITY[lead.place!.place.kind] ?? 0))) {
      absorbIncident(lede[0], lead);
      if (!lede[0].place && lead.place) lede[0].place = lead.place;
      incidents.splice(incidents.indexOf(lead), 1);
    }
  }
  // main incident: most sentences, then earliest
  let main: Incident | null = null;
  for (const i of kept) if (!main || i.sentences.length > main.sentences.length) main = i;
  // (one site of a coordinated attack stands for it when the attack is told as a whole too: the attack is the story's)
  if (main?.site && main.siblingOf && kept.includes(main.siblingOf) && main.siblingOf.sentences[0] < main.sentences[0]) main = main.siblingOf;
  if (main && main.sentences.length < 2 && main.sentences[0] > 3) main = null;
  // an undated lead incident in a dated news report takes the report's date
  if (ctx.ref) {
    const lead = incidents.find((i) => !i.date && i.sentences[0] <= 3 && (i.killed.length > 0 || i.perp));
    // (a wave of attacks across a region stays the lead's own also when one of its sites is dated in the lede's paragraph)
    const wave = !!lead && isWave(lead);
    if (lead && (!kept.some((k) => k.sentences[0] <= 3 && !k.before) || wave)) {
      // the headline's incident is the one the story goes on to date within the week before publication ("Islamic State
      // claims car bombing that killed deputy governor" ... "was killed ... Tuesday morning in Faizabad")
      const refT = ctx.ref.getTime();
      // (not when the lead tells a wave of attacks across a region and the dated one is one of its sites: "launched
      // coordinated attacks across Balochistan overnight ... In Kalat district, militants attacked a checkpost late on Sunday")
      const recent = kept.filter((k) => !k.before && !(wave && k.place && lead.place && (SPECIFICITY[k.place.place.kind] ?? 0) > (SPECIFICITY[lead.place.place.kind] ?? 0)) &&
        k.date!.d != null && k.date!.m != null && placeAround(k, lead) &&
        refT - Date.UTC(k.date!.y, k.date!.m - 1, k.date!.d) <= 7 * 86400000 && refT - Date.UTC(k.date!.y, k.date!.m - 1, k.date!.d) >= -86400000);
      let home = lead;
      // (of several, the latest, unless another group's: "claimed the bombing of a mosque in Faizabad" ... "a suicide
      // bomber had detonated an explosive belt among officials attending the ceremony at the mosque on Thursday", not the
      // car bomb that killed the man they mourned, on Tuesday)
      const day = (k: Incident) => Date.UTC(k.date!.y, k.date!.m! - 1, k.date!.d!);
      const latest = Math.max(...recent.map(day));
      const same = recent.length > 1 ? recent.filter((k) => day(k) === latest && (!k.perp || !lead.perp || sameGroup(k.perp.actor, lead.perp.actor))) : recent;
      // "ISKP opened the year with its deadliest attack in Pakistan since Bajaur in 2023. On 7 February, ...": a superlative
      // that the next sentence goes on to tell, whenever it was (its place is the told attack's, not the one compared with)
      const lastOf = lead.sentences[lead.sentences.length - 1];
      const next = !same.length && SUPERLATIVE.test(lead.spans[0]?.text ?? "") ?
        kept.filter((k) => k.sentences[0] === lastOf + 1 && !k.site && ctx.anns[lastOf + 1]?.s.para === ctx.anns[lastOf]?.s.para) : [];
      if (next.length === 1 && (!next[0].perp || !lead.perp || sameGroup(next[0].perp.actor, lead.perp.actor))) {
        absorbIncident(next[0], lead);
        home = next[0];
      } else if (same.length === 1) {
        const k = same[0];
        absorbIncident(k, lead);
        if (!k.place && lead.place) k.place = lead.place;
        home = k;
        // (the headline's incident, now told in more sentences than any other, is the story's)
        if (!main || k.sentences.length >= main.sentences.length) main = k;
      } else {
        // (the day its sentence was told on when the report gives one in the week before publication: "state media said on
        // Wednesday evening that 15 people had been killed" in Thursday's report)
        const told = lead.reportedOn;
        const toldT = told?.d != null && told.m != null ? Date.UTC(told.y, told.m - 1, told.d) : NaN;
        lead.date = refT - toldT >= 0 && refT - toldT <= 7 * 86400000 ? { ...told!, rank: 1 } :
          { y: ctx.ref.getUTCFullYear(), m: ctx.ref.getUTCMonth() + 1, d: ctx.ref.getUTCDate(), precision: "day", rank: 1, week: undefined, before: undefined };
        kept.unshift(lead);
        // (the lead incident is the story's when it is told at least as long as any other)
        if (!main || lead.sentences.length >= main.sentences.length) main = lead;
      }
      for (const inc of incidents) {
        if (inc.sameDayAs !== lead || inc.date || !home.date) continue;
        inc.date = withRank(home.date, 0.5);
        kept.push(inc);
      }
    }
  }
  // an incident told by its month ("the bombing at Kabul airport last August") and by its day ("on Aug. 26") at the same
  // place is one incident when the report gives no other day that month there
  const byMonth = new Map<string, Incident[]>();
  for (const y of kept) if (y.date!.precision === "day") { const k = `${y.date!.y}-${y.date!.m}`; const l = byMonth.get(k); if (l) l.push(y); else byMonth.set(k, [y]); }
  for (const x of kept.slice()) {
    if (x.date!.precision !== "month") continue;
    // (not a day the month's reference excludes: "Earlier this month, a gunman opened fire on ..." is none of the day's)
    const days = (byMonth.get(`${x.date!.y}-${x.date!.m}`) ?? []).filter((y) => y !== x && kept.includes(y) && dateCompat(x.date, y.date) &&
      (x.place && y.place ? placeSame(x.place.place, y.place.place) || (x.place.hit.near && x.place.place.country === y.place.place.country) : placeCompat(x.place?.place, y.place?.place)));
    // (several days that month there: the one at the very same place, if only one is)
    const same = days.length > 1 && x.place ? days.filter((y) => y.place?.place.id === x.place!.place.id) : days;
    if (same.length !== 1) continue;
    const y = same[0];
    // (the Islamic State and its Khorasan branch are one claimant here)
    if (x.perp && y.perp && !sameGroup(x.perp.actor, y.perp.actor)) continue;
    absorbIncident(y, x);
    if (!y.target && x.target) y.target = x.target;
    kept.splice(kept.indexOf(x), 1);
    if (main === x) main = y;
  }
  // told as nobody's, or blamed on someone: in its sentences, or in the next sentence of its paragraph ("On 29 September
  // 2023, a suicide bomber attacked a procession in Mastung ..., and on the same day a bomb at a mosque in Hangu killed
  // five. No group claimed either attack.")
  const toldUnclaimed = (inc: Incident) => {
    if (inc.spans.some((sp) => UNCLAIMED.test(sp.text))) return true;
    const lastSentence = inc.sentences[inc.sentences.length - 1];
    const next = ctx.anns[lastSentence + 1];
    // (a sentence of its own, that tells no attack of its own: not "On 30 September 2022, a suicide bomber killed 53 ...; no
    // group claimed that atrocity")
    return !!next && next.s.para === ctx.anns[lastSentence]?.s.para && NOBODY_CLAIMED.test(next.s.text) && !incidents.some((i) => i.sentences.includes(next.s.index));
  };
  // an analysis piece (no incident in its headline or lede) about one armed group: the attacks it lists without naming
  // another perpetrator are given as that group's record ("ISKP announced its return ... The August 26 bombing ...")
  // (the lede is the headline and the paragraph after it, at most four sentences in all)
  const leadAnns = ctx.anns.filter((a) => !a.s.biblio).slice(0, 4);
  const ledePara = headline >= 0 ? leadAnns[1]?.s.para : leadAnns[0]?.s.para;
  const lead: number[] = [];
  leadAnns.forEach((a, i) => { if (i === 0 || a.s.para === ledePara) lead.push(a.s.index); });
  const leadEnd = lead.length ? lead[lead.length - 1] : -1;
  if (kept.length && !kept.some((k) => k.sentences.some((i) => i <= leadEnd))) {
    const first = ctx.anns.find((a) => !a.s.biblio);
    const head = first?.actors.find((h) => isPerpKind(h.value) && h.value.name !== "Taliban" && !denies(first.s.keys, h))?.value;
    const topic = head ?? (ctx.mainActor && ctx.mainActor.name !== "Taliban" ? ctx.mainActor : null);
    if (topic) {
      for (const inc of kept) {
        // (not an attack the report sets apart from its story: "In a separate incident in Kabul on Friday, gunmen attacked ...")
        if (inc.perp || inc.separate) continue;
        if (!toldUnclaimed(inc)) inc.perp = { actor: topic, wording: topic.name, basis: "attributed", rank: 1, pos: -1 };
      }
    }
  }
  // an explainer's section heading about a group's attacks ("What attacks has it carried out beyond Afghanistan?",
  // "IS-K's attacks abroad"): the attacks its section tells without naming a perpetrator are that group's
  for (const [first, last, group] of attackSections(ctx)) {
    for (const inc of kept) {
      if (inc.perp || inc.separate || inc.sentences[0] < first || inc.sentences[0] > last) continue;
      if (!toldUnclaimed(inc)) inc.perp = { actor: group, wording: group.name, basis: "attributed", rank: 1, pos: -1 };
    }
  }
  // a responsibility claim the text did not tie to a dated incident ("The group later claimed responsibility in a
  // statement", a claim next to an undated reference) is about the story's main incident
  if (main) {
    const m = main;
    for (const inc of incidents) {
      if (inc === m || inc.date || !inc.perp || inc.perp.basis !== "claimed") continue;
      // (not a claim already told of a dated incident of its sentence: "In March, gunmen killed 145 people at Crocus City
      // Hall near Moscow, an attack claimed by the Islamic State.")
      if (incidents.some((o) => o !== m && o !== inc && o.date && o.perp && sameGroup(o.perp.actor, inc.perp!.actor) && o.sentences.some((i) => inc.sentences.includes(i)))) continue;
      if (!m.perp || inc.perp.rank > m.perp.rank) mergePerp(m, inc.perp);
    }
    for (const p of floating) if (!m.perp || p.rank > m.perp.rank) mergePerp(m, p);
  }
  // sites of one coordinated attack ("the first blast ... a second explosion ...") share the responsibility claimed for them
  for (const inc of kept) {
    const sib = inc.siblingOf;
    if (!sib || !kept.includes(sib) || !dateEqual(inc.date, sib.date)) continue;
    // (not to a site that the report says nobody claimed: "In the second attack, ... No group has claimed that attack.")
    if (inc.site && inc.spans.some((sp) => NOBODY_CLAIMED.test(sp.text))) continue;
    // (and the firmer of their two bases: "IS claimed both attacks" told after the second site)
    if (sib.perp && (!inc.perp || (inc.perp.rank < sib.perp.rank && sameGroup(inc.perp.actor, sib.perp.actor)))) inc.perp = { ...sib.perp };
    else if (inc.perp && (!sib.perp || (sib.perp.rank < inc.perp.rank && sameGroup(inc.perp.actor, sib.perp.actor)))) sib.perp = { ...inc.perp };
  }
  for (const inc of kept) claims.push(eventClaim(ctx, inc, main, kept));
  return claims;
}

/** The event claim of one kept incident (`main`: the story's main incident). */
function eventClaim(ctx: EventContext, inc: Incident, main: Incident | null, kept: Incident[]): ExtractedClaim {
  let p = inc.place?.place ?? (inc === main && ctx.datelinePlace ? ctx.datelinePlace : null) ?? (inc !== main ? inheritedPlace(ctx, inc, main, kept) : null);
  let country = p?.country ?? inc.countryHint ?? null;
  if (!country) country = inc === main || !ctx.docCountry ? ctx.datelinePlace?.country ?? ctx.docCountry : ctx.docCountry;
  // an embassy told without its city is in the country's capital ("a bomber blew himself up at the gate of the Russian
  // embassy" in a report on Afghanistan: Kabul), placed as a part of it (geo precision 2)
  // (not when the embassy is the country's own: "the Russian embassy" is not in Moscow — the country is then unsure)
  const capital = (!p || p.kind === "country") && country && inc.target?.target === "diplomatic mission" && !ownEmbassy(ctx, inc, country) ?
    ctx.pack.gazetteer.capital(country) ?? null : null;
  if (capital) p = capital;
  let admin1: string | null = null;
  let placeName: string | null = null;
  let lat: number | null = null, lon: number | null = null;
  let geo: 1 | 2 | 3 | null = null;
  if (p) {
    if (p.kind === "admin1") { admin1 = p.name; placeName = p.name; geo = 3; }
    else if (p.kind !== "country") {
      const a1 = ctx.pack.gazetteer.admin1Of(p);
      admin1 = a1?.name ?? p.admin1 ?? null;
      placeName = p.name;
      geo = p === capital ? 2 : p.kind === "landmark" || p.kind === "city" || p.kind === "village" ? 1 : 2;
    }
    lat = p.lat; lon = p.lon;
    if (p.kind === "country") { geo = 3; lat = null; lon = null; }
  }
  const killed = pickFigure(inc.killed, inc.split);
  const injured = pickFigure(inc.injured, inc.split);
  let perp: string | null = inc.perp?.actor.name ?? null;
  if (inc.perp && inc.perp.actor.generic_of && ((country && KHORASAN.has(country)) || (!country && ctx.khorasanDoc))) perp = inc.perp.actor.generic_of;
  // a faction ("Jamaat-ul-Ahrar, a faction of the TTP") exports as the canonical group it belongs to; the report's own
  // name for it stays in perpetrator_wording
  if (inc.perp && inc.perp.actor.faction_of) perp = inc.perp.actor.faction_of;
  // and a state agency as its state ("the Revolutionary Guards fired missiles at ...": Iran)
  if (inc.perp && inc.perp.actor.agency_of) perp = inc.perp.actor.agency_of;
  const ev: EventFields = {
    date: iso(inc.date!.y, inc.date!.m, inc.date!.d),
    date_precision: inc.date!.precision,
    country, admin1, place: placeName, lat, lon, geo_precision: geo,
    perpetrator: perp,
    perpetrator_basis: inc.perp?.basis ?? null,
    perpetrator_wording: inc.perp?.wording ?? null,
    killed: killed?.value ?? null,
    killed_qualifier: killed?.qualifier ?? null,
    injured: injured?.value ?? null,
    injured_qualifier: injured?.qualifier ?? null,
    method: inc.method?.method ?? null,
    sub_event_type: inc.method?.sub ?? null,
    target: inc.target?.target ?? null,
    mention: inc === main ? "main" : "passing",
  };
  let conf = 0.5;
  if (inc.place) conf += 0.15;
  if (inc.date && inc.date.precision === "day") conf += 0.1;
  if (inc.perp) conf += 0.1;
  if (inc.sentences.length > 1) conf += 0.1;
  return { kind: "event", evidence: inc.spans, event: ev, confidence: Math.min(0.95, conf) };
}

// A background attack told without a place of its own takes the place the prose points back to:
//   "The same hospital was attacked in March 2017", "a shrine in Shiraz ..., and a second attack at the shrine in 2023",
//   "X has witnessed some of the deadliest attacks ... In September 2013, twin suicide bombings ... killed over 80"
// With a definite back-reference (the same hospital, in the city, the area) a place named before it in the sentence
// wins, else the place the paragraph opened with, else the main incident's place; without one, only a place the paragraph opened with, and only when the
// paragraph names no other province before the attack.
const BACK_REF = /\b(?:the same \w+(?: \w+)?|(?:in|at|near|outside|inside|of) the (?:city|town|area|neighbou?rhood|district|capital|shrine|hospital|mosque|compound|site|venue)|the (?:hospital|shrine))\b/i;

/** The incident's embassy is `country`'s own ("the Russian embassy" with `country` RU). */
function ownEmbassy(ctx: EventContext, inc: Incident, country: string): boolean {
  for (const sp of inc.spans) for (const m of sp.text.matchAll(/\b([A-Z][a-z]+) (?:embassy|consulate|mission)\b/gi)) {
    if (ctx.pack.gazetteer.demonym(m[1]) === country) return true;
  }
  return false;
}

function inheritedPlace(ctx: EventContext, inc: Incident, main: Incident | null, told: Incident[]): Place | null {
  const si = inc.sentences[0];
  const ann = ctx.anns.find((x) => x.s.index === si);
  if (!ann) return null;
  // (in the country the attack's own words name, when they name one: "fired rockets at a Tajik military installation")
  const want = inc.countryHint ?? ctx.docCountry;
  const named = (h: PlaceHit) => !h.modifier && h.place.kind !== "country" && !ctx.bylineSpans.some(([s, e]) => h.start >= s && h.start < e) &&
    (!inc.countryHint || h.place.country === inc.countryHint);
  const usable = (h: PlaceHit) => named(h) && (!want || h.place.country === want);
  const para = ctx.anns.filter((x) => !x.s.biblio && x.s.para === ann.s.para && x.s.index <= si);
  const ref = BACK_REF.exec(ann.s.text);
  if (ref) {
    const at = ann.s.start + ref.index;
    // the same sentence before the back-reference, else the place the paragraph opened with (a place named in between is
    // usually another incident's)
    // (whatever its country: "the attack on the Shah Cheragh shrine in Shiraz ..., and a second shooting at the same shrine")
    const before = ann.places.filter((h) => named(h) && h.start < at);
    if (before.length) return before[before.length - 1].place;
    // "a second shooting at the same shrine": the place of the latest incident told before that names a shrine
    const same = /^the same (\w+)/i.exec(ref[0]);
    if (same) {
      const noun = " " + same[1].toLowerCase();
      let prior: Incident | null = null;
      for (const o of told) if (o !== inc && o.place && o.place.place.kind !== "country" && o.sentences[0] < si && (!prior || o.sentences[0] > prior.sentences[0]) &&
        o.spans.some((sp) => sp.text.toLowerCase().includes(noun))) prior = o;
      // ("in the same city": the town of the latest incident told before in the paragraph)
      if (!prior && (noun === " city" || noun === " town")) {
        for (const o of told) if (o !== inc && o.place && o.place.place.kind === "city" && o.sentences[0] < si && (!prior || o.sentences[0] > prior.sentences[0]) &&
          ctx.anns[o.sentences[0]]?.s.para === ann.s.para) prior = o;
      }
      if (prior) return prior.place!.place;
    }
    const opener = para[0] !== ann ? para[0].places.filter(usable) : [];
    if (opener.length) return opener[0].place;
    const mp = main?.place?.place ?? ctx.datelinePlace;
    return mp && mp.kind !== "country" && (!want || mp.country === want) ? mp : null;
  }
  if (para.length < 2 || para[0].s.index === si) return null;
  const opened = para[0].places.filter(usable);
  if (!opened.length) return null;
  const all = para.filter((x) => x.s.index < si).flatMap((x) => x.places.filter(usable));
  const a1 = (pl: Place) => (pl.kind === "admin1" ? pl.name : ctx.pack.gazetteer.admin1Of(pl)?.name ?? pl.admin1 ?? null);
  const first = a1(opened[0].place);
  if (!first || all.some((h) => a1(h.place) !== first)) return null;
  return opened[0].place;
}

/** Days from an incident's date to a later day-precise date (Infinity when either is not to the day, or the date is earlier). */
function daysAfter(from: DateVal | null, d: DateMention): number {
  if (!from || from.m == null || from.d == null || d.m == null || d.d == null || d.y == null) return Infinity;
  const days = (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86400000;
  return days >= 0 ? days : Infinity;
}

/** A copy of a date with another rank: the fields of toDateVal's literal in its order (a spread made objects of other maps). */
function withRank(v: DateVal, rank: number): DateVal {
  return { y: v.y, m: v.m, d: v.d, precision: v.precision, rank, week: v.week, before: v.before };
}

function toDateVal(d: DateMention, toks?: Ann["s"]["tokens"], ref?: Date | null): DateVal {
  const v: DateVal = { y: d.y!, m: d.m, d: d.d, precision: d.precision, rank: dateRank(d), week: undefined, before: d.before ?? undefined };
  if (toks && d.kind === "relative" && toks[d.last]?.key === "week") {
    // "this week", "last week": some day of a week before the publication date — weaker than any other date, and
    // compatible with a day the text gives elsewhere ("Monday's blast") even across a month boundary
    v.rank = 0;
    const base = ref ? ref.getTime() : Date.UTC(d.y!, (d.m ?? 1) - 1, 15);
    v.week = base - (toks[d.first]?.key === "last" ? 7 : 3) * 86400000;
  }
  return v;
}

function pickFigure(list: Casualty[], split = false): { value: number; qualifier: Qualifier } | null {
  if (!list.length) return null;
  // (an attack told apart into its sites: their figures together are none of them)
  if (split && list.some((c) => !c.combined)) list = list.filter((c) => !c.combined);
  if (list.some((c) => !c.attackers)) list = list.filter((c) => !c.attackers);
  const named = list.some((c) => c.implicit);
  if (list.some((c) => !c.implicit)) list = list.filter((c) => !c.implicit);
  const upd = list.filter((c) => c.update);
  if (upd.length) { const u = upd[upd.length - 1]; return { value: u.value, qualifier: u.qualifier }; }
  // (one site of a coordinated attack: its own toll before the combined one)
  const own = list.filter((c) => c.site);
  if (own.length) list = own;
  // a split toll ("two embassy staff and four Afghans") is the total its parts are reported as elsewhere
  // ("Two embassy staff killed"): a figure equal to a part of a sum is not a competing toll
  const partVals = new Set<number>();
  for (const c of list) if (c.parts) for (const v of c.parts) partVals.add(v);
  if (partVals.size) {
    const rest = list.filter((c) => c.parts || !partVals.has(c.value));
    if (rest.length) list = rest;
  }
  // the first precise figure; vague ones ("dozens") only when nothing else is given
  // (a round lower bound — a headline's "More Than 100" — gives way to a figure that meets it: "at least 103")
  const bound = (c: Casualty) => c.qualifier === "more_than" && c.value % 10 === 0 && list.some((o) => o !== c && !o.parts && o.value > c.value && o.qualifier !== "approx");
  const exact = list.find((c) => (c.qualifier !== "approx" || c.value % 12 !== 0 && c.value !== 10 && c.value !== 100) && !bound(c));
  const c = exact ?? list[0];
  // ("the governor was killed ... two other people were also killed")
  return { value: c.value + (c.others && named ? 1 : 0), qualifier: c.qualifier };
}

function sameGroup(a: Actor, b: Actor): boolean {
  return a.name === b.name || a.generic_of === b.name || b.generic_of === a.name;
}

function mergePerp(inc: Incident, p: PerpCand): void {
  if (!inc.perp || p.rank > inc.perp.rank) inc.perp = { actor: p.actor, wording: p.wording, basis: p.basis, rank: p.rank, pos: p.pos };
}

/** Another telling of the same incident joins `into`: its sentences, figures, perpetrator and method. */
function absorbIncident(into: Incident, from: Incident): void {
  if (!into.reportedOn && from.reportedOn) into.reportedOn = from.reportedOn;
  for (let i = 0; i < from.sentences.length; i++) if (!into.sentences.includes(from.sentences[i])) { into.sentences.push(from.sentences[i]); into.spans.push(from.spans[i]); }
  into.killed.push(...from.killed);
  into.injured.push(...from.injured);
  if (from.perp) mergePerp(into, from.perp);
  if (!into.method && from.method) into.method = from.method;
}

function addEvidence(inc: Incident, a: Ann): void {
  if (!inc.sentences.includes(a.s.index)) {
    inc.sentences.push(a.s.index);
    inc.spans.push({ start: a.s.start, end: a.s.end, text: a.s.text });
  }
}

function mergeInto(inc: Incident, c: Incident, a: Ann): void {
  addEvidence(inc, a);
  if (!inc.reportedOn && c.reportedOn) inc.reportedOn = c.reportedOn;
  if (c.multi) inc.multi = true;
  if (c.date && (!inc.date || c.date.rank > inc.date.rank)) inc.date = c.date;
  // (also one told as itself over one told as around it: "Massacre Near Moscow" ... "the Crocus City Hall in Krasnogorsk")
  if (c.place && (!inc.place || (SPECIFICITY[c.place.place.kind] ?? 0) > (SPECIFICITY[inc.place.place.kind] ?? 0) ||
    (inc.place.hit.near && !c.place.hit.near && (SPECIFICITY[c.place.place.kind] ?? 0) >= (SPECIFICITY[inc.place.place.kind] ?? 0)))) {
    if (placeCompat(inc.place?.place, c.place.place)) inc.place = c.place;
  }
  // (the same place told as around it in a later mention: "Moscow concert hall attack" ... "a concert hall outside Moscow")
  else if (c.place?.hit.near && inc.place && !inc.place.hit.near && inc.place.place.id === c.place.place.id) inc.place = c.place;
  inc.killed.push(...c.killed);
  inc.injured.push(...c.injured);
  if (c.perp) mergePerp(inc, c.perp);
  if (c.method && (!inc.method || c.method.priority > inc.method.priority)) inc.method = c.method;
  if (c.target && !inc.target) inc.target = c.target;
}
