// Relation claims (actor —type→ actor) and judgments (an assessment with an ICD 203 estimative term).
import type { ExtractedClaim, Likelihood } from "./types.js";
import type { Ann } from "./annotate.js";

// ICD 203 (2015) expressions of likelihood
const ICD: Array<{ label: string; min: number; max: number; terms: string[] }> = [
  { label: "almost no chance", min: 0.01, max: 0.05, terms: ["almost no chance", "remote", "remotely"] },
  { label: "very unlikely", min: 0.05, max: 0.2, terms: ["very unlikely", "highly unlikely", "highly improbable", "very improbable"] },
  { label: "unlikely", min: 0.2, max: 0.45, terms: ["unlikely", "improbable", "improbably", "probably not", "likely not", "doubtful"] },
  { label: "roughly even chance", min: 0.45, max: 0.55, terms: ["roughly even chance", "even chance", "roughly even odds", "may", "might", "could", "possibly", "possible", "possibility", "can"] },
  { label: "likely", min: 0.55, max: 0.8, terms: ["likely", "probably", "probable", "is expected to", "are expected to", "expected to", "it seems", "seems", "appears", "is set to"] },
  { label: "very likely", min: 0.8, max: 0.95, terms: ["very likely", "highly likely", "very probable", "highly probable", "certainly will", "will certainly", "certainly"] },
  { label: "almost certain", min: 0.95, max: 0.99, terms: ["almost certain", "almost certainly", "nearly certain", "virtually certain"] },
];

const ICD_RE = ICD.map((band) => ({ band, res: band.terms.map((term) => ({ term, re: new RegExp(`\\b${term.replace(/ /g, "\\s+")}\\b`) })) }));

function likelihoodIn(lower: string, strongOnly: boolean): Likelihood | null {
  let best: Likelihood | null = null;
  let bestLen = 0;
  let bestPos = Infinity;
  for (const { band, res } of ICD_RE) {
    if (strongOnly && band.label === "roughly even chance") continue;
    for (const { term, re } of res) {
      const m = re.exec(lower);
      if (!m) continue;
      if (term.length > bestLen || (term.length === bestLen && m.index < bestPos)) {
        best = { term: m[0], label: band.label, min: band.min, max: band.max };
        bestLen = term.length;
        bestPos = m.index;
      }
    }
  }
  return best;
}

export function likelihoodOf(text: string): Likelihood | null {
  return likelihoodIn(text.toLowerCase(), false);
}

interface Rule {
  type: string;
  re: RegExp; // applied to the folded sentence with actor names replaced by ⟨n⟩ markers
  /** which marker is a / b: "ab" (first is a), "ba" */
  order: "ab" | "ba";
}

