// The bulk write (one prepared statement per batch; on PGlite, built as one wire-protocol message): what it stores
// reads back whole, a document already stored is skipped, and a document the database refuses fails with the
// database's own reason without breaking the writes that come after it. On both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import type { Store } from "../../src/store/open-store.js";
import { readDocument } from "../../src/store/read-document.js";
import { documentRows, writeDocumentRows, type NewDocument } from "../../src/store/write-document.js";
import { documentTsvector, documentTsvectorBinary } from "../../src/store/search-lexemes.js";
import { columnElements, textArrayPieces } from "../../src/store/text-arrays.js";
import { backends } from "../helpers/stores.js";

const TEXT = [
  "KABUL, Sept 5 (Reuters) - A suicide bomber killed at least 19 people at a mosque in Jalalabad on Friday, officials said.",
  "Islamic State Khorasan Province (ISKP) claimed responsibility for the attack, in which 40 people were wounded.",
  // Text a propaganda channel might send: quotes, backslashes, a NUL-free control character, and non-Latin script.
  'A statement said "\\u0000 is not a NUL" and quoted \\ backslashes, a tab\there, and ننگرهار in Pashto.',
].join("\n\n");

function newDoc(name: string, text: string, tlp = "TLP:CLEAR"): NewDocument {
  return {
    name, text, format: "txt", sourcePath: null, title: `Title of ${name}`, url: null, outlet: "Test Wire",
    published: "2024-09-06", publishedSource: "metadata", tlp: tlp as NewDocument["tlp"], reliability: "C",
  };
}

const rowsFor = (name: string, text: string, tlp?: string) => {
  const doc = newDoc(name, text, tlp);
  return documentRows({ doc, extraction: extractDocument({ text, published: doc.published, title: doc.title }) });
};

for (const backend of backends) {
  describe(`bulk write (${backend.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await backend.fresh());
    });
    afterAll(async () => cleanup());

    it("a refused document fails with the database's reason, on the statement's first use and after it", async () => {
      // First use of the statement on this connection fails: the next write must still work.
      await expect(writeDocumentRows(store, [rowsFor("bad-1", `${TEXT} one`, "TLP:PURPLE")])).rejects.toThrow(/documents_tlp_check/);
      const [ok] = await writeDocumentRows(store, [rowsFor("good-1", `${TEXT} two`)]);
      expect(ok).toMatch(/^d[0-9a-f]{16}$/);
      await expect(writeDocumentRows(store, [rowsFor("bad-2", `${TEXT} three`, "TLP:PURPLE")])).rejects.toThrow(/documents_tlp_check/);
      const [ok2] = await writeDocumentRows(store, [rowsFor("good-2", `${TEXT} four`)]);
      expect(ok2).toMatch(/^d[0-9a-f]{16}$/);
      const [{ n }] = await store.query<{ n: number }>("select count(*)::int as n from documents");
      expect(n).toBe(2);
    });

    it("sends the full-text vector in binary as the database reads its text form", async () => {
      const texts = [TEXT, "IS-K's fighters; O'Brien said ننگرهار and Jalālābād.", "", `${"word ".repeat(17000)} IS-K final`];
      const bin = columnElements([texts.map((t) => documentTsvectorBinary("A title", t))]);
      const txt = columnElements([texts.map((t) => documentTsvector("A title", t))]);
      const rows = await store.queryPieces("test_tsvector_binary", "select a::text, b::tsvector::text from unnest($1::tsvector[], $2::text[]) as x(a, b)", [
        textArrayPieces(texts.length, [bin.bytes], "tsvector"),
        textArrayPieces(texts.length, [txt.bytes]),
      ]);
      expect(rows.map((r) => r[0])).toEqual(rows.map((r) => r[1]));
      expect(rows[1][0]).toContain("'is-k''s':3");
      expect(rows[3][0]).toMatch(/'final':16383/);
    });

    it("stores a document with nothing extracted and no metadata, nulls as nulls, beside one with claims", async () => {
      const bare: NewDocument = { ...newDoc("bare", "Nothing happened here."), title: null, outlet: null, published: null, publishedSource: null };
      const rows = documentRows({ doc: bare, extraction: extractDocument({ text: bare.text, published: null, title: null }) });
      expect(rows.counts).toEqual([1, 0, 0, 0]);
      const [alone] = await writeDocumentRows(store, [rows]);
      expect(alone).toBe(rows.id);
      const [doc] = await store.query<{ title: string | null; outlet: string | null; published: string | null; source: string | null }>(
        "select title, outlet, published::text as published, published_source as source from documents where id = $1", [rows.id]);
      expect(doc).toEqual({ title: null, outlet: null, published: null, source: null });
      const full = rowsFor("full", `${TEXT}\n\nA fifth telling.`);
      await writeDocumentRows(store, [documentRows({ doc: { ...bare, text: "Still nothing." }, extraction: extractDocument({ text: "Still nothing.", published: null, title: null }) }), full]);
      const claims = await store.query<{ idx: number; kind: string; confidence: number; killed: number | null }>(
        "select idx, kind, confidence, (fields->>'killed')::int as killed from claims where doc_id = $1 order by idx", [full.id]);
      expect(claims[0]).toMatchObject({ idx: 0, kind: "event", killed: 19 });
      expect(claims[0].confidence).toBeGreaterThan(0);
      const [{ n }] = await store.query<{ n: number }>("select count(*)::int as n from evidence where doc_id = $1", [full.id]);
      expect(n).toBeGreaterThanOrEqual(claims.length);
    });

    it("stores a batch whole, byte for byte, and skips documents already stored", async () => {
      const texts = [TEXT, `${TEXT}\n\nA second telling.`, `${TEXT}\n\nA third.`];
      const batch = texts.map((t, i) => rowsFor(`abc`[i], t));
      const ids = await writeDocumentRows(store, batch);
      expect(ids).toEqual(batch.map((b) => b.id));
      for (const [i, b] of batch.entries()) {
        const read = await readDocument(store, b.id);
        expect(read?.document.text).toBe(texts[i]);
        expect(read?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Jalalabad", "Islamic State Khorasan Province (ISKP)", "ننگرهار"]));
      }
      const [{ claims }] = await store.query<{ claims: number }>("select count(*)::int as claims from claims where doc_id = $1", [batch[0].id]);
      expect(claims).toBeGreaterThan(0);
      // The same content again (and one new document in the same batch): the known ones come back null.
      const again = await writeDocumentRows(store, [batch[1], rowsFor("d", `${TEXT}\n\nA fourth.`), batch[0]]);
      expect(again[0]).toBeNull();
      expect(again[1]).toMatch(/^d[0-9a-f]{16}$/);
      expect(again[2]).toBeNull();
    });
  });
}
