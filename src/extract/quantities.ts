// Quantity claims: a number about an actor (fighters, attacks, recruits ...) with who gave it.
//   "Zamir Kabulov ... estimated the number of ISKP fighters ... to be 6,000"  → ISKP fighters 6000 by Zamir Kabulov
//   "As per the UNSC's report, there have been 77 attacks ..., spearheaded by ISKP" → ISKP attacks 77 by UN Security Council
//   "strength is estimated to have grown from 4000 to 6000" → 4000–6000
// Only figures with a strength / count cue count; vague words ("dozens of attacks") are not estimates.
import type { ExtractedClaim, QuantityFields } from "./types.js";
import type { Ann } from "./annotate.js";
import type { Actor } from "./pack.js";
import { iso } from "./dates.js";
import { casualties } from "./casualties.js";

const MEASURES = new Map<string, string>(Object.entries({
  fighters: "fighters", fighter: "fighters", members: "fighters", militants: "fighters", troops: "fighters", strength: "fighters",
  cadres: "fighters", combatants: "fighters", men: "fighters", operatives: "fighters", manpower: "fighters", jihadists: "fighters", ranks: "fighters",
  attacks: "attacks", operations: "attacks", incidents: "attacks", bombings: "attacks", events: "attacks",
  recruits: "recruits", recruitment: "recruits",
  prisoners: "prisoners", detainees: "prisoners", supporters: "supporters", cells: "cells", followers: "supporters",
}));
const ESTIMATE_CUE = new Set(["estimated", "estimate", "estimates", "estimating", "number", "numbers", "strength", "varies", "vary", "ranges", "range",
  "grown", "grew", "rise", "risen", "rose", "increased", "swelled", "totals", "total", "has", "have", "had", "boasts", "comprises", "counts",
  "numbering", "numbered", "put", "puts", "according", "data", "assessed", "assesses", "believed", "thought", "between", "there", "carried", "conducted", "claimed", "launched", "perpetrated", "spearheaded", "recorded", "documented", "registered",
  // a count that changed or that a source keeps: "reduced it to 1,500 to 2,200 fighters", "ACLED records 224 events"
  "records", "record", "responsible", "dataset", "count", "tally", "reduced", "shrunk", "shrank", "dwindled", "fallen", "fell", "dropped", "declined", "down"]);
const SPEECH = new Set(["estimated", "estimates", "estimate", "said", "says", "put", "puts", "assessed", "assesses", "reported", "reports", "believes", "believe", "claimed", "claims", "told", "stated", "noted", "warned",
  "describe", "describes", "described", "found", "finds", "say",
  // a speaker's participle after the speaker ("Zamir Kabulov, ..., has gone further, claiming the group has 6,000 fighters")
  "claiming", "saying", "estimating", "asserting", "putting",
  // (and those who hold or count: "The Taliban insist the group has ...", "some Western officials have suggested that its
  // ranks ...", "ACLED records nine events ...")
  "insist", "insists", "insisted", "suggested", "suggest", "suggests", "records", "recorded", "recording", "counted",
  // ("Some analysts consider the core of trained fighters to be ... between 2,000 and 3,000")
  "consider", "considers", "considered", "reckon", "reckons", "reckoned"]);
/** a counting source in the sentence: a small count of attacks is an estimate only with one ("By CRSS's count, ISKP claimed 16 attacks") */
const COUNT_SOURCE = new Set(["records", "recorded", "recording", "record", "count", "tally", "data", "dataset", "database", "tracker"]);
const HELD = new Set(["detention", "custody", "prison", "prisons", "jail", "jails", "jailed", "imprisoned", "incarcerated"]);
/** Between a state and the figure of its own forces: "The US has about 5,000 troops", "Russia still keeps some 7,000 soldiers". */
const OWNS = new Set(["has", "have", "had", "still", "keeps", "kept", "maintains", "maintained", "about", "some", "around", "nearly", "roughly", "now"]);
const DEPLOYED = new Set(["posted", "deployed", "stationed", "sent", "dispatched", "positioned", "assigned", "guarding", "patrolling"]);
/** A deployment verb right after the counted noun ("fighters have been posted", "troops were deployed"). */
function deployedAfter(keys: string[], from: number): boolean {
  for (let k = from; k < keys.length && k - from <= 3; k++) {
    if (DEPLOYED.has(keys[k])) return true;
    if (!["have", "has", "had", "been", "were", "was", "are", "is", "now", "also", "being"].includes(keys[k])) return false;
  }
  return false;
}
const CLAUSE_END = new Set([",", ";", "while", "whereas", "but", "although", "though", "after", "before"]);
function heldAfter(keys: string[], from: number, numbers: Ann["numbers"]): boolean {
  for (let k = from; k < keys.length && k - from < 10; k++) {
    if (keys[k] === "," || keys[k] === ";" || keys[k] === "." || numbers.some((m) => m.first === k)) return false;
    // (a clause of its own: "up from about 2,200 before the Taliban emptied the country's prisons")
    if (/^(?:before|after|when|since|until|while)$/.test(keys[k])) return false;
    if (HELD.has(keys[k])) return true;
  }
  return false;
}
function clauseBetween(keys: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_END.has(keys[k])) return true;
  return false;
}
const DROP_LEAD = new Set(["the", "a", "an", "also", "several", "many", "other", "both", "various"]);

