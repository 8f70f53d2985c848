// The stored form of a document's mentions (documents.mentions): one JSON array per document, each mention an
// array [kind, start, end, value, sentence, entity_id] with trailing nulls left out. The mention's text is not
// stored: it is the document's text between start and end (JavaScript string offsets), sliced when read.
import type { Mention } from "../extract/types.js";

export type StoredMention = [kind: string, start: number, end: number, value: string, sentence?: number | null, entityId?: string];

/** The stored form of the extractor's mentions; entityIds[i] is mention i's entity, if any. */
export function storedMentions(mentions: Mention[], entityIds: (string | null | undefined)[]): StoredMention[] {
  return mentions.map((m, i) => {
    const entity = entityIds[i];
    if (entity) return [m.kind, m.start, m.end, m.value, m.sentence ?? null, entity];
    if (m.sentence !== undefined) return [m.kind, m.start, m.end, m.value, m.sentence];
    return [m.kind, m.start, m.end, m.value];
  });
}

export interface ReadMention {
  kind: string;
  start: number;
  end: number;
  text: string;
  value: string;
  entityId: string | null;
}

/** The mentions of a document read back, with their text sliced from the document's text. */
export function readStoredMentions(stored: unknown, text: string): ReadMention[] {
  if (!Array.isArray(stored)) return [];
  const out: ReadMention[] = [];
  for (const m of stored) {
    if (!Array.isArray(m) || m.length < 4) continue;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) continue;
    out.push({ kind: String(m[0]), start, end, text: text.slice(start, end), value: String(m[3]), entityId: typeof m[5] === "string" ? m[5] : null });
  }
  return out;
}
