// The overview: counts, attacks per month, by country and province, the latest events and the biggest disagreements.
import type { ReconciledEvent } from "../resolve/reconcile-event.js";
import type { Store } from "../store/open-store.js";
import { MAX_LEVEL, type Level } from "../store/tlp.js";

export interface Overview {
  counts: { documents: number; claims: number; events: number; entities: number };
  perMonth: { month: string; events: number; killed: number }[];
  byCountry: { country: string; events: number; killed: number }[];
  byAdmin1: { country: string; admin1: string; events: number; killed: number }[];
  latest: ReconciledEvent[];
  disagreements: ReconciledEvent[];
}

const parse = (v: ReconciledEvent | string): ReconciledEvent => (typeof v === "string" ? JSON.parse(v) : v);

const AT = "level_min <= $1 and level_max >= $1";

export async function overview(store: Store, level: Level = MAX_LEVEL): Promise<Overview> {
  const [counts] = await store.query<Record<string, number>>(
    `select (select count(*)::int from documents where tlp_level <= $1) as documents,
            (select count(*)::int from claims c join documents d on d.id = c.doc_id where c.status = 'active' and d.tlp_level <= $1) as claims,
            (select count(*)::int from events where ${AT}) as events,
            (select count(*)::int from entities e where e.merged_into is null
               and exists (select 1 from entity_aliases m join documents d on d.id = m.doc_id where m.entity_id = e.id and m.mentions > 0 and d.tlp_level <= $1)) as entities`,
    [level],
  );
  const perMonth = await store.query<{ month: string; events: number; killed: number }>(
    `select substr(date, 1, 7) as month, count(*)::int as events, coalesce(sum(killed), 0)::int as killed
       from events where ${AT} and length(date) >= 7 group by 1 order by 1`,
    [level],
  );
  const byCountry = await store.query<{ country: string; events: number; killed: number }>(
    `select country, count(*)::int as events, coalesce(sum(killed), 0)::int as killed from events where ${AT} and country is not null group by 1 order by 2 desc, 1`,
    [level],
  );
  const byAdmin1 = await store.query<{ country: string; admin1: string; events: number; killed: number }>(
    `select country, admin1, count(*)::int as events, coalesce(sum(killed), 0)::int as killed
       from events where ${AT} and admin1 is not null group by 1, 2 order by 3 desc, 1, 2`,
    [level],
  );
  const latest = await store.query<{ fields: ReconciledEvent | string }>(`select fields from events where ${AT} and date is not null order by date desc, id limit 10`, [level]);
  const disagreements = await store.query<{ fields: ReconciledEvent | string }>(
    `select fields from events
      where ${AT} and jsonb_typeof(fields->'killed_range') = 'array' and (fields->'killed_range'->>1)::int > (fields->'killed_range'->>0)::int
      order by (fields->'killed_range'->>1)::int - (fields->'killed_range'->>0)::int desc, id limit 10`,
    [level],
  );
  return {
    counts: { documents: Number(counts.documents), claims: Number(counts.claims), events: Number(counts.events), entities: Number(counts.entities) },
    perMonth: perMonth.map((r) => ({ month: r.month, events: Number(r.events), killed: Number(r.killed) })),
    byCountry: byCountry.map((r) => ({ country: r.country, events: Number(r.events), killed: Number(r.killed) })),
    byAdmin1: byAdmin1.map((r) => ({ country: r.country, admin1: r.admin1, events: Number(r.events), killed: Number(r.killed) })),
    latest: latest.map((r) => parse(r.fields)),
    disagreements: disagreements.map((r) => parse(r.fields)),
  };
}

export interface NetworkGraph {
  nodes: { id: string; name: string; kind: string; mentions: number }[];
  edges: { id: string; source: string; target: string; type: string; claims: number; claimIds: string[] }[];
}

/** Actors and persons linked by relation claims (rejected claims left out). */
export async function network(store: Store, level: Level = MAX_LEVEL): Promise<NetworkGraph> {
  const rels = await store.query<{ id: string; a: string; b: string; type: string }>(
    `select c.id, c.fields->>'a' as a, c.fields->>'b' as b, c.fields->>'type' as type
       from claims c join documents d on d.id = c.doc_id where c.kind = 'relation' and c.status = 'active' and d.tlp_level <= $1`,
    [level],
  );
  const edges = new Map<string, NetworkGraph["edges"][number]>();
  const names = new Set<string>();
  for (const r of rels) {
    if (!r.a || !r.b) continue;
    names.add(r.a);
    names.add(r.b);
    const key = `${r.a}|${r.type}|${r.b}`;
    const e = edges.get(key) ?? { id: key, source: r.a, target: r.b, type: r.type, claims: 0, claimIds: [] };
    e.claims++;
    e.claimIds.push(r.id);
    edges.set(key, e);
  }
  const ents = await store.query<{ name: string; kind: string; mentions: number }>(
    `select e.name, e.kind,
            (select coalesce(sum(m.mentions), 0)::int from entity_aliases m join documents d on d.id = m.doc_id where m.entity_id = e.id and d.tlp_level <= $2) as mentions
       from entities e where e.name = any($1::text[])`,
    [[...names], level],
  );
  const known = new Map(ents.map((e) => [e.name, e]));
  return {
    nodes: [...names].sort().map((n) => ({ id: n, name: n, kind: known.get(n)?.kind ?? "actor", mentions: Number(known.get(n)?.mentions ?? 0) })),
    edges: [...edges.values()],
  };
}
