// Casualty figures in a sentence: "killing at least 19 people", "six people were killed", "leaving 115 dead",
// "resulted in the deaths of six people", "the death toll rose to 137", "two embassy staff and four Afghans were
// killed" (= 6), "wounding 30". "dozens killed and wounded" is a figure of casualties, not of the dead: skipped.
// "two of whom", "including 7 children" are subsets: skipped.
import type { Qualifier } from "./types.js";
import type { Ann } from "./annotate.js";
import type { NumberMention } from "./numbers.js";

export interface Casualty {
  kind: "killed" | "injured";
  value: number;
  qualifier: Qualifier;
  pos: number; // token index of the number
  update: boolean; // "the toll rose to N"
  start: number;
  end: number;
  /** the figures a split toll adds up ("two embassy staff and four Afghans" → [2, 4]) */
  parts?: number[];
  /** the figure precedes its casualty word ("six people were killed"): the attack word usually follows */
  lead?: boolean;
  /** one named victim, no figure given ("the governor was killed"): used only when the text gives no figure */
  implicit?: boolean;
  /** the attackers' own dead ("13 terrorists were killed"): used only when the text gives no victims' figure */
  attackers?: boolean;
  /** told for one site of a coordinated attack ("In Kalat, three soldiers were martyred"): that site's own toll */
  site?: boolean;
  /** told for several attacks together ("the toll from the twin bombings climbed to 30"): no one site's own toll */
  combined?: boolean;
  /** "two other people were also killed": people besides a victim named elsewhere (who counts too) */
  others?: boolean;
  /** "killing 18 people in Pishin and 12 in Qilla Saifullah": the token where the place the figure is told for begins */
  at?: number;
}

/**
 * A casualty with every field present, in one order: one hidden class for all of them, so that the optimised code
 * that reads them is not thrown away and compiled again for each new combination of the optional fields.
 */
function casualty(c: Casualty): Casualty {
  return {
    kind: c.kind, value: c.value, qualifier: c.qualifier, pos: c.pos, update: c.update, start: c.start, end: c.end, parts: c.parts,
    lead: c.lead, implicit: c.implicit, attackers: c.attackers, site: c.site, combined: c.combined, others: c.others, at: c.at,
  };
}

const DEATH_AFTER = new Set(["killed", "dead", "died", "slain", "perished", "martyred", "martyrs", "deaths", "fatalities", "lost", "murdered", "executed", "beheaded", "massacred", "die", "dying", "shot", "bodies", "corpses"]);
const INJ_AFTER = new Set(["wounded", "injured", "hurt", "injuries", "maimed"]);
const DEATH_BEFORE = new Set(["killing", "killed", "kills", "kill", "massacred", "murdered", "murdering", "slaying", "slew", "executed", "martyred", "martyring"]);
const INJ_BEFORE = new Set(["wounding", "wounded", "injuring", "injured", "wounds", "injures", "injure", "wound"]);
const AUX = new Set(["were", "was", "have", "has", "had", "been", "being", "are", "is", "reportedly", "also", "later", "all", "instantly", "immediately", "confirmed", "reported", "believed", "feared", "said", "to", "be", "now", "and", "or"]);
const UPDATE = new Set(["rose", "risen", "climbed", "jumped", "increased", "reached", "hit", "soared", "mounted", "rises", "climbs", "stood", "stands", "revised", "up",
  // "revised the death toll ... down to 84"
  "down", "reaches", "increases", "jumps"]);
/** the words of a toll told anew: "officials raised the death toll to 17", "bringing the toll to 17" */
const RAISE_TOLL = new Set(["raised", "raising", "revised", "revising", "bringing", "brought", "pushing", "pushed", "taking", "took", "lifting", "lifted", "updated", "upped"]);
/** "later put the toll at", "now put the number of dead at": a figure given after the first */
const LATER = new Set(["later", "now", "since", "subsequently", "then"]);
/** the verbs of people taken before they are killed: "abducted eleven coal miners ... and killed them" */
const TAKEN = new Set(["abducted", "kidnapped", "seized", "took", "dragged", "pulled", "offloaded", "separated", "lined", "rounded", "marched"]);
/** an update verb with the figure as its object: "Death toll reaches 133", "the toll hit 40" */
const UPDATE_DIRECT = new Set(["reaches", "reached", "hits", "hit", "tops", "topped", "passes", "passed", "crosses", "crossed", "exceeds", "exceeded"]);

const NOUNISH = (k: string) => /^[a-z][a-z'-]*$/.test(k);
// the things that explode or shoot: "two explosions killed 103", "three gunmen killed ..." count attackers, not victims
const ATTACK_NOUN = new Set(["explosion", "explosions", "blast", "blasts", "bomb", "bombs", "bomber", "bombers", "gunmen", "gunman", "attacker", "attackers",
  "assailants", "assailant", "militants", "blasts'", "bombings", "attacks", "grenades", "rockets", "shells", "missiles", "drones", "suicide"]);
/** one attack named as a list item: no victim ("killed more than 60 worshippers, and an attack on the Russian embassy") */
const ATTACK_ONE = /^(?:attack|assault|bombing|explosion|blast|shooting|raid|ambush|strike)$/;
const TOLL_NOUN = new Set(["toll", "tally", "count"]);
/** What a victim's noun phrase may follow when it opens a clause ("in which a paramilitary soldier and ..."). */
const CLAUSE_OPEN = new Set([",", "–", "-", "—", "which", "whom", "when", "where", "as", "after", "that"]);
/** the attackers' side, whose dead are not the attack's toll: "13 terrorists were killed" */
const ATTACKER_DEAD = new Set(["terrorists", "terrorist", "militants", "attackers", "attacker", "assailants", "assailant", "insurgents", "gunmen", "gunman", "bombers",
  "khawarij", "kharijis", "miscreants"]);
/** "Seven soldiers embraced martyrdom" (Pakistani military wording): were killed */
const embracedAt = (keys: string[], j: number) => keys[j] === "embraced" && (keys[j + 1] === "martyrdom" || keys[j + 1] === "shahadat");

/** A person named by office or work ("the governor", "a senior cleric"): one victim; their killing is an attack. */
export const ROLES = new Set(["governor", "cleric", "commander", "leader", "official", "chief", "minister", "spokesman", "spokesperson", "ambassador", "diplomat",
  "policeman", "judge", "journalist", "mayor", "lawmaker", "senator", "imam", "scholar", "director", "deputy", "head", "prosecutor", "candidate",
  "politician", "activist", "guard", "employee", "member", "officer", "soldier", "worker", "mullah", "elder", "envoy", "president", "reporter",
  "pastor", "priest", "clergyman"]);
/** One person named by what he or she was doing or is: "gunmen killed a man at a church", "killing a worshipper". */
const ONE_PERSON = new Set(["man", "woman", "boy", "girl", "child", "person", "worshipper", "worshiper", "civilian", "pilgrim", "student", "teacher", "doctor",
  "shopkeeper", "tourist", "resident", "passer-by", "passerby", "bystander"]);
const ROLE_MODIFIER = new Set(["police", "army", "security", "intelligence", "senior", "local", "top", "chief", "provincial", "district",
  // ("a paramilitary soldier was killed", "an off-duty policeman was killed")
  "paramilitary", "military", "border", "frontier", "naval", "navy", "traffic", "off-duty", "young", "female", "male", "religious", "prominent", "pro-government"]);
const SINGULAR_DET = new Set(["the", "a", "an", "his", "its", "their", "provincial", "district"]);

const NAME_JOIN = new Set(["al", "al-", "bin", "ibn", "ul", "ud", "din", "de", "van", "von"]);
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|At|In|On|More|Over|About|Some|Dozens|Scores|Hundreds)$/;

