// Re-resolves events incrementally: only the blocks (countries) that new or changed claims fall into are
// clustered again, from all of their claims, so the picture is the same as resolving everything from scratch.
import type { EventFields } from "../extract/types.js";
import { LEVELS, MAX_LEVEL } from "../store/tlp.js";
import type { Store } from "../store/open-store.js";
import { textArrayParams, unnestColumns } from "../store/text-arrays.js";
import { clusterEventClaims, eventIdFor, type EventClaimRef } from "./event-coreference.js";
import { reconcileEvent, type ReconciledEvent, type SourcedEventClaim } from "./reconcile-event.js";

/** The block an event claim is resolved in: its country, or "" when the claim names none. */
export const blockOf = (fields: Pick<EventFields, "country">): string => fields.country ?? "";

export interface ResolveStats {
  blocks: number;
  claims: number;
  events: number;
  seconds: number;
  /** Persons merged automatically after the ingest (spelling variants). */
  personMerges?: number;
}

interface DocRow {
  id: string;
  level: number;
  name: string;
  outlet: string | null;
  published: string | null;
  reliability: string;
  tlp: string;
}

const jsonBytes = (v: unknown) => Buffer.from(JSON.stringify(v), "utf8");
const EVENT_COLUMNS = ["level_min", "level_max", "id", "block", "date", "country", "admin1", "perpetrator", "killed", "fields"] as const;
const LINK_COLUMNS = ["level_min", "level_max", "claim_id", "event_id", "block"] as const;
/** A JSON array parameter (bytea) as the set of its strings, in SQL. */
const TEXTS = (n: number) => `select json_array_elements_text(convert_from($${n}, 'UTF8')::json)`;

// The claims, then their documents by id, joined here, not in SQL: the embedded database has no statistics after a
// bulk ingest and looked each claim's document up one by one (35,678 claims: 0.8-1.1 s against 0.47 s). Only the
// documents the claims cite are read, so resolving one uploaded report does not read every document. Both reads go
// the raw way (queryPieces): on PGlite that spares the JavaScript protocol parser a row object per claim.
async function loadEventClaims(store: Store, blocks: string[] | null): Promise<(SourcedEventClaim & { level: number })[]> {
  const rows = blocks
    ? await store.queryPieces(
        "watchfloor_event_claims_in_blocks",
        `select c.id, c.doc_id, c.fields from claims c
          where c.kind = 'event' and c.status = 'active' and coalesce(c.fields->>'country', '') in (${TEXTS(1)})`,
        [[jsonBytes(blocks)]],
      )
    : await store.queryPieces("watchfloor_event_claims", `select c.id, c.doc_id, c.fields from claims c where c.kind = 'event' and c.status = 'active'`, []);
  if (!rows.length) return [];
  const docRows = await store.queryPieces(
    "watchfloor_event_claim_documents",
    `select d.id, d.tlp_level, d.name, d.outlet, to_char(d.published, 'YYYY-MM-DD'), coalesce(s.reliability, d.reliability), d.tlp
       from documents d left join sources s on s.outlet = d.outlet
      where d.id = any(array(${TEXTS(1)}))`,
    [[jsonBytes([...new Set(rows.map((r) => r[1]))])]],
  );
  const docs = new Map<string, DocRow>(
    docRows.map(([id, level, name, outlet, published, reliability, tlp]) => [
      id!,
      { id: id!, level: Number(level), name: name!, outlet, published, reliability: reliability!, tlp: tlp! },
    ]),
  );
  const out: (SourcedEventClaim & { level: number })[] = [];
  for (const [id, docId, fields] of rows) {
    const d = docs.get(docId!);
    if (!d) continue;
    out.push({ level: d.level, id: id!, docId: docId!, doc: d.name, outlet: d.outlet, published: d.published, reliability: d.reliability, tlp: d.tlp, fields: JSON.parse(fields!) as EventFields });
  }
  return out;
}

/**
 * Resolves what documents added since the last resolution touch: their blocks are clustered again and the
 * documents marked resolved in the same transaction (a crash in between is caught up by the next run).
 */
export async function resolvePending(store: Store): Promise<ResolveStats> {
  const pending = await store.query<{ id: string }>(`select doc_id as id from unresolved_documents`);
  if (!pending.length) return { blocks: 0, claims: 0, events: 0, seconds: 0 };
  const ids = pending.map((r) => r.id);
  const blocks = await store.query<{ block: string }>(
    `select distinct coalesce(fields->>'country', '') as block from claims where kind = 'event' and doc_id = any($1::text[])`,
    [ids],
  );
  return resolveEvents(store, blocks.map((b) => b.block), ids);
}

