// Date scanner over tokens. Hand-written for the forms news and analysis use; chrono-node is only a fallback for
// sentences with a month name the scanner could not read.
//
// Partial dates: "August 2021" → 2021-08 (month); "2021" → year; "early 2024" → 2024-01 (month precision),
// "mid-2024" → 2024-06, "late 2024" / "end of 2024" → 2024-12 (the part of the year is rounded to a month, as an
// analyst filling ACLED's sheet would); "2021-22" → a year range (never an incident date).
// Relative dates ("on Monday", "yesterday", "last week") resolve against the publication date: a weekday is the
// most recent such day on or before it; "last week" → that date minus 7 days at month precision; "last month" →
// month; "last year" → year.
import * as chrono from "chrono-node";
import type { DatePrecision } from "./types.js";
import type { Token } from "./text.js";

export interface DateMention {
  first: number;
  last: number;
  start: number;
  end: number;
  y: number | null; // null until a month-day without year is resolved
  m: number | null;
  d: number | null;
  precision: DatePrecision;
  kind: "absolute" | "partial" | "relative" | "year" | "range";
  /** true when the year was not written and must come from a reference date */
  needYear: boolean;
  /** "last March": a month already over at the reference date (in March, last year's) */
  pastMonth?: boolean;
  /** "earlier this month": a time before the reference day (epoch ms of the day before it), else null */
  before: number | null;
}

const MONTHS = new Map<string, number>(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}));
/** A month's name or abbreviation ("march", "sept"). */
export const isMonthWord = (key: string): boolean => MONTHS.has(key);
/** The month (1-12) a month word names, or undefined. */
export const monthNumber = (key: string): number | undefined => MONTHS.get(key);
const WEEKDAYS = new Map<string, number>(Object.entries({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }));
const SERVICE = new Set(["prayers", "prayer", "mass", "sermon", "service", "services", "worship"]);
const PART_OF_DAY = new Set(["night", "morning", "evening", "afternoon", "noon"]);

function monthAt(t: Token | undefined): number | null {
  if (!t || !t.word) return null;
  const m = MONTHS.get(t.key);
  if (!m) return null;
  // "may", "march" are also common words: require a capital
  const c = t.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  if (t.key === "may" || t.key === "mar") return m; // caller checks context
  return m;
}

function num(t: Token | undefined): number | null {
  if (!t || !t.num || t.text.includes(",")) return null;
  return Number(t.text);
}
function isYear(v: number | null, t: Token | undefined): v is number {
  return v != null && t != null && t.text.length === 4 && v >= 1900 && v <= 2099;
}
function isDay(v: number | null, t: Token | undefined): v is number {
  return v != null && t != null && t.text.length <= 2 && v >= 1 && v <= 31;
}
const ORD = new Set(["st", "nd", "rd", "th"]);

export function iso(y: number, m: number | null, d: number | null): string {
  const p = (x: number) => String(x).padStart(2, "0");
  return m == null ? String(y) : d == null ? `${y}-${p(m)}` : `${y}-${p(m)}-${p(d)}`;
}

export function parseIsoDay(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "March 22 last year", "22 March this year": the year the words after a month-day date give, with their last token. */
function yearAfter(toks: Token[], k: number, ref: Date | null): { y: number; last: number } | null {
  if (!ref || toks[k + 2]?.key !== "year") return null;
  const w = toks[k + 1]?.key;
  if (w === "last") return { y: ref.getUTCFullYear() - 1, last: k + 2 };
  if (w === "this") return { y: ref.getUTCFullYear(), last: k + 2 };
  return null;
}

/** A month's name next to a day's number anywhere from `from` to the end of the sentence. */
function dayDateAhead(toks: Token[], from: number): boolean {
  for (let k = from; k < toks.length; k++) if (monthAt(toks[k]) && (isDay(num(toks[k - 1]), toks[k - 1]) || isDay(num(toks[k + 1]), toks[k + 1]))) return true;
  return false;
}

/** A day-month date right after the weekday at `i`, over punctuation, figures and capitalised words only. */
function calendarDateAfter(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 9; k++) {
    const t = toks[k];
    if (monthAt(t) && (isDay(num(toks[k - 1]), toks[k - 1]) || isDay(num(toks[k + 1]), toks[k + 1]))) return true;
    if (t.text === "." || t.text === ";" || (t.word && !/^[A-Z]/.test(t.text))) return false;
  }
  return false;
}

