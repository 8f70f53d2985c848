// Re-resolves events incrementally: only the blocks (countries) that new or changed claims fall into are
// clustered again, from all of their claims, so the picture is the same as resolving everything from scratch.
import type { EventFields } from "../extract/types.js";
import { inArray } from "drizzle-orm";
import type { Store } from "../store/open-store.js";
import { documents, eventClaims, events } from "../store/schema.js";
import { clusterEventClaims, eventIdFor, type EventClaimRef } from "./event-coreference.js";
import { reconcileEvent, type SourcedEventClaim } from "./reconcile-event.js";

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

interface Row {
  id: string;
  doc_id: string;
  name: string;
  outlet: string | null;
  published: string | null;
  reliability: string;
  fields: EventFields | string;
}

const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);

async function loadEventClaims(store: Store, blocks: string[] | null): Promise<SourcedEventClaim[]> {
  const rows = await store.query<Row>(
    `select c.id, c.doc_id, d.name, d.outlet, to_char(d.published, 'YYYY-MM-DD') as published,
            coalesce(s.reliability, d.reliability) as reliability, c.fields
       from claims c join documents d on d.id = c.doc_id left join sources s on s.outlet = d.outlet
      where c.kind = 'event' and c.status = 'active' ${blocks ? "and coalesce(c.fields->>'country', '') = any($1::text[])" : ""}`,
    blocks ? [blocks] : [],
  );
  return rows.map((r) => ({ id: r.id, docId: r.doc_id, doc: r.name, outlet: r.outlet, published: r.published, reliability: r.reliability, fields: json(r.fields) }));
}

/**
 * Resolves what documents added since the last resolution touch: their blocks are clustered again and the
 * documents marked resolved in the same transaction (a crash in between is caught up by the next run).
 */
export async function resolvePending(store: Store): Promise<ResolveStats> {
  const pending = await store.query<{ id: string }>(`select id from documents where not resolved`);
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
  const clusters = clusterEventClaims(claims.map<EventClaimRef>((c) => ({ id: c.id, docId: c.docId, fields: c.fields })));
  const eventRows = clusters.map((cluster) => {
    const id = eventIdFor(cluster);
    const reconciled = reconcileEvent(id, cluster.map((c) => byId.get(c.id)!));
    return {
      row: {
        id,
        block: blockOf(cluster[0].fields),
        date: reconciled.date,
        country: reconciled.country,
        admin1: reconciled.admin1,
        perpetrator: reconciled.perpetrator,
        killed: reconciled.killed,
        fields: reconciled,
      },
      claimIds: cluster.map((c) => c.id),
    };
  });
  const touched = wanted ?? [...new Set(claims.map((c) => blockOf(c.fields)))];
  await store.db.transaction(async (tx) => {
    if (wanted) {
      for (let i = 0; i < touched.length; i += 500) await tx.delete(events).where(inArray(events.block, touched.slice(i, i + 500)));
    } else {
      await tx.delete(events);
      await tx.update(documents).set({ resolved: true });
    }
    for (let i = 0; i < resolvedDocs.length; i += 1000) {
      await tx.update(documents).set({ resolved: true }).where(inArray(documents.id, resolvedDocs.slice(i, i + 1000)));
    }
    for (let i = 0; i < eventRows.length; i += 1000) {
      const chunk = eventRows.slice(i, i + 1000);
      await tx.insert(events).values(chunk.map((e) => e.row));
      const links = chunk.flatMap((e) => e.claimIds.map((claimId) => ({ claimId, eventId: e.row.id })));
      for (let j = 0; j < links.length; j += 5000) await tx.insert(eventClaims).values(links.slice(j, j + 5000));
    }
  });
  return { blocks: touched.length, claims: claims.length, events: eventRows.length, seconds: (performance.now() - t0) / 1000 };
}
