// Writes documents (their mentions inside them) with their claims, evidence and entity links. A batch of documents is ONE SQL
// statement (data-modifying CTEs, each column of each table passed as one binary text[] parameter and unnested):
// atomic, so a crash leaves each document whole or absent, never half of one; one round trip; no parameter limit;
// the same SQL on PGlite and on a PostgreSQL server.
import { createHash } from "node:crypto";
import type { Extraction } from "../extract/types.js";
import { entitiesForMentions } from "../resolve/mention-entities.js";
import type { Store } from "./open-store.js";
import { documents } from "./schema.js";
import { documentTsvectorBinary } from "./search-lexemes.js";
import { storedMentions } from "./stored-mentions.js";
import { columnElements, textArrayPieces, unnestColumns, type Column, type ElementType } from "./text-arrays.js";
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

/** The columns written, table by table, in the order of their parameters (documents, entity_aliases, claims, evidence). */
const DOCUMENT_COLUMNS = ["id", "name", "content_hash", "title", "url", "outlet", "published", "published_source", "tlp", "reliability", "source_path", "format", "text", "mentions", "tsv"] as const;
const ALIAS_COLUMNS = ["entity_id", "alias", "doc_id", "mentions"] as const;
const CLAIM_COLUMNS = ["id", "doc_id", "idx", "kind", "confidence", "fields"] as const;
const EVIDENCE_COLUMNS = ["claim_id", "idx", "doc_id", "start", "end", "text"] as const;
const TABLE_COLUMNS = [DOCUMENT_COLUMNS, ALIAS_COLUMNS, CLAIM_COLUMNS, EVIDENCE_COLUMNS] as const;
/** The full-text vector goes in binary (search-lexemes.ts): the database takes it without parsing its text form. */
const DOCUMENT_TYPES: Partial<Record<string, ElementType>> = { tsv: "tsvector" };

/**
 * One document's rows for every table, as the elements of the text[] parameters they are sent in, one per column
 * (text-arrays.ts). Built where the extraction ran (a worker thread during an ingest), so that the thread holding the
 * database only joins the bytes of a batch and sends them as they are: no string of the batch is built, measured or
 * encoded there. They are laid out one column after the other in ONE buffer of their own, which a worker hands over
 * to the main thread without a copy (ingest/prepare-worker.ts).
 */
