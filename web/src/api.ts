// The JSON API (docs/API.md) as types and a small fetch helper. Everything that comes from a report is a plain
// string here and is rendered as text by React: never as HTML.
import { authHeaders, markUnauthorized } from "./auth";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Qualifier = "exact" | "at_least" | "more_than" | "approx";
export type Basis = "claimed" | "attributed" | "suspected";

export interface FigureReport {
  claim_id: string;
  doc: string;
  outlet: string | null;
  value: number;
  qualifier: Qualifier | null;
}

export interface Attribution {
  actor: string;
  basis: Basis | null;
  reports: number;
  docs: string[];
}

export interface EventSource {
  doc: string;
  doc_id: string;
  outlet: string | null;
  published: string | null;
  reliability: string;
}

export interface WEvent {
  id: string;
  date: string | null;
  date_precision: "day" | "month" | "year" | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  killed: number | null;
  killed_range: [number, number] | null;
  killed_reports: FigureReport[];
  injured: number | null;
  injured_range: [number, number] | null;
  injured_reports: FigureReport[];
  perpetrator: string | null;
  perpetrator_basis: Basis | null;
  attributions: Attribution[];
  method: string | null;
  sub_event_type: string | null;
  target: string | null;
  credibility: { date: number; place: number; killed: number; perpetrator: number } | null;
  sources: EventSource[];
  claim_ids: string[];
}

export interface Review {
  status?: "rejected" | "corrected" | "active";
  action?: "reject" | "correct" | "restore";
  original?: Record<string, unknown> | null;
  before?: Record<string, unknown> | null;
  changes?: Record<string, unknown> | null;
  by: string;
  at: string;
  reason: string;
}

export type ClaimKind = "event" | "quantity" | "relation" | "judgment";

export interface Claim {
  id: string;
  kind: ClaimKind;
  docId: string;
  doc: string;
  docTitle: string | null;
  published: string | null;
  confidence: number;
  fields: Record<string, unknown>;
  evidence: Span[];
  eventId: string | null;
  status?: "active" | "rejected";
  review: Review | null;
  history?: Review[];
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface Overview {
  counts: { documents: number; claims: number; events: number; entities: number };
  perMonth: { month: string; events: number; killed: number }[];
  byCountry: { country: string; events: number; killed: number }[];
  byAdmin1: { country: string; admin1: string; events: number; killed: number }[];
  latest: WEvent[];
  disagreements: WEvent[];
}

export interface MapData {
  provinces: { country: string; admin1: string; events: number; killed: number }[];
  points: {
    id: string; lat: number; lon: number; date: string | null; place: string | null; admin1: string | null;
    country: string | null; killed: number | null; perpetrator: string | null; target: string | null;
  }[];
}

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

export interface Mention {
  kind: "actor" | "person" | "place" | "date" | "number";
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface DocumentDetail {
  document: DocumentSummary & { text: string };
  mentions: Mention[];
  claims: Claim[];
}

export interface SearchHit {
  id: string;
  name: string;
  title: string | null;
  published: string | null;
  rank: number;
  snippet: string;
  highlights: [number, number][];
}

export interface NetworkData {
  nodes: { id: string; name: string; kind: string; mentions: number }[];
  edges: { id: string; source: string; target: string; type: string; claims: number; claimIds: string[] }[];
}

export interface EstimatePoint {
  when: string | null;
  whenBasis: "as_of" | "published" | null;
  min: number | null;
  max: number | null;
  by: string | null;
  doc: string;
  claimId: string;
  evidence: Span[];
}

export interface EstimateSeries {
  subject: string;
  measure: string;
  low: number | null;
  high: number | null;
  disagreement: boolean;
  points: EstimatePoint[];
}

export interface IngestResult {
  status: "added" | "skipped";
  reason?: string;
  document: DocumentSummary | null;
  claims: Claim[];
}

export interface IngestBody {
  name: string;
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  tlp?: string;
  reliability?: string;
}

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function errorOf(res: Response): Promise<ApiError> {
  if (res.status === 401) markUnauthorized();
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { message?: unknown; error?: unknown };
    if (typeof body.message === "string") message = body.message;
    else if (typeof body.error === "string") message = body.error;
  } catch {
    /* not JSON */
  }
  return new ApiError(message, res.status);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json", ...authHeaders() }, signal });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...authHeaders() }, body: JSON.stringify(body) });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

/** A query string from the set values only. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : "";
}

export const enc = encodeURIComponent;

/** Claims by id: GET /api/claims?ids=a,b (one request); per id (GET /api/claims/:id) if that is refused. */
export async function claimsByIds(ids: string[], signal?: AbortSignal): Promise<Claim[]> {
  if (!ids.length) return [];
  if (ids.length <= 500) {
    try {
      const page = await getJson<Page<Claim>>(`/api/claims${qs({ ids: ids.join(","), limit: 500 })}`, signal);
      const order = new Map(ids.map((id, i) => [id, i]));
      return page.items.filter((c) => order.has(c.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 400) throw e;
    }
  }
  const out = await Promise.all(ids.map((id) => getJson<Claim>(`/api/claims/${enc(id)}`, signal).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  })));
  return out.filter((c): c is Claim => c !== null);
}

/** POST /api/ingest with upload progress: "sending" while the body goes out, "extracting" once it has arrived. */
export function ingest(body: IngestBody, onStage: (stage: "sending" | "extracting", fraction: number) => void): Promise<IngestResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.setRequestHeader("accept", "application/json");
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => onStage("sending", e.lengthComputable && e.total ? e.loaded / e.total : 0);
    xhr.upload.onload = () => onStage("extracting", 1);
    xhr.onerror = () => reject(new ApiError("the server could not be reached", 0));
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 401) markUnauthorized();
      if (xhr.status >= 200 && xhr.status < 300 && parsed) resolve(parsed as IngestResult);
      else {
        const p = parsed as { message?: unknown } | null;
        reject(new ApiError(typeof p?.message === "string" ? p.message : `${xhr.status} ${xhr.statusText}`, xhr.status));
      }
    };
    onStage("sending", 0);
    xhr.send(JSON.stringify(body));
  });
}
