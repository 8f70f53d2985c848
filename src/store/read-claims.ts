// Reads claims with their document and evidence, in document then claim order.
import type { ClaimKind, Span } from "../extract/types.js";
import type { Store } from "./open-store.js";
import { MAX_LEVEL, type Level } from "./tlp.js";

export interface StoredClaim {
  id: string;
  kind: ClaimKind;
  docId: string;
  doc: string;
  docTitle: string | null;
  published: string | null;
  /** The source document's TLP marking: the claim inherits it. */
  tlp: string;
  confidence: number;
  fields: Record<string, unknown>;
  evidence: Span[];
  /** The resolved event an event claim belongs to. */
  eventId: string | null;
  /** active, or rejected by an analyst (kept, but out of the picture). */
  status: "active" | "rejected";
  /** The latest analyst review, if any: what it did, the fields before it, who, when, why. */
  review: ClaimReview | null;
}

export interface ClaimReview {
  action: "reject" | "correct" | "restore";
  before: Record<string, unknown>;
  changes: Record<string, unknown> | null;
  reason: string;
  by: string;
  at: string;
}

export interface ClaimFilter {
  /** Document name (file name without extension) or document id. */
  doc?: string;
  kind?: string;
  /** Only these claims. */
  ids?: string[];
  /** Include claims an analyst rejected (default: only active claims). */
  includeRejected?: boolean;
  offset?: number;
  limit?: number;
  /** The reader's clearance: only claims of documents marked at this level or below (default: all). */
  level?: Level;
}

function claimWhere(filter: ClaimFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [filter.level ?? MAX_LEVEL];
  const where: string[] = [`d.tlp_level <= $1`];
  if (filter.doc) {
    params.push(filter.doc);
    where.push(`(d.name = $${params.length} or d.id = $${params.length})`);
  }
  if (filter.ids) {
    params.push(filter.ids);
    where.push(`c.id = any($${params.length}::text[])`);
  }
  if (!filter.includeRejected) where.push(`c.status = 'active'`);
  if (filter.kind) {
    params.push(filter.kind);
    where.push(`c.kind = $${params.length}`);
  }
  return { where, params };
}

export async function countClaims(store: Store, filter: ClaimFilter = {}): Promise<number> {
  const { where, params } = claimWhere(filter);
  const [row] = await store.query<{ n: number }>(
    `select count(*)::int as n from claims c join documents d on d.id = c.doc_id ${where.length ? `where ${where.join(" and ")}` : ""}`,
    params,
  );
  return Number(row?.n ?? 0);
}

export async function readClaims(store: Store, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
  const { where, params } = claimWhere(filter);
  const limit = `${filter.limit ? `limit ${Math.max(1, Math.floor(filter.limit))}` : ""}${filter.offset ? ` offset ${Math.max(0, Math.floor(filter.offset))}` : ""}`;
  const rows = await store.query<{
    id: string; kind: ClaimKind; doc_id: string; name: string; title: string | null; tlp: string; published: string | null;
    confidence: number; fields: Record<string, unknown> | string; evidence: Span[] | string; event_id: string | null; status: "active" | "rejected"; review: ClaimReview | string | null;
  }>(
    `select c.id, c.kind, c.doc_id, d.name, d.title, d.tlp, to_char(d.published, 'YYYY-MM-DD') as published, c.confidence, c.fields, ec.event_id, c.status,
            (select json_build_object('action', r.action, 'before', r.before, 'changes', r.changes, 'reason', r.reason, 'by', r."by",
                                      'at', to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
               from claim_reviews r where r.claim_id = c.id order by r.id desc limit 1) as review,
            coalesce((select json_agg(json_build_object('start', e.start, 'end', e."end", 'text', e.text) order by e.idx)
                      from evidence e where e.claim_id = c.id), '[]'::json) as evidence
       from claims c join documents d on d.id = c.doc_id left join event_claims ec on ec.claim_id = c.id and ec.level_min <= $1 and ec.level_max >= $1
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
    tlp: r.tlp,
    published: r.published,
    confidence: Number(r.confidence),
    fields: json(r.fields),
    evidence: json(r.evidence),
    eventId: r.event_id ?? null,
    status: r.status,
    review: r.review ? json(r.review) : null,
  }));
}

export interface ClaimEntity {
  /** The words of the mention ("IS-K"). */
  text: string;
  start: number;
  end: number;
  kind: "actor" | "person";
  /** The entity it resolves to, after merges. */
  entity_id: string;
}

/**
 * The actor and person mentions inside each claim's evidence, with the entities they resolve to (following merges):
 * what the claims export gives as `entities`.
 */
export async function claimEntities(store: Store, level: Level = MAX_LEVEL): Promise<Map<string, ClaimEntity[]>> {
  // A stored mention is [kind, start, end, value, sentence, entity_id] (stored-mentions.ts); its text is the
  // evidence's text at the same offsets, sliced here.
  const rows = await store.query<{ claim_id: string; ev_start: number; ev_text: string; start: number; end: number; kind: "actor" | "person"; entity_id: string }>(
    `with m as (
       select d.id as doc_id, x->>0 as kind, (x->>1)::int as start, (x->>2)::int as "end", x->>5 as entity_id
         from documents d cross join lateral json_array_elements(d.mentions) as x
        where d.tlp_level <= $1 and json_array_length(x) > 5 and x->>5 is not null)
     select e.claim_id, e.start as ev_start, e.text as ev_text, m.start, m."end", m.kind,
            coalesce(e3.id, e2.id, e1.id, m.entity_id) as entity_id
       from evidence e
       join m on m.doc_id = e.doc_id and m.start >= e.start and m."end" <= e."end"
       left join entities e0 on e0.id = m.entity_id
       left join entities e1 on e1.id = e0.merged_into
       left join entities e2 on e2.id = e1.merged_into
       left join entities e3 on e3.id = e2.merged_into
      order by e.claim_id, m.start`,
    [level],
  );
  const out = new Map<string, ClaimEntity[]>();
  for (const r of rows) {
    const list = out.get(r.claim_id) ?? [];
    const start = Number(r.start);
    const end = Number(r.end);
    const from = Number(r.ev_start);
    if (!list.some((x) => x.start === start)) list.push({ text: r.ev_text.slice(start - from, end - from), start, end, kind: r.kind, entity_id: r.entity_id });
    out.set(r.claim_id, list);
  }
  return out;
}
