// Reads resolved events (with filters) and the claims behind one event.
import type { ReconciledEvent } from "../resolve/reconcile-event.js";
import type { Store } from "./open-store.js";
import { MAX_LEVEL, type Level } from "./tlp.js";

export interface EventFilter {
  /** The reader's clearance: events as seen from documents marked at this level or below (default: all). */
  level?: Level;
  country?: string;
  admin1?: string;
  /** ISO date: events on or after it (a month or year precise event counts when its period reaches it). */
  since?: string;
  until?: string;
  /** Canonical actor name: events whose reconciled perpetrator, or any attribution, names it. */
  actor?: string;
  limit?: number;
  offset?: number;
}

export function eventWhere(f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const level = p(f.level ?? MAX_LEVEL);
  where.push(`level_min <= ${level} and level_max >= ${level}`);
  if (f.country) where.push(`upper(country) = upper(${p(f.country)})`);
  if (f.admin1) where.push(`lower(admin1) = lower(${p(f.admin1)})`);
  // "2022" sorts before "2022-01-01" but names a period that reaches it: compare on the period's end.
  if (f.since) where.push(`(date is not null and rpad(date, 10, '-99-99') >= ${p(f.since)})`);
  if (f.until) where.push(`(date is not null and date <= ${p(f.until)})`);
  if (f.actor) where.push(`(perpetrator = ${p(f.actor)} or fields->'attributions' @> jsonb_build_array(jsonb_build_object('actor', ${p(f.actor)}::text)))`);
  return { sql: where.length ? `where ${where.join(" and ")}` : "", params };
}

export async function countEvents(store: Store, f: EventFilter = {}): Promise<number> {
  const { sql, params } = eventWhere(f);
  const [row] = await store.query<{ n: number }>(`select count(*)::int as n from events ${sql}`, params);
  return Number(row?.n ?? 0);
}

export async function listEvents(store: Store, f: EventFilter = {}): Promise<ReconciledEvent[]> {
  const { sql, params } = eventWhere(f);
  const limit = f.limit ? ` limit ${Math.max(1, Math.floor(f.limit))}` : "";
  const offset = f.offset ? ` offset ${Math.max(0, Math.floor(f.offset))}` : "";
  const rows = await store.query<{ fields: ReconciledEvent | string }>(
    `select fields from events ${sql} order by date nulls last, id${limit}${offset}`,
    params,
  );
  return rows.map((r) => (typeof r.fields === "string" ? JSON.parse(r.fields) : r.fields));
}

export async function getEvent(store: Store, id: string, level: Level = MAX_LEVEL): Promise<ReconciledEvent | null> {
  const rows = await store.query<{ fields: ReconciledEvent | string }>(
    `select fields from events where id = $1 and level_min <= $2 and level_max >= $2`,
    [id, level],
  );
  if (!rows.length) return null;
  const f = rows[0].fields;
  return typeof f === "string" ? JSON.parse(f) : f;
}

export interface MapData {
  provinces: { country: string; admin1: string; events: number; killed: number }[];
  points: { id: string; lat: number; lon: number; date: string | null; place: string | null; admin1: string | null; country: string | null; killed: number | null; perpetrator: string | null; target: string | null }[];
}

/** Events per province and the located events as points, computed in the database (the map asks often). */
export async function mapData(store: Store, f: EventFilter = {}): Promise<MapData> {
  const { sql, params } = eventWhere(f);
  const and = sql ? `${sql} and` : "where";
  const provinces = await store.query<MapData["provinces"][number]>(
    `select country, admin1, count(*)::int as events, coalesce(sum(killed), 0)::int as killed
       from events ${and} admin1 is not null and country is not null group by 1, 2 order by 1, 2`,
    params,
  );
  const points = await store.query<MapData["points"][number]>(
    `select id, (fields->>'lat')::float8 as lat, (fields->>'lon')::float8 as lon, date, fields->>'place' as place, admin1, country,
            killed, perpetrator, fields->>'target' as target
       from events ${and} jsonb_typeof(fields->'lat') = 'number' and jsonb_typeof(fields->'lon') = 'number' order by date nulls last, id`,
    params,
  );
  return {
    provinces: provinces.map((p) => ({ ...p, events: Number(p.events), killed: Number(p.killed) })),
    points: points.map((p) => ({ ...p, lat: Number(p.lat), lon: Number(p.lon), killed: p.killed === null ? null : Number(p.killed) })),
  };
}