/** a person's name starting at token q, not followed by further figures ("X and two others" counts elsewhere): its index, or -1 */
function namedVictim(a: Ann, q: number): number {
  const keys = a.s.keys, toks = a.s.tokens;
  const person = a.persons.find((h) => h.first === q);
  let end: number;
  if (person) end = person.last + 1;
  else {
    // an unlisted name: two to four capitalised words that are no actor, place or date
    end = q;
    while (end < toks.length && end - q < 4 && ((/^[A-Z][a-z'’-]+$/.test(toks[end].text) && !NOT_NAME.test(toks[end].text)) || (end > q && NAME_JOIN.has(keys[end])) ||
      (end > q && /^al-[A-Z]/.test(toks[end].text)))) end++;
    if (end - q < 2) return -1;
    if (a.actors.some((h) => h.first < end && h.last >= q) || a.places.some((h) => h.first < end && h.last >= q) || a.dates.some((d) => d.first < end && d.last >= q)) return -1;
  }
  const nx = keys[end];
  if (nx !== undefined && nx !== "," && nx !== "." && nx !== "in" && nx !== "on" && nx !== "at" && nx !== ";") return -1;
  return q;
}

/** ", Name Name," closing at the comma `close`: the index of its opening comma, or -1 */
function appositiveNameStart(a: Ann, close: number): number {
  const toks = a.s.tokens;
  let q = close - 1;
  while (q >= 0 && close - q <= 5 && (/^\p{Lu}[\p{Ll}'’-]+$/u.test(toks[q].text) || (q < close - 1 && NAME_JOIN.has(a.s.keys[q])))) q--;
  const words = close - 1 - q;
  if (words < 1 || q < 0 || a.s.keys[q] !== ",") return -1;
  if (words < 2 && !a.persons.some((h) => h.first === q + 1)) return -1;
  if (a.actors.some((h) => h.first > q && h.first < close) || a.places.some((h) => h.first > q && h.first < close)) return -1;
  return q;
}

/** token index of a role noun that is the single victim of a killing verb in the sentence, or -1 */
function singleVictim(a: Ann): number {
  const keys = a.s.keys, toks = a.s.tokens;
  const n = keys.length;
  const roleAt = (q: number) => (ROLES.has(keys[q]) || ONE_PERSON.has(keys[q])) && !/s$/.test(toks[q].text);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    // "killed the Taliban governor", "the killing of the governor", "assassinated the cleric"
    if (k === "killed" || k === "killing" || k === "assassinated" || k === "assassination" || k === "murdered" || k === "murder" || (k === "dead" && keys[i - 1] === "shot")) {
      // "killed Ahmad Rahimi, a cleric", "the assassination of Hamid Zaki": one named victim
      const nm = namedVictim(a, keys[i + 1] === "of" ? i + 2 : i + 1);
      if (nm >= 0) return nm;
      let q = i + 1;
      if (keys[q] === "of") q++;
      // ("gunmen shot dead a well-known hakeem of the Sikh community at his clinic": whoever one person shot dead is)
      if (k === "dead" && (keys[q] === "a" || keys[q] === "an")) {
        let r = q + 1;
        while (r < n && r - q <= 4 && /^[a-z][a-z-]*$/.test(toks[r].text) && !/s$/.test(toks[r].text) && !["of", "at", "in", "on", "near", "outside", "inside", "while", "as", "and"].includes(keys[r + 1] ?? "")) r++;
        if (r < n && /^[a-z][a-z-]*$/.test(toks[r].text) && !/s$/.test(toks[r].text) && !ATTACKER_DEAD.has(keys[r]) && ["of", "at", "in", "on", "near", "outside", "inside", "while", "as", ",", "."].includes(keys[r + 1] ?? "")) return r;
      }
      if (SINGULAR_DET.has(keys[q] ?? "")) {
        for (let c = 0; c < 5 && q < n; c++, q++) {
          if (roleAt(q)) {
            // (a list goes on, also after a name in apposition: "killing the minister, Khalil Haqqani, and four other people")
            let r = q + 1;
            if (keys[r] === ",") for (let j = r + 1; j <= r + 6 && j < n; j++) if (keys[j] === ",") { r = j + 1; break; }
            if (keys[q + 1] === "and" || keys[r] === "and" || keys[q - 1] === "former") break;
            return q;
          }
          if (!/^[A-Za-z'’-]+$/.test(toks[q].text) || keys[q] === "and" || (keys[q] === "of" && c > 0)) break;
        }
      }
    }
    // "the Taliban governor of ... province was killed", "a senior cleric was killed"
    // (also "a Christian priest, William Siraj, was shot dead", "the cleric was gunned down")
    if ((k === "killed" || (k === "shot" && keys[i + 1] === "dead") || (k === "gunned" && keys[i + 1] === "down")) && (keys[i - 1] === "was" || (keys[i - 1] === "been" && keys[i - 2] === "has"))) {
      const v0 = keys[i - 1] === "was" ? i - 1 : i - 2;
      for (let q = v0 - 1, span = 0; q >= 0 && span < 10; q--, span++) {
        // "the governor of Balkh province, Mohammad Dawood Muzammil, was killed": a name in apposition to the role
        if (keys[q] === "," && q === v0 - 1) {
          const c2 = appositiveNameStart(a, q);
          if (c2 >= 0) { q = c2; continue; }
          // "Mohammad Dawood Muzammil, the Taliban-appointed governor of Balkh province, was killed": a role in apposition to a name
          for (let c = q - 1; c > 0 && q - c <= 20; c--) {
            if (keys[c] === "." || keys[c] === ";") break;
            if (keys[c] !== ",") continue;
            if ((keys[c + 1] === "the" || keys[c + 1] === "a" || keys[c + 1] === "an") && /^[A-Z]/.test(toks[c - 1]?.text ?? "")) for (let r = c + 2; r < q && r <= c + 5; r++) if (roleAt(r)) return r;
            break;
          }
        }
        if (keys[q] === "," || keys[q] === "." || keys[q] === "and" || keys[q] === "who" || keys[q] === "which") break;
        if (roleAt(q)) {
          // the determiner of that noun phrase must be singular
          let d = q - 1;
          // (over names and the role's modifiers: "the Taliban governor", "the police chief", "the deputy governor")
          while (d >= 0 && q - d <= 4 && (/^[A-Z]/.test(toks[d].text) || ROLES.has(keys[d]) || ROLE_MODIFIER.has(keys[d])) && !SINGULAR_DET.has(keys[d])) d--;
          if (d < 0 || SINGULAR_DET.has(keys[d])) return q;
          break;
        }
      }
    }
  }
  return -1;
}


/** One person of the victim's: "Mr Ahmadi and his driver were killed". */
const SINGLE_COMPANION = new Set(["driver", "bodyguard", "guard", "son", "daughter", "brother", "wife", "husband", "nephew", "deputy", "aide", "secretary", "assistant", "companion", "colleague", "cousin"]);
const ITEM_DET = new Set(["a", "an", "his", "her", "their", "its", "the", "one"]);
const NOT_ITEM = new Set(["number", "few", "total", "dozen", "handful", "couple", "further", "half", "series", "host", "score", "lot", "result"]);
const POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s$/u;
const TIME_UNIT = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times"]);
const LIST_END = new Set([",", ".", ";", "before", "after", "in", "at", "on", "when", "as", "while", "during", "near", "outside", "inside", "and", "with", "who", "which", "that", "—", "-", "–", ")"]);

/**
 * "18 people in Pishin and 12 in Qilla Saifullah" after a killing verb: each figure with the token where its place begins,
 * or null when the figure at `n` is not told for a place followed by another figure for another place.
 */
function tollsByPlace(a: Ann, n: NumberMention): [NumberMention, number][] | null {
  const keys = a.s.keys;
  const placeAfter = (m: NumberMention) => {
    let q = m.last + 1;
    if (keys[q] === "people" || keys[q] === "persons") q++;
    if (keys[q] !== "in" && keys[q] !== "at") return null;
    if (keys[q + 1] === "the") q++;
    return a.places.find((h) => h.first === q + 1 && !h.modifier) ?? null;
  };
  const p1 = placeAfter(n);
  if (!p1) return null;
  let e = p1.last + 1;
  if (keys[e] === "district" || keys[e] === "districts" || keys[e] === "province" || keys[e] === "city") e++;
  if (keys[e] !== "and") return null;
  const m = a.numbers.find((x) => x.first === e + 1);
  const p2 = m ? placeAfter(m) : null;
  if (!m || !p2 || p2.place.id === p1.place.id || p2.place.country !== p1.place.country) return null;
  return [[n, p1.first], [m, p2.first]];
}

/**
 * Victims listed without figures after a killing verb: "killing a worshipper and a member of the security forces" (2),
 * "killing him and his driver" (2), "killing Haqqani and at least five other people" (6). Returns the count, the
 * number mentions it used and the end token, or null when the words after the verb are no such list.
 */
function victimList(a: Ann, from: number): { count: number; used: NumberMention[]; end: number } | null {
  const keys = a.s.keys, toks = a.s.tokens;
  const n = keys.length;
  let q = from;
  let count = 0;
  const used: NumberMention[] = [];
  let named = q;
  for (let items = 0; items < 6 && q < n; items++) {
    const k = keys[q];
    if (k === "him" || k === "her") { count++; q++; }
    // (a possessive opens the noun phrase too: "killed Afghanistan's minister for refugees, Khalil Haqqani, and five other people")
    else if ((ITEM_DET.has(k) || (items === 0 && POSSESSIVE.test(toks[q].text))) && q + 1 < n && !NOT_ITEM.has(keys[q + 1]) && /^[A-Za-z][a-z'’-]*$/.test(toks[q + 1].text) && !a.numbers.some((m) => m.first === q)) {
      // the noun phrase: up to six words, "of the ..." included, no verb of its own
      let e = q + 1;
      while (e < n && e - q <= 7 && (/^[A-Za-z][A-Za-z'’-]*$/.test(toks[e].text) || (keys[e] === "." && /^[a-z]$/.test(keys[e - 1] ?? ""))) &&
        !LIST_END.has(keys[e]) && !DEATH_AFTER.has(keys[e]) && !INJ_AFTER.has(keys[e]) && !INJ_BEFORE.has(keys[e]) && !AUX.has(keys[e])) e++;
      if (e === q + 1) return null;
      count++;
      q = e;
    } else if (items === 0 && keys[q + 1] === "and" && /^[A-Z][a-z'’-]+$/.test(toks[q].text) && a.persons.every((h) => h.first !== q) && namedVictim(a, q) < 0 &&
      !a.actors.some((h) => h.first === q && !h.value.surnames?.includes(toks[q].text)) && !a.places.some((h) => h.first === q) && !a.dates.some((d) => d.first === q) && keys[q + 1] === "and") {
      count++; // one surname already introduced: "killing Haqqani and ..."
      q++;
    } else if (items === 0 && a.persons.some((h) => h.first === q)) {
      const h = a.persons.find((x) => x.first === q)!;
      count++;
      q = h.last + 1;
    } else if (items === 0 && (named = bareName(a, q)) > q) {
      // a full name with its title in apposition: "killed Ahmad Wali Nazari, the Taliban governor of Helmand, and two others"
      count++;
      q = named;
    } else if (items === 0 && (named = titledName(a, q)) > q) {
      // a name after its bare title: "killed Balkh governor Mohammad Dawood Muzammil and two others"
      count++;
      q = named;
    } else {
      const m = a.numbers.find((x) => x.first === q);
      // "... and at least five other people", "... and two others"
      if (m && items > 0) {
        let e = m.last + 1;
        // (also "... and two of his guards": people of the one named)
        const ofHis = keys[e] === "of" && (keys[e + 1] === "his" || keys[e + 1] === "her" || keys[e + 1] === "their");
        // (or "... and three guards": people named by a plural noun that closes the list)
        const plural = /^[a-z]{3,}s$/.test(toks[e]?.text ?? "") && (e + 1 >= n || LIST_END.has(keys[e + 1])) && !TIME_UNIT.has(keys[e]);
        if (plural) { used.push(m); count += m.value; return { count, used, end: e + 1 }; }
        if (keys[e] === "other" || keys[e] === "others" || ofHis) {
          used.push(m);
          count += m.value;
          q = ofHis ? e + 2 : e + 1;
          while (q < n && q - e <= 3 && /^[a-z]+$/.test(toks[q].text) && !LIST_END.has(keys[q]) && !INJ_BEFORE.has(keys[q])) q++;
          return { count, used, end: q };
        }
      }
      return items > 0 ? { count, used, end: q } : null;
    }
    // a name in apposition to the item: "killing the minister, Khalil Haqqani, and at least four other people"
    if (keys[q] === "," && /^[A-Z]/.test(toks[q + 1]?.text ?? "")) {
      let c = q + 1;
      while (c < n && c - q <= 5 && /^[A-Z][A-Za-z'’-]*$/.test(toks[c].text)) c++;
      if (c > q + 1 && keys[c] === "," && keys[c + 1] === "and") q = c;
    }
    // a title in apposition to a name: "killed Mohammad Dawood Muzammil, the Taliban governor of Balkh, and two others"
    else if (keys[q] === "," && (keys[q + 1] === "the" || keys[q + 1] === "a") && /^[A-Z]/.test(toks[q - 1]?.text ?? "")) {
      let c = q + 2;
      // ("and" inside the title too: "Khalil Haqqani, the Taliban's minister for refugees and repatriation, and five others")
      const titleAnd = (k: number) => keys[k] === "and" && /^[a-z]+$/.test(toks[k + 1]?.text ?? "") && !a.numbers.some((m) => m.first === k + 1) && keys[k + 1] !== "other" && keys[k + 1] !== "others";
      while (c < n && c - q <= 10 && /^[A-Za-z][A-Za-z'’-]*$/.test(toks[c].text) && (keys[c] === "and" ? titleAnd(c) : !AUX.has(keys[c])) && !DEATH_AFTER.has(keys[c]) && !INJ_AFTER.has(keys[c]) && keys[c] !== "who") c++;
      // (whatever the title: "killed Malalai Maiwand, a presenter at the local broadcaster Enikass, and her driver")
      if (c > q + 2 && keys[c] === "," && keys[c + 1] === "and") q = c;
    }
    if (keys[q] === "and" && !INJ_BEFORE.has(keys[q + 1] ?? "") && !INJ_AFTER.has(keys[q + 1] ?? "")) { q++; continue; }
    if (keys[q] === "," && keys[q + 1] === "and" && !INJ_BEFORE.has(keys[q + 2] ?? "")) { q += 2; continue; }
    break;
  }
  return count ? { count, used, end: q } : null;
}

/** The end (exclusive) of a name of two to four capitalised words at `q` followed by a comma and an article, else `q`. */
function bareName(a: Ann, q: number): number {
  const keys = a.s.keys, toks = a.s.tokens;
  let e = q;
  while (e < keys.length && e - q < 4 && /^[A-Z][a-z'’-]+$/.test(toks[e].text) && !a.places.some((x) => x.first <= e && x.last >= e) &&
    !a.actors.some((x) => x.first <= e && x.last >= e) && !a.dates.some((x) => x.first <= e && x.last >= e)) e++;
  return e - q >= 2 && keys[e] === "," && (keys[e + 1] === "the" || keys[e + 1] === "a") ? e : q;
}

/**
 * The end (exclusive) of a person named after a bare title at `q` — places, groups and role words, then the name:
 * "Balkh governor Mohammad Dawood Muzammil", "Taliban police chief Abdul Rahman" — else `q`.
 */
function titledName(a: Ann, q: number): number {
  const keys = a.s.keys, toks = a.s.tokens;
  let k = q;
  let role = false;
  while (k < keys.length && k - q < 5) {
    const pl = a.places.find((h) => h.first === k) ?? a.actors.find((h) => h.first === k);
    if (pl) { k = pl.last + 1; continue; }
    if (ROLES.has(keys[k]) || ROLE_MODIFIER.has(keys[k])) { role = role || ROLES.has(keys[k]); k++; continue; }
    break;
  }
  if (!role || k === q) return q;
  const h = a.persons.find((x) => x.first === k);
  if (h) return h.last + 1;
  let e = k;
  while (e < keys.length && e - k < 4 && /^[A-Z][a-z'’-]+$/.test(toks[e].text) && !a.places.some((x) => x.first === e) && !a.actors.some((x) => x.first === e)) e++;
  return e > k ? e : q;
}

// events and quantities both read a sentence's figures: read once per annotated sentence
export function casualties(a: Ann): Casualty[] {
  return (a.casualties ??= readCasualties(a));
}

/** One sentence being read for casualty figures: its figures by position, the figures used, and the casualties read. */
class CasualtyReading {
  readonly toks: Ann["s"]["tokens"];
  readonly keys: string[];
  readonly numAt = new Map<number, NumberMention>();
  readonly used = new Set<NumberMention>();
  readonly out: Casualty[] = [];
  constructor(readonly a: Ann) {
    this.toks = a.s.tokens;
    this.keys = a.s.keys;
    for (const n of a.numbers) this.numAt.set(n.numFirst, n);
  }
  isSubset(n: NumberMention): boolean {
    const { a, keys, numAt } = this;
    const k1 = keys[n.first - 1], k2 = keys[n.first - 2], k3 = keys[n.first - 3];
    if (k1 === "including" || k1 === "includes" || k2 === "including" || k2 === "among" || k3 === "among") return true;
    // "three tourists among six killed": the first figure is part of the second
    for (let q = n.last + 1; q < Math.min(keys.length, n.last + 5); q++) {
      if (keys[q] === "among" || keys[q] === "including") break;
      if (!NOUNISH(keys[q])) return false;
    }
    for (let q = n.last + 1; q < Math.min(keys.length, n.last + 5); q++) {
      if (keys[q] === "among") return numAt.has(q + 1) || a.numbers.some((m) => m.first === q + 1);
      if (!NOUNISH(keys[q])) break;
    }
    // ("two of the attackers were killed" is the attackers' own figure, read below)
    if (keys[n.last + 1] === "of" && keys[n.last + 2] === "the" && ATTACKER_DEAD.has(keys[n.last + 3] ?? "")) return false;
    if (keys[n.last + 1] === "of" && (keys[n.last + 2] === "whom" || keys[n.last + 2] === "them" || keys[n.last + 2] === "those" || keys[n.last + 2] === "the")) return true;
    return false;
  }
  combined(verbIdx: number): boolean {
    const { keys } = this;
    // "killed and wounded", "killed or injured", "dead and injured"
    const n1 = keys[verbIdx + 1], n2 = keys[verbIdx + 2];
    if ((n1 === "and" || n1 === "or" || n1 === "/") && n2 && INJ_AFTER.has(n2)) return true;
    const p1 = keys[verbIdx - 1], p2 = keys[verbIdx - 2];
    if ((p1 === "and" || p1 === "or") && p2 && INJ_AFTER.has(p2)) return true;
    return false;
  }
  // "a/an <role words> (of <words>)" opening the sentence or a clause ("in which a paramilitary soldier and ...") and ending
  // at `and`, with a role among its words
  oneRoleBefore(and: number): boolean {
    const { toks, keys } = this;
    let q = and - 1;
    while (q > 0 && and - q <= 6 && /^[a-z]+$/.test(toks[q].text) && keys[q] !== "a" && keys[q] !== "an") q--;
    if ((keys[q] !== "a" && keys[q] !== "an") || !(q === 0 || CLAUSE_OPEN.has(keys[q - 1]))) return false;
    return keys.slice(q + 1, and).some((k) => ROLES.has(k) || ONE_PERSON.has(k));
  }
  push(kind: Casualty["kind"], n: NumberMention, update = false, lead = false): void {
    const { a, keys, used, out } = this;
    if (used.has(n)) return;
    used.add(n);
    // "Muzammil and two other people were killed", "killing the governor and three others": the named one counts too
    let value = n.value;
    const others = keys[n.last + 1] === "other" || keys[n.last + 1] === "others";
    // (not after a figure or its verb: "three civilians were killed and five others wounded" = 5 wounded)
    if (keys[n.first - 1] === "and" && others && !a.numbers.some((m) => m.last === n.first - 2) && !DEATH_AFTER.has(keys[n.first - 2] ?? "") && !INJ_AFTER.has(keys[n.first - 2] ?? "")) value += 1;
    // "A deputy superintendent of police and two constables were martyred": one person named by a role, and the others
    else if (keys[n.first - 1] === "and" && kind === "killed" && this.oneRoleBefore(n.first - 1)) value += 1;
    // ("the governor was killed ... and two other people were also killed": the one named elsewhere counts too)
    else if (others && kind === "killed") { out.push(casualty({ kind, value, qualifier: n.qualifier, pos: n.numFirst, update, start: n.start, end: n.end, lead, others: true })); return; }
    out.push(casualty({ kind, value, qualifier: n.qualifier, pos: n.numFirst, update, start: n.start, end: n.end, lead }));
  }
  // a word, or the dots of an abbreviation inside a noun phrase ("13 U.S. service members")
  nounAt(q: number): boolean {
    const { keys } = this;
    return NOUNISH(keys[q]) || (keys[q] === "." && /^[a-z]$/.test(keys[q - 1] ?? "") && /^[a-z]/.test(keys[q + 1] ?? ""));
  }
  numberAt(q: number): boolean {
    return this.numAt.has(q) || this.a.numbers.some((m) => m.first === q);
  }

  // "toll" (or "number of dead") before an update verb, in the same clause: "the death toll from ... rose to N"
  // (also "the number of people killed in ... has risen to N", and a toll whose attack is told at length: "the death toll from
  // a suicide bombing at a rally of ... near the Afghan border rose to 63")
  tollBefore(from: number, reach = 30): boolean {
    const { keys } = this;
    for (let q = from; q >= 0 && from - q < reach; q--) {
      const k = keys[q];
      if (k === "." || k === ";" || k === ")") return false;
      if (TOLL_NOUN.has(k) || (k === "dead" && keys[q - 1] === "of" && keys[q - 2] === "number")) return true;
      if (k === "number" && keys[q + 1] === "of") for (let r = q + 2; r < from && r - q <= 5; r++) if (DEATH_AFTER.has(keys[r])) return true;
    }
    return false;
  }
}

function readCasualties(a: Ann): Casualty[] {
  const r = new CasualtyReading(a);
  const { toks, keys, used, out } = r;
  // victims listed without a figure after a killing verb: "killing a worshipper and a member of the security forces"
  let kv = false;
  for (let i = 0; i < keys.length && !kv; i++) { const k = keys[i]; kv = k === "killing" || k === "killed" || k === "kills" || k === "martyred"; }
  // (the other words of a single victim's killing: "assassinated the cleric", "shot dead a worshipper")
  let sv = kv;
  for (let i = 0; i < keys.length && !sv; i++) { const k = keys[i]; sv = k === "assassinated" || k === "assassination" || k === "murdered" || k === "murder" || k === "dead"; }
  for (let i = 0; kv && i < keys.length; i++) {
    const k = keys[i];
    // (an active "killed" after "and" too: "reached the office ... and killed him and two others")
    if (!(k === "killing" || k === "kills" || (k === "killed" && (!AUX.has(keys[i - 1] ?? "") || keys[i - 1] === "and") && keys[i - 1] !== "people"))) continue;
    if (a.numbers.some((m) => m.first === i + 1)) continue;
    const v = victimList(a, i + 1);
    if (!v) continue;
    for (const m of v.used) used.add(m);
    if (v.count >= 2 || v.used.length) out.push(casualty({ kind: "killed", value: v.count, qualifier: v.used[0]?.qualifier ?? "exact", pos: i + 1, update: false, start: toks[i + 1].start, end: toks[Math.max(i + 1, v.end - 1)].end }));
  }
  for (const n of a.numbers) {
    if (used.has(n) || n.range && n.max - n.value > 1000) continue;
    if (r.isSubset(n)) { used.add(n); continue; }
    if (figureBeforeWord(r, n)) continue;
    wordBeforeFigure(r, n);
  }
  namedVictimsWithoutFigure(r, kv, sv);
  return out;
}

/** A figure before its casualty word: "six people were killed", "115 dead", "two staff and four Afghans were killed". True when the figure is read (or set aside). */
function figureBeforeWord(r: CasualtyReading, n: NumberMention): boolean {
  const { a, toks, keys, numAt, used, out } = r;
  // ---- number before the casualty word: "six people were killed", "115 dead", "two staff and four Afghans were killed"
  let j = n.last + 1;
  let nounCount = 0;
  let attackNoun = false;
  let attackers = false;
  for (;;) {
    // (over an acronym in brackets: "Ten members of the Law Enforcement Command (FARAJA) were martyred")
    if (keys[j] === "(" && keys[j + 2] === ")" && nounCount > 0 && /^[A-Z]{2,}$/.test(toks[j + 1]?.text ?? "")) { j += 3; continue; }
    // (over who they were: "Two traders belonging to the Sikh community were shot dead")
    if (keys[j] === "belonging" && keys[j + 1] === "to" && nounCount > 0) {
      let q = j + 2;
      while (q < toks.length && q - j < 8 && r.nounAt(q) && !AUX.has(keys[q]) && !DEATH_AFTER.has(keys[q])) q++;
      if (AUX.has(keys[q] ?? "") || DEATH_AFTER.has(keys[q] ?? "")) { j = q; break; }
    }
    // (over a relative clause on who they were: "three young women who worked in the station's dubbing department were shot dead")
    if ((keys[j] === "who" || keys[j] === "that") && nounCount > 0 && !AUX.has(keys[j + 1] ?? "")) {
      let q = j + 1;
      while (q < toks.length && q - j < 14 && keys[q] !== "," && keys[q] !== "." && keys[q] !== ";" && !(AUX.has(keys[q]) && DEATH_AFTER.has(keys[q + 1] ?? ""))) q++;
      if (AUX.has(keys[q] ?? "") && DEATH_AFTER.has(keys[q + 1] ?? "")) { j = q; break; }
    }
    if (!(j < toks.length && nounCount < 6 && r.nounAt(j) && !DEATH_AFTER.has(keys[j]) && !INJ_AFTER.has(keys[j]) && !AUX.has(keys[j]))) break;
    if ((keys[j] === "of" && keys[j + 1] === "whom") || embracedAt(keys, j)) break;
    if (ATTACKER_DEAD.has(keys[j])) attackers = true;
    if (/^(in|on|at|when|after|as|by|during|from|with|who|which|that|killed|among|including)$/.test(keys[j])) break;
    if (r.numberAt(j)) break; // another figure: "three tourists among six killed"
    if (ATTACK_NOUN.has(keys[j])) attackNoun = true;
    j++;
    nounCount++;
  }
  // "two explosions killed 103 people": the attackers' noun is the subject of an active verb with its own object;
  // "three attackers were killed", "with three attackers killed" count them
  if (attackNoun && (DEATH_AFTER.has(keys[j]) || INJ_AFTER.has(keys[j])) && (r.numberAt(j + 1) || /^(?:at|more|over|nearly|about|around|some|up)$/.test(keys[j + 1] ?? ""))) return true;
  // (also with a single victim as object: "two masked gunmen shot dead a man", "three gunmen killed a policeman")
  if (attackNoun && ((keys[j] === "shot" && keys[j + 1] === "dead" && ITEM_DET.has(keys[j + 2] ?? "")) || (keys[j] === "killed" && ITEM_DET.has(keys[j + 1] ?? "") && keys[j + 1] !== "the"))) return true;
  // a parenthetical subset between subject and verb: "Seven people, including four foreigners, were wounded"
  // (also "more than 330 people, over half of them children, were killed")
  const ofThem = (from: number) => {
    for (let q = from; q < toks.length && q - from < 8 && keys[q] !== ","; q++) if (keys[q] === "of" && (keys[q + 1] === "them" || keys[q + 1] === "whom")) return true;
    return false;
  };
  if (keys[j] === "," && (keys[j + 1] === "including" || keys[j + 1] === "among" || keys[j + 1] === "most" || keys[j + 1] === "mostly" || ofThem(j + 1))) {
    let q = j + 2;
    while (q < toks.length && q - j < 10 && keys[q] !== ",") q++;
    if (keys[q] === ",") {
      for (const m of a.numbers) if (m.first > j && m.last < q) used.add(m);
      j = q + 1;
    }
  }
  // a subset without commas: "Four including three foreign tourists killed"
  if (keys[j] === "including") {
    let q = j + 1;
    while (q < toks.length && q - j < 8 && NOUNISH(keys[q]) && !DEATH_AFTER.has(keys[q]) && !INJ_AFTER.has(keys[q]) && !AUX.has(keys[q])) q++;
    if (q < toks.length && (DEATH_AFTER.has(keys[q]) || INJ_AFTER.has(keys[q]) || AUX.has(keys[q]))) {
      for (const m of a.numbers) if (m.first > j && m.last < q) used.add(m);
      j = q;
    }
  }
  let k = j;
  while (k < toks.length && k - j < 4 && AUX.has(keys[k]) && keys[k] !== "and" && keys[k] !== "or") k++;
  // conjunction of parts: "two Russian embassy staff and four Afghans were killed"
  const parts: NumberMention[] = [n];
  if (keys[j] === "and" || keys[j] === ",") {
    let jj = j;
    // (a list has an "and": "from two locations, three soldiers were martyred" is no list)
    let and = false;
    while ((keys[jj] === "and" || keys[jj] === ",") && parts.length < 5) {
      const nx = numAt.get(jj + 1) ?? a.numbers.find((m) => m.first === jj + 1);
      if (!nx) break;
      if (keys[jj] === "and") and = true;
      parts.push(nx);
      jj = nx.last + 1;
      let c = 0;
      while (jj < toks.length && c < 6 && r.nounAt(jj) && !DEATH_AFTER.has(keys[jj]) && !INJ_AFTER.has(keys[jj]) && !AUX.has(keys[jj])) { jj++; c++; }
    }
    if (parts.length > 1 && !and) parts.length = 1;
    if (parts.length > 1) {
      k = jj;
      while (k < toks.length && k - jj < 4 && AUX.has(keys[k]) && keys[k] !== "and" && keys[k] !== "or") k++;
    }
  }
  // one more person after the figures: "five Chinese nationals and their Pakistani driver were killed"
  let extra = 0;
  {
    const at = parts.length > 1 ? k : j;
    if (keys[at] === "and" && ITEM_DET.has(keys[at + 1] ?? "") && keys[at + 1] !== "the" && !NOT_ITEM.has(keys[at + 2] ?? "") && !r.numberAt(at + 1)) {
      let e = at + 2, c = 0;
      while (e < toks.length && c < 4 && NOUNISH(keys[e]) && !DEATH_AFTER.has(keys[e]) && !INJ_AFTER.has(keys[e]) && !AUX.has(keys[e])) { e++; c++; }
      let v = e;
      while (v < toks.length && v - e < 4 && AUX.has(keys[v]) && keys[v] !== "and" && keys[v] !== "or") v++;
      // ("... and their Pakistani driver lost their lives")
      const lives = keys[v] === "lost" && keys[v + 1] === "their" && keys[v + 2] === "lives";
      if (c > 0 && c < 4 && DEATH_AFTER.has(keys[v] ?? "") && (keys[v] !== "lost" || lives) && keys[v] !== "shot") { extra = 1; k = v; }
    }
  }
  if (extra) {
    parts.forEach((p) => used.add(p));
    const sum = parts.reduce((s2, p) => s2 + p.value, 0) + extra;
    if (!r.combined(k)) out.push(casualty({ kind: "killed", value: sum, qualifier: parts[0].qualifier, pos: n.numFirst, update: false, start: parts[0].start, end: parts[parts.length - 1].end, parts: [...parts.map((p) => p.value), extra], lead: true }));
    return true;
  }
  const w = embracedAt(keys, k) ? "martyred" : keys[k];
  if (w && (DEATH_AFTER.has(w) || INJ_AFTER.has(w))) {
    if (w === "lost" && !(keys[k + 1] === "their" && keys[k + 2] === "lives")) { /* "lost" alone */ }
    else if (w === "shot" && keys[k + 1] !== "dead") { /* shot, not killed */ }
    else {
      const kind = DEATH_AFTER.has(w) ? "killed" : "injured";
      if (kind === "killed" && r.combined(k)) { parts.forEach((p) => used.add(p)); return true; }
      if (parts.length > 1 && parts.every((p) => !r.isSubset(p))) {
        // (the attackers among them are not victims: "two Tajik security officers and 15 of the attackers were killed")
        const attackerPart = (p: NumberMention) => { for (let q = p.last + 1; q < Math.min(keys.length, p.last + 5); q++) { if (ATTACKER_DEAD.has(keys[q])) return true; if (!NOUNISH(keys[q])) break; } return false; };
        const victims = parts.filter((p) => !attackerPart(p));
        if (victims.length && victims.length < parts.length) { parts.forEach((p) => used.add(p)); parts.length = 0; parts.push(...victims); }
        const sum = parts.reduce((s, p) => s + p.value, 0);
        parts.forEach((p) => used.add(p));
        out.push(casualty({ kind, value: sum, qualifier: parts[0].qualifier, pos: n.numFirst, update: false, start: parts[0].start, end: parts[parts.length - 1].end, parts: parts.map((p) => p.value), lead: true }));
      } else {
        const before = out.length;
        r.push(kind, n, false, true);
        if (kind === "killed" && attackers && out.length > before) {
          out[out.length - 1].attackers = true;
          // "a paramilitary soldier and all four attackers were killed": the one victim named by a role
          const and = keys[n.first - 1] === "all" || keys[n.first - 1] === "the" ? n.first - 2 : n.first - 1;
          if (keys[and] === "and" && r.oneRoleBefore(and)) out.push(casualty({ kind, value: 1, qualifier: "exact", pos: n.numFirst, update: false, start: toks[and - 1].start, end: n.end, lead: true }));
        }
      }
      return true;
    }
  }
  return false;
}

/** A casualty word before the figure: "killing at least 19", "left 115 dead", "the death toll rose to 137". */
function wordBeforeFigure(r: CasualtyReading, n: NumberMention): void {
  const { a, toks, keys, used, out } = r;
  // ---- casualty word before the number: "killing at least 19", "left 115 dead", "the death toll rose to 137"
  const b1 = keys[n.first - 1], b2 = keys[n.first - 2], b3 = keys[n.first - 3], b4 = keys[n.first - 4];
  const after = keys[n.last + 1] === "people" || keys[n.last + 1] === "persons" ? keys[n.last + 2] : keys[n.last + 1];
  // (also over "all" before the victims' noun: "killing all 224 people on board" — not "killed all six", the attackers)
  // (and "shot dead five women", "gunned down three policemen")
  // (not the attackers: "Police shot dead 3 terrorists")
  const shotDead = ((b1 === "dead" && (b2 === "shot" || b2 === "shooting")) || (b1 === "down" && (b2 === "gunned" || b2 === "gunning"))) && !ATTACKER_DEAD.has(keys[n.last + 1] ?? "");
  if (b1 && (DEATH_BEFORE.has(b1) || shotDead || (b1 === "all" && b2 && DEATH_BEFORE.has(b2) && /^[a-z]+$/.test(keys[n.last + 1] ?? "") && !ATTACKER_DEAD.has(keys[n.last + 1])))) {
    // ("killing 40 and wounding" reads on; "killed 40 and wounded" with no number after it is one figure of casualties,
    // "killed six and wounded 25" is two, the second with its own number)
    const inj = keys[n.last + 1] === "people" || keys[n.last + 1] === "persons" ? n.last + 3 : n.last + 2;
    if (after && (after === "and" || after === "or") && INJ_AFTER.has(keys[inj] ?? "") && !a.numbers.some((m) => m.first > inj && m.first - inj <= 3)) return;
    // "killing 18 people in Pishin and 12 in Qilla Saifullah": a toll for each place, not one sum
    const perPlace = tollsByPlace(a, n);
    if (perPlace) {
      for (const [m, at] of perPlace) {
        used.add(m);
        out.push(casualty({ kind: "killed", value: m.value, qualifier: m.qualifier, pos: m.numFirst, update: false, start: m.start, end: m.end, at }));
      }
      return;
    }
    // "killing three Spaniards and three Afghans"
    const parts2: NumberMention[] = [n];
    let one = 0;
    // (items after a comma count once an "and" item closes the list: "killing two policemen, a Rangers soldier and a
    // sanitary worker"; not "killing five people, a police spokesman said")
    let pending = 0;
    let item = false;
    let jj = n.last + 1;
    for (;;) {
      let c = 0;
      while (jj < toks.length && c < 6 && r.nounAt(jj) && keys[jj] !== "and" && !AUX.has(keys[jj]) && !INJ_AFTER.has(keys[jj]) && !/^(in|on|at|when|after|as|by|during|from|with|who|which|that|including)$/.test(keys[jj])) { jj++; c++; }
      // "killed two employees of the Russian embassy in Kabul and four Afghans": where the first part were, before the next
      let complement = false;
      if (c > 0 && keys[jj] === "in" && /^[A-Z]/.test(toks[jj + 1]?.text ?? "")) {
        let q = jj + 1;
        while (q < toks.length && q - jj <= 4 && /^[A-Z][A-Za-z-]*$/.test(toks[q].text)) q++;
        if (keys[q] === "and" && !(keys[q + 1] === "in" || keys[q + 1] === "at")) { jj = q; complement = true; }
      }
      if ((keys[jj] === "and" || keys[jj] === ",") && (c > 0 || item)) {
        const nx = a.numbers.find((m) => (m.first === jj + 1 || (keys[jj] === "," && keys[jj + 1] === "and" && m.first === jj + 2)) &&
          // (not "... in Kabul and 12 others were wounded", nor "... in Kabul and four in Kandahar")
          !(complement && [1, 2, 3].some((o) => INJ_AFTER.has(keys[m.last + o] ?? "") || keys[m.last + o] === "in" || keys[m.last + o] === "at")));
        if (nx && !r.isSubset(nx) && !INJ_BEFORE.has(keys[nx.first - 1] ?? "")) { parts2.push(nx); jj = nx.last + 1; one += pending; pending = 0; item = false; continue; }
        // "killing three foreign nationals and an Afghan": one more
        const sep = keys[jj] === "," && keys[jj + 1] === "and" ? 2 : 1;
        const d = jj + sep;
        if ((keys[d] === "a" || keys[d] === "an") && /^[A-Za-z]/.test(toks[d + 1]?.text ?? "") && !INJ_AFTER.has(keys[d + 1] ?? "") && !INJ_BEFORE.has(keys[d + 1] ?? "") &&
          // (not another attack: "which killed more than 60 worshippers, and an attack on the Russian embassy")
          !ATTACK_ONE.test(keys[d + 1] ?? "") && !(ATTACK_ONE.test(keys[d + 2] ?? "") && /^(?:suicide|deadly|bomb|gun|armed|separate|second|similar)$/.test(keys[d + 1] ?? "")) &&
          !/^(?:few|number|total|dozen|further|half)$/.test(keys[d + 1] ?? "") && (keys[d + 2] === undefined || !/^(?:of|was|were|is)$/.test(keys[d + 2]))) {
          if (keys[jj] === "," && sep === 1) pending += 1;
          else { one += 1 + pending; pending = 0; }
          jj = d + 2;
          item = true;
          continue;
        } else if (keys[jj] === "and" && (keys[jj + 1] === "their" || keys[jj + 1] === "his" || keys[jj + 1] === "her")) {
          // "killing three Chinese nationals and their Pakistani driver": one person of theirs
          for (let q = jj + 2; q < toks.length && q <= jj + 4; q++) {
            if (!/^[A-Za-z][a-z'’-]*$/.test(toks[q].text)) break;
            if (SINGLE_COMPANION.has(keys[q]) || (ROLES.has(keys[q]) && !/s$/.test(keys[q]))) { one += 1; jj = q + 1; break; }
          }
        }
      }
      break;
    }
    if (parts2.length > 1 || one) {
      parts2.forEach((p) => used.add(p));
      out.push(casualty({ kind: "killed", value: parts2.reduce((s2, p) => s2 + p.value, 0) + one, qualifier: n.qualifier, pos: n.numFirst, update: false, start: n.start, end: parts2[parts2.length - 1].end, parts: [...parts2.map((p) => p.value), ...(one ? [one] : [])] }));
    } else r.push("killed", n);
    return;
  }
  if (b1 && INJ_BEFORE.has(b1)) { r.push("injured", n); return; }
  if (b1 === "of" && (b2 === "deaths" || b2 === "death" || (b2 === "lives" && (b3 === "the" || b3 === "claimed")))) { r.push("killed", n); return; }
  // "the killing of 11 coal miners", "the massacre of 40 villagers"
  if (b1 === "of" && (b2 === "killing" || b2 === "killings" || b2 === "massacre" || b2 === "murder" || b2 === "murders" || b2 === "slaughter")) { r.push("killed", n); return; }
  if (b1 === "to" && b2 && UPDATE.has(b2) && r.tollBefore(n.first - 3)) {
    // "the death toll from Thursday's bombing at the airport rose to at least 169 Afghans and 13 U.S. troops"
    const more = a.numbers.find((m) => m !== n && (keys[n.last + 1] === "and" ? m.first === n.last + 2 : keys[m.first - 1] === "and" && m.first > n.last && m.first - n.last <= 5 && keys.slice(n.last + 1, m.first - 1).every(NOUNISH)));
    const injAfter = (m: NumberMention) => {
      for (let q = m.last + 1; q < Math.min(keys.length, m.last + 7); q++) if (INJ_AFTER.has(keys[q]) || INJ_BEFORE.has(keys[q])) return true;
      return false;
    };
    if (more && !r.isSubset(more) && !injAfter(more)) {
      used.add(n); used.add(more);
      out.push(casualty({ kind: "killed", value: n.value + more.value, qualifier: n.qualifier, pos: n.numFirst, update: true, start: n.start, end: more.end, parts: [n.value, more.value] }));
    } else r.push("killed", n, true);
    return;
  }
  // "Death toll reaches 133", "the toll from the bombing has passed 100"
  // (further back after "has": "The number of people killed in the attack at ... near Moscow has reached 133")
  if (b1 && UPDATE_DIRECT.has(b1) && r.tollBefore(n.first - 2, b2 === "has" || b2 === "have" || b2 === "had" ? 30 : 12)) { r.push("killed", n, true); return; }
  // "the toll stood at 63", "the death toll from Friday's attack on the ... mosque in the old city stood at 63 on Sunday"
  // (not "the toll on Friday evening had stood at 47": an earlier figure)
  if ((b1 === "at" && (b2 === "stood" || b2 === "stands")) && (b3 === "toll" || b4 === "toll" || r.tollBefore(n.first - 3))) { r.push("killed", n, b3 !== "had"); return; }
  // "officials had put the Afghan toll at 60", "put the number of dead at 60": an earlier or competing count
  // (but a later one when told so: "hospital officials later put the number of dead at 17", "the ministry now puts the toll at")
  if (b1 === "at" && r.tollBefore(n.first - 2, 5)) {
    let later = false;
    for (let q = n.first - 2; q >= 0 && n.first - q <= 8; q--) {
      if (keys[q] === "put" || keys[q] === "puts" || keys[q] === "placed" || keys[q] === "places") {
        later = keys[q] === "puts" || keys[q] === "places" || LATER.has(keys[q - 1] ?? "");
        break;
      }
    }
    r.push("killed", n, later);
    return;
  }
  // "officials raised the death toll to 17", "bringing the toll to 17", "revised the toll to 17": the toll told anew
  if (b1 === "to" && r.tollBefore(n.first - 2, 4)) {
    let raised = false;
    for (let q = n.first - 2; q >= 0 && n.first - q <= 6 && !raised; q--) raised = RAISE_TOLL.has(keys[q]);
    if (raised) { r.push("killed", n, true); return; }
  }
  if (b1 === "toll" || (b1 === "of" && b2 === "toll")) { r.push("killed", n); return; }
  if ((b1 === "leaving" || b1 === "left" || b1 === "leave") || (b2 === "leaving" || b2 === "left")) {
    // "leaving 115 dead", "left 20 people injured", "left dozens ... killed and wounded"
    let q = n.last + 1;
    let c = 0;
    while (q < toks.length && c < 8 && !DEATH_AFTER.has(keys[q]) && !INJ_AFTER.has(keys[q])) { q++; c++; }
    if (q < toks.length && (DEATH_AFTER.has(keys[q]) || INJ_AFTER.has(keys[q]))) {
      if (DEATH_AFTER.has(keys[q]) && r.combined(q)) { used.add(n); return; }
      r.push(DEATH_AFTER.has(keys[q]) ? "killed" : "injured", n);
    }
    return;
  }
  if (b1 === "claimed" || b1 === "claiming" || b1 === "took") {
    if (keys[n.last + 1] === "lives" || (keys[n.last + 1] === "people" && keys[n.last + 2] === "lives")) r.push("killed", n);
  }
}

/** Victims read with no figure of their own, when the sentence gives no figure of the dead (`kv`: a killing verb; `sv`: a single victim's killing word). */
function namedVictimsWithoutFigure(r: CasualtyReading, kv: boolean, sv: boolean): void {
  const { a, toks, keys, used, out } = r;
  // "claimed the lives of N", "killed N" where a qualifier sits between is covered by NumberMention.first
  // one victim named by role, with no figure: "the Taliban governor ... was killed", "killed the governor", "the killing of
  // the governor" → 1 (a weak figure: any figure the text gives wins)
  // "the deputy governor ... was killed along with his driver": the one victim and the people listed with him
  if (!out.some((c) => c.kind === "killed") && kv && keys.includes("with")) {
    for (let i = 1; i + 3 < keys.length; i++) {
      if ((keys[i] !== "killed" && keys[i] !== "martyred") || !(keys[i - 1] === "was" || keys[i - 1] === "is" || keys[i - 1] === "been") || !((keys[i + 1] === "along" || keys[i + 1] === "together") && keys[i + 2] === "with")) continue;
      // "... was killed along with two others", "is killed along with five other people", "was martyred along with two of
      // his colleagues": the figure and the one named
      // (and "... along with two bodyguards", "... along with his three guards": people named by a plural noun)
      const at = ["his", "her", "their"].includes(keys[i + 3]) ? i + 4 : i + 3;
      const m = a.numbers.find((x) => x.first === at);
      const ofHis = m && keys[m.last + 1] === "of" && ["his", "her", "their"].includes(keys[m.last + 2] ?? "");
      const plural = m && /^[a-z]{3,}s$/.test(toks[m.last + 1]?.text ?? "") && !TIME_UNIT.has(keys[m.last + 1]);
      if (m && (ofHis || plural || keys[m.last + 1] === "others" || keys[m.last + 1] === "other" || keys[m.last + 1] === "people" || keys[m.last + 1] === "persons")) {
        used.add(m);
        out.push(casualty({ kind: "killed", value: m.value + 1, qualifier: m.qualifier, pos: m.numFirst, update: false, start: toks[i].start, end: m.end }));
        break;
      }
      const v = victimList(a, i + 3);
      if (!v) continue;
      for (const m of v.used) used.add(m);
      out.push(casualty({ kind: "killed", value: v.count + 1, qualifier: v.used[0]?.qualifier ?? "exact", pos: i, update: false, start: toks[i].start, end: toks[Math.max(i, v.end - 1)].end }));
      break;
    }
  }
  // "Mr Ahmadi and his driver were killed": one named victim and one person of his, with no figure → 2
  if (!out.some((c) => c.kind === "killed") && kv) {
    for (let i = 4; i < keys.length; i++) {
      if (keys[i] !== "killed" || (keys[i - 1] !== "were" && !(keys[i - 1] === "both" && keys[i - 2] === "were"))) continue;
      const were = keys[i - 1] === "were" ? i - 1 : i - 2;
      const noun = keys[were - 1];
      const poss = keys[were - 2];
      if (!SINGLE_COMPANION.has(noun ?? "") || (poss !== "his" && poss !== "her") || keys[were - 3] !== "and") continue;
      const before = toks[were - 4];
      if (!before || r.numberAt(were - 4) || !/^[A-Z]/.test(before.text)) continue;
      out.push(casualty({ kind: "killed", value: 2, qualifier: "exact", pos: were - 4, update: false, start: before.start, end: toks[i].end }));
      break;
    }
  }
  // "abducted eleven coal miners ... and killed them": the people taken, killed
  // (or "... and executed them", "... and cut their throats")
  if (!out.some((c) => c.kind === "killed")) {
    const at = keys.findIndex((k, i) => keys[i - 1] === "and" && (((k === "killed" || k === "executed" || k === "beheaded" || k === "murdered") && keys[i + 1] === "them") ||
      ((k === "cut" || k === "slit") && keys[i + 1] === "their" && keys[i + 2] === "throats")));
    if (at > 0) {
      const taken = a.numbers.find((m) => m.last < at && !used.has(m) && [1, 2, 3].some((b) => TAKEN.has(keys[m.first - b] ?? "")) && NOUNISH(keys[m.last + 1] ?? ""));
      if (taken) out.push(casualty({ kind: "killed", value: taken.value, qualifier: taken.qualifier, pos: taken.numFirst, update: false, start: taken.start, end: toks[at + 1].end }));
    }
  }
  // (also beside another attack's figure: "the Jan. 11 bombing that killed at least five people, and the March 9 killing of
  // the Taliban governor of Balkh province": a weak figure, used only when its attack has no other)
  if (sv) {
    const one = singleVictim(a);
    if (one >= 0) out.push(casualty({ kind: "killed", value: 1, qualifier: "exact", pos: one, update: false, start: toks[one].start, end: toks[one].end, implicit: true }));
  }
}
