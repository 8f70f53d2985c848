// The JSON API (docs/API.md): validated inputs (a bad parameter is a 400 with a message, never a 500).
import type { FastifyInstance } from "fastify";
import { estimateSeries } from "../analyze/estimates.js";
import { network, overview } from "../analyze/overview.js";
import { ingestText } from "../ingest/ingest-text.js";
import { canonicalActor } from "../resolve/actor-names.js";
import { EntityError, getEntity, listEntities } from "../resolve/entities.js";
import { reviewClaim, ReviewError } from "../resolve/review-claim.js";
import type { Store } from "../store/open-store.js";
import { countClaims, readClaims } from "../store/read-claims.js";
import { listDocuments, searchDocuments } from "../store/read-documents.js";
import { countEvents, getEvent, listEvents, mapData, type EventFilter } from "../store/read-events.js";
import { readDocument } from "../store/read-document.js";
import { geoFile } from "./geo-files.js";
import { requireAnalyst } from "./auth.js";
import type { Marked } from "../store/audit.js";
import { auditAndRemember } from "./response-cache.js";
import { levelOf, tlpOf, type Level } from "../store/tlp.js";
import type { ReconciledEvent } from "../resolve/reconcile-event.js";
import { parseTlp } from "../ingest/report-metadata.js";

const eventMarks = (e: ReconciledEvent): Marked[] => e.sources.map((s) => ({ id: s.doc_id, tlp: s.tlp }));
const parseTlpSafe = (v: string) => {
  try {
    return parseTlp(v);
  } catch {
    return null;
  }
};

const DATE = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";
const page = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, maximum: 10_000_000, default: 0 },
} as const;
const eventFilters = {
  country: { type: "string", pattern: "^[A-Za-z]{2}$" },
  admin1: { type: "string", minLength: 1, maxLength: 100 },
  since: { type: "string", pattern: DATE },
  until: { type: "string", pattern: DATE },
  actor: { type: "string", minLength: 1, maxLength: 100 },
} as const;
const idParam = { type: "object", properties: { id: { type: "string", minLength: 1, maxLength: 200 } }, required: ["id"] } as const;

interface EventQuery {
  country?: string;
  admin1?: string;
  since?: string;
  until?: string;
  actor?: string;
  limit: number;
  offset: number;
}

const filterOf = (q: EventQuery, level: Level): EventFilter => ({
  level,
  country: q.country,
  admin1: q.admin1,
  since: q.since,
  until: q.until,
  actor: q.actor ? canonicalActor(q.actor) : undefined,
});

