// Users, roles, clearances and API tokens (stored as SHA-256 hashes; a token is shown once, at creation).
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Store } from "./open-store.js";
import { ROLES, tokens, users, type Role } from "./schema.js";
import { tlpOf, type Level } from "./tlp.js";

/** Who is reading: every read is filtered by `level`; `role` decides what they may change. */
export interface Viewer {
  name: string;
  role: Role;
  level: Level;
}

/** The command line works on its own database with full access. */
export const LOCAL_OPERATOR: Viewer = { name: "local", role: "admin", level: 4 };
/** Anyone, on an instance started as public: TLP:CLEAR only, read-only. */
export const PUBLIC_VIEWER: Viewer = { name: "public", role: "viewer", level: 0 };

export class UserError extends Error {}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function parseRole(v: string): Role {
  if ((ROLES as readonly string[]).includes(v)) return v as Role;
  throw new UserError(`unknown role "${v}" (viewer, analyst or admin)`);
}

export async function addUser(store: Store, name: string, role: Role, clearance: Level): Promise<void> {
  if (!NAME.test(name)) throw new UserError(`a user name is 1–64 letters, digits and . _ @ - (got "${name}")`);
  const existing = await store.db.select().from(users).where(eq(users.name, name));
  if (existing.length) {
    await store.db.update(users).set({ role, clearance }).where(eq(users.name, name));
  } else {
    await store.db.insert(users).values({ name, role, clearance });
  }
}

export async function listUsers(store: Store): Promise<{ name: string; role: string; clearance: string; tokens: number; createdAt: string }[]> {
  const rows = await store.query<{ name: string; role: string; clearance: number; tokens: number; created_at: string }>(
    `select u.name, u.role, u.clearance, (select count(*)::int from tokens t where t.user_name = u.name) as tokens,
            to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
       from users u order by u.name`,
  );
  return rows.map((r) => ({ name: r.name, role: r.role, clearance: tlpOf(Number(r.clearance)), tokens: Number(r.tokens), createdAt: r.created_at }));
}

export async function removeUser(store: Store, name: string): Promise<boolean> {
  const rows = await store.db.delete(users).where(eq(users.name, name)).returning({ name: users.name });
  return rows.length > 0;
}

/** Creates a token for a user and returns it: it cannot be shown again. */
export async function createToken(store: Store, userName: string, label?: string): Promise<string> {
  const [user] = await store.db.select().from(users).where(eq(users.name, userName));
  if (!user) throw new UserError(`no user "${userName}" (add one with: watchfloor user add NAME --role viewer --clearance GREEN)`);
  const token = `wf_${randomBytes(24).toString("base64url")}`;
  await store.db.insert(tokens).values({ hash: hashToken(token), userName, label: label ?? null });
  return token;
}

export async function revokeTokens(store: Store, userName: string): Promise<number> {
  const rows = await store.db.delete(tokens).where(eq(tokens.userName, userName)).returning({ h: tokens.hash });
  return rows.length;
}

/** The viewer a token belongs to, or null. A user name given with the token (HTTP Basic) must match it. */
export async function viewerForToken(store: Store, token: string, userName?: string): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const rows = await store.query<{ name: string; role: Role; clearance: number }>(
    `select u.name, u.role, u.clearance from tokens t join users u on u.name = t.user_name where t.hash = $1`,
    [hashToken(token)],
  );
  const u = rows[0];
  if (!u || (userName !== undefined && userName !== u.name)) return null;
  return { name: u.name, role: u.role, level: Math.max(0, Math.min(4, Number(u.clearance))) as Level };
}

export async function countUsers(store: Store): Promise<number> {
  const [r] = await store.query<{ n: number }>(`select count(*)::int as n from users`);
  return Number(r?.n ?? 0);
}
