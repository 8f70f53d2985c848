// Person entities by family name: within one document a family name alone is the one person the document names in
// full with it; across documents the automatic merger joins it to the one full name that carries it, and leaves it
// apart when two different people carry it (merged into both, it would make them one person).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { autoMergePersons } from "../../src/resolve/entities.js";
import { entitiesForMentions } from "../../src/resolve/mention-entities.js";
import type { Store } from "../../src/store/open-store.js";
import { backends } from "../helpers/stores.js";

async function person(store: Store, id: string, name: string, mentions: number): Promise<void> {
  await store.query(`insert into entities (id, kind, name) values ($1, 'person', $2)`, [id, name]);
  await store.query(`insert into entity_aliases (entity_id, alias, doc_id, mentions) values ($1, $2, 'd-test', $3)`, [id, name, mentions]);
}

async function mergedInto(store: Store): Promise<Record<string, string | null>> {
  const rows = await store.query<{ id: string; merged_into: string | null }>(`select id, merged_into from entities where kind = 'person' order by id`);
  return Object.fromEntries(rows.map((r) => [r.id, r.merged_into]));
}

describe.each(backends)("automatic person merges by family name ($name)", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await backend.fresh());
  });
  afterEach(async () => cleanup?.());

  it("a family name shared by two different people joins neither of them", async () => {
    await person(store, "person:kashif-mehsud", "Kashif Mehsud", 2);
    await person(store, "person:imran-mehsud", "Imran Mehsud", 1);
    await person(store, "person:mehsud", "Mehsud", 9);
    expect(await autoMergePersons(store)).toBe(0);
    expect(await mergedInto(store)).toEqual({ "person:imran-mehsud": null, "person:kashif-mehsud": null, "person:mehsud": null });
  });

  it("a family name alone joins the one full name that carries it, which stays the entity's name", async () => {
    await person(store, "person:zabihullah-karimi", "Zabihullah Karimi", 1);
    await person(store, "person:karimi", "Karimi", 7);
    await person(store, "person:mawlawi-karimi", "Mawlawi Karimi", 2);
    expect(await autoMergePersons(store)).toBe(2);
    expect(await mergedInto(store)).toEqual({
      "person:karimi": "person:zabihullah-karimi",
      "person:mawlawi-karimi": "person:zabihullah-karimi",
      "person:zabihullah-karimi": null,
    });
  });

  it("spellings of one full name still merge, and the family name alone then joins them", async () => {
    await person(store, "person:obaidullah-mutawakkil", "Obaidullah Mutawakkil", 3);
    await person(store, "person:sheikh-obaidullah-mutawakil", "Sheikh Obaidullah Mutawakil", 1);
    await person(store, "person:mutawakil", "Mutawakil", 4);
    expect(await autoMergePersons(store)).toBe(2);
    expect(await mergedInto(store)).toEqual({
      "person:mutawakil": "person:obaidullah-mutawakkil",
      "person:obaidullah-mutawakkil": null,
      "person:sheikh-obaidullah-mutawakil": "person:obaidullah-mutawakkil",
    });
  });
});

describe("a family name alone within one document", () => {
  const person = (value: string, start: number) => ({ kind: "person" as const, start, end: start + value.length, text: value, value });

  it("is the one person the document names in full with it", () => {
    const linked = entitiesForMentions([person("Kashif Mehsud", 0), person("Mehsud", 40), person("Mawlawi Mehsud", 80)], "d1");
    expect(linked.mentionEntity).toEqual(["person:kashif-mehsud", "person:kashif-mehsud", "person:kashif-mehsud"]);
    expect(linked.entities.map((e) => e.name)).toEqual(["Kashif Mehsud"]);
    expect(linked.aliases.map((a) => a.alias).sort()).toEqual(["Kashif Mehsud", "Mawlawi Mehsud", "Mehsud"]);
  });

  it("stays as it is when the document names two people with that family name", () => {
    const linked = entitiesForMentions([person("Kashif Mehsud", 0), person("Imran Mehsud", 30), person("Mehsud", 60)], "d1");
    expect(linked.mentionEntity).toEqual(["person:kashif-mehsud", "person:imran-mehsud", "person:mehsud"]);
  });
});
