// The HTTP server: the JSON API under /api/ and the web app (web/dist) at /, with strict security headers.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Store } from "../store/open-store.js";
import { apiRoutes } from "./api-routes.js";
import { registerAuth } from "./auth.js";
import { registerResponseCache } from "./response-cache.js";
import { taxiiRoutes } from "./taxii-routes.js";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

// Report text is hostile: the web app renders it as text, and the page may run only its own scripts.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export interface ServerOptions {
  logger?: boolean;
  webDir?: string;
  /** An explicitly public instance: no token, TLP:CLEAR only, read-only. */
  public?: boolean;
}

export async function buildServer(store: Store, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false, allErrors: false } },
  });

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, req, reply) => {
    const status = err.validation ? 400 : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    const message = status >= 500 ? "internal error" : err.message;
    void reply.code(status).send({ error: status === 400 ? "Bad Request" : status === 413 ? "Payload Too Large" : status >= 500 ? "Internal Server Error" : "Error", message });
  });

  registerAuth(app, store, { public: opts.public });
  registerResponseCache(app, store);
  await apiRoutes(app, store);
  await taxiiRoutes(app, store);

  const webDir = opts.webDir ?? WEB_DIST;
  const hasWeb = existsSync(`${webDir}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, prefix: "/", index: ["index.html"], wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || req.method !== "GET") {
      return reply.code(404).send({ error: "Not Found", message: `no route ${req.method} ${req.url.split("?")[0]}` });
    }
    // Client-side routes (/events/…, /documents/…) all load the app.
    if (hasWeb) return reply.type("text/html; charset=utf-8").sendFile("index.html");
    return reply.code(404).type("text/plain; charset=utf-8").send("The web app is not built: run npm run build.\n");
  });
  return app;
}
