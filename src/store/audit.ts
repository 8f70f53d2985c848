// The audit log: every read of AMBER+STRICT or RED material, with who, which route and which objects.
import type { Store } from "./open-store.js";
import { levelOf, tlpOf } from "./tlp.js";
import type { Viewer } from "./users.js";

export interface Marked {
  id: string;
  tlp: string;
}

/** Records the read when any object is marked AMBER+STRICT or above; one row per marking level read. */
export async function auditRead(store: Store, viewer: Viewer, route: string, objects: Marked[]): Promise<void> {
  const byLevel = new Map<number, string[]>();
  for (const o of objects) {
    const l = levelOf(o.tlp);
    if (l < 3) continue;
    byLevel.set(l, [...(byLevel.get(l) ?? []), o.id]);
  }
  for (const [l, ids] of byLevel) {
    await store.query(`insert into audit_log (user_name, route, tlp, object_ids) values ($1, $2, $3, $4::jsonb)`, [
      viewer.name,
      route.slice(0, 500),
      tlpOf(l),
      JSON.stringify([...new Set(ids)].slice(0, 1000)),
    ]);
  }
}

export async function readAudit(store: Store, limit = 100) {
  return store.query<{ at: string; user_name: string; route: string; tlp: string; object_ids: unknown }>(
    `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, user_name, route, tlp, object_ids from audit_log order by id desc limit $1`,
    [limit],
  );
}
