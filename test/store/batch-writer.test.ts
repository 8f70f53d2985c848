// The batch writer groups documents into one statement each: at least `minDocs` of them when a bulk ingest has
// them on their way, everything at once on flush, and a document that the database refuses fails alone.
import { describe, expect, it } from "vitest";
import { BatchWriter } from "../../src/store/batch-writer.js";
import type { Store } from "../../src/store/open-store.js";
import { columnElements } from "../../src/store/text-arrays.js";
import type { DocumentRows } from "../../src/store/write-document.js";

/** A document whose only value is its id (the documents row's first column); the other 30 columns have no elements. */
const rows = (id: string): DocumentRows => {
  const { bytes, ends } = columnElements([[id], ...Array.from({ length: 30 }, () => [])]);
  return { id, chars: 100, bytes, ends, counts: [1, 0, 0, 0], entities: [] };
};

/** The values of a binary text[] parameter (PostgreSQL's array format: header, then length and bytes per element). */
function textArrayValues(param: Uint8Array[]): string[] {
  const buf = Buffer.concat(param);
  if (buf.readInt32BE(0) === 0) return [];
  const out: string[] = [];
  let o = 20;
  for (let i = 0; i < buf.readInt32BE(12); i++) {
    const n = buf.readInt32BE(o);
    out.push(buf.subarray(o + 4, o + 4 + n).toString("utf8"));
    o += 4 + n;
  }
  return out;
}

/** A store that records each statement's documents and refuses any batch holding a document named "bad…". */
function fakeStore() {
  const batches: string[][] = [];
  const store = {
    kind: "pglite",
    location: "fake",
    async queryPieces(_name: string, _sql: string, params: Uint8Array[][]) {
      const docs = textArrayValues(params[0]);
      batches.push(docs);
      if (docs.some((d) => d.startsWith("bad"))) throw new Error("refused");
      return docs.map((id) => [id]);
    },
    async close() {},
  } as unknown as Store;
  return { store, batches };
}

describe("BatchWriter", () => {
  it("writes at least minDocs per statement while documents keep coming", async () => {
    const { store, batches } = fakeStore();
    const writer = new BatchWriter(store, { minDocs: 8, maxWaitMs: 10_000 });
    const writes: Promise<string | null>[] = [];
    for (let i = 0; i < 24; i++) {
      writes.push(writer.write(rows(`d${i}`)));
      await new Promise((r) => setImmediate(r)); // documents arrive one by one, as workers finish them
    }
    await writer.flush();
    expect(await Promise.all(writes)).toEqual(Array.from({ length: 24 }, (_, i) => `d${i}`));
    expect(batches.map((b) => b.length)).toEqual([8, 8, 8]);
  });

  it("flush writes what is queued at once, without waiting for a batch to fill", async () => {
    const { store, batches } = fakeStore();
    const writer = new BatchWriter(store, { minDocs: 32, maxWaitMs: 60_000 });
    const started = performance.now();
    const a = writer.write(rows("a"));
    const b = writer.write(rows("b"));
    await writer.flush();
    expect(await Promise.all([a, b])).toEqual(["a", "b"]);
    expect(batches).toEqual([["a", "b"]]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("writes a partial batch after maxWaitMs when no more documents come", async () => {
    const { store, batches } = fakeStore();
    const writer = new BatchWriter(store, { minDocs: 32, maxWaitMs: 20 });
    expect(await writer.write(rows("alone"))).toBe("alone");
    expect(batches).toEqual([["alone"]]);
  });

  it("a document the database refuses fails alone; the rest of its batch is written", async () => {
    const { store } = fakeStore();
    const writer = new BatchWriter(store, { minDocs: 3, maxWaitMs: 10_000 });
    const results = await Promise.allSettled([writer.write(rows("x")), writer.write(rows("bad1")), writer.write(rows("y"))]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });
});
