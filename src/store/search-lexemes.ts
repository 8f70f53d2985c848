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
 * A lexeme while a document's vector is built: its quoted form, and its positions in the document being built
 * (`doc` says which; a stale one is reset on first use). One record per lexeme, reached from every word that stems
 * to it, so a word costs one map lookup, not one for its lexeme and another for the document's positions.
 */
interface LexemeSlot {
  quoted: string;
  /** the lexeme as UTF-8 bytes and a NUL, as PostgreSQL's binary tsvector gives it */
  bytes: Buffer;
  doc: number;
  positions: number[];
}
const slots = new Map<string, LexemeSlot | null>();
const slotByLexeme = new Map<string, LexemeSlot>();
let docNumber = 0;

/** The slot of a word part's lexeme, or null for a stop word. */
function slotOf(part: string): LexemeSlot | null {
  const cached = slots.get(part);
  if (cached !== undefined) return cached;
  const lexeme = lexemeOf(part);
  let slot: LexemeSlot | null = null;
  if (lexeme) {
    slot = slotByLexeme.get(lexeme) ?? null;
    if (!slot) {
      slot = newSlot(lexeme);
      if (slotByLexeme.size < 200_000) slotByLexeme.set(lexeme, slot);
    }
  }
  if (slots.size < 200_000) slots.set(part, slot);
  return slot;
}

const newSlot = (lexeme: string): LexemeSlot => ({ quoted: quote(lexeme), bytes: Buffer.from(`${lexeme}\0`, "utf8"), doc: -1, positions: [] });

/** The tsvector of a document, as PostgreSQL's text form ('lexeme':1,4 …). */
export function documentTsvector(title: string | null, text: string): string {
  let out = "";
  for (const slot of documentLexemes(title, text)) out += `${out ? " " : ""}${slot.quoted}:${slot.positions.join(",")}`;
  return out;
}

/**
 * The tsvector of a document in PostgreSQL's binary form (tsvectorsend: int32 count, then per lexeme its bytes and a
 * NUL, uint16 count of positions, uint16 each), which the database takes without parsing text: a parameter of type
 * tsvector[] (text-arrays.ts). Lexemes in the order they first occur; the database sorts them.
 */
export function documentTsvectorBinary(title: string | null, text: string): Uint8Array {
  const slots = documentLexemes(title, text);
  let size = 4;
  for (const slot of slots) size += slot.bytes.length + 2 + 2 * slot.positions.length;
  const out = Buffer.allocUnsafe(size);
  let o = out.writeInt32BE(slots.length, 0);
  for (const slot of slots) {
    o += slot.bytes.copy(out, o);
    o = out.writeUInt16BE(slot.positions.length, o);
    for (const p of slot.positions) o = out.writeUInt16BE(p, o);
  }
  return out;
}

/** The lexemes of a document with their positions (valid until the next call), in the order they first occur. */
function documentLexemes(title: string | null, text: string): LexemeSlot[] {
  const doc = ++docNumber;
  // the lexemes in the order they first occur, as PostgreSQL's text form lists them after its own sort: any order is read
  const order: LexemeSlot[] = [];
  const add = (slot: LexemeSlot, at: number) => {
    if (slot.doc !== doc) {
      slot.doc = doc;
      slot.positions = [at];
      order.push(slot);
      return;
    }
    const list = slot.positions;
    if (list.length < MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== at) list.push(at);
  };
  let pos = 0;
  // match() with /g returns the words alone: no match object per word, about twice as fast as an exec loop.
  const words = fold(`${(title ?? "").slice(0, 2000)} ${text.slice(0, INDEXED_CHARS)}`).match(WORD) ?? [];
  for (const raw of words) {
    if (!raw.includes("-")) {
      pos++;
      const slot = slotOf(raw);
      if (slot) add(slot, pos < MAX_POSITION ? pos : MAX_POSITION);
      continue;
    }
    // "IS-K": the whole at the first part's position, and each part.
    if (raw.length <= MAX_WORD) add(compoundSlot(raw.includes("’") ? raw.replace(/’/g, "'") : raw), Math.min(pos + 1, MAX_POSITION));
    for (const part of raw.split("-")) {
      pos++;
      const slot = slotOf(part);
      if (slot) add(slot, Math.min(pos, MAX_POSITION));
    }
  }
  return order;
}

/** The slot of a hyphenated word kept whole ("is-k"): the word itself is the lexeme. */
function compoundSlot(word: string): LexemeSlot {
  let slot = slotByLexeme.get(word);
  if (!slot) {
    slot = newSlot(word);
    if (slotByLexeme.size < 200_000) slotByLexeme.set(word, slot);
  }
  return slot;
}

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
