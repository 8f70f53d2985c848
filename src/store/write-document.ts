// Writes one document with its mentions, claims, evidence and entity links in ONE transaction:
// a crash leaves either the whole document or nothing of it.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Extraction } from "../extract/types.js";
import { entitiesForMentions } from "../resolve/mention-entities.js";
import type { Store } from "./open-store.js";
import { claims, documents, entities, entityAliases, evidence, mentions } from "./schema.js";
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

const CHUNK = 2000; // rows per INSERT: well under PostgreSQL's 65,535 parameters

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Inserts the document; returns its id, or null when a document with the same content already exists. */
export async function writeDocument(store: Store, doc: NewDocument, extraction: Extraction): Promise<string | null> {
  const hash = contentHash(doc.text);
  const id = documentId(hash);
  const linked = entitiesForMentions(extraction.mentions, id);
  return store.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(documents)
      .values({ id, contentHash: hash, ...doc })
      .onConflictDoNothing()
      .returning({ id: documents.id });
    if (inserted.length === 0) return null;

    await insertChunked(linked.entities, (chunk) => tx.insert(entities).values(chunk).onConflictDoNothing());
    await insertChunked(linked.aliases, (chunk) => tx.insert(entityAliases).values(chunk));
    await insertChunked(
      extraction.mentions.map((m, idx) => ({
        docId: id,
        idx,
        kind: m.kind,
        start: m.start,
        end: m.end,
        text: m.text,
        value: m.value,
        sentence: m.sentence ?? null,
        entityId: linked.mentionEntity[idx],
      })),
      (chunk) => tx.insert(mentions).values(chunk),
    );
    const claimRows = extraction.claims.map((c, idx) => ({
      id: `${id}-c${idx}`,
      docId: id,
      idx,
      kind: c.kind,
      confidence: c.confidence,
      fields: (c.event ?? c.quantity ?? c.relation ?? c.judgment ?? {}) as object,
    }));
    await insertChunked(claimRows, (chunk) => tx.insert(claims).values(chunk));
    const evidenceRows = extraction.claims.flatMap((c, ci) =>
      c.evidence.map((e, idx) => ({ claimId: `${id}-c${ci}`, idx, docId: id, start: e.start, end: e.end, text: e.text })),
    );
    await insertChunked(evidenceRows, (chunk) => tx.insert(evidence).values(chunk));
    return id;
  });
}

/** The content hashes already stored, to skip duplicates before extracting them. */
export async function knownContentHashes(store: Store): Promise<Set<string>> {
  const rows = await store.db.select({ h: documents.contentHash }).from(documents);
  return new Set(rows.map((r) => r.h));
}

export async function countDocuments(store: Store): Promise<number> {
  const [row] = await store.db.select({ n: sql<number>`count(*)::int` }).from(documents);
  return Number(row?.n ?? 0);
}
