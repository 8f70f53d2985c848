// extractDocument: text in, mentions and claims out. Pure and synchronous; the domain pack is loaded once, lazily.
import type { ExtractInput, Extraction, ExtractedClaim, Mention } from "./types.js";
import { splitSentences, type Sentence } from "./text.js";
import { loadPack, type Actor, type Pack } from "./pack.js";
import { annotate, type Ann, type PlaceHit } from "./annotate.js";
import { iso, parseIsoDay, scanDates, type DateMention } from "./dates.js";
import { extractEvents } from "./events.js";
import { candidatePersons } from "./candidate-persons.js";
import { extractQuantities } from "./quantities.js";
import { extractRelations, extractJudgments } from "./relations.js";
import type { Place, PlaceMatch } from "./gazetteer.js";

const MAX_TEXT = 2_000_000; // characters; longer inputs are cut (the rest is not read)
const KHORASAN = new Set(["AF", "PK", "IR", "TJ", "UZ", "TM"]);

export function extractDocument(input: ExtractInput): Extraction {
  const pack = loadPack();
  let text = typeof input.text === "string" ? input.text : "";
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT);
  let published = parseIsoDay(input.published ?? null);

  const sentences = splitSentences(text);
  let placeMatches: PlaceMatch[] = [];
  try {
    placeMatches = pack.gazetteer.match(text);
  } catch {
    placeMatches = [];
  }

  // ---- byline / dateline (first lines only)
  const by = findByline(sentences, published, pack, placeMatches);
  const ref = published ?? parseIsoDay(by.date);

  // ---- annotate every sentence
  const anns: Ann[] = [];
  let pi = 0;
  for (const s of sentences) {
    while (pi < placeMatches.length && placeMatches[pi].end <= s.start) pi++;
    const pms: PlaceMatch[] = [];
    let pj = pi;
    while (pj < placeMatches.length && placeMatches[pj].start < s.end) {
      if (placeMatches[pj].end <= s.end) pms.push(placeMatches[pj]);
      pj++;
    }
    anns.push(annotate(s, pack, pms, ref));
  }

  // ---- month-day dates without a year: from the publication date, else after the latest date the text gives
  resolveYears(anns, ref);
  dropStrayLandmarks(anns, by.place);

  // ---- document context
  const countryCount = new Map<string, number>();
  const actorCount = new Map<string, { a: Actor; n: number }>();
  for (const a of anns) {
    if (a.s.biblio) continue;
    for (const p of a.places) if (!p.modifier) countryCount.set(p.place.country, (countryCount.get(p.place.country) ?? 0) + 1);
    for (const h of a.actors) {
      if (h.value.kind !== "armed group") continue;
      const e = actorCount.get(h.value.name);
      if (e) e.n++;
      else actorCount.set(h.value.name, { a: h.value, n: 1 });
    }
  }
  let docCountry: string | null = null;
  let best = 0;
  for (const [c, n] of countryCount) if (n > best) { best = n; docCountry = c; }
  let mainActor: Actor | null = null;
  best = 0;
  // the Taliban, the de facto government in most of these reports, is the document's group ("the group", "it") only when
  // no other armed group is named
  for (const { a, n } of actorCount.values()) if (n > best && a.name !== "Taliban") { best = n; mainActor = a; }
  if (!mainActor) mainActor = actorCount.get("Taliban")?.a ?? null;
  const khorasanDoc = (docCountry != null && KHORASAN.has(docCountry)) || actorCount.has("ISKP");

  const claims: ExtractedClaim[] = [];
  const guard = <T>(f: () => T[]): T[] => {
    try {
      return f();
    } catch {
      return [];
    }
  };
  claims.push(...guard(() => extractEvents({ pack, anns, bylineSpans: by.spans, ref, datelinePlace: by.place, docCountry, khorasanDoc, mainActor })));
  claims.push(...guard(() => extractQuantities(anns, () => mainActor, khorasanDoc)));
  claims.push(...guard(() => extractRelations(anns)));
  claims.push(...guard(() => extractJudgments(anns)));

  return { mentions: mentionsOf(anns), claims, bylineDate: by.date };
}

// ---------------------------------------------------------------------------------------------------------------

