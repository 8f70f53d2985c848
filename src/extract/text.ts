// Hand-written tokenizer and sentence splitter. wink-nlp was measured at ~2.4 MB/s for sentence splitting alone on
// this machine, which would use the whole speed budget, so the extractor uses these linear scanners instead.
// Every regex here is linear: no nested quantifiers over overlapping classes.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** folded form used for matching: lower case, no diacritics, ’ → ', trailing possessive 's removed */
  key: string;
  /** true for a run of digits (with thousands separators / decimals) */
  num: boolean;
  /** true for a word (letters), false for punctuation and numbers */
  word: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** tokens[i].key, precomputed */
  keys: string[];
  /** true inside a trailing "Sources" / "References" list */
  biblio: boolean;
  /** paragraph index (blank-line separated blocks / lines) */
  para: number;
}

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower-case, strip diacritics and normalise apostrophes/dashes. Safe on any Unicode. */
export function fold(s: string): string {
  let t = s;
  let ascii = true;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 126) { ascii = false; break; }
  if (!ascii) {
    t = t.normalize("NFKD").replace(DIACRITICS, "").replace(/[’‘`´ʼ]/g, "'").replace(/[‐‑‒–—―]/g, "-");
  }
  return t.toLowerCase();
}

function keyOf(text: string): string {
  return withoutPossessive(fold(text));
}

/** A folded word without a trailing possessive 's or '. */
function withoutPossessive(k: string): string {
  const L = k.length;
  if (L > 2 && k.charCodeAt(L - 1) === 115 && k.charCodeAt(L - 2) === 39) k = k.slice(0, -2);
  else if (L > 1 && k.charCodeAt(L - 1) === 39) k = k.slice(0, -1);
  return k;
}

// Hand-written scanner (a regex with \p{..} classes was 2x slower):
//   number:  \d+(,\d{3})*(\.\d+)?
//   word:    letter (letter|mark|digit)* ( [-'’] (letter|mark|digit)+ )*  ( ['’] at a word end )?
//   other:   any single non-space character
const LETTER_CACHE = new Map<number, number>(); // code → 1 letter/mark, 2 space, 0 other
const LM_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;
function cls(c: number): number {
  // 1 = letter/mark, 3 = digit, 2 = space, 0 = other
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    if (c >= 48 && c <= 57) return 3;
    if (c === 32 || (c >= 9 && c <= 13)) return 2;
    return 0;
  }
  let v = LETTER_CACHE.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = LM_RE.test(ch) || (c >= 0xd800 && c <= 0xdfff) ? 1 : SPACE_RE.test(ch) ? 2 : 0;
    if (LETTER_CACHE.size < 50000) LETTER_CACHE.set(c, v);
  }
  return v;
}
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}
/** a-z, 0-9, - or ': characters that fold() leaves as they are. */
function isPlain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39;
}
function isApos(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    if (k === 2) { i++; continue; }
    const s = i;
    if (k === 3) {
      i++;
      while (i < n && cls(text.charCodeAt(i)) === 3) i++;
      // ,ddd groups
      while (i + 3 < n + 0 && text.charCodeAt(i) === 44 && cls(text.charCodeAt(i + 1)) === 3 && cls(text.charCodeAt(i + 2)) === 3 && cls(text.charCodeAt(i + 3)) === 3 && (i + 4 >= n || cls(text.charCodeAt(i + 4)) !== 3)) i += 4;
      if (i + 1 < n && text.charCodeAt(i) === 46 && cls(text.charCodeAt(i + 1)) === 3) {
        i++;
        while (i < n && cls(text.charCodeAt(i)) === 3) i++;
      }
      const t = text.slice(s, i);
      out.push({ start: offset + s, end: offset + i, text: t, key: t, num: true, word: false });
      continue;
    }
    if (k === 1) {
      // (plain: only a-z, 0-9, - and ' — the word is its own folded form, most words: no fold() call)
      let plain = isPlain(c);
      i++;
      for (;;) {
        while (i < n) {
          const cc = text.charCodeAt(i);
          const kk = cls(cc);
          if (kk === 1 || kk === 3) {
            if (plain && !isPlain(cc)) plain = false;
            i++;
          } else break;
        }
        if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
          const kk = cls(text.charCodeAt(i + 1));
          if (kk === 1) {
            if (plain && !(isPlain(text.charCodeAt(i)) && isPlain(text.charCodeAt(i + 1)))) plain = false;
            i += 2;
            continue;
          }
        }
        break;
      }
      // trailing apostrophe (plural possessive "militants'") when followed by space/end/punctuation
      if (i < n && isApos(text.charCodeAt(i))) {
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (cls(nx) === 2 || nx === 46 || nx === 44 || nx === 59 || nx === 58 || nx === 33 || nx === 63 || nx === 41) {
          if (plain && !isPlain(text.charCodeAt(i))) plain = false;
          i++;
        }
      }
      const t = text.slice(s, i);
      out.push({ start: offset + s, end: offset + i, text: t, key: plain ? withoutPossessive(t) : keyOf(t), num: false, word: true });
      continue;
    }
    // other: one character (a surrogate pair stays whole)
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = text.slice(s, i);
    out.push({ start: offset + s, end: offset + i, text: t, key: t, num: false, word: false });
  }
  return out;
}

const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "inc", "ltd",
  "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "rev", "fig", "approx",
  "u.s", "u.n", "u.k", "a.m", "p.m", "al", "mt", "ft", "km", "pp", "vol", "op", "cit", "ibid",
]);

const MAX_SENTENCE = 2000;
const BIBLIO_HEAD = /^\s*(?:sources|references|bibliography|notes|endnotes|works cited|further reading|related(?: articles| stories| posts)?|read more|see also)\s*:?\s*$/i;

/**
 * Split a document into sentences. Lines are hard boundaries (headlines, bylines, list items); inside a line a
 * sentence ends at . ! ? (optionally followed by a closing quote/bracket) followed by whitespace and an upper-case
 * letter, digit or quote — unless the word before the period is a known abbreviation or a single initial.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let biblio = false;
  let para = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length === 0) {
      para++;
    } else {
      if (BIBLIO_HEAD.test(line) && lineStart > n * 0.3) biblio = true;
      splitLine(text, lineStart, lineEnd, out, biblio, para);
      para++;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  out.forEach((s, i) => (s.index = i));
  return out;
}

function isUpperStart(ch: string): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (ch === '"' || ch === "“" || ch === "‘" || ch === "'" || ch === "(" || ch === "[") return true;
  if (c > 127) return ch !== ch.toLowerCase() || /\p{Lo}/u.test(ch);
  return false;
}

function splitLine(text: string, from: number, to: number, out: Sentence[], biblio: boolean, para: number): void {
  let s = from;
  // skip leading whitespace
  while (s < to && /\s/.test(text[s])) s++;
  let i = s;
  while (i < to) {
    // (by code: text[i] looked up a one-character string for every character of the text)
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      const ch = text[i];
      let j = i + 1;
      while (j < to && (text[j] === "." || text[j] === "!" || text[j] === "?" || text[j] === '"' || text[j] === "”" || text[j] === "’" || text[j] === ")" || text[j] === "'")) j++;
      if (j < to && (text[j] === " " || text[j] === "\t" || text[j] === "\u00a0")) {
        let k = j;
        while (k < to && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
        if (k < to && isUpperStart(text[k]) && !(ch === "." && isAbbrevBefore(text, s, i))) {
          push(text, s, j, out, biblio, para);
          s = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    if (i - s >= MAX_SENTENCE) {
      // cap the work per sentence: cut an over-long run at the last space
      let cut = text.lastIndexOf(" ", i);
      if (cut <= s + MAX_SENTENCE / 2) cut = i;
      push(text, s, cut, out, biblio, para);
      s = cut;
      while (s < to && /\s/.test(text[s])) s++;
      i = s;
      continue;
    }
    i++;
  }
  if (s < to) push(text, s, to, out, biblio, para);
}

function isAbbrevBefore(text: string, sentStart: number, dot: number): boolean {
  let k = dot - 1;
  while (k >= sentStart && /[\p{L}.]/u.test(text[k])) k--;
  const w = text.slice(k + 1, dot).toLowerCase();
  if (w.length === 0) return false;
  // (a letter hyphened to a word is the end of a name, not an initial: "... claimed by ISIS-K. In May ...")
  if (w.length === 1 && (text[k] === "-" || text[k] === "‐") && k > sentStart && /\p{L}/u.test(text[k - 1])) return false;
  if (w.length === 1 && /[a-z]/.test(w)) return true; // initial "D." (but not after a digit)
  return ABBREV.has(w);
}

function push(text: string, start: number, end: number, out: Sentence[], biblio: boolean, para: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e <= start) return;
  const t = text.slice(start, e);
  const tokens = tokenize(t, start);
  out.push({ index: 0, start, end: e, text: t, tokens, keys: tokens.map((x) => x.key), biblio, para });
}

// ---------------------------------------------------------------------------------------------------------------
// Phrase matcher over tokens (longest match), used for actors, persons, lexicons.

export interface PhraseEntry<T> {
  keys: string[];
  /** exact original-case tokens required (acronyms like "IS", "TIP", "US") */
  exact: string[] | null;
  value: T;
}

export interface PhraseHit<T> {
  first: number; // token index
  last: number; // token index (inclusive)
  start: number;
  end: number;
  value: T;
}

/**
 * Which of several phrase matchers have a phrase that opens with a given token key, as one bit per matcher: a sentence's
 * tokens are looked up once for all of them (starts()), and each matcher skips the tokens that open none of its phrases.
 */
export class PhraseStarts {
  private readonly bits = new Map<string, number>();
  private used = 0;

  /** The bit of one more matcher (at most eight share a registry). */
  newBit(): number {
    if (this.used >= 8) throw new Error("at most eight phrase matchers share one PhraseStarts");
    return 1 << this.used++;
  }

  mark(key: string, bit: number): void {
    this.bits.set(key, (this.bits.get(key) ?? 0) | bit);
  }

  /** For each token, the bits of the matchers that have a phrase opening with it. */
  of(tokens: Token[]): Uint8Array {
    const out = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.bits.get(tokens[i].key) ?? 0;
    return out;
  }
}

export class PhraseMatcher<T> {
  private byFirst = new Map<string, PhraseEntry<T>[]>();
  private readonly bit: number;

  /** `starts`: a registry shared with other matchers, whose starts() a caller may pass to match(). */
  constructor(private readonly starts?: PhraseStarts) {
    this.bit = starts ? starts.newBit() : 0;
  }

  add(phrase: string, value: T, caseSensitive?: boolean): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    const keys = toks.map((t) => t.key);
    const cs = caseSensitive ?? isAcronym(phrase);
    const entry: PhraseEntry<T> = { keys, exact: cs ? toks.map((t) => t.text.replace(/['’]s$/, "")) : null, value };
    let list = this.byFirst.get(keys[0]);
    if (!list) this.byFirst.set(keys[0], (list = []));
    this.starts?.mark(keys[0], this.bit);
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * All non-overlapping longest matches, left to right. `starts`: the shared registry's starts() of these tokens
   * (the registry this matcher was built with), to skip the tokens that open none of its phrases without a lookup.
   */
  match(tokens: Token[], from = 0, to = tokens.length, starts?: Uint8Array): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const bit = starts && this.starts ? this.bit : 0;
    let i = from;
    while (i < to) {
      if (bit && (starts![i] & bit) === 0) {
        i++;
        continue;
      }
      const list = this.byFirst.get(tokens[i].key);
      let hit: PhraseHit<T> | null = null;
      if (list) {
        for (const e of list) {
          const L = e.keys.length;
          if (i + L > to) continue;
          let ok = true;
          for (let k = 0; k < L; k++) {
            const tk = tokens[i + k];
            if (tk.key !== e.keys[k]) { ok = false; break; }
            if (e.exact && tk.text.replace(/['’]s$/, "") !== e.exact[k]) { ok = false; break; }
          }
          if (ok) {
            hit = { first: i, last: i + L - 1, start: tokens[i].start, end: tokens[i + L - 1].end, value: e.value };
            break;
          }
        }
      }
      if (hit) {
        out.push(hit);
        i = hit.last + 1;
      } else i++;
    }
    return out;
  }
}

function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}