/** Scan absolute and relative dates. `ref` = publication date (UTC midnight) or null. Marks used tokens in `used`. */
export function scanDates(toks: Token[], ref: Date | null, used: Uint8Array): DateMention[] {
  const out: DateMention[] = [];
  const n = toks.length;
  const mk = (first: number, last: number, y: number | null, m: number | null, d: number | null, precision: DatePrecision, kind: DateMention["kind"], needYear = false) => {
    for (let k = first; k <= last; k++) used[k] = 1;
    out.push({ first, last, start: toks[first].start, end: toks[last].end, y, m, d, precision, kind, needYear, pastMonth: false, before: null });
  };
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i];
    // ---- ISO 2022-09-05 / 2022/09/05
    if (t.num && t.text.length === 4) {
      const y = num(t);
      if (isYear(y, t) && (toks[i + 1]?.text === "-" || toks[i + 1]?.text === "/") && toks[i + 2]?.num && toks[i + 2].text.length === 2 &&
        toks[i + 3]?.text === toks[i + 1].text && toks[i + 4]?.num && toks[i + 4].text.length === 2 &&
        toks[i + 1].end === toks[i + 2].start && toks[i + 3].end === toks[i + 4].start) {
        const m = num(toks[i + 2])!, d = num(toks[i + 4])!;
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) { mk(i, i + 4, y, m, d, "day", "absolute"); i += 4; continue; }
      }
    }
    // ---- 07.10.2022 (token "07.10" "." "2022") and 30/09/2022
    if (t.num && /^\d{1,2}\.\d{1,2}$/.test(t.text) && toks[i + 1]?.text === "." && toks[i + 2]?.num && toks[i + 2].text.length === 4 && toks[i + 1].start === t.end) {
      const [dd, mm] = t.text.split(".").map(Number);
      const y = Number(toks[i + 2].text);
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 && y >= 1900 && y <= 2099) { mk(i, i + 2, y, mm, dd, "day", "absolute"); i += 2; continue; }
    }
    if (t.num && t.text.length <= 2 && toks[i + 1]?.text === "/" && toks[i + 2]?.num && toks[i + 3]?.text === "/" && toks[i + 4]?.num && toks[i + 4].text.length === 4) {
      const dd = Number(t.text), mm = Number(toks[i + 2].text), y = Number(toks[i + 4].text);
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) { mk(i, i + 4, y, mm, dd, "day", "absolute"); i += 4; continue; }
    }
    // ---- Month Day(, Year)? | Month Year
    const mo = monthAt(t);
    if (mo) {
      let j = i + 1;
      if (toks[j]?.text === "." ) j++;
      const dv = num(toks[j]);
      if (isDay(dv, toks[j])) {
        let k = j;
        if (toks[k + 1] && ORD.has(toks[k + 1].key) && toks[k + 1].start === toks[k].end) k++;
        let kk = k + 1;
        if (toks[kk]?.text === ",") kk++;
        const yv = num(toks[kk]);
        if (isYear(yv, toks[kk])) { mk(i, kk, yv, mo, dv, "day", "absolute"); i = kk; continue; }
        const ya = yearAfter(toks, k, ref);
        if (ya) { mk(i, ya.last, ya.y, mo, dv, "day", "partial"); i = ya.last; continue; }
        mk(i, k, null, mo, dv, "day", "partial", true);
        i = k;
        continue;
      }
      let kk = j;
      if (toks[kk]?.text === ",") kk++;
      const yv = num(toks[kk]);
      if (isYear(yv, toks[kk])) {
        // "early/late August 2021", "in mid-August 2021"
        let f = i;
        const pk = toks[i - 1]?.key;
        if (pk === "early" || pk === "late" || pk === "mid") f = i - 1;
        else if (toks[i - 1]?.text === "-" && toks[i - 2]?.key === "mid") f = i - 2;
        mk(f, kk, yv, mo, null, "month", "partial");
        i = kk;
        continue;
      }
      // ("in May", "last March": after a preposition a capitalised May / March is the month, not the verb)
      if ((t.key !== "may" && t.key !== "march" && t.key !== "mar") || (/^[A-Z]/.test(t.text) && t.key !== "mar")) {
        // bare month "in August" / "last August": year from the reference
        const pk = toks[i - 1]?.key;
        if (pk === "in" || pk === "last" || pk === "since" || pk === "early" || pk === "late" || pk === "this") {
          // "in March last year", "in May this year": the year the words give
          const yw = toks[i + 1]?.key, yy = toks[i + 2]?.key;
          if (ref && yy === "year" && (yw === "last" || yw === "this")) {
            mk(i, i + 2, ref.getUTCFullYear() - (yw === "last" ? 1 : 0), mo, null, "month", "partial");
            i += 2;
            continue;
          }
          mk(i, i, null, mo, null, "month", "partial", true);
          if (pk === "last") out[out.length - 1].pastMonth = true;
          continue;
        }
      }
      continue;
    }
    // ---- Day Month (Year)?  "22 March 2024", "6 November 2023", "5th of September"
    if (t.num && t.text.length <= 2) {
      const last = dayMonthDate(toks, i, ref, mk);
      if (last >= 0) { i = last; continue; }
    }
    // ---- Year, year ranges, early/mid/late Year
    if (t.num && t.text.length === 4) {
      const y = num(t);
      if (isYear(y, t)) {
        // range 2021-22 / 2021-2022 / 2021 to 2022
        const sep = toks[i + 1];
        if (sep && (sep.text === "-" || sep.text === "–" || sep.text === "/" || sep.key === "to") && toks[i + 2]?.num) {
          const t2 = toks[i + 2];
          const v2 = Number(t2.text);
          const y2 = t2.text.length === 2 ? Math.floor(y / 100) * 100 + v2 : t2.text.length === 4 ? v2 : NaN;
          if (y2 > y && y2 - y <= 30) { mk(i, i + 2, y2, null, null, "year", "range"); continue; }
        }
        let f = i;
        let m: number | null = null;
        const pk = toks[i - 1]?.key;
        const pk2 = toks[i - 2]?.key;
        if (pk === "early" || (pk === "of" && (pk2 === "beginning" || pk2 === "start"))) { m = 1; f = pk === "of" ? i - 2 : i - 1; }
        else if (pk === "mid" || pk === "middle" || (toks[i - 1]?.text === "-" && pk2 === "mid") || (pk === "of" && pk2 === "middle")) { m = 6; f = toks[i - 1]?.text === "-" || pk === "of" ? i - 2 : i - 1; }
        else if (pk === "late" || (pk === "of" && pk2 === "end")) { m = 12; f = pk === "of" ? i - 2 : i - 1; }
        // "the first four months of 2021", "the first half of 2022" → year
        if (m != null) mk(f, i, y, m, null, "month", "partial");
        else mk(i, i, y, null, null, "year", "year");
        continue;
      }
    }
    // ---- relative
    if (t.word) i = relativeDate(toks, i, ref, out, mk);
  }
  return out;
}

