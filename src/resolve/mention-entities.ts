// Links actor and person mentions to entities: one entity per canonical name, each surface form an alias
// recorded with the document that brought it.
import type { Mention } from "../extract/types.js";
import { nameKey, type NameKey } from "./person-names.js";

export interface EntityRow {
  id: string;
  kind: "actor" | "person";
  name: string;
}
export interface AliasRow {
  entityId: string;
  alias: string;
  docId: string;
  /** How many times the document names the entity this way. */
  mentions: number;
}

/** Entity ids by kind and name: the same names come back in every report, and the slug costs five passes. */
const ids = new Map<string, string>();

export function entityId(kind: string, name: string): string {
  const key = `${kind}\u0000${name}`;
  const known = ids.get(key);
  if (known !== undefined) return known;
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, "-")
    .replace(/^-|-$/g, "");
  const id = `${kind}:${slug || "x"}`;
  if (ids.size >= 100_000) ids.clear();
  ids.set(key, id);
  return id;
}

/**
 * Within one document, a person named by the family name alone ("Mehsud said") is the one person the document
 * names in full with that family name ("police chief Kashif Mehsud"); with two such people it stays as it is.
 */
function fullNamesInDocument(mentions: Mention[]): Map<string, string> {
  // each person named once, however often it is mentioned
  const keys = new Map<string, NameKey | null>();
  for (const m of mentions) if (m.kind === "person" && !keys.has(m.value)) keys.set(m.value, nameKey(m.value));
  const byFamily = new Map<string, Set<string>>();
  for (const [name, key] of keys) {
    if (!key?.given.length) continue;
    const set = byFamily.get(key.family) ?? new Set<string>();
    set.add(name);
    byFamily.set(key.family, set);
  }
  const out = new Map<string, string>();
  for (const [name, key] of keys) {
    const full = key && !key.given.length ? byFamily.get(key.family) : undefined;
    if (full?.size === 1) out.set(name, [...full][0]);
  }
  return out;
}

export function entitiesForMentions(mentions: Mention[], docId: string) {
  const entities = new Map<string, EntityRow>();
  const aliases = new Map<string, AliasRow>();
  const mentionEntity: (string | null)[] = [];
  const fullName = fullNamesInDocument(mentions);
  for (const m of mentions) {
    if (m.kind !== "actor" && m.kind !== "person") {
      mentionEntity.push(null);
      continue;
    }
    const name = (m.kind === "person" && fullName.get(m.value)) || m.value;
    const id = entityId(m.kind, name);
    mentionEntity.push(id);
    if (!entities.has(id)) entities.set(id, { id, kind: m.kind, name });
    const alias = m.text.replace(/\s+/g, " ").trim().replace(/[’']s$/, "");
    const key = `${id}\u0000${alias}`;
    const known = aliases.get(key);
    if (known) known.mentions++;
    else if (alias) aliases.set(key, { entityId: id, alias, docId, mentions: 1 });
  }
  return { entities: [...entities.values()], aliases: [...aliases.values()], mentionEntity };
}