export interface DocumentRows {
  id: string;
  /** The text's length, to bound a batch. */
  chars: number;
  /** Each column's elements in turn: the documents row's 15 columns, then those of entity_aliases, claims and evidence. */
  bytes: Uint8Array;
  /** Where, in `bytes`, each column's elements end (31 offsets, in the order of `bytes`). */
  ends: number[];
  /** The rows of documents (1), entity_aliases, claims and evidence. */
  counts: [number, number, number, number];
  /** [entity id, JSON object] for each entity the document names. */
  entities: [string, string][];
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const num = (n: number) => String(n);

/** `hash`: the text's content hash, when the caller already has it. */
export function documentRows({ doc, extraction }: DocumentToWrite, hash = contentHash(doc.text)): DocumentRows {
  const id = documentId(hash);
  const linked = entitiesForMentions(extraction.mentions, id);
  const mentions = storedMentions(extraction.mentions, linked.mentionEntity);
  // (the columns filled by plain loops, each an array of strings: the closures and the arrays of mixed elements that
  // map() and forEach() built here were "wrong map" deoptimisations, five compiles of this function per thread)
  const columns: Column[] = [
    [id], [doc.name], [hash], [doc.title], [doc.url], [doc.outlet], [doc.published], [doc.publishedSource], [doc.tlp], [doc.reliability],
    [doc.sourcePath], [doc.format], [doc.text], [JSON.stringify(mentions)], [documentTsvectorBinary(doc.title, doc.text)],
  ];
  const aliasEntity: string[] = [];
  const aliasText: string[] = [];
  const aliasDoc: string[] = [];
  const aliasMentions: string[] = [];
  for (const a of linked.aliases) {
    aliasEntity.push(a.entityId);
    aliasText.push(a.alias);
    aliasDoc.push(a.docId);
    aliasMentions.push(num(a.mentions));
  }
  const claimId: string[] = [];
  const claimDoc: string[] = [];
  const claimIdx: string[] = [];
  const claimKind: string[] = [];
  const claimConfidence: string[] = [];
  const claimFields: string[] = [];
  const evClaim: string[] = [];
  const evIdx: string[] = [];
  const evDoc: string[] = [];
  const evStart: string[] = [];
  const evEnd: string[] = [];
  const evText: string[] = [];
  const claims = extraction.claims;
  for (let idx = 0; idx < claims.length; idx++) {
    const c = claims[idx];
    const cid = `${id}-c${idx}`;
    claimId.push(cid);
    claimDoc.push(id);
    claimIdx.push(num(idx));
    claimKind.push(c.kind);
    claimConfidence.push(num(c.confidence));
    claimFields.push(JSON.stringify(c.event ?? c.quantity ?? c.relation ?? c.judgment ?? {}));
    const evidence = c.evidence;
    for (let k = 0; k < evidence.length; k++) {
      const e = evidence[k];
      evClaim.push(cid);
      evIdx.push(num(k));
      evDoc.push(id);
      evStart.push(num(e.start));
      evEnd.push(num(e.end));
      evText.push(e.text);
    }
  }
  columns.push(aliasEntity, aliasText, aliasDoc, aliasMentions);
  columns.push(claimId, claimDoc, claimIdx, claimKind, claimConfidence, claimFields);
  columns.push(evClaim, evIdx, evDoc, evStart, evEnd, evText);
  const { bytes, ends } = columnElements(columns);
  const entities: [string, string][] = [];
  for (const e of linked.entities) entities.push([e.id, JSON.stringify(e)]);
  return { id, chars: doc.text.length, bytes, ends, counts: [1, linked.aliases.length, claims.length, evClaim.length], entities };
}

/** The text[] parameters of a batch, one per column of `TABLE_COLUMNS`, each the documents' elements in batch order. */
function batchColumns(batch: DocumentRows[]): Uint8Array[][] {
  const params: Uint8Array[][] = [];
  let c = 0;
  TABLE_COLUMNS.forEach((columns, t) => {
    const count = batch.reduce((n, b) => n + b.counts[t], 0);
    for (let k = 0; k < columns.length; k++, c++) {
      const runs = batch.map((b) => b.bytes.subarray(c ? b.ends[c - 1] : 0, b.ends[c]));
      params.push(textArrayPieces(count, runs, (t === 0 && DOCUMENT_TYPES[columns[k]]) || "text"));
    }
  });
  return params;
}

/**
 * Inserts the documents of a batch in one transaction. Returns, in input order, each document's id, or null
 * when a document with the same content already exists (it is skipped, not overwritten).
 */
export async function writeDocuments(store: Store, batch: DocumentToWrite[]): Promise<(string | null)[]> {
  return writeDocumentRows(store, batch.map((b) => documentRows(b)));
}

// ONE statement: atomic by itself, and one round trip. Rows of a document that already exists (same content,
// written meanwhile by another process) are left out with it: "where doc_id in (select id from d)". Each column
// arrives as a text[] parameter in binary (text-arrays.ts) and is cast here to its type; the entities, few and
// mostly known already, as one JSON array.
const ALIAS_FIRST = DOCUMENT_COLUMNS.length + 1;
const CLAIM_FIRST = ALIAS_FIRST + ALIAS_COLUMNS.length;
const EVIDENCE_FIRST = CLAIM_FIRST + CLAIM_COLUMNS.length;
const ENTITIES = EVIDENCE_FIRST + EVIDENCE_COLUMNS.length;
const WRITE_DOCUMENTS = `with d as (
      insert into documents (id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions, tsv)
      select x.id, x.name, x.content_hash, x.title, x.url, x.outlet, x.published::date, x.published_source, x.tlp, x.reliability, x.source_path,
             x.format, x.text, x.mentions::json, x.tsv
        from ${unnestColumns(DOCUMENT_COLUMNS, 1, DOCUMENT_TYPES)}
      on conflict do nothing
      returning id
    ), u as (
      insert into unresolved_documents (doc_id) select id from d
    ), e as (
      insert into entities (id, kind, name)
      select id, kind, name from json_populate_recordset(null::entities, convert_from($${ENTITIES}, 'UTF8')::json)
      on conflict do nothing
    ), a as (
      insert into entity_aliases (entity_id, alias, doc_id, mentions)
      select x.entity_id, x.alias, x.doc_id, x.mentions::int from ${unnestColumns(ALIAS_COLUMNS, ALIAS_FIRST)}
       where x.doc_id in (select id from d)
    ), c as (
      insert into claims (id, doc_id, idx, kind, confidence, fields)
      select x.id, x.doc_id, x.idx::int, x.kind, x.confidence::real, x.fields::jsonb
        from ${unnestColumns(CLAIM_COLUMNS, CLAIM_FIRST)} where x.doc_id in (select id from d)
    ), ev as (
      insert into evidence (claim_id, idx, doc_id, start, "end", text)
      select x.claim_id, x.idx::int, x.doc_id, x.start::int, x."end"::int, x.text
        from ${unnestColumns(EVIDENCE_COLUMNS, EVIDENCE_FIRST)} where x.doc_id in (select id from d)
    )
    select id from d`;

/** writeDocuments for rows already laid out (documentRows). */
export async function writeDocumentRows(store: Store, batch: DocumentRows[]): Promise<(string | null)[]> {
  if (!batch.length) return [];
  const entities = new Map<string, string>();
  for (const b of batch) for (const [id, row] of b.entities) entities.set(id, row);
  const rows = await store.queryPieces("watchfloor_write_documents", WRITE_DOCUMENTS, [
    ...batchColumns(batch),
    [utf8(`[${[...entities.values()].join(",")}]`)],
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
