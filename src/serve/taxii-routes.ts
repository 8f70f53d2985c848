// A read-only TAXII 2.1 server under /taxii2/ (OASIS TAXII 2.1, §4 API root, §5 collections): discovery, one API
// root, and one collection per TLP level the caller may read. The collection "tlp-green" holds the STIX export at
// --tlp-max GREEN: every object marked GREEN or below, as a GREEN reader sees it (cumulative, so a partner can take
// one collection and know everything in it may be shared under that marking). A collection above the caller's
// clearance does not exist for them (404). Authentication: HTTP Basic USER:TOKEN or Bearer TOKEN (src/serve/auth.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { exportStix, type StixObject } from "../share/stix/export.js";
import { uuidv5 } from "../share/stix/ids.js";
import { EXTENSION_ID, WATCHFLOOR_IDENTITY_ID } from "../share/stix/extension.js";
import { levelOfRefs, TLP_MARKINGS } from "../share/stix/markings.js";
import { auditRead } from "../store/audit.js";
import type { Store } from "../store/open-store.js";
import { LEVELS, tlpOf, type Level } from "../store/tlp.js";

export const TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";
export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

const FIXED_IDS = new Set([...TLP_MARKINGS.map((m) => m.id), EXTENSION_ID, WATCHFLOOR_IDENTITY_ID]);
const ALIASES = ["tlp-clear", "tlp-green", "tlp-amber", "tlp-amber-strict", "tlp-red"];
export const collectionId = (level: Level) => uuidv5(`taxii-collection:${ALIASES[level]}`);

export function collectionFor(level: Level) {
  const tlp = tlpOf(level);
  return {
    id: collectionId(level),
    title: level === 0 ? "TLP:CLEAR" : `${tlp} and below`,
    description:
      `The Watchfloor picture as a ${tlp} reader sees it: every object marked ${tlp} or below, built only from documents marked ${tlp} or below` +
      " (the same as `watchfloor export stix --tlp-max " + tlp.replace("TLP:", "") + "`).",
    alias: ALIASES[level],
    can_read: true,
    can_write: false,
    media_types: [STIX_MEDIA_TYPE],
  };
}

interface Entry {
  obj: StixObject;
  id: string;
  type: string;
  version: string;
  dateAdded: string;
  dateAddedMs: number;
  level: Level;
}

class TaxiiError extends Error {
  constructor(readonly status: number, readonly title: string, description: string) {
    super(description);
  }
}

/** Accept: the TAXII 2.1 media type (with or without its version), application/*, * / *, or nothing at all. */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept || !accept.trim()) return true;
  return accept.split(",").some((range) => {
    const [type, ...params] = range.split(";").map((s) => s.trim().toLowerCase());
    const version = params.find((p) => p.startsWith("version="))?.slice(8).replace(/"/g, "");
    const q = params.find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) return false;
    if (type === "*/*" || type === "application/*") return true;
    return type === "application/taxii+json" && (version === undefined || version === "2.1");
  });
}

function one(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.length ? String(v[v.length - 1]) : undefined;
  return v === undefined ? undefined : String(v);
}
function list(v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(",")).map((s) => s.trim()).filter(Boolean);
  return parts;
}

function parseTimestamp(v: string, what: string): number {
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) || !Number.isFinite(t)) {
    throw new TaxiiError(400, "Bad Request", `${what} must be an RFC 3339 timestamp such as 2024-01-31T12:00:00.000Z (got "${v.slice(0, 60)}")`);
  }
  return t;
}

