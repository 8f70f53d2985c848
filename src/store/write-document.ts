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
 * no string of the batch is built, measured or encoded there.
 */
export interface DocumentRows {
  id: string;
  /** The text's length, to bound a batch. */
  chars: number;
  /** The documents row, one JSON object (its mentions and full-text vector inside it). */
  document: Uint8Array;
  /** [entity id, JSON object] for each entity the document names. */
  entities: [string, string][];
  /** The rows of each table as JSON objects joined by commas (empty when there are none). */
  aliases: Uint8Array;
  claims: Uint8Array;
  evidence: Uint8Array;
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const objects = (rows: unknown[]) => utf8(rows.map((r) => JSON.stringify(r)).join(","));

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
  return {
    id,
    chars: doc.text.length,
    document: utf8(JSON.stringify({
      id, name: doc.name, content_hash: hash, title: doc.title, url: doc.url, outlet: doc.outlet, published: doc.published,
      published_source: doc.publishedSource, tlp: doc.tlp, reliability: doc.reliability, source_path: doc.sourcePath,
      format: doc.format, text: doc.text, mentions, tsv: documentTsvector(doc.title, doc.text),
    })),
    entities: linked.entities.map((e) => [e.id, JSON.stringify(e)]),
    aliases: objects(linked.aliases.map((a) => ({ entity_id: a.entityId, alias: a.alias, doc_id: a.docId, mentions: a.mentions }))),
    claims: objects(claimRows),
    evidence: objects(evidenceRows),
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

/** A JSON array of the given comma-separated object lists, as bytes. */
function jsonArray(parts: Uint8Array[]): Buffer {
  const pieces: Uint8Array[] = [OPEN];
  for (const p of parts) {
    if (!p.length) continue;
    if (pieces.length > 1) pieces.push(COMMA);
    pieces.push(p);
  }
  pieces.push(CLOSE);
  return Buffer.concat(pieces);
}

/** writeDocuments for rows already laid out (documentRows). */
export async function writeDocumentRows(store: Store, batch: DocumentRows[]): Promise<(string | null)[]> {
  if (!batch.length) return [];
  const entities = new Map<string, string>();
  for (const b of batch) for (const [id, row] of b.entities) entities.set(id, row);
  // ONE statement: atomic by itself, and one round trip. Rows of a document that already exists (same content,
  // written meanwhile by another process) are left out with it: "where doc_id in (select id from d)". Each
  // table's rows arrive as one bytea parameter holding a UTF-8 JSON array, sent in binary.
  const rows = await store.query<{ id: string }>(
    `with d as (
      insert into documents (id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions, tsv)
      select id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions, tsv
        from json_populate_recordset(null::documents, convert_from($1::bytea, 'UTF8')::json)
      on conflict do nothing
      returning id
    ), u as (
      insert into unresolved_documents (doc_id) select id from d
    ), e as (
      insert into entities (id, kind, name)
      select id, kind, name from json_populate_recordset(null::entities, $2::json)
      on conflict do nothing
    ), a as (
      insert into entity_aliases (entity_id, alias, doc_id, mentions)
      select x.entity_id, x.alias, x.doc_id, x.mentions from json_populate_recordset(null::entity_aliases, convert_from($3::bytea, 'UTF8')::json) x
       where x.doc_id in (select id from d)
    ), c as (
      insert into claims (id, doc_id, idx, kind, confidence, fields)
      select x.id, x.doc_id, x.idx, x.kind, x.confidence, x.fields
        from json_populate_recordset(null::claims, convert_from($4::bytea, 'UTF8')::json) x where x.doc_id in (select id from d)
    ), ev as (
      insert into evidence (claim_id, idx, doc_id, start, "end", text)
      select x.claim_id, x.idx, x.doc_id, x.start, x."end", x.text
        from json_populate_recordset(null::evidence, convert_from($5::bytea, 'UTF8')::json) x where x.doc_id in (select id from d)
    )
    select id from d`,
    [
      jsonArray(batch.map((b) => b.document)),
      `[${[...entities.values()].join(",")}]`,
      jsonArray(batch.map((b) => b.aliases)),
      jsonArray(batch.map((b) => b.claims)),
      jsonArray(batch.map((b) => b.evidence)),
    ],
  );
  const added = new Set(rows.map((r) => r.id));
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
