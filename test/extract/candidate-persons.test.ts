// Persons the pack does not know, introduced the way news prose does, become person mentions (candidate entities);
// spelling variants across documents then resolve into one entity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { ingestText } from "../../src/ingest/ingest-text.js";
import { getEntity, listEntities } from "../../src/resolve/entities.js";
import type { Store } from "../../src/store/open-store.js";
import { pgliteBackend } from "../helpers/stores.js";

const persons = (text: string) => extractDocument({ text, published: "2023-03-10" }).mentions.filter((m) => m.kind === "person").map((m) => m.value);

describe("candidate persons in news prose", () => {
  it("finds names after a role or an honorific, without the title", () => {
    expect(persons("Kabul police spokesman Khalid Zadran said the blast killed two people.")).toContain("Khalid Zadran");
    expect(persons("The cleric, Mawlawi Gul Rahman Haqparast, was shot dead on Friday.")).toContain("Gul Rahman Haqparast");
    expect(persons("Prime Minister Shahbaz Sharif condemned the attack in Peshawar.")).toContain("Shahbaz Sharif");
  });

  it("does not take organisations, places or ordinary capitalised words for persons", () => {
    const found = persons("A Taliban spokesman said the Interior Ministry had opened an inquiry. The Islamic State group claimed it.");
    expect(found).toEqual([]);
    expect(persons("The governor of Kabul Province said on Monday that police had arrested two men.")).toEqual([]);
  });
});

describe("spelling variants of a person across reports resolve into one entity", () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await pgliteBackend.fresh();
    store = fresh.store;
    cleanup = fresh.cleanup;
    await ingestText(store, { name: "a.txt", text: "TEHRAN, Jan 3 (Wire) - Two blasts hit a memorial for General Qassem Soleimani in Kerman, killing 84 people, officials said.", published: "2024-01-03" });
    await ingestText(store, { name: "b.txt", text: "KERMAN, Iran, Jan 4 (Agency) - Iran mourned the dead of the attack on the ceremony for commander Qasem Soleimani.", published: "2024-01-04" });
  });
  afterAll(async () => cleanup?.());

  it("one entity holds both spellings, each with the document that brought it, and the merge says why", async () => {
    const people = (await listEntities(store, "person")).filter((e) => /soleimani/i.test(e.name));
    const roots = people.filter((e) => !e.mergedInto);
    expect(roots).toHaveLength(1);
    const e = await getEntity(store, "Qassem Soleimani");
    expect(e.aliasList.map((a) => a.alias).sort()).toEqual(["Qasem Soleimani", "Qassem Soleimani"]);
    expect(new Set(e.aliasList.map((a) => a.doc))).toEqual(new Set(["a", "b"]));
    expect(e.history.at(-1)?.by).toBe("resolver");
    expect(e.history.at(-1)?.reason).toMatch(/transliteration/);
  });
});
