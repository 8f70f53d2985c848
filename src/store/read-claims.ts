// Reads claims with their document and evidence, in document then claim order.
import type { ClaimKind, Span } from "../extract/types.js";
import type { Store } from "./open-store.js";

export interface StoredClaim {
  id: string;
  kind: ClaimKind;
  docId: string;
  doc: string;
  docTitle: string | null;
  published: string | null;
  confidence: number;
  fields: Record<string, unknown>;
  evidence: Span[];
  /** The resolved event an event claim belongs to. */
  eventId: string | null;
}

export interface ClaimFilter {
  /** Document name (file name without extension) or document id. */
  doc?: string;
  kind?: string;
  /** Only these claims. */
  ids?: string[];
  limit?: number;
}

export async function readClaims(store: Store, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.doc) {
    params.push(filter.doc);
    where.push(`(d.name = $${params.length} or d.id = $${params.length})`);
  }
  if (filter.ids) {
    params.push(filter.ids);
    where.push(`c.id = any($${params.length}::text[])`);
  }
  if (filter.kind) {
    params.push(filter.kind);
    where.push(`c.kind = $${params.length}`);
  }
  const limit = filter.limit ? `limit ${Math.max(1, Math.floor(filter.limit))}` : "";
  const rows = await store.query<{
    id: string; kind: ClaimKind; doc_id: string; name: string; title: string | null; published: string | null;
    confidence: number; fields: Record<string, unknown> | string; evidence: Span[] | string; event_id: string | null;
  }>(
    `select c.id, c.kind, c.doc_id, d.name, d.title, to_char(d.published, 'YYYY-MM-DD') as published, c.confidence, c.fields, ec.event_id,
            coalesce((select json_agg(json_build_object('start', e.start, 'end', e."end", 'text', e.text) order by e.idx)
                      from evidence e where e.claim_id = c.id), '[]'::json) as evidence
       from claims c join documents d on d.id = c.doc_id left join event_claims ec on ec.claim_id = c.id
      ${where.length ? `where ${where.join(" and ")}` : ""}
      order by d.name, d.id, c.idx ${limit}`,
    params,
  );
  const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    docId: r.doc_id,
    doc: r.name,
    docTitle: r.title,
    published: r.published,
    confidence: Number(r.confidence),
    fields: json(r.fields),
    evidence: json(r.evidence),
    eventId: r.event_id ?? null,
  }));
}
