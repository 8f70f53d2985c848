// Caches GET answers of the read-heavy routes per clearance level, valid while the database's data_version
// (bumped by a trigger on every statement that changes the picture) stays the same. What the handler audited
// (reads of AMBER+STRICT and RED material) is kept with the answer and audited again on every hit, for the reader
// who asks.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { auditRead, type Marked } from "../store/audit.js";
import type { Store } from "../store/open-store.js";

const CACHEABLE = ["/api/overview", "/api/events", "/api/map", "/api/search", "/api/network", "/api/estimates", "/api/entities", "/api/documents", "/api/geo/"];
const MAX_ENTRIES = 2000;
const MAX_BODY = 4 * 1024 * 1024;

interface Entry {
  version: string;
  body: string;
  type: string;
  audits: { route: string; objects: Marked[] }[];
}

declare module "fastify" {
  interface FastifyRequest {
    cacheKey?: string;
    cacheVersion?: string;
    cacheAudits?: { route: string; objects: Marked[] }[];
  }
}

function cacheable(req: FastifyRequest): boolean {
  if (req.method !== "GET" || !req.viewer) return false;
  const path = req.url.split("?")[0];
  // Lists only: a detail route (/api/events/ID) stays uncached.
  return CACHEABLE.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p));
}

export function registerResponseCache(app: FastifyInstance, store: Store): void {
  const cache = new Map<string, Entry>();
  app.addHook("preHandler", async (req, reply) => {
    if (!cacheable(req)) return;
    const [row] = await store.query<{ v: string }>(`select v::text as v from data_version where id = 1`);
    const version = row?.v ?? "0";
    const key = `${req.viewer.level}|${req.url}`;
    const hit = cache.get(key);
    if (hit && hit.version === version) {
      cache.delete(key); // keep the most recently used last
      cache.set(key, hit);
      for (const a of hit.audits) await auditRead(store, req.viewer, a.route, a.objects);
      return reply.header("x-watchfloor-cache", "hit").type(hit.type).send(hit.body);
    }
    req.cacheKey = key;
    req.cacheVersion = version;
    req.cacheAudits = [];
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if (!req.cacheKey || reply.statusCode !== 200 || typeof payload !== "string" || payload.length > MAX_BODY) return payload;
    cache.set(req.cacheKey, {
      version: req.cacheVersion!,
      body: payload,
      type: String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"),
      audits: (req.cacheAudits ?? []).filter((a) => a.objects.length),
    });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return payload;
  });
}

/** Audits a read, and keeps what was audited with the answer so that a cache hit audits it again. */
export async function auditAndRemember(store: Store, req: FastifyRequest, route: string, objects: Marked[]): Promise<void> {
  req.cacheAudits?.push({ route, objects: objects.filter((o) => o.tlp === "TLP:AMBER+STRICT" || o.tlp === "TLP:RED") });
  await auditRead(store, req.viewer, route, objects);
}