const MONTH_LEAD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const AGENCY = /^\(?\s*(?:Reuters|AP|AFP|Xinhua|IANS|PTI|APP|dpa|DPA|Anadolu|AA|RFE\/RL|TOLOnews|Pajhwok|Khaama|IRNA|TASS|RIA|Dawn|Al Jazeera|UPI|ANI|EFE|Bloomberg)\b/;

interface Byline {
  date: string | null;
  spans: Array<[number, number]>;
  place: Place | null;
}

function findByline(sentences: Sentence[], published: Date | null, pack: Pack, places: PlaceMatch[]): Byline {
  const out: Byline = { date: null, spans: [], place: null };
  const limit = Math.min(sentences.length, 8);
  for (let i = 0; i < limit; i++) {
    const s = sentences[i];
    if (s.start > 1500) break;
    const toks = s.tokens;
    const used = new Uint8Array(toks.length);
    const dates = scanDates(toks, published, used);
    const first = toks[0];
    if (!first) continue;
    const lead = first.key;
    // (a byline's "By" is followed by a name: not "By contrast, ...", "By then, ...")
    const isBy = (lead === "by" && /^[A-Z]/.test(toks[1]?.text ?? "") && !/^(?:contrast|comparison|then|now|the|late|early|mid|midday|noon|evening|morning|nightfall|dawn|far|all|some|most)$/.test(toks[1]?.key ?? "")) || lead === "date" || lead === "published" || lead === "posted" || lead === "updated" || lead === "dated" || (lead === "last" && toks[1]?.key === "updated");
    // dateline: "KABUL, Sept 5 (Reuters) -", "ISLAMABAD (AP) —", "Kabul, Afghanistan — "
    let dl: DateMention | null = null;
    let isDateline = false;
    // (or a place in title case, a comma and the date: "Moscow, 23 March:", "Kabul, Sept. 5 -")
    const titleCase = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s/.exec(s.text);
    const titleDateline = !!titleCase && places.some((pm) => pm.start === s.start) &&
      dates.some((d) => d.start - s.start === titleCase[0].length && /^\s*(?:\(|[-–—:])/.test(s.text.slice(d.end - s.start)));
    // (or in title case before an agency's name: "Islamabad (dpa) -", "Kabul (AFP) —")
    const titleAgency = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+)?\s*\([A-Za-z\/]{2,12}\)\s*[-–—:]/.test(s.text) && places.some((pm) => pm.start === s.start);
    // (or a place in title case and a colon: "Islamabad: Nine Pakistani soldiers were killed ...")
    const titleColon = !isBy && !titleDateline && !titleAgency ? /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}:\s/.exec(s.text) : null;
    if (titleColon && places.some((pm) => pm.start === s.start && pm.end - s.start === titleColon[0].length - 2)) {
      isDateline = true;
      out.place = places.find((pm) => pm.start === s.start)!.place;
      out.spans.push([s.start, s.start + titleColon[0].length - 1]);
    } else if (!isBy && (titleDateline || titleAgency || /^[A-Z][A-Z.'’ -]{2,40}\b/.test(s.text))) {
      let agencyAt = s.text.slice(0, 120).search(/\((?:Reuters|AP|AFP|Xinhua|IANS|PTI|APP|dpa|DPA|Anadolu|AA|RFE\/RL|UPI|ANI|EFE|Bloomberg|IRNA|TASS)\)/);
      // (also another agency's acronym or name right after the place: "TEHRAN (FNA)-", "KABUL (Pajhwok) -")
      if (agencyAt < 0) {
        const m = /^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z]+)?\s*\((?:[A-Z]{2,6}|Mehr|Tasnim|Pajhwok)\)\s*[-–—:]/.exec(s.text);
        if (m) agencyAt = m[0].lastIndexOf("(");
        else if (titleAgency) agencyAt = s.text.indexOf("(");
      }
      // the dateline's date comes before the agency marker ("KABUL, Sept 5 (Reuters) -"); a date after it belongs to the story
      // "ISLAMABAD — A suicide bomber ...", "KABUL, Afghanistan – ...": a place in capitals and a dash, no agency or date
      // (a date after the dash is the story's: "ISLAMABAD — The death toll from Friday's suicide bombing ...")
      const dashLead = agencyAt < 0 ? /^[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?\s+[-–—]\s/.exec(s.text) : null;
      const d0 = dates.find((d) => d.start - s.start < (dashLead ? dashLead[0].length : 60) && (agencyAt < 0 || d.start - s.start < agencyAt));
      const bare = agencyAt < 0 && !d0 && !!dashLead;
      if (agencyAt >= 0 || bare || (d0 && /^\s*(?:\(|[-–—:])/.test(s.text.slice(d0.end - s.start)))) {
        isDateline = true;
        dl = d0 ?? null;
        const p = places.find((pm) => pm.start >= s.start && pm.start - s.start < 25);
        if (p) out.place = p.place;
        const dash = bare ? /\s+[-–—]\s/.exec(s.text) : null;
        const end = agencyAt >= 0 ? s.start + agencyAt + s.text.slice(agencyAt).indexOf(")") + 1 : dash ? s.start + dash.index + dash[0].length : dl ? dl.end : s.start;
        out.spans.push([s.start, Math.max(end, dl ? dl.end : s.start)]);
      }
    }
    if (isBy) {
      const d = dates.find((x) => x.precision === "day");
      if (d) {
        out.spans.push([s.start, s.end]);
        dl = d;
      }
    }
    if (!dl) continue;
    let y = dl.y;
    if (y == null && published) y = published.getUTCFullYear();
    if (y != null && dl.m != null && dl.d != null) out.date = iso(y, dl.m, dl.d);
    if (isDateline || out.date) break;
  }
  void MONTH_LEAD;
  void AGENCY;
  void pack;
  return out;
}

/**
 * A landmark named by a short alias that another city shares ("the Serena Hotel": Kabul's, but also Quetta's and
 * Islamabad's) in a report that never names the landmark's own province, while its dateline or its text is elsewhere
 * ("Quetta (Khabrain Report) — ... an explosion in the parking area of the Serena Hotel"): not that landmark.
 */
function dropStrayLandmarks(anns: Ann[], dateline: Place | null): void {
  const stray = (p: PlaceHit) => p.place.kind === "landmark" && !!p.place.admin1 && !p.text.toLowerCase().includes(p.place.admin1.toLowerCase());
  if (!anns.some((a) => a.places.some(stray))) return;
  const others: Place[] = dateline ? [dateline] : [];
  for (const a of anns) for (const p of a.places) if (!stray(p) && p.place.kind !== "country") others.push(p.place);
  // (at home: a place of its province or near it, "the Crocus City Hall near Moscow")
  const home = (l: Place) => others.some((o) => o.admin1 === l.admin1 || (o.lat != null && o.lon != null && l.lat != null && l.lon != null && Math.hypot(o.lat - l.lat, (o.lon - l.lon) * Math.cos((l.lat * Math.PI) / 180)) < 0.6));
  for (const a of anns) if (a.places.some(stray)) a.places = a.places.filter((p) => !stray(p) || !others.length || home(p.place));
}

function resolveYears(anns: Ann[], ref: Date | null): void {
  const pending: Array<{ d: DateMention; anchor: { y: number; m: number; d: number } | null }> = [];
  let latest: { y: number; m: number; d: number } | null = null;
  // the year a chronicle paragraph is in: the day with a written year that opens its latest sentence ("On October 3, 2021,
  // a bomb ... . On October 8, a suicide bomber ...": 2021), or a year that opens a sentence ("In 2022 the group ...");
  // only for a day that opens a sentence too (not "in January" beside "in August 2021" in a background sentence)
  let anchor: { y: number; m: number; d: number; para: number } | null = null;
  // the year of the last date written with one: "In April 2022, ... and in May of the same year ..."
  let lastYear: number | null = null;
  for (const a of anns) {
    if (a.s.biblio) continue;
    if (anchor && anchor.para !== a.s.para) anchor = null;
    for (const d of a.dates) {
      // (also after an opening that counts on from the day told before: "A week later, on October 15, ...")
      const opens = d.first === 0 || (d.first === 1 && (a.s.keys[0] === "on" || a.s.keys[0] === "in")) ||
        (d.first <= 6 && (a.s.keys[d.first - 1] === "on" || a.s.keys[d.first - 1] === "in") && a.s.keys[d.first - 2] === "," && (a.s.keys[d.first - 3] === "later" || a.s.keys[d.first - 3] === "after"));
      if (d.needYear && lastYear != null && sameYearAfter(a.s.keys, d.last)) {
        d.y = lastYear;
        d.needYear = false;
        continue;
      }
      if (d.needYear) {
        pending.push({ d, anchor: opens && d.precision === "day" ? anchor : null });
        if (!opens || d.precision !== "day") continue;
        // (the narrative goes on from the day it gives: "On November 2, ..." after "On October 8, ...")
        if (anchor) {
          const y: number = d.m! > anchor.m || (d.m === anchor.m && (d.d ?? 1) >= anchor.d) ? anchor.y : anchor.y + 1;
          anchor = { y, m: d.m!, d: d.d ?? 1, para: a.s.para };
        }
        continue;
      }
      // ("On 5 September 2022, a bomber ... . This year the pace quickened. On 3 January, ...": a sentence that opens
      // with "This year" / "Last year" / "Earlier this year" puts the narrative in that year)
      if (d.kind === "relative" && d.precision === "year" && d.y != null && d.first === 0) {
        anchor = { y: d.y, m: 1, d: 1, para: a.s.para };
        continue;
      }
      if (d.y == null || d.kind === "relative") continue;
      if (d.y > 2100) continue;
      if (d.kind !== "range") lastYear = d.y;
      // a year (or the end of a year range) stands for the end of that year; a month for its end
      const v = { y: d.y, m: d.m ?? 12, d: d.d ?? (d.m ? 28 : 31) };
      if (!latest || v.y > latest.y || (v.y === latest.y && (v.m > latest.m || (v.m === latest.m && v.d > latest.d)))) latest = v;
      if (opens && d.kind !== "range" && (d.precision === "day" || d.precision === "year")) anchor = { y: d.y, m: d.m ?? 1, d: d.d ?? 1, para: a.s.para };
    }
  }
  for (const { d, anchor: an } of pending) {
    const m = d.m!, day = d.d ?? 1;
    if (ref) {
      let y = ref.getUTCFullYear();
      if (Date.UTC(y, m - 1, day) > ref.getTime() + 2 * 86400000) y--;
      else if (d.pastMonth && m === ref.getUTCMonth() + 1) y--;
      // (in a paragraph that tells an earlier year, that year: the day after the paragraph's last date)
      if (an && an.y < y && !d.pastMonth) {
        const ny = m > an.m || (m === an.m && day >= an.d) ? an.y : an.y + 1;
        if (ny < y) y = ny;
      }
      d.y = y;
    } else if (latest) {
      d.y = m > latest.m || (m === latest.m && day > latest.d) ? latest.y : latest.y + 1;
    }
    // else: no year can be given; the date stays unresolved (y = null) and is not used as an incident date
  }
}

/** "(in May) of the same year", "(in May) that year", "(in May) that same year" right after a date without a year. */
function sameYearAfter(keys: string[], last: number): boolean {
  let k = last + 1;
  if (keys[k] === "of") k++;
  if ((keys[k] === "the" || keys[k] === "that") && keys[k + 1] === "same") k++;
  return (keys[k] === "same" && keys[k + 1] === "year") || (keys[k] === "that" && keys[k + 1] === "year");
}

function mentionsOf(anns: Ann[]): Mention[] {
  const out: Mention[] = [];
  for (const a of anns) {
    const text = a.s.text;
    const off = a.s.start;
    const sl = (s: number, e: number) => text.slice(s - off, e - off);
    const i = a.s.index;
    for (const h of a.actors) out.push({ kind: "actor", start: h.start, end: h.end, text: sl(h.start, h.end), value: h.value.name, sentence: i });
    for (const h of a.persons) out.push({ kind: "person", start: h.start, end: h.end, text: sl(h.start, h.end), value: h.value.name, sentence: i });
    for (const p of a.places) out.push({ kind: "place", start: p.start, end: p.end, text: sl(p.start, p.end), value: p.place.id, sentence: i });
    for (const d of a.dates) if (d.y != null) out.push({ kind: "date", start: d.start, end: d.end, text: sl(d.start, d.end), value: iso(d.y, d.m, d.d), sentence: i });
    for (const n of a.numbers) out.push({ kind: "number", start: n.start, end: n.end, text: sl(n.start, n.end), value: n.range ? `${n.value}-${n.max}` : String(n.value), sentence: i });
    const known = [...a.actors, ...a.persons, ...a.places];
    const taken = (s: number, e: number) => known.some((h) => h.start < e && s < h.end);
    for (const c of candidatePersons(a.s, taken)) out.push({ kind: "person", start: c.start, end: c.end, text: sl(c.start, c.end), value: c.name, sentence: i });
  }
  return out;
}