/** "A day later", "two days earlier": the sentence counts days from an attack told before. (A function of its own: a
 * closure over `toks` in relativeDate would make each call of it, one per word, allocate a context.) */
function daysFromAnother(toks: Token[]): boolean {
  return toks.some((x, q) => (x.key === "later" || x.key === "earlier") && (toks[q - 1]?.key === "day" || toks[q - 1]?.key === "days"));
}

/** Marks tokens first..last as a date mention of the scan (scanDates' `mk`). */
type MarkDate = (first: number, last: number, y: number | null, m: number | null, d: number | null, precision: DatePrecision, kind: DateMention["kind"], needYear?: boolean) => void;

/** A day before its month from `i` ("22 March 2024", "6 November 2023", "5th of September", "25-26 January"), marked with `mk`: the last token read, or -1 when there is none. */
function dayMonthDate(toks: Token[], i: number, ref: Date | null, mk: MarkDate): number {
  const t = toks[i];
  const dv = num(t);
  // (a night or a span of days, told from its first: "on the night of 25-26 January", "from 3 to 5 March")
  let from = -1;
  const dv2 = num(toks[i + 2]);
  if ((toks[i + 1]?.text === "-" || toks[i + 1]?.text === "–" || toks[i + 1]?.key === "to") && toks[i + 2]?.num && toks[i + 2].text.length <= 2 && monthAt(toks[i + 3]) &&
    isDay(dv, t) && isDay(dv2, toks[i + 2]) && dv2 > dv) { from = i; i += 2; }
  if (from >= 0) {
    const mo3 = monthAt(toks[i + 1])!;
    let kk = i + 2;
    if (toks[kk]?.text === ",") kk++;
    const yv = num(toks[kk]);
    if (isYear(yv, toks[kk])) { mk(from, kk, yv, mo3, dv, "day", "absolute"); return kk; }
    mk(from, i + 1, null, mo3, dv, "day", "partial", true);
    return i + 1;
  }
  let j = i + 1;
  if (toks[j] && ORD.has(toks[j].key) && toks[j].start === t.end) j++;
  if (toks[j]?.key === "of") j++;
  const mo2 = monthAt(toks[j]);
  if (isDay(dv, t) && mo2) {
    let kk = j + 1;
    if (toks[kk]?.text === "." && toks[kk - 1].text.length <= 4) kk++;
    if (toks[kk]?.text === ",") kk++;
    const yv = num(toks[kk]);
    if (isYear(yv, toks[kk])) { mk(i, kk, yv, mo2, dv, "day", "absolute"); return kk; }
    const ya = yearAfter(toks, j, ref);
    if (ya) { mk(i, ya.last, ya.y, mo2, dv, "day", "partial"); return ya.last; }
    mk(i, j, null, mo2, dv, "day", "partial", true);
    return j;
  }
  return -1;
}

