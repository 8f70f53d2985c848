// Migration 0003 rewrites the mentions of documents written before it (objects with their text) into the stored
// form (arrays, text sliced from the document): a document from before reads back with the same mentions, and its
// claims keep their entities.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { claimEntities } from "../../src/store/read-claims.js";
import { readDocument } from "../../src/store/read-document.js";
import { backends } from "../helpers/stores.js";

const MIGRATION = fileURLToPath(new URL("../../drizzle/0003_compact_mentions.sql", import.meta.url));
/** The migration's first statement: the rewrite of older mentions (the rest sets column storage). */
const REWRITE = readFileSync(MIGRATION, "utf8").split("--> statement-breakpoint")[0];

const TEXT = "Gunmen from Islamic State Khorasan attacked a mosque in Jalālābād on Friday, killing 7 people.";
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;
const OLD_MENTIONS = [
  { kind: "actor", start: at("Islamic State Khorasan")[0], end: at("Islamic State Khorasan")[1], text: "Islamic State Khorasan", value: "ISKP", sentence: 0, entity_id: "actor:iskp" },
  { kind: "place", start: at("Jalālābād")[0], end: at("Jalālābād")[1], text: "Jalālābād", value: "AF.city.jalalabad", sentence: 0 },
  { kind: "number", start: at("7")[0], end: at("7")[1], text: "7", value: "7" },
];

describe.each(backends)("migration 0003: older mentions are rewritten ($name)", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.fresh());
    await store.query(
      `insert into documents (id, name, content_hash, format, text, mentions) values ('dold', 'old report', 'h-old', 'txt', $1, $2::json)`,
      [TEXT, JSON.stringify(OLD_MENTIONS)],
    );
    await store.query(`insert into entities (id, kind, name) values ('actor:iskp', 'actor', 'ISKP') on conflict do nothing`);
    await store.query(`insert into claims (id, doc_id, idx, kind, confidence, fields) values ('dold-c0', 'dold', 0, 'event', 0.8, '{}'::jsonb)`);
    await store.query(`insert into evidence (claim_id, idx, doc_id, start, "end", text) values ('dold-c0', 0, 'dold', 0, $1, $2)`, [TEXT.length, TEXT]);
    await store.query(REWRITE);
  });
  afterAll(async () => cleanup?.());

  it("reads back the same mentions, texts included, from the stored form", async () => {
    const stored = await store.query<{ m: unknown }>(`select mentions as m from documents where id = 'dold'`);
    expect(stored[0].m).toEqual([
      ["actor", OLD_MENTIONS[0].start, OLD_MENTIONS[0].end, "ISKP", 0, "actor:iskp"],
      ["place", OLD_MENTIONS[1].start, OLD_MENTIONS[1].end, "AF.city.jalalabad", 0],
      ["number", OLD_MENTIONS[2].start, OLD_MENTIONS[2].end, "7"],
    ]);
    const doc = await readDocument(store, "dold");
    expect(doc!.mentions).toEqual(OLD_MENTIONS.map(({ kind, start, end, text, value }) => ({ kind, start, end, text, value })));
  });

  it("keeps the claim's entities, with the mention's text", async () => {
    const entities = await claimEntities(store);
    expect(entities.get("dold-c0")).toEqual([{ text: "Islamic State Khorasan", start: OLD_MENTIONS[0].start, end: OLD_MENTIONS[0].end, kind: "actor", entity_id: "actor:iskp" }]);
  });

  it("leaves mentions already in the stored form as they are", async () => {
    const before = await store.query<{ m: string }>(`select mentions::text as m from documents where id = 'dold'`);
    await store.query(REWRITE);
    const after = await store.query<{ m: string }>(`select mentions::text as m from documents where id = 'dold'`);
    expect(after[0].m).toBe(before[0].m);
  });
});
