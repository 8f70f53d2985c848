// Entities (actors, persons) with their aliases, and merges that record why and can be undone.
// A merge only sets `merged_into` on the absorbed entity and logs it: aliases keep the document that brought them,
// so unmerging restores exactly what was there.
import { eq, sql } from "drizzle-orm";
import type { Store } from "../store/open-store.js";
import { MAX_LEVEL, type Level } from "../store/tlp.js";
import { entities, entityMerges } from "../store/schema.js";
import { nameKey, samePerson } from "./person-names.js";

export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  mergedInto: string | null;
  aliases: number;
  docs: number;
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  aliasList: { alias: string; docId: string | null; doc: string | null; entityId: string }[];
  members: string[];
  history: { action: string; entityId: string; intoId: string; reason: string; by: string; at: string }[];
}

export class EntityError extends Error {}

// What a reader may see of an entity comes only from documents at or below their clearance.
const VISIBLE_DOC = (alias: string, level: string) => `exists (select 1 from documents d where d.id = ${alias}.doc_id and d.tlp_level <= ${level})`;
// An entity some document the reader may see names (entity_aliases counts each document's mentions of it).
const MENTIONED = (entity: string, level: string) =>
  `exists (select 1 from entity_aliases mm where mm.entity_id = ${entity}.id and mm.mentions > 0 and ${VISIBLE_DOC("mm", level)})`;

export async function listEntities(store: Store, kind?: string, level: Level = MAX_LEVEL): Promise<EntitySummary[]> {
  const rows = await store.query<Record<string, unknown>>(
    `select * from (
       select e.id, e.kind, e.name, e.merged_into,
              (select count(distinct a.alias)::int from entity_aliases a where a.entity_id = e.id and (a.doc_id is null or ${VISIBLE_DOC("a", "$1")})) as aliases,
              (select count(distinct m.doc_id)::int from entity_aliases m where m.entity_id = e.id and m.mentions > 0 and ${VISIBLE_DOC("m", "$1")}) as docs,
              (select coalesce(sum(m.mentions), 0)::int from entity_aliases m where m.entity_id = e.id and m.mentions > 0 and ${VISIBLE_DOC("m", "$1")}) as mentions
         from entities e ${kind ? "where e.kind = $2" : ""}) x
      where x.mentions > 0
      order by x.kind, x.mentions desc, x.name`,
    kind ? [level, kind] : [level],
  );
  return rows.map((r) => ({
    id: String(r.id), kind: String(r.kind), name: String(r.name), mergedInto: (r.merged_into as string) ?? null,
    aliases: Number(r.aliases), docs: Number(r.docs), mentions: Number(r.mentions),
  }));
}