export async function apiRoutes(app: FastifyInstance, store: Store): Promise<void> {
  app.get("/api/health", async () => ({ ok: true, store: store.kind }));

  app.get("/api/me", async (req) => ({ name: req.viewer.name, role: req.viewer.role, clearance: tlpOf(req.viewer.level) }));

  app.get("/api/overview", async (req) => overview(store, req.viewer.level));

  app.get<{ Querystring: EventQuery }>(
    "/api/events",
    { schema: { querystring: { type: "object", properties: { ...eventFilters, ...page } } } },
    async (req) => {
      const f = filterOf(req.query, req.viewer.level);
      const [total, items] = await Promise.all([countEvents(store, f), listEvents(store, { ...f, limit: req.query.limit, offset: req.query.offset })]);
      await auditAndRemember(store, req, "GET /api/events", items.flatMap(eventMarks));
      return { total, limit: req.query.limit, offset: req.query.offset, items };
    },
  );

  app.get<{ Params: { id: string } }>("/api/events/:id", { schema: { params: idParam } }, async (req, reply) => {
    const event = await getEvent(store, req.params.id, req.viewer.level);
    if (!event) return reply.code(404).send({ error: "Not Found", message: "no such event" });
    await auditAndRemember(store, req, `GET /api/events/${req.params.id}`, eventMarks(event));
    return { event, claims: await readClaims(store, { ids: event.claim_ids, includeRejected: true, level: req.viewer.level }) };
  });

  app.get<{ Querystring: Omit<EventQuery, "limit" | "offset"> }>(
    "/api/map",
    { schema: { querystring: { type: "object", properties: eventFilters } } },
    async (req) => mapData(store, filterOf(req.query as EventQuery, req.viewer.level)),
  );

  app.get<{ Params: { name: string } }>(
    "/api/geo/:name",
    { schema: { params: { type: "object", properties: { name: { type: "string", enum: ["provinces", "countries"] } }, required: ["name"] } } },
    async (req, reply) => {
      const body = await geoFile(req.params.name as "provinces" | "countries");
      if (!body) return reply.code(404).send({ error: "Not Found", message: `no ${req.params.name} outlines in this installation` });
      return reply.header("content-type", "application/geo+json; charset=utf-8").header("cache-control", "public, max-age=3600").send(body);
    },
  );

  app.get<{ Querystring: { limit: number; offset: number } }>(
    "/api/documents",
    { schema: { querystring: { type: "object", properties: page } } },
    async (req) => {
      const all = await listDocuments(store, req.viewer.level);
      const items = all.slice(req.query.offset, req.query.offset + req.query.limit);
      await auditAndRemember(store, req, "GET /api/documents", items.map((d) => ({ id: d.id, tlp: d.tlp })));
      return { total: all.length, limit: req.query.limit, offset: req.query.offset, items };
    },
  );

  app.get<{ Params: { id: string } }>("/api/documents/:id", { schema: { params: idParam } }, async (req, reply) => {
    const doc = await readDocument(store, req.params.id, req.viewer.level);
    if (!doc) return reply.code(404).send({ error: "Not Found", message: "no such document" });
    await auditAndRemember(store, req, `GET /api/documents/${req.params.id}`, [{ id: doc.document.id, tlp: doc.document.tlp }]);
    return { ...doc, claims: await readClaims(store, { doc: doc.document.id, includeRejected: true, level: req.viewer.level }) };
  });

  app.get<{ Querystring: { doc?: string; kind?: string; ids?: string; limit: number; offset: number } }>(
    "/api/claims",
    {
      schema: {
        querystring: {
          type: "object",
          properties: {
            doc: { type: "string", minLength: 1, maxLength: 200 },
            kind: { type: "string", enum: ["event", "quantity", "relation", "judgment"] },
            ids: { type: "string", maxLength: 20000, description: "comma-separated claim ids" },
            ...page,
          },
        },
      },
    },
    async (req) => {
      const f = { doc: req.query.doc, kind: req.query.kind, ids: req.query.ids ? req.query.ids.split(",").filter(Boolean).slice(0, 500) : undefined, includeRejected: true, level: req.viewer.level };
      const [total, items] = await Promise.all([countClaims(store, f), readClaims(store, { ...f, limit: req.query.limit, offset: req.query.offset })]);
      await auditAndRemember(store, req, "GET /api/claims", items.map((c) => ({ id: c.docId, tlp: c.tlp })));
      return { total, limit: req.query.limit, offset: req.query.offset, items };
    },
  );

  app.get<{ Params: { id: string } }>("/api/claims/:id", { schema: { params: idParam } }, async (req, reply) => {
    const [claim] = await readClaims(store, { ids: [req.params.id], includeRejected: true, level: req.viewer.level });
    if (!claim) return reply.code(404).send({ error: "Not Found", message: "no such claim" });
    await auditAndRemember(store, req, `GET /api/claims/${req.params.id}`, [{ id: claim.docId, tlp: claim.tlp }]);
    const history = await store.query(
      `select action, before, changes, reason, "by", to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at from claim_reviews where claim_id = $1 order by id`,
      [req.params.id],
    );
    return { ...claim, history };
  });

  app.post<{ Params: { id: string }; Body: { action: "reject" | "correct" | "restore"; fields?: Record<string, unknown>; reason: string; by?: string } }>(
    "/api/claims/:id/review",
    {
      schema: {
        params: idParam,
        body: {
          type: "object",
          required: ["action", "reason"],
          additionalProperties: false,
          properties: {
            action: { type: "string", enum: ["reject", "correct", "restore"] },
            fields: { type: "object", maxProperties: 20 },
            reason: { type: "string", minLength: 1, maxLength: 2000 },
            by: { type: "string", minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, reply) => {
      if (!requireAnalyst(req, reply)) return reply;
      const [visible] = await readClaims(store, { ids: [req.params.id], includeRejected: true, level: req.viewer.level });
      if (!visible) return reply.code(404).send({ error: "Not Found", message: "no such claim" });
      try {
        // The reviewer is whoever the token belongs to: a name in the body cannot stand in for it.
        await reviewClaim(store, req.params.id, { ...req.body, by: req.viewer.name });
      } catch (err) {
        if (err instanceof ReviewError) return reply.code(err.status).send({ error: err.status === 404 ? "Not Found" : "Bad Request", message: err.message });
        throw err;
      }
      const [claim] = await readClaims(store, { ids: [req.params.id], includeRejected: true, level: req.viewer.level });
      return claim;
    },
  );

  app.get<{ Querystring: { kind?: string } }>(
    "/api/entities",
    { schema: { querystring: { type: "object", properties: { kind: { type: "string", enum: ["actor", "person"] } } } } },
    async (req) => listEntities(store, req.query.kind, req.viewer.level),
  );

  app.get<{ Params: { id: string } }>("/api/entities/:id", { schema: { params: idParam } }, async (req, reply) => {
    try {
      return await getEntity(store, req.params.id, req.viewer.level);
    } catch (err) {
      // The message names no entity: what a reader may not see, they are not told about.
      if (err instanceof EntityError) return reply.code(404).send({ error: "Not Found", message: "no such entity" });
      throw err;
    }
  });

  app.get("/api/network", async (req) => network(store, req.viewer.level));

  app.get<{ Querystring: { actor?: string; measure?: string } }>(
    "/api/estimates",
    {
      schema: {
        querystring: {
          type: "object",
          properties: { actor: { type: "string", minLength: 1, maxLength: 100 }, measure: { type: "string", minLength: 1, maxLength: 50 } },
        },
      },
    },
    async (req) => {
      const claims = await readClaims(store, { kind: "quantity", level: req.viewer.level });
      await auditAndRemember(store, req, "GET /api/estimates", claims.map((c) => ({ id: c.docId, tlp: c.tlp })));
      return estimateSeries(claims, req.query.actor ? canonicalActor(req.query.actor) : undefined).filter((s) => !req.query.measure || s.measure === req.query.measure);
    },
  );

  app.get<{ Querystring: { q: string; limit: number } }>(
    "/api/search",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["q"],
          properties: { q: { type: "string", minLength: 1, maxLength: 500 }, limit: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        },
      },
    },
    async (req) => {
      const hits = await searchDocuments(store, req.query.q, req.query.limit, req.viewer.level);
      await auditAndRemember(store, req, "GET /api/search", hits.map((h) => ({ id: h.id, tlp: h.tlp })));
      return hits;
    },
  );

  app.post<{ Body: { name: string; text: string; title?: string; url?: string; outlet?: string; published?: string; tlp?: string; reliability?: string } }>(
    "/api/ingest",
    {
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        body: {
          type: "object",
          required: ["name", "text"],
          additionalProperties: false,
          properties: {
            name: { type: "string", minLength: 1, maxLength: 200, pattern: "^[^/\\\\\\u0000-\\u001f]+$" },
            text: { type: "string", minLength: 1, maxLength: 5 * 1024 * 1024 },
            title: { type: "string", maxLength: 2000 },
            url: { type: "string", maxLength: 2000 },
            outlet: { type: "string", maxLength: 200 },
            published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            tlp: { type: "string", maxLength: 30 },
            reliability: { type: "string", pattern: "^[A-Fa-f]$" },
          },
        },
      },
    },
    async (req, reply) => {
      if (!requireAnalyst(req, reply)) return reply;
      const tlp = req.body.tlp ? parseTlpSafe(req.body.tlp) : "TLP:CLEAR";
      if (!tlp) return reply.code(400).send({ error: "Bad Request", message: `unknown TLP marking "${req.body.tlp}"` });
      // Nobody marks a report above their own clearance: they could not read it back.
      if (levelOf(tlp) > req.viewer.level) return reply.code(403).send({ error: "Forbidden", message: `${req.viewer.name} may not mark a report ${tlp}` });
      const result = await ingestText(store, { ...req.body, tlp });
      if (result.status === "failed") return reply.code(400).send({ error: "Bad Request", message: result.reason });
      return result;
    },
  );
}