/** Resolves the given blocks again (all blocks when null), marking the given documents resolved. */
export async function resolveEvents(store: Store, blocks: Iterable<string> | null = null, resolvedDocs: string[] = []): Promise<ResolveStats> {
  const t0 = performance.now();
  const wanted = blocks === null ? null : [...new Set(blocks)];
  const claims = await loadEventClaims(store, wanted);
  const byId = new Map(claims.map((c) => [c.id, c]));
  // One view per clearance level, built from the claims visible at that level only (nothing above it can
  // shape what a reader at that level sees); a level that adds no claims reuses the level below.
  type View = { cluster: EventClaimRef[]; event: ReconciledEvent; key: string };
  const perLevel: View[][] = [];
  let previous: { size: number; views: View[] } | null = null;
  for (const level of LEVELS) {
    const visible = claims.filter((c) => c.level <= level);
    let views: View[] | null = previous && previous.size === visible.length ? previous.views : null;
    if (!views) {
      views = clusterEventClaims(visible.map<EventClaimRef>((c) => ({ id: c.id, docId: c.docId, fields: c.fields }))).map((cluster) => {
        const event = reconcileEvent(eventIdFor(cluster), cluster.map((c) => byId.get(c.id)!));
        return { cluster, event, key: JSON.stringify(event) };
      });
      previous = { size: visible.length, views };
    }
    perLevel.push(views);
  }
  // Levels that see the same event the same way share one row. The rows go as columns (text-arrays.ts), the event's
  // fields as the JSON text already made (its key): the events of a large ingest are megabytes of JSON, not to be
  // serialised twice, nor lexed by the database more than once.
  const eventCols: (string | null)[][] = EVENT_COLUMNS.map(() => []);
  const linkCols: (string | null)[][] = LINK_COLUMNS.map(() => []);
  const open = new Map<string, { view: View; min: number; max: number }>();
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
  const emit = (r: { view: View; min: number; max: number }) => {
    const { event, cluster, key } = r.view;
    const block = blockOf(cluster[0].fields);
    [String(r.min), String(r.max), event.id, block, text(event.date), text(event.country), text(event.admin1), text(event.perpetrator), text(event.killed), key]
      .forEach((v, k) => eventCols[k].push(v));
    for (const c of cluster) [String(r.min), String(r.max), c.id, event.id, block].forEach((v, k) => linkCols[k].push(v));
  };
  for (const level of LEVELS) {
    const seen = new Set<string>();
    for (const view of perLevel[level]) {
      seen.add(view.event.id);
      const cur = open.get(view.event.id);
      if (cur && cur.max === level - 1 && cur.view.key === view.key) cur.max = level;
      else {
        if (cur) emit(cur);
        open.set(view.event.id, { view, min: level, max: level });
      }
    }
    for (const [id, cur] of open) if (!seen.has(id) && cur.max === level - 1) {
      emit(cur);
      open.delete(id);
    }
  }
  for (const cur of open.values()) emit(cur);
  const eventCount = perLevel[MAX_LEVEL].length;
  const touched = wanted ?? [...new Set(claims.map((c) => blockOf(c.fields)))];
  await store.transaction(async (tx) => {
    if (wanted) {
      const blocks = [jsonBytes(touched)];
      await tx.queryPieces("watchfloor_delete_events_in_blocks", `delete from events where block in (${TEXTS(1)})`, [blocks]);
      await tx.queryPieces("watchfloor_delete_event_claims_in_blocks", `delete from event_claims where block in (${TEXTS(1)})`, [blocks]);
    } else {
      await tx.query("delete from events");
      await tx.query("delete from event_claims");
      await tx.query("delete from unresolved_documents");
    }
    if (resolvedDocs.length) {
      await tx.queryPieces("watchfloor_delete_unresolved", `delete from unresolved_documents where doc_id in (${TEXTS(1)})`, [[jsonBytes(resolvedDocs)]]);
    }
    if (eventCols[0].length) {
      await tx.queryPieces(
        "watchfloor_insert_events",
        `insert into events (level_min, level_max, id, block, date, country, admin1, perpetrator, killed, fields)
         select x.level_min::smallint, x.level_max::smallint, x.id, x.block, x.date, x.country, x.admin1, x.perpetrator, x.killed::int, x.fields::jsonb
           from ${unnestColumns(EVENT_COLUMNS)}`,
        textArrayParams(eventCols),
      );
    }
    if (linkCols[0].length) {
      await tx.queryPieces(
        "watchfloor_insert_event_claims",
        `insert into event_claims (level_min, level_max, claim_id, event_id, block)
         select x.level_min::smallint, x.level_max::smallint, x.claim_id, x.event_id, x.block from ${unnestColumns(LINK_COLUMNS)}`,
        textArrayParams(linkCols),
      );
    }
  });
  return { blocks: touched.length, claims: claims.length, events: eventCount, seconds: (performance.now() - t0) / 1000 };
}
