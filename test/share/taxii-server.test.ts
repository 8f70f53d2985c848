// The TAXII 2.1 server, read through a small client written from the specification (OASIS TAXII 2.1 §4–5):
// discover → API root → collections → page through objects with `next` until `more` is false → the same objects as
// the STIX export at the collection's level. Plus the clearance filter, content negotiation, filters, manifest,
// versions, errors and the audit log.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/serve/server.js";
import { collectionId } from "../../src/serve/taxii-routes.js";
import { exportStix, type StixObject } from "../../src/share/stix/export.js";
import { levelOfRefs } from "../../src/share/stix/markings.js";
import { readAudit } from "../../src/store/audit.js";
import { addUser, createToken } from "../../src/store/users.js";
import type { Level } from "../../src/store/tlp.js";
import { backends } from "../helpers/stores.js";
import { MARKED_REPORTS, seedPicture } from "./helpers-stix.js";

const TAXII = "application/taxii+json;version=2.1";

/** A TAXII 2.1 client, from the specification: HTTP Basic, the TAXII media type, `next` paging. */
class TaxiiClient {
  constructor(private readonly base: string, private readonly user: string, private readonly token: string) {}
  async get(url: string, accept = TAXII): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
    const res = await fetch(new URL(url, this.base), {
      headers: { accept, authorization: `Basic ${Buffer.from(`${this.user}:${this.token}`).toString("base64")}` },
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
  async discover() {
    const d = await this.get("/taxii2/");
    if (d.status !== 200) throw new Error(`discovery: ${d.status}`);
    return d.body as { default: string; api_roots: string[] };
  }
  async collections(apiRoot: string) {
    const r = await this.get(new URL("collections/", apiRoot).toString());
    return (r.body.collections ?? []) as { id: string; alias: string; can_read: boolean; media_types: string[] }[];
  }
  /** Every object of a collection, page by page. */
  async allObjects(apiRoot: string, collection: string, limit: number): Promise<{ objects: StixObject[]; pages: number }> {
    const objects: StixObject[] = [];
    let next: string | undefined;
    let pages = 0;
    for (;;) {
      const url = new URL(`collections/${collection}/objects/`, apiRoot);
      url.searchParams.set("limit", String(limit));
      if (next) url.searchParams.set("next", next);
      const r = await this.get(url.toString());
      if (r.status !== 200) throw new Error(`objects: ${r.status} ${JSON.stringify(r.body)}`);
      expect(r.headers.get("content-type")).toBe(TAXII);
      pages++;
      const page = (r.body.objects ?? []) as StixObject[];
      objects.push(...page);
      if (page.length) {
        expect(r.headers.get("x-taxii-date-added-first")).toBeTruthy();
        expect(r.headers.get("x-taxii-date-added-last")).toBeTruthy();
      }
      if (!r.body.more) break;
      next = r.body.next as string;
      expect(next).toBeTruthy();
      if (pages > 1000) throw new Error("paging does not end");
    }
    return { objects, pages };
  }
}

describe.each(backends)("TAXII 2.1 server ($name)", (backend) => {
  let env: Awaited<ReturnType<typeof backend.fresh>>;
  let app: FastifyInstance;
  let base: string;
  const clients = new Map<string, TaxiiClient>();
  const LEVEL_USERS: [string, Level][] = [["clear", 0], ["green", 1], ["amber", 2], ["red", 4]];

  beforeAll(async () => {
    env = await backend.fresh();
    await seedPicture(env.store, "first");
    for (const [name, level] of LEVEL_USERS) {
      await addUser(env.store, name, "viewer", level);
    }
    app = await buildServer(env.store);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
    for (const [name] of LEVEL_USERS) clients.set(name, new TaxiiClient(base, name, await createToken(env.store, name)));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await env?.cleanup();
  });

  it("a client from the specification discovers, lists its collections and pages through each to the export at that level", async () => {
    for (const [name, level] of LEVEL_USERS) {
      const c = clients.get(name)!;
      const discovery = await c.discover();
      expect(discovery.api_roots).toContain(discovery.default);
      const root = await c.get(discovery.default);
      expect(root.body.versions).toEqual([TAXII]);
      const cols = await c.collections(discovery.default);
      expect(cols.map((x) => x.alias)).toEqual(["tlp-clear", "tlp-green", "tlp-amber", "tlp-amber-strict", "tlp-red"].slice(0, level === 4 ? 5 : level + 1));
      for (const col of cols) {
        expect(col.can_read).toBe(true);
        expect(col.media_types).toEqual(["application/stix+json;version=2.1"]);
        const colLevel = cols.indexOf(col) as Level;
        const { objects, pages } = await c.allObjects(discovery.default, col.id, 7);
        const expected = await exportStix(env.store, { level: colLevel });
        expect(objects.map((o) => `${o.id}@${o.modified ?? o.created}`).sort()).toEqual(expected.objects.map((o) => `${o.id}@${o.modified ?? o.created}`).sort());
        expect(pages).toBe(Math.ceil(expected.objects.length / 7));
        for (const o of objects) expect(levelOfRefs(o.object_marking_refs)).toBeLessThanOrEqual(colLevel);
      }
    }
  });

  it("a collection above the caller's clearance does not exist for them, and nothing above it leaks", async () => {
    const green = clients.get("green")!;
    for (const l of [2, 3, 4] as Level[]) {
      for (const path of ["", "objects/", "manifest/"]) {
        const r = await green.get(`/taxii2/api/collections/${collectionId(l)}/${path}`);
        expect(r.status).toBe(404);
        expect(r.body).toMatchObject({ title: "Not Found", http_status: "404" });
      }
    }
    const all = JSON.stringify((await green.allObjects(`${base}/taxii2/api/`, "tlp-green", 1000)).objects);
    for (const r of MARKED_REPORTS.filter((r) => r.tlp !== "TLP:GREEN")) {
      expect(all).not.toContain(r.outlet);
      expect(all).not.toContain(r.text.split("\n")[2].slice(0, 40));
    }
  });

  it("negotiates the media type and answers errors as TAXII error messages", async () => {
    const red = clients.get("red")!;
    expect((await red.get("/taxii2/api/collections/", "application/json")).status).toBe(406);
    expect((await red.get("/taxii2/api/collections/", "application/taxii+json;version=2.0")).status).toBe(406);
    expect((await red.get("/taxii2/api/collections/", "*/*")).status).toBe(200);
    expect((await red.get("/taxii2/api/collections/", "application/taxii+json")).status).toBe(200);
    const bad = await red.get("/taxii2/api/collections/tlp-red/objects/?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ title: "Bad Request", http_status: "400" });
    expect((await red.get("/taxii2/api/collections/tlp-red/objects/?added_after=yesterday")).status).toBe(400);
    expect((await red.get("/taxii2/api/collections/tlp-red/objects/?next=garbage")).status).toBe(400);
    const anon = await fetch(`${base}/taxii2/api/collections/`, { headers: { accept: TAXII } });
    expect(anon.status).toBe(401);
    const wrong = await fetch(`${base}/taxii2/api/collections/`, { headers: { accept: TAXII, authorization: `Basic ${Buffer.from("red:nope").toString("base64")}` } });
    expect(wrong.status).toBe(401);
    const post = await fetch(`${base}/taxii2/api/collections/tlp-red/objects/`, {
      method: "POST",
      headers: { accept: TAXII, "content-type": TAXII, authorization: `Basic ${Buffer.from(`red:x`).toString("base64")}` },
      body: "{}",
    });
    expect([401, 403]).toContain(post.status);
  });

  it("filters by added_after, match[type] and match[id]; serves the manifest, one object and its versions", async () => {
    const red = clients.get("red")!;
    const col = "tlp-red";
    const manifest = await red.get(`/taxii2/api/collections/${col}/manifest/?limit=1000`);
    const entries = manifest.body.objects as { id: string; date_added: string; version: string; media_type: string }[];
    expect(entries.length).toBeGreaterThan(10);
    expect(manifest.headers.get("x-taxii-date-added-first")).toBe(entries[0].date_added);
    const times = entries.map((e) => e.date_added);
    expect([...times].sort()).toEqual(times);
    const middle = times[Math.floor(times.length / 2)];
    const after = await red.get(`/taxii2/api/collections/${col}/objects/?limit=1000&added_after=${encodeURIComponent(middle)}`);
    const afterObjects = after.body.objects as StixObject[];
    expect(afterObjects.length).toBe(times.filter((t) => t > middle).length);
    const events = await red.get(`/taxii2/api/collections/${col}/objects/?match[type]=x-watchfloor-event,threat-actor`);
    expect(new Set((events.body.objects as StixObject[]).map((o) => o.type))).toEqual(new Set(["x-watchfloor-event", "threat-actor"]));
    const one = entries.find((e) => e.id.startsWith("x-watchfloor-event--"))!;
    const byId = await red.get(`/taxii2/api/collections/${col}/objects/${one.id}/`);
    expect((byId.body.objects as StixObject[]).map((o) => o.id)).toEqual([one.id]);
    const match = await red.get(`/taxii2/api/collections/${col}/objects/?match[id]=${one.id}`);
    expect((match.body.objects as StixObject[]).map((o) => o.id)).toEqual([one.id]);
    const versions = await red.get(`/taxii2/api/collections/${col}/objects/${one.id}/versions/`);
    expect(versions.body).toEqual({ more: false, versions: [one.version] });
    expect((await red.get(`/taxii2/api/collections/${col}/objects/x-watchfloor-event--00000000-0000-5000-8000-000000000000/`)).status).toBe(404);
    // The AMBER reader cannot fetch a RED object by id through a collection they may read.
    const redObject = (await exportStix(env.store)).objects.find((o) => o.type === "report" && levelOfRefs(o.object_marking_refs) === 4)!;
    expect((await red.get(`/taxii2/api/collections/tlp-red/objects/${redObject.id}/`)).status).toBe(200);
    expect((await clients.get("amber")!.get(`/taxii2/api/collections/tlp-amber/objects/${redObject.id}/`)).status).toBe(404);
  });

  it("writes reads of AMBER+STRICT and RED objects to the audit log", async () => {
    const before = (await readAudit(env.store, 1000)).length;
    await clients.get("red")!.allObjects(`${base}/taxii2/api/`, "tlp-red", 1000);
    const rows = (await readAudit(env.store, 1000)).slice(0, (await readAudit(env.store, 1000)).length - before);
    expect(rows.some((r) => r.user_name === "red" && r.tlp === "TLP:RED" && r.route.includes("/taxii2/"))).toBe(true);
  });
});