/** A relative date at the word `i` ("yesterday", "on Monday", "last week", "two years ago"), resolved against `ref` and marked with `mk`: the last token read (`i` when none). */
function relativeDate(toks: Token[], i: number, ref: Date | null, out: DateMention[], mk: MarkDate): number {
  const t = toks[i];
  const k = t.key;
  if (k === "today" || k === "tonight" || k === "yesterday" || (k === "this" && (toks[i + 1]?.key === "morning" || toks[i + 1]?.key === "afternoon" || toks[i + 1]?.key === "evening")) ||
    (k === "last" && toks[i + 1]?.key === "night")) {
    if (ref) {
      const back = k === "yesterday" || (k === "last" && toks[i + 1]?.key === "night") ? 1 : 0;
      const dt = new Date(ref.getTime() - back * 86400000);
      const last = k === "this" || k === "last" ? i + 1 : i;
      mk(i, last, dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), "day", "relative");
      i = last;
    }
    return i;
  }
  // "a year ago today" (the anniversary's day), "two years ago" (the year)
  if ((k === "a" || k === "one" || k === "two" || k === "three") && (toks[i + 1]?.key === "year" || toks[i + 1]?.key === "years") && toks[i + 2]?.key === "ago") {
    if (ref) {
      const back = k === "a" || k === "one" ? 1 : k === "two" ? 2 : 3;
      const y = ref.getUTCFullYear() - back;
      if (toks[i + 3]?.key === "today") mk(i, i + 3, y, ref.getUTCMonth() + 1, ref.getUTCDate(), "day", "relative");
      else mk(i, i + 2, y, null, null, "year", "relative");
      i += toks[i + 3]?.key === "today" ? 3 : 2;
    }
    return i;
  }
  const wd = WEEKDAYS.get(k);
  if (wd !== undefined) {
    const c = t.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return i;
    if (ref) {
      const want = wd;
      let back = (ref.getUTCDay() - want + 7) % 7;
      const pk = toks[i - 1]?.key;
      if (pk === "last" && back === 0) back = 7;
      const dt = new Date(ref.getTime() - back * 86400000);
      let f = i, l = i;
      if (pk === "on" || pk === "last" || pk === "early" || pk === "late") f = i - 1;
      if (toks[i + 1] && PART_OF_DAY.has(toks[i + 1].key)) l = i + 1;
      // "On January 28, gunmen shot dead a man during Sunday mass": a weekly service, not the date, when the sentence
      // gives the day's date
      // (nor when the sentence counts weeks: "a week after ..., attacked a mosque ..., killing 40 during Friday prayers")
      if (SERVICE.has(toks[i + 1]?.key ?? "") && pk !== "on" && pk !== "last" && pk !== "this" &&
        // (nor when it gives the month: "In March last year, a suicide bombing ... killed over 60 worshippers during Friday prayers")
        // (nor when it counts days from an attack told before: "A day later, a blast during Friday prayers at a mosque ...")
        (out.some((d) => d.kind !== "relative" && d.m != null) || dayDateAhead(toks, i + 2) || toks.some((x) => x.key === "week" || x.key === "weeks") ||
          daysFromAnother(toks))) return i;
      // "Monday, Sept 5" — let the explicit date win
      if (toks[i + 1]?.text === "," && monthAt(toks[i + 2])) return i;
      // (also over another calendar's date or brackets: "on Wednesday, 4 Aban 1401 (26 October 2022)", "on Wednesday (Apr 21)")
      if (calendarDateAfter(toks, i)) return i;
      mk(f, l, dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), "day", "relative");
      i = l;
    }
    return i;
  }
  if ((k === "last" || k === "this" || k === "earlier" || k === "past") && ref) {
    const nk = toks[i + 1]?.key;
    const nk2 = toks[i + 2]?.key;
    const unit = k === "earlier" && nk === "this" ? nk2 : nk;
    const l = k === "earlier" && nk === "this" ? i + 2 : i + 1;
    const n0 = out.length;
    if (unit === "week") {
      const dt = new Date(ref.getTime() - (k === "last" ? 7 : 0) * 86400000);
      mk(i, l, dt.getUTCFullYear(), dt.getUTCMonth() + 1, null, "month", "relative");
      // ("Last week, a bombing at ... killed 31": not the day before the report, nor the report's own day)
      if (k === "last") out[out.length - 1].before = ref.getTime() - 2 * 86_400_000;
      i = l;
    } else if (unit === "month") {
      const y = ref.getUTCFullYear(), m = ref.getUTCMonth() + 1;
      const [yy, mm] = k === "last" ? (m === 1 ? [y - 1, 12] : [y, m - 1]) : [y, m];
      mk(i, l, yy, mm, null, "month", "relative");
      i = l;
    } else if (unit === "year") {
      mk(i, l, ref.getUTCFullYear() - (k === "last" ? 1 : 0), null, null, "year", "relative");
      i = l;
    }
    // ("Earlier this month, a gunman opened fire on ...": some day before the one the report is about)
    if (k === "earlier" && out.length > n0) out[n0].before = ref.getTime() - 86_400_000;
  }
  return i;
}

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/**
 * chrono-node fallback, only for a sentence with a month name followed by a digit that the scanner left unread
 * (rare forms such as "the night of Sept. 5-6"). Returns mentions with sentence-relative offsets shifted by `offset`.
 */
export function chronoFallback(sentence: string, offset: number, ref: Date | null): Array<{ start: number; end: number; y: number; m: number; d: number | null }> {
  if (!MONTH_WORD.test(sentence) || sentence.length > 600) return [];
  try {
    const res = chrono.parse(sentence, ref ?? undefined);
    const out = [];
    for (const r of res) {
      const c = r.start;
      if (!c.isCertain("month")) continue;
      const y = c.isCertain("year") ? c.get("year") : ref ? c.get("year") : null;
      if (y == null) continue;
      out.push({ start: offset + r.index, end: offset + r.index + r.text.length, y, m: c.get("month")!, d: c.isCertain("day") ? c.get("day") : null });
    }
    return out;
  } catch {
    return [];
  }
}
