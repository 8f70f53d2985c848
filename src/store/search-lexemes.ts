// The full-text search vocabulary, built in JavaScript for both sides: the documents' tsvector (on the ingest's
// worker threads, where it costs the database nothing: PostgreSQL's to_tsvector was about 40% of a document's
// write) and the query's tsquery, from the same tokens and the same stems, so the two always agree.
//
// Tokens are runs of letters and digits; "IS-K", "Mazar-i-Sharif" are also kept whole. Words are lowercased,
// Latin diacritics folded ("Jalālābād" finds "Jalalabad"), English stop words dropped (PostgreSQL's list, so
// positions and phrases behave as in its 'english' configuration) and Latin words stemmed with Porter2, the
// algorithm of PostgreSQL's english_stem, so that its ts_headline highlights what this matched.
import porter2 from "wink-porter2-stemmer";

/** PostgreSQL's english.stop (the Snowball list). */
const STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it " +
    "its itself they them their theirs themselves what which who whom this that these those am is are was were be been " +
    "being have has had having do does did doing a an the and but if or because as until while of at by for with about " +
    "against between into through during before after above below to from up down in out on off over under again " +
    "further then once here there when where why how all any both each few more most other some such no nor not only " +
    "own same so than too very s t can will just don should now"
  ).split(" "),
);