export async function taxiiRoutes(app: FastifyInstance, store: Store): Promise<void> {
  // One picture per level, rebuilt when the store changes (documents, markings, reviews, merges, outlets).
  const cache = new Map<Level, { stamp: string; entries: Entry[] }>();
  const stampOf = async () => {
    const [r] = await store.query<Record<string, unknown>>(
      `select (select count(*) from documents)::text || ':' ||
              (select coalesce(md5(string_agg(id || tlp || reliability || coalesce(outlet, ''), ',' order by id)), '') from documents) || ':' ||
              (select coalesce(max(id), 0) from claim_reviews)::text || ':' || (select coalesce(max(id), 0) from entity_merges)::text || ':' ||
              (select coalesce(md5(string_agg(outlet || reliability, ',' order by outlet)), '') from sources) as stamp`,
    );
    return String(r?.stamp ?? "");
  };
  const entriesAt = async (level: Level): Promise<Entry[]> => {
    const stamp = await stampOf();
    const hit = cache.get(level);
    if (hit && hit.stamp === stamp) return hit.entries;
    const bundle = await exportStix(store, { level });
    const raw = bundle.objects.map((obj) => {
      const version = String(obj.modified ?? obj.created);
      return { obj, id: obj.id, type: obj.type, version, level: levelOfRefs(obj.object_marking_refs) };
    });
    // Objects built from documents were added when their latest document or review came; the fixed objects
    // (markings, the extension-definition, the Watchfloor identity) with the first of them.
    const fixed = (o: StixObject) => FIXED_IDS.has(o.id);
    const firstAdded = raw.filter((r) => !fixed(r.obj)).map((r) => r.version).sort()[0];
    const entries = raw
      .map((r) => {
        const dateAdded = fixed(r.obj) && firstAdded ? firstAdded : r.version;
        return { ...r, dateAdded, dateAddedMs: Date.parse(dateAdded) };
      })
      .sort((a, b) => a.dateAddedMs - b.dateAddedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    cache.set(level, { stamp, entries });
    return entries;
  };

  await app.register(
    async (taxii) => {
      taxii.addHook("onRequest", async (req, reply) => {
        if (!acceptsTaxii(req.headers.accept)) {
          return sendError(reply, new TaxiiError(406, "Not Acceptable", `this server speaks ${TAXII_MEDIA_TYPE}`));
        }
      });
      taxii.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
        if (err instanceof TaxiiError) return sendError(reply, err);
        const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
        if (status >= 500) req.log.error(err);
        return sendError(reply, new TaxiiError(status, status >= 500 ? "Internal Server Error" : "Bad Request", status >= 500 ? "internal error" : err.message));
      });
      taxii.setNotFoundHandler((req, reply) => sendError(reply, new TaxiiError(404, "Not Found", `no TAXII resource ${req.method} ${req.url.split("?")[0]}`)));

      const get = (path: string, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) => {
        taxii.get(path, handler);
        if (path.endsWith("/") && path.length > 1) taxii.get(path.slice(0, -1), handler);
      };
      const readOnly = (path: string) => {
        for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
          taxii.route({ method, url: path, handler: async (_req, reply) => sendError(reply, new TaxiiError(method === "POST" || method === "DELETE" ? 403 : 405, "Forbidden", "the collections of this server are read-only (can_write: false)")) });
        }
      };

      get("/", async (req, reply) => {
        const base = `${req.protocol}://${req.headers.host ?? "localhost"}/taxii2`;
        return send(reply, {
          title: "Watchfloor TAXII 2.1 server",
          description: "The Watchfloor threat picture as STIX 2.1, one collection per TLP 2.0 level the caller may read.",
          contact: "the operator of this Watchfloor instance",
          default: `${base}/api/`,
          api_roots: [`${base}/api/`],
        });
      });
      get("/api/", async (_req, reply) =>
        send(reply, {
          title: "Watchfloor",
          description: "The reconciled threat picture: reports, actors, places, events (x-watchfloor-event), claims as notes and relationships, under TLP 2.0 markings.",
          versions: [TAXII_MEDIA_TYPE],
          max_content_length: 0,
        }),
      );
      get("/api/collections/", async (req, reply) => send(reply, { collections: LEVELS.filter((l) => l <= req.viewer.level).map(collectionFor) }));

      const collectionLevel = (req: FastifyRequest): Level => {
        const ref = String((req.params as { cid?: string }).cid ?? "");
        const level = LEVELS.find((l) => collectionId(l) === ref || ALIASES[l] === ref);
        if (level === undefined || level > req.viewer.level) throw new TaxiiError(404, "Not Found", `no collection ${ref.slice(0, 100)} (list them at /taxii2/api/collections/)`);
        return level;
      };
      get("/api/collections/:cid/", async (req, reply) => send(reply, collectionFor(collectionLevel(req))));

      /** The filters of §3.5 and the paging of §3.4 over a collection's entries. */
      const page = (req: FastifyRequest, entries: Entry[], objectId?: string) => {
        const q = req.query as Record<string, unknown>;
        let rows = objectId ? entries.filter((e) => e.id === objectId) : entries;
        if (objectId && !rows.length) throw new TaxiiError(404, "Not Found", `no object ${objectId.slice(0, 100)} in this collection`);
        const ids = list(q["match[id]"]);
        if (ids) rows = rows.filter((e) => ids.includes(e.id));
        const types = list(q["match[type]"]);
        if (types) rows = rows.filter((e) => types.includes(e.type));
        const specs = list(q["match[spec_version]"]);
        if (specs) rows = rows.filter(() => specs.includes("2.1"));
        const versions = list(q["match[version]"]);
        if (versions && !versions.some((v) => v === "all" || v === "first" || v === "last")) {
          const wanted = new Set(versions.map((v) => parseTimestamp(v, "match[version]")));
          rows = rows.filter((e) => wanted.has(Date.parse(e.version)));
        }
        const after = one(q.added_after);
        if (after !== undefined) {
          const t = parseTimestamp(after, "added_after");
          rows = rows.filter((e) => e.dateAddedMs > t);
        }
        const next = one(q.next);
        if (next !== undefined) {
          let cursor: { a: number; i: string };
          try {
            cursor = JSON.parse(Buffer.from(next, "base64url").toString("utf8"));
            if (typeof cursor.a !== "number" || typeof cursor.i !== "string") throw new Error();
          } catch {
            throw new TaxiiError(400, "Bad Request", "next is not a value this server gave");
          }
          rows = rows.filter((e) => e.dateAddedMs > cursor.a || (e.dateAddedMs === cursor.a && e.id > cursor.i));
        }
        const limitText = one(q.limit);
        let limit = DEFAULT_LIMIT;
        if (limitText !== undefined) {
          if (!/^\d+$/.test(limitText) || Number(limitText) < 1) throw new TaxiiError(400, "Bad Request", "limit must be a whole number ≥ 1");
          limit = Math.min(MAX_LIMIT, Number(limitText));
        }
        const items = rows.slice(0, limit);
        const more = rows.length > items.length;
        const last = items[items.length - 1];
        return { items, more, next: more && last ? Buffer.from(JSON.stringify({ a: last.dateAddedMs, i: last.id })).toString("base64url") : undefined };
      };
      const dateHeaders = (reply: FastifyReply, items: Entry[]) => {
        if (!items.length) return;
        reply.header("X-TAXII-Date-Added-First", items[0].dateAdded);
        reply.header("X-TAXII-Date-Added-Last", items[items.length - 1].dateAdded);
      };
      const audit = (req: FastifyRequest, items: Entry[]) =>
        auditRead(store, req.viewer, `GET ${req.url.split("?")[0]}`.slice(0, 400), items.map((e) => ({ id: e.id, tlp: tlpOf(e.level) })));

      get("/api/collections/:cid/objects/", async (req, reply) => {
        const { items, more, next } = page(req, await entriesAt(collectionLevel(req)));
        await audit(req, items);
        dateHeaders(reply, items);
        return send(reply, items.length ? { more, ...(next ? { next } : {}), objects: items.map((e) => e.obj) } : { more: false });
      });
      get("/api/collections/:cid/manifest/", async (req, reply) => {
        const { items, more, next } = page(req, await entriesAt(collectionLevel(req)));
        dateHeaders(reply, items);
        return send(
          reply,
          items.length
            ? { more, ...(next ? { next } : {}), objects: items.map((e) => ({ id: e.id, date_added: e.dateAdded, version: e.version, media_type: STIX_MEDIA_TYPE })) }
            : { more: false },
        );
      });
      get("/api/collections/:cid/objects/:oid/", async (req, reply) => {
        const { items, more, next } = page(req, await entriesAt(collectionLevel(req)), String((req.params as { oid: string }).oid));
        await audit(req, items);
        dateHeaders(reply, items);
        return send(reply, items.length ? { more, ...(next ? { next } : {}), objects: items.map((e) => e.obj) } : { more: false });
      });
      get("/api/collections/:cid/objects/:oid/versions/", async (req, reply) => {
        const { items, more, next } = page(req, await entriesAt(collectionLevel(req)), String((req.params as { oid: string }).oid));
        dateHeaders(reply, items);
        return send(reply, { more, ...(next ? { next } : {}), versions: items.map((e) => e.version) });
      });
      readOnly("/api/collections/:cid/objects/");
      readOnly("/api/collections/:cid/objects/:oid/");
    },
    { prefix: "/taxii2" },
  );
}

function send(reply: FastifyReply, body: unknown) {
  // A Buffer, so that the media type goes out exactly as TAXII writes it (no charset, no quoting).
  return reply.code(200).header("content-type", TAXII_MEDIA_TYPE).send(Buffer.from(JSON.stringify(body), "utf8"));
}

function sendError(reply: FastifyReply, err: TaxiiError) {
  return reply
    .code(err.status)
    .header("content-type", TAXII_MEDIA_TYPE)
    .send(Buffer.from(JSON.stringify({ title: err.title, description: err.message, http_status: String(err.status) }), "utf8"));
}
