// Fills in the full-text vectors a database does not have yet: those of documents written before the vectors
// were built by the writer (see drizzle/0002). Runs on open; with nothing to do it is one index lookup.
import type { Store } from "./open-store.js";
import { documentTsvector } from "./search-lexemes.js";

export async function fillMissingSearchVectors(store: Store, batch = 200): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await store.query<{ id: string; title: string | null; text: string }>(
      `select id, title, text from documents where tsv is null order by id limit $1`,
      [batch],
    );
    if (!rows.length) return filled;
    const vectors = rows.map((r) => ({ id: r.id, tsv: documentTsvector(r.title, r.text) }));
    await store.query(
      `update documents d set tsv = x.tsv::tsvector from json_to_recordset($1::json) as x(id text, tsv text) where d.id = x.id`,
      [JSON.stringify(vectors)],
    );
    filled += rows.length;
  }
}
