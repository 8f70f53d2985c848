// Links actor and person mentions to entities: one entity per canonical name, each surface form an alias
// recorded with the document that brought it.
import type { Mention } from "../extract/types.js";

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

export function entityId(kind: string, name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${kind}:${slug || "x"}`;
}

export function entitiesForMentions(mentions: Mention[], docId: string) {
  const entities = new Map<string, EntityRow>();
  const aliases = new Map<string, AliasRow>();
  const mentionEntity: (string | null)[] = [];
  for (const m of mentions) {
    if (m.kind !== "actor" && m.kind !== "person") {
      mentionEntity.push(null);
      continue;
    }
    const id = entityId(m.kind, m.value);
    mentionEntity.push(id);
    if (!entities.has(id)) entities.set(id, { id, kind: m.kind, name: m.value });
    const alias = m.text.replace(/\s+/g, " ").trim().replace(/[’']s$/, "");
    const key = `${id}\u0000${alias}`;
    const known = aliases.get(key);
    if (known) known.mentions++;
    else if (alias) aliases.set(key, { entityId: id, alias, docId, mentions: 1 });
  }
  return { entities: [...entities.values()], aliases: [...aliases.values()], mentionEntity };
}