/** An entity by id, canonical name or any alias (case-insensitive); a merged entity resolves to where it went. */
export async function findEntityId(store: Store, ref: string, followMerge = true, level: Level = MAX_LEVEL): Promise<string> {
  const rows = await store.query<{ id: string; merged_into: string | null }>(
    `select e.id, e.merged_into from entities e
      where (e.id = $1 or lower(e.name) = lower($1)
             or exists (select 1 from entity_aliases a where a.entity_id = e.id and lower(a.alias) = lower($1) and (a.doc_id is null or ${VISIBLE_DOC("a", "$2")})))
        and ${MENTIONED("e", "$2")}
      order by (e.id = $1) desc, (lower(e.name) = lower($1)) desc, (e.merged_into is null) desc
      limit 1`,
    [ref.trim(), level],
  );
  if (!rows.length) {
    // A part of a name ("Mutawakil" for "Mawlawi Mutawakil"), when it points at one entity only.
    const like = `%${ref.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const partial = await store.query<{ id: string; merged_into: string | null }>(
      `select distinct e.id, e.merged_into from entities e left join entity_aliases a on a.entity_id = e.id
        where (lower(e.name) like $1 or (lower(a.alias) like $1 and (a.doc_id is null or ${VISIBLE_DOC("a", "$2")})))
          and ${MENTIONED("e", "$2")} limit 5`,
      [like, level],
    );
    const targets = new Set(await Promise.all(partial.map((r) => (followMerge ? rootOf(store, r.id) : r.id))));
    if (targets.size === 1) return [...targets][0];
    if (targets.size > 1) throw new EntityError(`"${ref}" names several entities: ${[...targets].join(", ")}`);
    throw new EntityError(`no entity named "${ref}" (list them with: watchfloor entities)`);
  }
  return followMerge ? rootOf(store, rows[0].id) : rows[0].id;
}

/** Follows merges to the entity that absorbed this one (merges can chain: B into A, then A into Z). */
export async function rootOf(store: Store, id: string): Promise<string> {
  let cur = id;
  for (let i = 0; i < 50; i++) {
    const [row] = await store.query<{ merged_into: string | null }>(`select merged_into from entities where id = $1`, [cur]);
    if (!row?.merged_into) return cur;
    cur = row.merged_into;
  }
  return cur;
}

export async function getEntity(store: Store, ref: string, level: Level = MAX_LEVEL): Promise<EntityDetail> {
  const id = await findEntityId(store, ref, true, level);
  const [summary] = (await listEntities(store, undefined, level)).filter((e) => e.id === id);
  if (!summary) throw new EntityError(`no entity named "${ref}"`);
  const members = (
    await store.query<{ id: string }>(
      `with recursive m(id) as (select id from entities where merged_into = $1 union select e.id from entities e join m on e.merged_into = m.id)
       select e.id from entities e join m on m.id = e.id
        where ${MENTIONED("e", "$2")} order by e.id`,
      [id, level],
    )
  ).map((r) => r.id);
  const aliasList = await store.query<{ alias: string; doc_id: string | null; doc: string | null; entity_id: string }>(
    `select distinct a.alias, a.doc_id, d.name as doc, a.entity_id from entity_aliases a left join documents d on d.id = a.doc_id
      where a.entity_id = any($1::text[]) and (a.doc_id is null or d.tlp_level <= $2) order by a.alias, d.name`,
    [[id, ...members], level],
  );
  const history = await store.query<{ action: string; entity_id: string; into_id: string; reason: string; by: string; at: string }>(
    `select action, entity_id, into_id, reason, "by", to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
       from entity_merges where (entity_id = any($1::text[]) or into_id = any($1::text[]))
          and entity_id = any($2::text[]) and into_id = any($2::text[]) order by id`,
    [[id, ...members], await visibleEntityIds(store, level)],
  );
  return {
    ...summary,
    aliasList: aliasList.map((a) => ({ alias: a.alias, docId: a.doc_id, doc: a.doc, entityId: a.entity_id })),
    members,
    history: history.map((h) => ({ action: h.action, entityId: h.entity_id, intoId: h.into_id, reason: h.reason, by: h.by, at: h.at })),
  };
}

async function visibleEntityIds(store: Store, level: Level): Promise<string[]> {
  if (level === MAX_LEVEL) return (await store.query<{ id: string }>(`select id from entities`)).map((r) => r.id);
  return (
    await store.query<{ id: string }>(`select distinct m.entity_id as id from entity_aliases m join documents d on d.id = m.doc_id where m.mentions > 0 and d.tlp_level <= $1`, [level])
  ).map((r) => r.id);
}

/** Merges `fromRef` into `intoRef`. */
export async function mergeEntities(store: Store, intoRef: string, fromRef: string, reason: string, by: string): Promise<{ into: string; from: string }> {
  const into = await findEntityId(store, intoRef);
  const from = await findEntityId(store, fromRef);
  if (into === from) throw new EntityError(`"${intoRef}" and "${fromRef}" are already one entity (${into})`);
  const kinds = await store.query<{ id: string; kind: string }>(`select id, kind from entities where id = any($1::text[])`, [[into, from]]);
  if (new Set(kinds.map((k) => k.kind)).size > 1) throw new EntityError(`cannot merge a ${kinds.find((k) => k.id === from)?.kind} into a ${kinds.find((k) => k.id === into)?.kind}`);
  await store.db.transaction(async (tx) => {
    // Only `from` moves: what was merged into it stays with it, so unmerging `from` takes it back out intact.
    await tx.update(entities).set({ mergedInto: into }).where(eq(entities.id, from));
    await tx.insert(entityMerges).values({ entityId: from, intoId: into, action: "merge", reason, by });
  });
  return { into, from };
}

export async function unmergeEntity(store: Store, ref: string, reason: string, by: string): Promise<{ entity: string; from: string }> {
  const id = await findEntityId(store, ref, false);
  const [row] = await store.query<{ merged_into: string | null }>(`select merged_into from entities where id = $1`, [id]);
  if (!row?.merged_into) throw new EntityError(`${id} is not merged into anything`);
  const from = row.merged_into;
  await store.db.transaction(async (tx) => {
    await tx.update(entities).set({ mergedInto: null }).where(eq(entities.id, id));
    await tx.insert(entityMerges).values({ entityId: id, intoId: from, action: "unmerge", reason, by });
  });
  return { entity: id, from: row.merged_into };
}

/**
 * Proposes and applies person merges the evidence supports (same distinctive family name after transliteration
 * folding, no clashing given name). A pair an analyst has unmerged is never merged again automatically.
 */
export async function autoMergePersons(store: Store): Promise<number> {
  type Person = { id: string; name: string; mentions: number };
  const persons = await store.query<Person>(
    `select e.id, e.name, (select coalesce(sum(m.mentions), 0)::int from entity_aliases m where m.entity_id = e.id) as mentions
       from entities e where e.kind = 'person' and e.merged_into is null order by e.id`,
  );
  const undone = new Set(
    (await store.query<{ entity_id: string; into_id: string }>(`select entity_id, into_id from entity_merges where action = 'unmerge'`)).map(
      (r) => `${r.entity_id}|${r.into_id}`,
    ),
  );
  // Only names with the same folded family name can be the same person: compare within those buckets.
  const buckets = new Map<string, typeof persons>();
  for (const p of persons) {
    const family = nameKey(p.name)?.family;
    if (!family) continue;
    buckets.set(family, [...(buckets.get(family) ?? []), p]);
  }
  const merges: { entity_id: string; into_id: string; reason: string }[] = [];
  const gone = new Set<string>();
  const merge = (keep: Person, absorb: Person, reason: string) => {
    if (undone.has(`${absorb.id}|${keep.id}`) || undone.has(`${keep.id}|${absorb.id}`)) return;
    merges.push({ entity_id: absorb.id, into_id: keep.id, reason });
    gone.add(absorb.id);
  };
  const pairwise = (group: Person[]) => {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (gone.has(a.id) || gone.has(b.id)) continue;
        const verdict = samePerson(a.name, b.name);
        if (!verdict.same) continue;
        const [keep, absorb] = Number(a.mentions) >= Number(b.mentions) ? [a, b] : [b, a];
        merge(keep, absorb, verdict.reason);
      }
    }
  };
  for (const group of buckets.values()) {
    // Full names first ("Obaidullah Mutawakkil" and "Sheikh Obaidullah Mutawakil"). A family name alone ("Mehsud",
    // "Mawlawi Mutawakil") then joins the one full name left with it, and stays alone when two different people
    // carry it: merged into both, it would have made them one person.
    const full = group.filter((p) => (nameKey(p.name)?.given.length ?? 0) > 0);
    const bare = group.filter((p) => !full.includes(p));
    pairwise(full);
    const people = full.filter((p) => !gone.has(p.id));
    if (people.length === 0) pairwise(bare);
    else if (people.length === 1) {
      for (const b of bare) {
        const verdict = samePerson(people[0].name, b.name);
        if (verdict.same) merge(people[0], b, verdict.reason);
      }
    }
  }
  if (merges.length) {
    // All of them in one statement: each absorbed entity points at the one it joins, and the log says why.
    await store.db.execute(sql`
      with m as (select * from json_to_recordset(${JSON.stringify(merges)}::json) as x(entity_id text, into_id text, reason text)),
           u as (update entities e set merged_into = m.into_id from m where e.id = m.entity_id)
      insert into entity_merges (entity_id, into_id, action, reason, "by") select entity_id, into_id, 'merge', reason, 'resolver' from m`);
  }
  const merged = merges.length;
  return merged;
}
