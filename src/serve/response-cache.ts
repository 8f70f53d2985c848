// Caches GET answers of the read-heavy routes per clearance level, valid while the database's data_version
// (bumped by a trigger on every statement that changes the picture) stays the same. Readers cleared for
// AMBER+STRICT or RED are never served from the cache: their reads must reach the handlers that audit them.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Store } from "../store/open-store.js";

const CACHEABLE = ["/api/overview", "/api/events", "/api/map", "/api/search", "/api/network", "/api/estimates", "/api/entities", "/api/documents", "/api/geo/"];
const MAX_ENTRIES = 2000;
const MAX_BODY = 4 * 1024 * 1024;

interface Entry {
  version: string;
  body: string;
  type: string;
}

declare module "fastify" {
  interface FastifyRequest {
    cacheKey?: string;
    cacheVersion?: string;
  }
}

function cacheable(req: FastifyRequest): boolean {
  if (req.method !== "GET" || !req.viewer || req.viewer.level > 2) return false;
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
      return reply.header("x-watchfloor-cache", "hit").type(hit.type).send(hit.body);
    }
    req.cacheKey = key;
    req.cacheVersion = version;
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if (!req.cacheKey || reply.statusCode !== 200 || typeof payload !== "string" || payload.length > MAX_BODY) return payload;
    cache.set(req.cacheKey, { version: req.cacheVersion!, body: payload, type: String(reply.getHeader("content-type") ?? "application/json; charset=utf-8") });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return payload;
  });
}