function cleanBy(text: string): string {
  // ("the UN's Analytical Support and Sanctions Monitoring Team": the body, as it is named elsewhere)
  let t = text.replace(/\s+/g, " ").trim().replace(/^((?:the )?(?:UN|U\.N\.|EU|US|U\.S\.))['’]s /i, "$1 ");
  t = t.replace(/^(?:and|but|however|also|meanwhile|moreover),?\s+/i, "");
  const words = t.split(" ");
  while (words.length > 1 && DROP_LEAD.has(words[0].toLowerCase())) words.shift();
  // ("Some analysts": a quantifier, kept lower-case as inside a sentence)
  t = words.join(" ").replace(/^Some /, "some ");
  t = t.replace(/\s+(?:have|has|had|also|recently|previously)$/i, "").replace(/[,;:]$/, "");
  return t;
}

// A source named by a definite description ("the team's latest report", "the same team", "the monitors", "the report")
// is the body the report named before: the last organisation whose name has that head word, or for a bare "report" the
// body last named as a report's author ("a report of the X", "according to X", "X's report").
const DEFINITE_SOURCE = /^(?:.*\b)?(?:the |its |their )?(?:same |latest |new |last |most recent |recent |annual |previous |earlier |\w+(?:st|nd|rd|th) )*(team|monitors|panel|experts|report|study|assessment)(?:['’]s?(?: \w+)* (?:report|study|assessment))?$/i;
const SOURCE_KINDS = new Set(["international organization", "state agency"]);

function resolveDefinite(by: string | null, sources: Array<{ name: string; report: boolean }>): string | null {
  // A definite description is short; longer text is not tried (the pattern backtracks on long inputs).
  if (!by || by.length > 80) return by;
  const m = DEFINITE_SOURCE.exec(by.trim());
  if (!m) return by;
  const head = m[1].toLowerCase();
  const re = head === "team" || head === "monitors" ? /\b(?:team|monitor)/i : head === "panel" || head === "experts" ? /\b(?:panel|experts?)\b/i : null;
  for (let i = sources.length - 1; i >= 0; i--) {
    const src = sources[i];
    if (re ? re.test(src.name) : src.report) return src.name;
  }
  // ("Its most recent report": the body named last, whose report it is)
  if (/^(?:its|their) /i.test(by.trim()) && sources.length) return sources[sources.length - 1].name;
  return by;
}

function noteSources(a: Ann, sources: Array<{ name: string; report: boolean }>): void {
  const keys = a.s.keys;
  for (const h of a.actors) {
    if (!SOURCE_KINDS.has(h.value.kind)) continue;
    const before = keys.slice(Math.max(0, h.first - 4), h.first);
    const report = (before.includes("report") && (before.includes("of") || before.includes("by"))) || (keys[h.first - 1] === "to" && keys[h.first - 2] === "according") ||
      ["report", "report's", "reports"].includes(keys[h.last + 1] ?? "") || (/['’]s$/.test(a.s.tokens[h.last].text) && keys[h.last + 1] === "report") ||
      ((keys[h.last + 1] === "'s" || keys[h.last + 1] === "’s") && keys[h.last + 2] === "report");
    sources.push({ name: h.value.name, report });
  }
}

export function extractQuantities(anns: Ann[], docActors: () => Actor | null, khorasanDoc = false): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const sources: Array<{ name: string; report: boolean }> = [];
  // the armed group the last sentences named ("TTP continued to operate ... Member States estimated its strength at ..."):
  // what "its", "the group" and an unnamed "number of fighters" refer to, before the document's main group
  let antecedent: Actor | null = null;
  let antecedentAt = -10;
  let antecedentPara = -1;
  // the group the last strength estimate counted
  let lastSubject: Actor | null = null;
  for (const a of anns) {
    if (a.s.biblio) continue;
    const known = sources.slice();
    noteSources(a, sources);
    const recent = antecedent && a.s.index - antecedentAt <= 3 && (a.s.para === antecedentPara || a.s.index - antecedentAt <= 1) ? antecedent : null;
    // (not a group in a victim's position, nor the Taliban — the de facto government — in a story about another group)
    const main = docActors();
    const named = a.actors.find((h) => h.value.kind === "armed group" && ![1, 2].some((b) => VICTIM_BEFORE.has(a.s.keys[h.first - b] ?? "")) &&
      !(h.value.name === "Taliban" && main && main.name !== "Taliban"));
    if (named) { antecedent = named.value; antecedentAt = a.s.index; antecedentPara = a.s.para; }
    // "How large is the group? Nobody really knows. ... estimates of 4,000 to 6,000 members": a sentence that refers to
    // "the group" carries the group it means (the one named lately, else the document's) into its paragraph
    else if (a.s.keys.some((k, i) => k === "group" && a.s.keys[i - 1] === "the")) {
      const carried: Actor | null = (antecedent && a.s.index - antecedentAt <= 3 ? antecedent : null) ?? main;
      if (carried) { antecedent = carried; antecedentAt = a.s.index; antecedentPara = a.s.para; }
    }
    if (a.numbers.length === 0) continue;
    const toks = a.s.tokens;
    const keys = a.s.keys;
    // a figure the casualty reader takes as killed / injured ("killing 686 operatives", "84 people were martyred") is not
    // a strength estimate
    const cas = casualties(a).filter((c) => !c.implicit);
    for (const n of a.numbers) {
      if (cas.some((c) => n.start >= c.start && n.end <= c.end)) continue;
      if (n.vague && n.value !== 12 * Math.round(n.value / 12)) continue;
      if (n.vague) continue;
      // a number that qualifies a noun ("a 400-bed facility", "a 10-storey building") counts nothing
      if (a.s.text.charCodeAt(n.end - a.s.start) === 45 && /^(?:bed|storey|story|floor|room|seat|seater|year|day|hour|minute|kilomet(?:re|er)|km|mile|met(?:re|er)|page|point)s?\b/i.test(a.s.text.slice(n.end - a.s.start + 1, n.end - a.s.start + 14))) continue;
      // "five to dozen people" cells, "two" — not strength figures; a small count of attacks only from one who counts them
      // ("ACLED records nine political violence events involving ISKP")
      if (n.value < 20 && !n.range && !(smallCount(keys, n.last) && keys.some((k) => COUNT_SOURCE.has(k)))) continue;
      // measure noun within a few tokens after the number (skipping actor names / adjectives), or before it
      let measure: string | null = null;
      let mPos = -1;
      for (let k = n.last + 1; k <= Math.min(toks.length - 1, n.last + 5); k++) {
        if (MEASURES.has(keys[k])) { measure = MEASURES.get(keys[k])!; mPos = k; break; }
        // (not across a comma: "between 2,000 and 3,000, with external operations run by ...")
        if (keys[k] === "." || keys[k] === ";" || (keys[k] === "," && /^(?:with|while|whereas|but|and|which|who|when)$/.test(keys[k + 1] ?? "")) || keys[k] === "in" && k > n.last + 1) break;
      }
      // a figure with its own noun ("more than 440 passengers") counts that noun, not a measure named earlier
      const own = keys[n.last + 1] ?? "";
      // (also a people's name: "13 US troops and about 170 Afghans" counts Afghans, not the troops named before)
      const ownNoun = /^[A-Za-z][a-z-]*s$/.test(toks[n.last + 1]?.text ?? "") && !MEASURES.has(own) && !a.actors.some((h) => h.first === n.last + 1);
      if (!measure && !ownNoun) {
        // "the number of ISKP fighters ... to be 6,000", "ISKP's numerical strength is estimated to have grown from 4000 to 6000"
        for (let k = n.first - 1; k >= Math.max(0, n.first - 22); k--) {
          if (keys[k] === ";" || keys[k] === ".") break;
          if (MEASURES.has(keys[k]) && (keys[k] !== "men" && keys[k] !== "operations")) { measure = MEASURES.get(keys[k])!; mPos = k; break; }
        }
      }
      if (!measure) {
        // "7,000 ISKP could enter": a number directly before an armed group name
        const h = a.actors.find((x) => x.first === n.last + 1 && x.value.kind === "armed group");
        if (h && n.value >= 100) { measure = "fighters"; mPos = h.first; }
      }
      if (!measure) continue;
      // casualty figures are not strength estimates
      const around = keys.slice(Math.max(0, n.first - 3), n.last + 5);
      if (keys.slice(n.last + 1, n.last + 10).some((k, i, arr) => k === "among" && (arr[i + 2] === "dead" || arr[i + 2] === "victims" || arr[i + 2] === "casualties"))) continue;
      if (around.some((k) => k === "killed" || k === "martyred" || k === "dead" || k === "wounded" || k === "injured" || k === "arrested" || k === "surrendered" || k === "released" || k === "detained" || k === "captured")) continue;
      if (keys.slice(Math.max(0, n.first - 8), n.last + 12).some((k) => k === "surrendered" || k === "killed")) continue;
      // a count of people held ("more than 10,000 fighters remain in detention", "2,000 members in Syrian prisons") is not
      // the group's strength in the field (in the figure's own clause)
      if (heldAfter(keys, n.last + 1, a.numbers)) continue;
      // a cue that this is a count of the group's strength or actions
      const win = keys.slice(Math.max(0, Math.min(n.first, mPos) - 14), Math.max(n.last, mPos) + 4);
      const cue = win.some((k) => ESTIMATE_CUE.has(k)) || (n.qualifier !== "exact");
      if (!cue) continue;
      // a state's own forces ("The US has about 5,000 troops left at the airport"): not an armed group's strength
      const owner = a.actors.filter((h) => h.last < n.first && n.first - h.last <= 4).pop();
      if (owner && owner.value.kind !== "armed group" && (keys[mPos] === "troops" || keys[mPos] === "soldiers") &&
        keys.slice(owner.last + 1, n.first).every((k) => OWNS.has(k))) continue;
      // fighters sent somewhere ("some 300 Taliban fighters have been posted around mosques"): a deployment, not a strength
      if (mPos > n.last && deployedAfter(keys, mPos + 1)) continue;
      // subject: armed-group actor nearest to the measure word
      let subj: Actor | null = null;
      let bd = Infinity;
      for (const h of a.actors) {
        if (h.value.kind !== "armed group") continue;
        // ("The Taliban insist the group has been reduced to fewer than 1,000 members": the speaker, not the group counted)
        if (h.last < n.first && SPEECH.has(keys[h.last + 1] ?? "") && keys.slice(h.last + 2, n.first).some((k, i, arr) => k === "it" || k === "its" || (k === "group" && arr[i - 1] === "the"))) continue;
        // a group named after the strength figure in another clause ("6,000 fighters, and continued to attack ... with the
        // support of the Taliban", "2,000 fighters in late 2021, after the Taliban's prison breaks") is not the one counted
        const tail = Math.max(mPos, n.last);
        if (h.first > tail && measure !== "attacks" && clauseBetween(keys, tail + 1, h.first)) continue;
        const d = Math.abs(h.first - mPos) + (h.first > mPos && measure !== "attacks" ? 2 : 0);
        if (d < bd) { bd = d; subj = h.value; }
      }
      // a measure borrowed from an earlier clause ("some 400 fighters in total, while AQIS may have up to 200"): a group
      // named in the figure's own clause is the one counted
      if (mPos < n.first) {
        let brk = -1;
        for (let k = n.first - 1; k > mPos; k--) if (CLAUSE_END.has(keys[k])) { brk = k; break; }
        if (brk >= 0) {
          const inClause = a.actors.filter((h) => h.value.kind === "armed group" && h.first > brk && h.last < n.first);
          if (inClause.length) subj = inClause[inClause.length - 1].value;
          // ("The Taliban's release of prisoners ... has since freed many of its members, and some analysts now put the number
          // at around 4,000": a clause of its own about "the number" is the estimate told before, of the group counted before)
          else if (keys.slice(brk + 1, n.first).some((k, i, arr) => (k === "number" || k === "strength") && (arr[i - 1] === "the" || arr[i - 1] === "its")) && (lastSubject ?? recent))
            subj = lastSubject ?? recent;
        }
      }
      // "... reduced it to perhaps 1,500 fighters": "it" right before the figure is the group counted, not the agent named
      const lead = keys.slice(Math.max(0, n.first - 4), n.first);
      const itTo = lead.indexOf("it");
      if (itTo >= 0 && lead[itTo + 1] === "to" && (recent ?? docActors())) subj = recent ?? docActors();
      if (!subj) {
        // "the group's strength", "its strength" → the group the previous sentences named, else the document's main group;
        // "the number of fighters" with no group named → the group the previous sentences named
        if (win.some((k) => k === "group" || k === "its" || k === "it" || k === "organization" || k === "organisation")) subj = recent ?? docActors();
        else if (measure === "fighters" && recent) subj = recent;
      }
      if (!subj) continue;
      let subject = subj.name;
      // "Islamic State" in an Afghan or Pakistani sentence, or in a sentence that names no place in a report about the
      // region (as for events): the Khorasan branch, the report's wording aside
      if (subj.generic_of && (a.places.some((p) => p.place.country === "AF" || p.place.country === "PK") || (khorasanDoc && !a.places.length))) subject = subj.generic_of;
      // min / max
      let min: number | null = n.value, max: number | null = n.max;
      const k1 = keys[n.first - 1], k2 = keys[n.first - 2];
      // ("no more than 1,500 to 2,000 active fighters": the range)
      if ((n.qualifier === "more_than" || n.qualifier === "at_least") && !(n.range && n.max != null)) {
        const negated = keys.slice(Math.max(0, n.first - 8), n.first).some((k) => k === "not" || k === "n't" || k === "never");
        if (negated) { min = null; max = n.value; } else { max = null; }
      }
      if (!n.range && (k1 === "to" && (k2 === "rise" || k2 === "grow" || k2 === "increase" || k2 === "reach" || k2 === "swell")) || k1 === "reach") { min = null; max = n.value; }
      if (!n.range && (keys[n.first] === "up" && keys[n.first + 1] === "to")) { min = null; max = n.value; }
      // "as many as 2,200", "fewer than 1,000 members", "under 500": a ceiling
      if (!n.range && ((keys[n.first] === "as" && (keys[n.first + 1] === "many" || keys[n.first + 1] === "much")) || (k1 === "as" && (k2 === "many" || k2 === "much")) ||
        (k1 === "than" && (k2 === "fewer" || k2 === "less")) || k1 === "under" || k1 === "below")) { min = null; max = n.value; }
      // "grown from 4000 to 6000"
      // as of: a date in the sentence (not a year range start)
      let asOf: string | null = null;
      for (const d of a.dates) if (d.y != null && (d.kind !== "relative")) { asOf = iso(d.y, d.precision === "day" || d.precision === "month" ? d.m : null, null); if (d.precision !== "day") asOf = iso(d.y, d.m, null); }
      // attribution
      // (from the figure's own clause when its measure was named in an earlier one: "Pentagon officials have estimated the
      // group's strength at around 2,000 fighters, while the United Nations has said it could count on as many as 2,200")
      const by = resolveDefinite(attribution(a, mPos < n.first && clauseBetween(keys, mPos + 1, n.first) ? n.first : Math.min(n.first, mPos), n.last, subj.name), known);
      // (a report the text names no author of is no source: "according to the report")
      const q: QuantityFields = { subject, measure, min, max, qualifier: n.qualifier, as_of: asOf, by: by && /^(?:the |this |that )?(?:latest |same |new )?(?:report|study|assessment)$/i.test(by) ? null : by };
      const s0 = Math.max(0, Math.min(n.first, mPos));
      const ev = { start: a.s.start, end: a.s.end, text: a.s.text };
      void s0;
      out.push({ kind: "quantity", evidence: [ev], quantity: q, confidence: by ? 0.8 : 0.65 });
      if (measure === "fighters") lastSubject = subj;
    }
  }
  // one claim per (subject, measure, min, max) per sentence; an open figure ("up to 6,000", in a headline) that restates
  // the bound of a range the text gives ("between 4,000 and 6,000") is the same estimate
  const seen = new Set<string>();
  const ranges = out.filter((c) => c.quantity!.min != null && c.quantity!.max != null && c.quantity!.min !== c.quantity!.max);
  // the same figure restated (a headline, then the lede, then a quotation) is one estimate: kept once, with every
  // sentence as evidence and the fullest attribution any of them gives
  const firstOf = new Map<string, ExtractedClaim>();
  const restated = new Set<ExtractedClaim>();
  for (const c of out) {
    const q = c.quantity!;
    const k = `${q.subject}|${q.measure}|${q.min}|${q.max}`;
    const f = firstOf.get(k);
    if (!f) { firstOf.set(k, c); continue; }
    const fq = f.quantity!;
    // two different named sources giving one figure are two claims
    if (fq.by && q.by && !fq.by.toLowerCase().includes(q.by.toLowerCase()) && !q.by.toLowerCase().includes(fq.by.toLowerCase())) continue;
    if (q.by && (!fq.by || q.by.length > fq.by.length)) { fq.by = q.by; f.confidence = Math.max(f.confidence, c.confidence); }
    if (!fq.as_of && q.as_of) fq.as_of = q.as_of;
    for (const e of c.evidence) if (!f.evidence.some((x) => x.start === e.start)) f.evidence.push(e);
    restated.add(c);
  }
  return out.filter((c) => {
    if (restated.has(c)) return false;
    const q0 = c.quantity!;
    if ((q0.min == null || q0.max == null) && ranges.some((r) => r !== c && r.quantity!.subject === q0.subject && r.quantity!.measure === q0.measure &&
      (r.quantity!.max === (q0.max ?? q0.min) || r.quantity!.min === (q0.min ?? q0.max)))) return false;
    const q = c.quantity!;
    const k = `${c.evidence[0].start}|${q.subject}|${q.measure}|${q.min}|${q.max}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A count of attacks told right after its figure: "16 attacks", "nine political violence events". */
function smallCount(keys: string[], last: number): boolean {
  for (let k = last + 1; k <= last + 4 && k < keys.length; k++) if (MEASURES.get(keys[k]) === "attacks") return true;
  return false;
}

/** Who gave the figure: "according to X", "as per X's report", "X (...) estimated", "X said". */
function attribution(a: Ann, pos: number, end: number, subject: string): string | null {
  const toks = a.s.tokens;
  const keys = a.s.keys;
  const text = a.s.text;
  const off = a.s.start;
  const nameAt = (from: number, to: number): string | null => {
    // a person or a non-armed-group actor (agency, state) inside tokens [from, to)
    const p = a.persons.find((h) => h.first >= from && h.last < to);
    if (p) return p.value.name;
    // a title and a name the pack does not know, closing the phrase: "Director of Russia's Federal Security Service (FSB)
    // Alexander Bortnikov" → the person
    let q = to;
    while (q > from && q - 1 >= 0 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(toks[q - 1].text) && !a.actors.some((h) => h.first <= q - 1 && h.last >= q - 1) &&
      !a.places.some((h) => h.first <= q - 1 && h.last >= q - 1) && !ORG_WORD.has(keys[q - 1]) && to - q < 3) q--;
    if (to - q >= 2 && q > from && toks[q - 1].text !== ".") return text.slice(toks[q].start - off, toks[to - 1].end - off);
    let act = a.actors.find((h) => h.first >= from && h.last < to && h.value.kind !== "armed group");
    // "the U.N. Security Council's Analytical Support and Sanctions Monitoring Team": the body the possessive names, not its parent
    if (act && (/['’]s$/.test(toks[act.last].text) || keys[act.last + 1] === "'s" || keys[act.last + 1] === "’s")) {
      const a0 = act;
      const head = a.actors.find((h) => h.first > a0.last && h.first <= a0.last + 2 && h.last < to && h.value.kind !== "armed group");
      if (head) act = head;
    }
    // "U.N. monitors", "U.S. officials", "a U.S. intelligence official", "the UN Security Council's sanctions monitoring
    // team": the body's people or unit, in the report's words (a possessive "'s" dropped)
    if (act) {
      // a body named by a description ("a U.N. monitoring team"): the report's words
      if (keys.slice(act.first, act.last + 1).some((k) => COLLECTIVE.has(k))) return cleanBy(text.slice(toks[act.first].start - off, toks[act.last].end - off));
      for (let q = act.last + 1; q < to && q - act.last <= 4; q++) {
        if (COLLECTIVE.has(keys[q])) {
          const words = text.slice(toks[act.first].start - off, toks[q].end - off).replace(/['’]s\b/g, "");
          return cleanBy(words);
        }
        if (!/^[A-Za-z][a-z-]*['’]?s?$/.test(toks[q].text) && toks[q].text !== "'s" && toks[q].text !== "’s") break;
      }
    }
    if (act) return act.value.name === "UN Security Council" ? "United Nations Security Council" : act.value.name;
    return null;
  };
  // "according to X" / "as per X" / "X's report"
  for (let k = 0; k < toks.length; k++) {
    if ((keys[k] === "according" && keys[k + 1] === "to") || (keys[k] === "as" && keys[k + 1] === "per") || (keys[k] === "citing")) {
      const from = keys[k] === "citing" ? k + 1 : k + 2;
      let to = from;
      while (to < toks.length && to - from < 12 && toks[to].text !== "," && keys[to] !== "report" && keys[to] !== "reports" && keys[to] !== "there") to++;
      // ("according to the report": the report itself, which names its author elsewhere)
      if ((keys[to] === "report" || keys[to] === "reports") && keys.slice(from, to).every((x) => DROP_LEAD.has(x) || x === "latest" || x === "same" || x === "new")) {
        return text.slice(toks[from].start - off, toks[to].end - off);
      }
      if (FIRST_PERSON.test(keys[from] ?? "")) continue;
      const nm = nameAt(from, to);
      if (nm) return nm;
      if (to > from) return cleanBy(text.slice(toks[from].start - off, toks[to - 1].end - off).replace(/['’]s$/, ""));
    }
  }
  // "By CRSS's count, ...", "by the group's own tally": the counter
  if (keys[0] === "by") {
    let to = 1;
    while (to < toks.length && to < 8 && !["count", "tally", "estimate", "estimates", "data", "dataset", "figures", "reckoning"].includes(keys[to]) && keys[to] !== ",") to++;
    if (to > 1 && to < 8 && keys[to] !== "," && !FIRST_PERSON.test(keys[1]) && !QUANTIFIER.has(keys[1]) && !a.dateTok[1] &&
      !a.actors.some((h) => h.first < to && h.value.kind === "armed group")) {
      const nm = nameAt(1, to);
      return nm ?? cleanBy(text.slice(toks[1].start - off, toks[to - 1].end - off).replace(/['’]s$/, ""));
    }
  }
  // "X ... estimated/said" before the figure: subject NP of a speech verb
  for (let k = pos - 1; k >= 0; k--) {
    if (!SPEECH.has(keys[k])) continue;
    // passive "is estimated", "estimated number" → no source
    const pk = keys[k - 1];
    // "with an estimated 4,000 fighters", "the estimated number": an adjective; the source, if any, is further back
    if ((pk === "the" || pk === "an") && (keys[k] === "estimated" || keys[k] === "estimate")) continue;
    // "according to our estimates", "by their estimate": a noun, not the speaker's verb
    if (pk === "our" || pk === "my" || pk === "their" || pk === "his" || pk === "her" || pk === "its") continue;
    if (pk === "is" || pk === "are" || pk === "was" || pk === "were" || pk === "be" || pk === "been" || pk === "the" || pk === "an") return null;
    let from = 0;
    // (the speaker of the verb's own clause: "The report cited estimates of 4,000 to 6,000, while one member state put the
    // number at about 2,000")
    // (and of a clause joined by ", and" with a subject of its own: "the UN envoy told the Council ..., and some Western
    // officials have suggested ...", not "The team estimated ..., and put the strength of the TTP at ...")
    for (let b = k - 1; b >= 0; b--) if (keys[b] === ";" || keys[b] === ":" || keys[b] === "while" || keys[b] === "whereas" || ((keys[b] === "and" || keys[b] === "but") && keys[b - 1] === "," && keys.slice(b + 1, k).some((x) => !SPEAKER_ADVERBS.has(x) && x !== "also" && x !== "have" && x !== "has" && x !== "had"))) { from = b + 1; break; }
    // (after a time phrase the sentence opens with: "In September, ACLED records ...")
    if (from === 0) {
      const c0 = keys.indexOf(",");
      if (c0 > 0 && c0 < k && a.dates.some((d) => d.first <= 1 && d.last === c0 - 1)) from = c0 + 1;
    }
    const comma = keys.indexOf(",", from);
    // (a description and the speaker's name in commas: "A former Afghan intelligence chief, Rahmatullah Nabil, said", "the
    // director of Russia's FSB, Alexander Bortnikov, said": the person, not the body the description names)
    const named = keys[k - 1] === "," ? keys.lastIndexOf(",", k - 2) : -1;
    if (named >= from && k - named >= 3 && k - named <= 5 && toks.slice(named + 1, k - 1).every((t) => /^\p{Lu}[\p{L}'’-]+$/u.test(t.text)) &&
      !a.places.some((h) => h.first > named && h.first < k) && !a.actors.some((h) => h.first > named && h.first < k)) {
      return text.slice(toks[named + 1].start - off, toks[k - 2].end - off);
    }
    const nm = nameAt(from, k);
    if (nm) return nm;
    // the subject NP: up to the first comma (drop appositives "X, the representative of ..., also estimated")
    let end = k;
    if (comma >= 0 && comma < k) end = comma;
    while (end > from && (keys[end - 1] === "have" || keys[end - 1] === "has" || keys[end - 1] === "also" || keys[end - 1] === "had" || SPEAKER_ADVERBS.has(keys[end - 1]))) end--;
    if (end <= from) return null;
    const np = text.slice(toks[from].start - off, toks[end - 1].end - off);
    if (np.split(/\s+/).length > 8) return null;
    // (a phrase, not a speaker: "By our dataset, compiled from claims on ...")
    if (/^(?:by|from|with|under)\b/i.test(np)) return null;
    if (/^(it|this|that|they|he|she|we|which|who)$/i.test(np.trim())) return null;
    // the group itself ("The group claimed ...") is not a source; another armed group is ("The Taliban insist the group has
    // been reduced to fewer than 1,000 members")
    const group = a.actors.find((h) => h.first >= from && h.last < end && h.value.kind === "armed group");
    if (group) return group.value.name !== subject ? group.value.name : null;
    const c = cleanBy(np);
    if (/^(?:the )?(?:group|organi[sz]ation|militants|outfit|it)$/i.test(c)) return null;
    return c;
  }
  // "..., Kurilla said." / "..., the ministry said on Monday.": the speaker closing the sentence after the figure
  for (let k = end + 1; k < toks.length; k++) {
    if (keys[k] !== ",") continue;
    let k1 = k;
    while (k1 + 1 < toks.length && /^["“”'‘’]$/.test(toks[k1 + 1].text)) k1++;
    let v = k1 + 1;
    while (v < toks.length && v - k1 <= 12 && !SPEECH.has(keys[v]) && keys[v] !== ",") v++;
    if (v >= toks.length || !SPEECH.has(keys[v]) || v === k1 + 1) continue;
    // what follows the verb is a time or a setting ("said on Wednesday at a meeting of ..."), not a clause of its own
    let r = v + 1;
    // (over whom it was told to: "told Reuters", "told The Associated Press")
    if (keys[v] === "told") {
      if (keys[r] === "the") r++;
      while (r < toks.length && r - v <= 4 && /^[A-Z]/.test(toks[r].text)) r++;
    }
    while (r < toks.length && /^(?:on|in|at|during|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(keys[r])) r++;
    const rest = keys.slice(r).filter((x) => x !== ".");
    if (rest.length > 2 && !(r > v + 1 && /^(?:on|in|at|during)$/.test(keys[r - 1] ?? "") && !rest.some((x) => x === "that" || SPEECH.has(x)))) continue;
    const nm = nameAt(k1 + 1, v);
    if (nm) return nm;
    const np = text.slice(toks[k1 + 1].start - off, toks[v - 1].end - off);
    // (a named speaker, or one described with a name in it: "a senior Taliban intelligence official", "a Western diplomat";
    // a group's own official speaks for it, not the group as a whole: "the Taliban said" is no source here)
    if (!/^(?:[A-Z]|(?:one|two|three|several|some|a|an|the)(?: [a-z-]+){0,2} [A-Z])/.test(np)) continue;
    const speakerGroup = a.actors.find((h) => h.first > k1 && h.last < v && h.value.kind === "armed group");
    // (another group saying it of this one is the source: "ISKP has about 2,000 fighters, the Taliban said")
    if (speakerGroup && !SPEAKER_ROLES.has(keys[v - 1])) {
      if (speakerGroup.value.name !== subject && v - k1 <= 4) return speakerGroup.value.name;
      continue;
    }
    if (/^(?:it|this|that|they|he|she|we|which|who)$/i.test(np.trim())) return null;
    return cleanBy(np);
  }
  return null;
}
/** The last word of a speaker described by role: "a senior Taliban intelligence official said". */
const SPEAKER_ROLES = new Set(["official", "officials", "spokesman", "spokesperson", "spokeswoman", "commander", "commanders", "officer", "officers", "source", "sources", "leader", "minister", "diplomat", "diplomats"]);
/** "By most estimates", "by one count", "By late 2022": no counter named */
const QUANTIFIER = new Set(["most", "some", "one", "many", "all", "several", "other", "any", "late", "early", "mid"]);
const SPEAKER_ADVERBS = new Set(["since", "now", "already", "recently", "previously", "repeatedly", "long", "consistently", "publicly", "privately", "reportedly"]);
const ORG_WORD = new Set(["team", "council", "service", "services", "committee", "agency", "ministry", "office", "army", "forces", "force", "department",
  "monitoring", "group", "command", "state", "states", "nations", "union", "police", "government", "intelligence", "security", "report", "data", "sources"]);
const VICTIM_BEFORE = new Set(["against", "on", "targeting", "targeted", "at", "killed", "killing", "kill", "fighting", "fought", "attacked", "toward", "towards", "from", "with"]);
const COLLECTIVE = new Set(["monitors", "experts", "investigators", "officials", "official", "analysts", "inspectors", "team", "panel", "military"]);
// "according to our data", "in our estimate": the speaker of the sentence, not a source of its own
const FIRST_PERSON = /^(?:our|my|us|we|me)\b/i;
