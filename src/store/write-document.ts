// Writes documents (their mentions inside them) with their claims, evidence and entity links. A batch of documents is ONE SQL
// statement (data-modifying CTEs, each table's rows passed as a single JSON parameter to json_populate_recordset):
// atomic, so a crash leaves each document whole or absent, never half of one; one round trip; no parameter limit;
// the same SQL on PGlite and on a PostgreSQL server.
import { createHash } from "node:crypto";
import type { Extraction } from "../extract/types.js";
import { entitiesForMentions } from "../resolve/mention-entities.js";
import type { Store } from "./open-store.js";
import { documents } from "./schema.js";
import { documentTsvector } from "./search-lexemes.js";
import { storedMentions } from "./stored-mentions.js";
import type { Reliability, Tlp } from "./schema.js";

export interface NewDocument {
  name: string;
  text: string;
  format: string;
  sourcePath: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  publishedSource: "metadata" | "byline" | null;
  tlp: Tlp;
  reliability: Reliability;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function documentId(hash: string): string {
  return `d${hash.slice(0, 16)}`;
}

export interface DocumentToWrite {
  doc: NewDocument;
  extraction: Extraction;
}

/**
 * One document's rows for every table, as UTF-8 JSON. Built where the extraction ran (a worker thread during an
 * ingest), so that the thread holding the database only joins the bytes of a batch and sends them as they are:
 * no string of the batch is built, measured or encoded there. The rows are laid out one table after the other in
 * ONE buffer of their own, which a worker hands over to the main thread without a copy (ingest/prepare-worker.ts).
 */
export interface DocumentRows {
  id: string;
  /** The text's length, to bound a batch. */
  chars: number;
  /**
   * The documents row (one JSON object, its mentions and full-text vector inside it), then the rows of
   * entity_aliases, claims and evidence, each table's as JSON objects joined by commas (empty when there are none).
   */
  bytes: Uint8Array;
  /** Where, in `bytes`, the documents row and the rows of entity_aliases, claims and evidence end. */
  ends: [number, number, number, number];
  /** [entity id, JSON object] for each entity the document names. */
  entities: [string, string][];
}

/** The part of `rows.bytes` that holds table `t`: 0 documents, 1 entity_aliases, 2 claims, 3 evidence. */
export function rowsOf(rows: DocumentRows, t: 0 | 1 | 2 | 3): Uint8Array {
  return rows.bytes.subarray(t ? rows.ends[t - 1] : 0, rows.ends[t]);
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const objects = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join(",");

/** The given strings encoded as UTF-8 one after the other in a buffer that holds nothing else, and where each ends. */
function laidOut(parts: [string, string, string, string]): { bytes: Uint8Array; ends: [number, number, number, number] } {
  const lengths = parts.map((p) => Buffer.byteLength(p, "utf8"));
  // Its own ArrayBuffer (not a slice of Node's shared pool), so that it can be transferred.
  const bytes = Buffer.allocUnsafeSlow(lengths.reduce((a, b) => a + b, 0));
  const ends = [0, 0, 0, 0] as [number, number, number, number];
  let o = 0;
  parts.forEach((p, i) => {
    o += bytes.write(p, o, lengths[i], "utf8");
    ends[i] = o;
  });
  return { bytes, ends };
}

/** `hash`: the text's content hash, when the caller already has it. */
export function documentRows({ doc, extraction }: DocumentToWrite, hash = contentHash(doc.text)): DocumentRows {
  const id = documentId(hash);
  const linked = entitiesForMentions(extraction.mentions, id);
  const mentions = storedMentions(extraction.mentions, linked.mentionEntity);
  const claimRows: unknown[] = [];
  const evidenceRows: unknown[] = [];
  extraction.claims.forEach((c, idx) => {
    const claimId = `${id}-c${idx}`;
    claimRows.push({ id: claimId, doc_id: id, idx, kind: c.kind, confidence: c.confidence, fields: c.event ?? c.quantity ?? c.relation ?? c.judgment ?? {} });
    c.evidence.forEach((e, k) => evidenceRows.push({ claim_id: claimId, idx: k, doc_id: id, start: e.start, end: e.end, text: e.text }));
  });
  const document = JSON.stringify({
    id, name: doc.name, content_hash: hash, title: doc.title, url: doc.url, outlet: doc.outlet, published: doc.published,
    published_source: doc.publishedSource, tlp: doc.tlp, reliability: doc.reliability, source_path: doc.sourcePath,
    format: doc.format, text: doc.text, mentions, tsv: documentTsvector(doc.title, doc.text),
  });
  const aliases = objects(linked.aliases.map((a) => ({ entity_id: a.entityId, alias: a.alias, doc_id: a.docId, mentions: a.mentions })));
  return {
    id,
    chars: doc.text.length,
    ...laidOut([document, aliases, objects(claimRows), objects(evidenceRows)]),
    entities: linked.entities.map((e) => [e.id, JSON.stringify(e)]),
  };
}

/**
 * Inserts the documents of a batch in one transaction. Returns, in input order, each document's id, or null
 * when a document with the same content already exists (it is skipped, not overwritten).
 */
export async function writeDocuments(store: Store, batch: DocumentToWrite[]): Promise<(string | null)[]> {
  return writeDocumentRows(store, batch.map((b) => documentRows(b)));
}

const OPEN = Buffer.from("[");
const COMMA = Buffer.from(",");
const CLOSE = Buffer.from("]");

/** The pieces of a JSON array of the given comma-separated object lists. */
function jsonArray(parts: Uint8Array[]): Uint8Array[] {
  const pieces: Uint8Array[] = [OPEN];
  for (const p of parts) {
    if (!p.length) continue;
    if (pieces.length > 1) pieces.push(COMMA);
    pieces.push(p);
  }
  pieces.push(CLOSE);
  return pieces;
}

// ONE statement: atomic by itself, and one round trip. Rows of a document that already exists (same content,
// written meanwhile by another process) are left out with it: "where doc_id in (select id from d)". Each
// table's rows arrive as one bytea parameter holding a UTF-8 JSON array, sent in binary.
const WRITE_DOCUMENTS = `with d as (
      insert into documents (id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions, tsv)
      select id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions, tsv
        from json_populate_recordset(null::documents, convert_from($1, 'UTF8')::json)
      on conflict do nothing
      returning id
    ), u as (
      insert into unresolved_documents (doc_id) select id from d
    ), e as (
      insert into entities (id, kind, name)
      select id, kind, name from json_populate_recordset(null::entities, convert_from($2, 'UTF8')::json)
      on conflict do nothing
    ), a as (
      insert into entity_aliases (entity_id, alias, doc_id, mentions)
      select x.entity_id, x.alias, x.doc_id, x.mentions from json_populate_recordset(null::entity_aliases, convert_from($3, 'UTF8')::json) x
       where x.doc_id in (select id from d)
    ), c as (
      insert into claims (id, doc_id, idx, kind, confidence, fields)
      select x.id, x.doc_id, x.idx, x.kind, x.confidence, x.fields
        from json_populate_recordset(null::claims, convert_from($4, 'UTF8')::json) x where x.doc_id in (select id from d)
    ), ev as (
      insert into evidence (claim_id, idx, doc_id, start, "end", text)
      select x.claim_id, x.idx, x.doc_id, x.start, x."end", x.text
        from json_populate_recordset(null::evidence, convert_from($5, 'UTF8')::json) x where x.doc_id in (select id from d)
    )
    select id from d`;

/** writeDocuments for rows already laid out (documentRows). */
export async function writeDocumentRows(store: Store, batch: DocumentRows[]): Promise<(string | null)[]> {
  if (!batch.length) return [];
  const entities = new Map<string, string>();
  for (const b of batch) for (const [id, row] of b.entities) entities.set(id, row);
  const rows = await store.queryPieces("watchfloor_write_documents", WRITE_DOCUMENTS, [
    jsonArray(batch.map((b) => rowsOf(b, 0))),
    [utf8(`[${[...entities.values()].join(",")}]`)],
    jsonArray(batch.map((b) => rowsOf(b, 1))),
    jsonArray(batch.map((b) => rowsOf(b, 2))),
    jsonArray(batch.map((b) => rowsOf(b, 3))),
  ]);
  const added = new Set(rows.map((r) => r[0]));
  return batch.map((b) => (added.has(b.id) ? b.id : null));
}

/** One document in its own transaction; null when the same content is already stored. */
export async function writeDocument(store: Store, doc: NewDocument, extraction: Extraction): Promise<string | null> {
  const [id] = await writeDocuments(store, [{ doc, extraction }]);
  return id;
}

/** The content hashes already stored, to skip duplicates before extracting them. */
export async function knownContentHashes(store: Store): Promise<Set<string>> {
  const rows = await store.db.select({ h: documents.contentHash }).from(documents);
  return new Set(rows.map((r) => r.h));
}

export async function countDocuments(store: Store): Promise<number> {
  const [row] = await store.query<{ n: number }>(`select count(*)::int as n from documents`);
  return Number(row?.n ?? 0);
}
