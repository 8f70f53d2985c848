// Writes documents (their mentions inside them) with their claims, evidence and entity links. A batch of documents is ONE SQL
// statement (data-modifying CTEs, each table's rows passed as a single JSON parameter to json_populate_recordset):
// atomic, so a crash leaves each document whole or absent, never half of one; one round trip; no parameter limit;
// the same SQL on PGlite and on a PostgreSQL server.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Extraction } from "../extract/types.js";
import { entitiesForMentions } from "../resolve/mention-entities.js";
import type { Store } from "./open-store.js";
import { documents } from "./schema.js";
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

const json = (rows: unknown[]) => JSON.stringify(rows);

/**
 * Inserts the documents of a batch in one transaction. Returns, in input order, each document's id, or null
 * when a document with the same content already exists (it is skipped, not overwritten).
 */
export async function writeDocuments(store: Store, batch: DocumentToWrite[]): Promise<(string | null)[]> {
  if (!batch.length) return [];
  const ids = batch.map((b) => documentId(contentHash(b.doc.text)));
  const docRows = batch.map(({ doc }, i) => ({
    id: ids[i],
    name: doc.name,
    content_hash: contentHash(doc.text),
    title: doc.title,
    url: doc.url,
    outlet: doc.outlet,
    published: doc.published,
    published_source: doc.publishedSource,
    tlp: doc.tlp,
    reliability: doc.reliability,
    source_path: doc.sourcePath,
    format: doc.format,
    text: doc.text,
    mentions: [] as unknown[],
  }));
  const entityRows = new Map<string, { id: string; kind: string; name: string }>();
  const aliasRows: unknown[] = [];
  const claimRows: unknown[] = [];
  const evidenceRows: unknown[] = [];
  batch.forEach(({ extraction }, i) => {
    const id = ids[i];
    const linked = entitiesForMentions(extraction.mentions, id);
    for (const e of linked.entities) entityRows.set(e.id, e);
    for (const a of linked.aliases) aliasRows.push({ entity_id: a.entityId, alias: a.alias, doc_id: a.docId, mentions: a.mentions });
    docRows[i].mentions = extraction.mentions.map((m, idx) => {
      const entity = linked.mentionEntity[idx];
      return { kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value, ...(m.sentence === undefined ? {} : { sentence: m.sentence }), ...(entity ? { entity_id: entity } : {}) };
    });
    extraction.claims.forEach((c, idx) => {
      const claimId = `${id}-c${idx}`;
      claimRows.push({ id: claimId, doc_id: id, idx, kind: c.kind, confidence: c.confidence, fields: c.event ?? c.quantity ?? c.relation ?? c.judgment ?? {} });
      c.evidence.forEach((e, k) => evidenceRows.push({ claim_id: claimId, idx: k, doc_id: id, start: e.start, end: e.end, text: e.text }));
    });
  });
  // ONE statement: atomic by itself, and one round trip. Rows of a document that already exists (same content,
  // written meanwhile by another process) are left out with it: "where doc_id in (select id from d)".
  const result = await store.db.execute<{ id: string }>(sql`
    with d as (
      insert into documents (id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions)
      select id, name, content_hash, title, url, outlet, published, published_source, tlp, reliability, source_path, format, text, mentions
        from json_populate_recordset(null::documents, ${json(docRows)}::json)
      on conflict do nothing
      returning id
    ), u as (
      insert into unresolved_documents (doc_id) select id from d
    ), e as (
      insert into entities (id, kind, name)
      select id, kind, name from json_populate_recordset(null::entities, ${json([...entityRows.values()])}::json)
      on conflict do nothing
    ), a as (
      insert into entity_aliases (entity_id, alias, doc_id, mentions)
      select x.entity_id, x.alias, x.doc_id, x.mentions from json_populate_recordset(null::entity_aliases, ${json(aliasRows)}::json) x
       where x.doc_id in (select id from d)
    ), c as (
      insert into claims (id, doc_id, idx, kind, confidence, fields)
      select x.id, x.doc_id, x.idx, x.kind, x.confidence, x.fields
        from json_populate_recordset(null::claims, ${json(claimRows)}::json) x where x.doc_id in (select id from d)
    ), ev as (
      insert into evidence (claim_id, idx, doc_id, start, "end", text)
      select x.claim_id, x.idx, x.doc_id, x.start, x."end", x.text
        from json_populate_recordset(null::evidence, ${json(evidenceRows)}::json) x where x.doc_id in (select id from d)
    )
    select id from d`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows) as { id: string }[];
  const added = new Set(rows.map((r) => r.id));
  return ids.map((id) => (added.has(id) ? id : null));
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