/** What PostgreSQL accepts: positions 1..16383, at most 256 per lexeme; words longer than this are not indexed. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_WORD = 100;
/** The text indexed: the title and the first 200,000 characters (a tsvector is capped at 1 MB). */
export const INDEXED_CHARS = 200_000;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)*)*/gu;
const LATIN_WORD = /^[a-z']+$/;

/** Lexeme (or null for a stop word) by word part: news vocabulary repeats, and stemming is the costly step. */
const lexemes = new Map<string, string | null>();

/** The lexeme of one word part (already lowercased and folded), or null for a stop word. */
function lexemeOf(part: string): string | null {
  const cached = lexemes.get(part);
  if (cached !== undefined) return cached;
  const word = part.includes("’") ? part.replace(/’/g, "'") : part;
  let lexeme: string | null;
  if (STOP_WORDS.has(word) || word.length > MAX_WORD) lexeme = null;
  else if (!LATIN_WORD.test(word)) lexeme = word;
  else lexeme = porter2(word).replace(/'/g, "") || word;
  if (lexemes.size < 200_000) lexemes.set(part, lexeme);
  return lexeme;
}

function fold(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

interface Term {
  /** The parts' lexemes in order, null where a part is a stop word. */
  parts: (string | null)[];
  /** The whole hyphenated form ("is-k"), when the word has hyphens. */
  compound: string | null;
}

function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    const raw = m[0];
    const pieces = raw.split("-");
    out.push({ parts: pieces.map(lexemeOf), compound: pieces.length > 1 && raw.length <= MAX_WORD ? raw.replace(/’/g, "'") : null });
  }
  return out;
}

const quote = (lexeme: string) => (/['\\]/.test(lexeme) ? `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'` : `'${lexeme}'`);

/**
 * A lexeme while a document's vector is built: its quoted form, its bytes, and what the document being built holds
 * of it (`doc` says which; a stale one is reset on first use). One record per lexeme, reached from every word part
 * that stems to it.
 */
interface LexemeSlot {
  quoted: string;
  /** the lexeme as UTF-8 bytes and a NUL, as PostgreSQL's binary tsvector gives it */
  bytes: Buffer;
  doc: number;
  /** its positions in the document so far, and the last of them */
  count: number;
  last: number;
  /** where its next position is written in the binary vector */
  at: number;
}
const slotByLexeme = new Map<string, LexemeSlot>();
let docNumber = 0;

const newSlot = (lexeme: string): LexemeSlot => ({ quoted: quote(lexeme), bytes: Buffer.from(`${lexeme}\0`, "utf8"), doc: -1, count: 0, last: 0, at: 0 });

/** The slot of a lexeme, or null for a stop word's null. */
function slotOfLexeme(lexeme: string | null): LexemeSlot | null {
  if (!lexeme) return null;
  let slot = slotByLexeme.get(lexeme);
  if (!slot) {
    slot = newSlot(lexeme);
    if (slotByLexeme.size < 200_000) slotByLexeme.set(lexeme, slot);
  }
  return slot;
}

/**
 * Word part → slot, looked up by the part's characters in the text and a hash computed while scanning them: a
 * document's ~500 words cost no substring and no Map hashing each (the regex, its array of words and a Map.get per word
 * took ~8% of prepareReport's CPU profile before). Open addressing; a part absent here goes through lexemeOf once.
 */
class PartTable {
  private keys: string[] = [];
  private slots: (LexemeSlot | null)[] = [];
  private hashes = new Int32Array(0);
  private index = new Int32Array(0); // entry + 1, 0 = empty
  private mask = -1;

  constructor() {
    this.resize(1 << 14);
  }

  /** The slot of the part src[start, end), its characters lower-cased (ASCII only) when `lower`. */
  get(src: string, start: number, end: number, hash: number, lower: boolean): LexemeSlot | null {
    const len = end - start;
    for (let h = hash & this.mask; ; h = (h + 1) & this.mask) {
      const e = this.index[h] - 1;
      if (e < 0) break;
      if (this.hashes[e] !== hash) continue;
      const key = this.keys[e];
      if (key.length !== len) continue;
      let k = 0;
      while (k < len && key.charCodeAt(k) === charAt(src, start + k, lower)) k++;
      if (k === len) return this.slots[e];
    }
    const part = lower ? src.slice(start, end).toLowerCase() : src.slice(start, end);
    const slot = slotOfLexeme(lexemeOf(part));
    if (this.keys.length < 200_000) this.add(part, hash, slot);
    return slot;
  }

  private add(key: string, hash: number, slot: LexemeSlot | null): void {
    if (2 * (this.keys.length + 1) > this.index.length) this.resize(this.index.length * 2);
    const e = this.keys.length;
    this.keys.push(key);
    this.slots.push(slot);
    if (e >= this.hashes.length) {
      const grown = new Int32Array(Math.max(1024, 2 * this.hashes.length));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[e] = hash;
    this.place(e);
  }

  private place(e: number): void {
    let h = this.hashes[e] & this.mask;
    while (this.index[h] !== 0) h = (h + 1) & this.mask;
    this.index[h] = e + 1;
  }

  private resize(size: number): void {
    this.index = new Int32Array(size);
    this.mask = size - 1;
    for (let e = 0; e < this.keys.length; e++) this.place(e);
  }
}

const parts = new PartTable();

/** A character of the text as the vector reads it: ASCII letters lower-cased when `lower` (an ASCII text not yet folded). */
function charAt(src: string, i: number, lower: boolean): number {
  const c = src.charCodeAt(i);
  return lower && c >= 65 && c <= 90 ? c + 32 : c;
}

// Character classes of WORD, by UTF-16 code unit; a surrogate pair is read as its code point (the regex has the u flag).
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const CLASS_CACHE = new Map<number, number>();
const LETTER = 1;
const NUMBER = 2;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : 0));
const ASCII_LOWER = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/** LETTER, NUMBER or 0 for the code point at i; its length in code units is codeUnits(). */
function classAt(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c];
  const cp = c >= 0xd800 && c <= 0xdbff ? src.codePointAt(i)! : c;
  let v = CLASS_CACHE.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    v = LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : 0;
    if (CLASS_CACHE.size < 50_000) CLASS_CACHE.set(cp, v);
  }
  return v;
}

const codeUnits = (src: string, i: number) => (src.charCodeAt(i) >= 0xd800 && src.charCodeAt(i) <= 0xdbff && i + 1 < src.length && src.codePointAt(i)! > 0xffff ? 2 : 1);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The positions of a document's lexemes, as a list of (slot, position) in text order: reused from one document to
 * the next, so that a document allocates nothing per word.
 */
const occurrenceSlots: LexemeSlot[] = [];
let occurrencePositions = new Uint16Array(4096);
let occurrences = 0;

/** The tsvector of a document, as PostgreSQL's text form ('lexeme':1,4 …). */
export function documentTsvector(title: string | null, text: string): string {
  const order = documentLexemes(title, text);
  const positions = new Map<LexemeSlot, number[]>(order.map((slot) => [slot, []]));
  for (let k = 0; k < occurrences; k++) positions.get(occurrenceSlots[k])!.push(occurrencePositions[k]);
  let out = "";
  for (const slot of order) out += `${out ? " " : ""}${slot.quoted}:${positions.get(slot)!.join(",")}`;
  return out;
}

/**
 * The tsvector of a document in PostgreSQL's binary form (tsvectorsend: int32 count, then per lexeme its bytes and a
 * NUL, uint16 count of positions, uint16 each), which the database takes without parsing text: a parameter of type
 * tsvector[] (text-arrays.ts). Lexemes in the order they first occur; the database sorts them.
 */
export function documentTsvectorBinary(title: string | null, text: string): Uint8Array {
  const order = documentLexemes(title, text);
  let size = 4;
  for (const slot of order) size += slot.bytes.length + 2 + 2 * slot.count;
  const out = Buffer.allocUnsafe(size);
  let o = out.writeInt32BE(order.length, 0);
  // (bytes written one by one: Buffer's copy and write calls cost more than these few bytes each)
  for (const slot of order) {
    const bytes = slot.bytes;
    for (let b = 0; b < bytes.length; b++) out[o++] = bytes[b];
    out[o++] = slot.count >> 8;
    out[o++] = slot.count & 0xff;
    slot.at = o;
    o += 2 * slot.count;
  }
  // each lexeme's positions, in text order, into the room left for them
  for (let k = 0; k < occurrences; k++) {
    const slot = occurrenceSlots[k];
    const p = occurrencePositions[k];
    out[slot.at++] = p >> 8;
    out[slot.at++] = p & 0xff;
  }
  return out;
}

/** The lexemes of a document in the order they first occur; each slot's count and the occurrences valid until the next call. */
function documentLexemes(title: string | null, text: string): LexemeSlot[] {
  building = ++docNumber;
  // the lexemes in the order they first occur, as PostgreSQL's text form lists them after its own sort: any order is read
  order = [];
  occurrences = 0;
  // the title and the text as one string joined by a space (no word spans it): each read on its own, as a flat string
  const pos = scanWords((title ?? "").slice(0, 2000), 0);
  scanWords(text.slice(0, INDEXED_CHARS), pos);
  return order;
}

/** The document being built, and its lexemes in the order they first occur. */
let building = 0;
let order: LexemeSlot[] = [];

/** One more position of a lexeme in the document being built (none for a stop word). */
function add(slot: LexemeSlot | null, at: number): void {
  if (!slot) return;
  if (slot.doc !== building) {
    slot.doc = building;
    slot.count = 0;
    order.push(slot);
  } else if (slot.count >= MAX_POSITIONS_PER_LEXEME || slot.last === at) return;
  slot.count++;
  slot.last = at;
  if (occurrences === occurrencePositions.length) {
    const grown = new Uint16Array(2 * occurrences);
    grown.set(occurrencePositions);
    occurrencePositions = grown;
  }
  occurrenceSlots[occurrences] = slot;
  occurrencePositions[occurrences++] = at;
}

/** Adds the words of `piece` from position `pos` + 1 on; returns the last position given. */
function scanWords(piece: string, pos: number): number {
  // an ASCII text is read as it is, lower-cased character by character; any other is folded first (NFKD, marks dropped)
  const lower = isAscii(piece);
  const src = lower ? piece : fold(piece);
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] === 0 : classAt(src, i) === 0) {
      i += c < 128 ? 1 : codeUnits(src, i);
      continue;
    }
    // a word: segments of letters and digits (with 's, 'Brien: an apostrophe and letters) joined by hyphens ("IS-K")
    const wordStart = i;
    let segStart = i;
    let hash: number;
    let hyphens = false;
    let firstSlot: LexemeSlot | null = null;
    const wordPos = pos;
    for (;;) {
      // one segment: [\p{L}\p{N}]+ (['’]\p{L}+)*
      hash = hashRun(src, i, LETTER | NUMBER, lower, FNV_OFFSET);
      i = runEnd;
      while (i + 1 < n && isApostrophe(src.charCodeAt(i)) && classAt(src, i + 1) === LETTER) {
        hash = hashRun(src, i + 1, LETTER, lower, Math.imul(hash ^ src.charCodeAt(i), FNV_PRIME));
        i = runEnd;
      }
      const slot = parts.get(src, segStart, i, hash, lower);
      pos++;
      if (!hyphens) firstSlot = slot;
      else add(slot, Math.min(pos, MAX_POSITION));
      if (i + 1 < n && src.charCodeAt(i) === 45 && classAt(src, i + 1) !== 0) {
        if (!hyphens) {
          hyphens = true;
          // "IS-K": the whole at the first part's position, then each part (the first one's is known already)
          const end = wordEnd(src, i);
          if (end - wordStart <= MAX_WORD) {
            const whole = lower ? src.slice(wordStart, end).toLowerCase() : src.slice(wordStart, end);
            add(compoundSlot(whole.includes("’") ? whole.replace(/’/g, "'") : whole), Math.min(wordPos + 1, MAX_POSITION));
          }
          add(firstSlot, Math.min(pos, MAX_POSITION));
        }
        i++;
        segStart = i;
        continue;
      }
      break;
    }
    if (!hyphens) add(firstSlot, pos < MAX_POSITION ? pos : MAX_POSITION);
  }
  return pos;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Where the last hashRun stopped. */
let runEnd = 0;

/**
 * The hash, from `hash` on, of the run of characters of the classes `want` from i (ASCII letters lower-cased when
 * `lower`); sets runEnd. An ASCII character is read once, through a table.
 */
function hashRun(src: string, i: number, want: number, lower: boolean, hash: number): number {
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c < 128) {
      if ((ASCII_CLASS[c] & want) === 0) break;
      hash = Math.imul(hash ^ (lower ? ASCII_LOWER[c] : c), FNV_PRIME);
      i++;
      continue;
    }
    if ((classAt(src, i) & want) === 0) break;
    for (let u = codeUnits(src, i); u > 0; u--) hash = Math.imul(hash ^ src.charCodeAt(i++), FNV_PRIME);
  }
  runEnd = i;
  return hash;
}

/** Where the hyphenated word whose first hyphen is at i ends. */
function wordEnd(src: string, i: number): number {
  const n = src.length;
  while (i + 1 < n && src.charCodeAt(i) === 45 && classAt(src, i + 1) !== 0) {
    i++;
    while (i < n && classAt(src, i) !== 0) i += codeUnits(src, i);
    while (i + 1 < n && isApostrophe(src.charCodeAt(i)) && classAt(src, i + 1) === LETTER) {
      i++;
      while (i < n && classAt(src, i) === LETTER) i += codeUnits(src, i);
    }
  }
  return i;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The slot of a hyphenated word kept whole ("is-k"): the word itself is the lexeme. */
const compoundSlot = (word: string): LexemeSlot => slotOfLexeme(word)!;

/** One term of a query as tsquery text: a lexeme, a hyphenated compound, or its parts as a phrase. */
function termQuery(term: Term): string | null {
  if (term.compound) return quote(term.compound);
  return phrase(term.parts);
}

/** Lexemes in order as a phrase; stop words between them widen the distance, as in PostgreSQL. */
function phrase(parts: (string | null)[]): string | null {
  let out = "";
  let gap = 0;
  for (const lexeme of parts) {
    if (!lexeme) {
      if (out) gap++;
      continue;
    }
    out = out ? `${out} <${gap + 1}> ${quote(lexeme)}` : quote(lexeme);
    gap = 0;
  }
  return out ? (out.includes(" <") ? `(${out})` : out) : null;
}

/**
 * The tsquery text for a search in the syntax of websearch_to_tsquery: words (all must match), "a phrase",
 * OR between alternatives, -word to exclude. Null when nothing in it can match (only stop words or signs).
 */
export function webSearchTsquery(query: string): string | null {
  type Item = { op: "or" } | { text: string; not: boolean };
  const items: Item[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of query.slice(0, 500).matchAll(re)) {
    if (m[3] !== undefined) {
      const word = m[3];
      if (/^or$/i.test(word)) {
        items.push({ op: "or" });
        continue;
      }
      const not = word.startsWith("-");
      const terms = termsOf(not ? word.slice(1) : word);
      // "1,500" or "al-Qaeda's" in a query are one word: their parts must follow each other.
      const parts = terms.length === 1 ? termQuery(terms[0]) : phrase(terms.flatMap((t) => t.parts));
      if (parts) items.push({ text: parts, not });
    } else {
      // inside a phrase, a hyphenated word by its parts: they hold the consecutive positions the phrase counts on
      const parts = phrase(termsOf(m[2]).flatMap((t) => t.parts));
      if (parts) items.push({ text: parts, not: m[1] === "-" });
    }
  }
  // OR joins the two items beside it: "a b OR c" = a & (b | c).
  const groups: string[] = [];
  let pendingOr = false;
  for (const item of items) {
    if ("op" in item) {
      pendingOr = groups.length > 0;
      continue;
    }
    const text = item.not ? `!${item.text}` : item.text;
    if (pendingOr) groups[groups.length - 1] = `${groups[groups.length - 1]} | ${text}`;
    else groups.push(text);
    pendingOr = false;
  }
  if (!groups.length) return null;
  return groups.map((g) => (g.includes(" | ") ? `(${g})` : g)).join(" & ");
}