// Patterns over the sentence with actors replaced by the placeholder "@n" (n = index of the actor mention).
// Every pattern is linear: bounded gaps [^.;]{0,N}? only.
const RULES: Rule[] = [
  { type: "hostile", re: /(?:conflict|animosity|rivalry|enmity|hostility|fighting|clashes|war|tension|confrontations?) between (?:the )?@(\d+) and (?:the )?@(\d+)/, order: "ab" },
  { type: "hostile", re: /@(\d+)[^.;@]{0,60}?(?:hostile attitude|hostile stance|hostility|at war|in conflict) (?:towards?|with|against) (?:the )?@(\d+)/, order: "ab" },
  { type: "hostile", re: /@(\d+)[^.;@]{0,30}?(?:fights?|fought|fighting|clashed with|clashes with|opposes|accuses|accused|declared war on|crackdowns? on|targets|targeted|attacks|attacked) (?:the )?@(\d+)/, order: "ab" },
  { type: "hostile", re: /@(\d+)[^.;@]{0,30}?(?:crackdowns?|operations|campaigns?|offensive|raids) (?:on|against) (?:the )?@(\d+)/, order: "ab" },
  { type: "cooperates", re: /@(\d+) and (?:the )?@(\d+) (?:are|were|have been) (?:cooperating|collaborating|working together)/, order: "ab" },
  { type: "cooperates", re: /(?:cooperation|collaboration|coordination) between (?:the )?@(\d+) and (?:the )?@(\d+)/, order: "ab" },
  { type: "cooperates", re: /@(\d+)[^.;@]{0,30}?(?:cooperates?|cooperated|cooperating|collaborates?|works?) with (?:the )?@(\d+)/, order: "ab" },
  { type: "may_join", re: /@(\d+)[^.;@]{0,60}?(?:may|might|could|can|likely to|is likely to) (?:join|defect to|shift (?:its|their) allegiance to|merge with|lose members to) (?:the )?@(\d+)/, order: "ab" },
  { type: "may_join", re: /possibility of (?:the )?@(\d+)[^.;@]{0,40}?joining (?:with )?(?:the )?@(\d+)/, order: "ab" },
  { type: "may_join", re: /@(\d+)[^.;@]{0,40}?(?:is likely|are likely) to shift (?:its|their) allegiance to (?:the )?@(\d+)/, order: "ab" },
  { type: "pledged_allegiance", re: /@(\d+)[^.;@]{0,80}?pledged (?:their |his |its )?(?:allegiance|loyalty|bay'?ah) to (?:the )?@(\d+)/, order: "ab" },
  { type: "leads", re: /@(\d+)[^.;@]{0,40}?(?:became|becomes|is|was|as) (?:the )?(?:new |first |current |former )?(?:emir|amir|leader|head|chief|commander|governor) of (?:the )?@(\d+)/, order: "ab" },
  { type: "leads", re: /@(\d+), (?:the )?(?:new |first |current |former )?(?:emir|amir|leader|head|chief) of (?:the )?@(\d+)/, order: "ab" },
  { type: "leads", re: /@(\d+)(?:'s)? (?:new |first |current )?(?:emir|leader|chief),? @(\d+)/, order: "ba" },
  { type: "targets", re: /(?:another )?targets? of (?:the )?@(\d+) (?:is|are|was|were|include|includes) (?:the )?@(\d+)/, order: "ab" },
  { type: "targets", re: /@(\d+) (?:is|are|was) (?:also )?among (?:the )?@(\d+)(?:'s)? targets/, order: "ba" },
  { type: "targets", re: /@(\d+)[^.;@]{0,30}?(?:targets?|targeting|targeted) (?:the )?(?:interests of )?@(\d+)/, order: "ab" },
  { type: "splinter_of", re: /@(\d+)[^.;@]{0,20}?(?:an? )?(?:offshoot|splinter|branch|affiliate|chapter|wing|franchise|province) of (?:the )?@(\d+)/, order: "ab" },
  { type: "splinter_of", re: /@(\d+)[^.;@]{0,20}?(?:is )?(?:the )?regional (?:branch|affiliate|chapter) of (?:the )?@(\d+)/, order: "ab" },
  { type: "linked", re: /@(\d+)[^.;@]{0,30}?(?:has had|has|have|had|maintains?) (?:links|ties|connections|contacts) (?:with|to) (?:the )?@(\d+)/, order: "ab" },
  { type: "partner", re: /@(\d+)[^.;@]{0,20}?views (?:the )?@(\d+) as (?:its|their) [^.;@]{0,30}?partner/, order: "ab" },
  { type: "partner", re: /(?:cooperation|partnership) between (?:the )?@(\d+) and (?:the )?@(\d+)/, order: "ab" },
  { type: "friendly", re: /@(\d+)-@(\d+) relations[^.;@]{0,120}?friendly/, order: "ab" },
  { type: "friendly", re: /@(\d+)[^.;@]{0,40}?friendly relations with (?:the )?@(\d+)/, order: "ab" },
  { type: "allied", re: /@(\d+)[^.;@]{0,30}?(?:allied with|alliance with|allies of|an ally of) (?:the )?@(\d+)/, order: "ab" },
];

const RULES_G: Rule[] = RULES.map((r) => ({ ...r, re: new RegExp(r.re.source, "g") }));

export function extractRelations(anns: Ann[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const a of anns) {
    if (a.s.biblio) continue;
    const ents: Array<{ start: number; end: number; name: string; kind: string }> = [];
    for (const h of a.actors) ents.push({ start: h.start, end: h.end, name: h.value.name, kind: h.value.kind });
    for (const h of a.persons) ents.push({ start: h.start, end: h.end, name: h.value.name, kind: "person" });
    if (ents.length < 2 || a.s.text.length > 1500) continue;
    ents.sort((x, y) => x.start - y.start);
    // build the marked sentence
    let marked = "";
    let p = a.s.start;
    ents.forEach((e, i) => {
      if (e.start < p) return;
      marked += a.s.text.slice(p - a.s.start, e.start - a.s.start) + `@${i}`;
      p = e.end;
    });
    marked += a.s.text.slice(p - a.s.start);
    const lower = marked.toLowerCase().replace(/[’]/g, "'").replace(/@(\d+)'s/g, "@$1");
    for (const r of RULES_G) {
      const re = r.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(lower)) !== null) {
        const e1 = ents[+m[1]], e2 = ents[+m[2]];
        if (!e1 || !e2 || e1.name === e2.name) continue;
        const [A, B] = r.order === "ab" ? [e1, e2] : [e2, e1];
        // group-structure relations hold between armed groups (or a person and a group)
        if ((r.type === "splinter_of" || r.type === "leads" || r.type === "pledged_allegiance" || r.type === "may_join") && B.kind !== "armed group" && B.kind !== "person") continue;
        const lk = likelihoodIn(m[0], false);
        const key = `${A.name}|${r.type}|${B.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const hedged = r.type === "may_join" || lk != null;
        out.push({
          kind: "relation", evidence: [{ start: a.s.start, end: a.s.end, text: a.s.text }],
          relation: { a: A.name, b: B.name, type: r.type, likelihood: hedged ? lk ?? { term: "may", label: "roughly even chance", min: 0.45, max: 0.55 } : null },
          confidence: 0.6,
        });
      }
    }
  }
  return out;
}

const JUDGMENT_TERMS = /\b(?:probably|likely|unlikely|almost certainly|very likely|highly likely|highly unlikely|very unlikely|is expected to|are expected to|remote chance|may|might|could)\b/i;

/** Analyst assessments: an estimative term with an actor as the subject of the proposition. */
export function extractJudgments(anns: Ann[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  for (const a of anns) {
    if (a.s.biblio || a.actors.length === 0 || a.s.text.length > 800) continue;
    if (!JUDGMENT_TERMS.test(a.s.text)) continue;
    const lower = a.s.text.toLowerCase();
    if (/["“”]/.test(a.s.text) && /\bsaid\b/.test(lower)) continue; // quoted speech, not the analyst's judgment
    const strong = likelihoodIn(lower, true);
    const lk = strong ?? likelihoodIn(lower, false);
    if (!lk) continue;
    // subject: the actor nearest before the estimative term
    const termPos = lower.search(new RegExp(`\\b${lk.term.replace(/\s+/g, "\\s+")}\\b`));
    let subj: string | null = null;
    for (const h of a.actors) if (h.start - a.s.start < termPos && h.value.kind === "armed group") subj = h.value.name;
    if (!subj) for (const h of a.actors) if (h.start - a.s.start < termPos) subj = h.value.name;
    if (!subj) { if (!strong) continue; subj = a.actors[0].value.name; }
    // weak modals (may/could) count only when the actor is the modal's subject ("ISKP may", "the Taliban could")
    if (!strong) {
      const before = lower.slice(0, termPos).trimEnd();
      const last = a.actors.filter((h) => h.end - a.s.start <= termPos).pop();
      if (!last || before.length - (last.end - a.s.start) > 25) continue;
    }
    out.push({
      kind: "judgment", evidence: [{ start: a.s.start, end: a.s.end, text: a.s.text }],
      judgment: { subject: subj, statement: a.s.text, likelihood: lk }, confidence: strong ? 0.7 : 0.5,
    });
  }
  return out;
}
