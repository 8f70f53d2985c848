// One document with its text and mentions, for the reader.
import type { Store } from "./open-store.js";
import { readStoredMentions } from "./stored-mentions.js";
import type { DocumentSummary } from "./read-documents.js";
import { MAX_LEVEL, type Level } from "./tlp.js";

/** A document as listed (without its claim count), with its text. */
export interface DocumentRecord extends Omit<DocumentSummary, "claims"> {
  text: string;
}

export interface DocumentMention {
  kind: string;
  start: number;
  end: number;
  text: string;
  value: string;
}

/** By document id or name (the first match by name when several documents share it). */
export async function readDocument(store: Store, ref: string, level: Level = MAX_LEVEL): Promise<{ document: DocumentRecord; mentions: DocumentMention[] } | null> {
  const rows = await store.query<Record<string, unknown>>(
    `select id, name, title, outlet, url, to_char(published, 'YYYY-MM-DD') as published, tlp, reliability,
            to_char(ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as ingested_at, length(text)::int as chars, text, mentions
       from documents where (id = $1 or name = $1) and tlp_level <= $2 order by (id = $1) desc, ingested_at limit 1`,
    [ref, level],
  );
  if (!rows.length) return null;
  const r = rows[0];
  // Stored in text order (the extractor's); ordered by start for the reader, ties kept in that order.
  const text = String(r.text);
  const mentions = readStoredMentions(r.mentions, text).sort((a, b) => a.start - b.start);
  return {
    document: {
      id: String(r.id), name: String(r.name), title: (r.title as string) ?? null, outlet: (r.outlet as string) ?? null,
      url: (r.url as string) ?? null, published: (r.published as string) ?? null, tlp: String(r.tlp), reliability: String(r.reliability),
      ingestedAt: String(r.ingested_at), chars: Number(r.chars), text,
    },
    mentions: mentions.map((m) => ({ kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value })),
  };
}
