// Document listings and full-text search (PostgreSQL tsvector + GIN, ranked, with a highlighted snippet).
import type { Store } from "./open-store.js";
import { MAX_LEVEL, type Level } from "./tlp.js";
import { webSearchTsquery } from "./search-lexemes.js";

export interface DocumentSummary {
  id: string;
  name: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  tlp: string;
  reliability: string;
  ingestedAt: string;
  chars: number;
  claims: number;
}

export async function listDocuments(store: Store, level: Level = MAX_LEVEL): Promise<DocumentSummary[]> {
  const rows = await store.query<Record<string, unknown>>(
    `select d.id, d.name, d.title, d.outlet, d.url, to_char(d.published, 'YYYY-MM-DD') as published, d.tlp, d.reliability,
            to_char(d.ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as ingested_at, length(d.text)::int as chars,
            (select count(*)::int from claims c where c.doc_id = d.id) as claims
       from documents d where d.tlp_level <= $1 order by d.published nulls last, d.name`,
    [level],
  );
  return rows.map((r) => ({
    id: String(r.id), name: String(r.name), title: (r.title as string) ?? null, outlet: (r.outlet as string) ?? null,
    url: (r.url as string) ?? null, published: (r.published as string) ?? null, tlp: String(r.tlp),
    reliability: String(r.reliability), ingestedAt: String(r.ingested_at), chars: Number(r.chars), claims: Number(r.claims),
  }));
}

export interface SearchHit {
  id: string;
  tlp: string;
  name: string;
  title: string | null;
  published: string | null;
  rank: number;
  /** A plain-text excerpt around the matches. */
  snippet: string;
  /** [start, end) of each highlighted match within snippet. */
  highlights: [number, number][];
}

// Delimiters that cannot occur in stored text (control characters are removed at ingest).
const START = "\u0001";
const STOP = "\u0002";

export function splitHighlights(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = "";
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = snippet.length;
    else if (ch === STOP) {
      if (open >= 0) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  // White space becomes plain spaces one for one, so the offsets stay true.
  return { snippet: snippet.replace(/\s/g, " "), highlights };
}

export async function searchDocuments(store: Store, query: string, limit = 20, level: Level = MAX_LEVEL): Promise<SearchHit[]> {
  const tsquery = webSearchTsquery(query.slice(0, 500));
  if (!tsquery) return [];
  const rows = await store.query<{ id: string; tlp: string; name: string; title: string | null; published: string | null; rank: number; marked: string }>(
    `with q as (select $1::tsquery as q)
     select d.id, d.tlp, d.name, d.title, to_char(d.published, 'YYYY-MM-DD') as published, ts_rank_cd(d.tsv, q.q)::float8 as rank,
            ts_headline('english', left(d.text, 200000), q.q,
                        'StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as marked
       from documents d, q
      where d.tsv @@ q.q and d.tlp_level <= $3
      order by rank desc, d.published desc nulls last, d.name
      limit $2`,
    [tsquery, Math.max(1, Math.min(limit, 500)), level],
  );
  return rows.map((r) => ({ id: r.id, tlp: r.tlp, name: r.name, title: r.title, published: r.published, rank: Number(r.rank), ...splitHighlights(r.marked) }));
}
