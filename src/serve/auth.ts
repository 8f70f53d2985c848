// Who is asking: a token (Authorization: Bearer TOKEN, or HTTP Basic USER:TOKEN for TAXII clients), or, on an
// instance started as public, an anonymous reader of TLP:CLEAR material. Every read is filtered by the viewer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../store/open-store.js";
import { PUBLIC_VIEWER, viewerForToken, type Viewer } from "../store/users.js";

declare module "fastify" {
  interface FastifyRequest {
    viewer: Viewer;
  }
}

export interface AuthOptions {
  /** An explicitly public instance: no token needed, TLP:CLEAR only, read-only. */
  public?: boolean;
}

const OPEN = new Set(["/api/health"]);

export function credentials(header: string | undefined): { token: string; user?: string } | null {
  if (!header) return null;
  const [scheme, value] = header.split(/\s+/, 2);
  if (!value) return null;
  if (/^bearer$/i.test(scheme)) return { token: value.trim() };
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i < 0) return null;
    return { user: decoded.slice(0, i), token: decoded.slice(i + 1) };
  }
  return null;
}

export function registerAuth(app: FastifyInstance, store: Store, opts: AuthOptions): void {
  app.decorateRequest("viewer", null as unknown as Viewer);
  app.addHook("onRequest", async (req, reply) => {
    const path = req.url.split("?")[0];
    const guarded = path.startsWith("/api/") || path.startsWith("/taxii2/");
    if (!guarded || OPEN.has(path)) {
      req.viewer = PUBLIC_VIEWER;
      return;
    }
    const cred = credentials(req.headers.authorization);
    if (cred) {
      const viewer = await viewerForToken(store, cred.token, cred.user);
      if (viewer) {
        req.viewer = viewer;
        return;
      }
      return unauthorized(reply, "the token is not valid");
    }
    if (opts.public) {
      req.viewer = PUBLIC_VIEWER;
      return;
    }
    return unauthorized(reply, "a token is required: Authorization: Bearer TOKEN (create one with: watchfloor token create USER)");
  });
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply
    .code(401)
    .header("www-authenticate", 'Bearer realm="watchfloor", Basic realm="watchfloor"')
    .send({ error: "Unauthorized", message });
}

/** Analysts and admins may change the picture (ingest, review, merge); viewers only read. */
export function requireAnalyst(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.viewer.role === "analyst" || req.viewer.role === "admin") return true;
  void reply.code(403).send({ error: "Forbidden", message: `${req.viewer.name} is a ${req.viewer.role}: only analysts and admins may change the picture` });
  return false;
}
