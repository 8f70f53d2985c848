// The leak-test matrix: every clearance × every API route × reports of every TLP marking. Each report carries
// canaries — a word, a person's name, a casualty figure — that exist nowhere else; a reader must never receive a
// canary (or the id of a document) above their clearance, in any field or snippet, and must receive their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { ingestText } from "../../src/ingest/ingest-text.js";
import { buildServer } from "../../src/serve/server.js";
import type { Store } from "../../src/store/open-store.js";
import { claimEntities, readClaims } from "../../src/store/read-claims.js";
import { formatClaims } from "../../src/share/claims-export.js";
import { formatEvents } from "../../src/share/events-export.js";
import { bundleJson, exportStix } from "../../src/share/stix/export.js";
import { exportMisp } from "../../src/share/misp-export.js";
import { listEvents } from "../../src/store/read-events.js";
import { TLP_LEVELS } from "../../src/store/schema.js";
import { addUser, createToken } from "../../src/store/users.js";
import { backends } from "../helpers/stores.js";

const LABELS = ["clear", "green", "amber", "strict", "red"];

interface Canary {
  level: number;
  word: string;
  person: string;
  killed: number;
  docId?: string;
}

// Figures no other text contains; names no pack knows.
const CANARIES: Canary[] = LABELS.map((l, level) => ({
  level,
  word: `zq${l}canary`,
  person: `Spokesman Qadir ${["Zarbakht", "Mirwaisyar", "Tolgunzai", "Sherbazkhel", "Nawrozdost"][level]}`,
  killed: 7771 + level * 11,
}));

function report(c: Canary): string {
  return [
    `KABUL, Sept 5 (Wire) - A suicide bomber attacked the Russian embassy in Kabul on Monday, killing ${c.killed} people, officials said.`,
    `The Islamic State group claimed responsibility for the attack in a statement on its Amaq news agency.`,
    `"This was a cowardly act," said ${c.person.replace("Spokesman ", "")}, a spokesman, adding that the investigation code was ${c.word}.`,
    `ISKP has between ${c.killed + 1000} and ${c.killed + 2000} fighters in Afghanistan, the ${c.word} assessment said.`,
  ].join("\n\n");
}

const ROUTES_STATIC = ["/api/overview", "/api/events?limit=500", "/api/map", "/api/documents?limit=500", "/api/claims?limit=500",
  "/api/entities", "/api/network", "/api/estimates", "/api/estimates?actor=ISKP", "/api/events?actor=ISKP&country=AF"];

describe.each(backends)("TLP leak matrix ($name)", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  const tokens: string[] = [];
  let detailRoutes: string[] = [];

  beforeAll(async () => {
    const fresh = await backend.fresh();
    store = fresh.store;
    cleanup = fresh.cleanup;
    for (const c of CANARIES) {
      const r = await ingestText(store, { name: `report-${LABELS[c.level]}.txt`, text: report(c), published: "2022-09-05", outlet: `Outlet ${LABELS[c.level]}`, tlp: TLP_LEVELS[c.level] });
      expect(r.status).toBe("added");
      c.docId = r.document!.id;
    }
    for (let level = 0; level < 5; level++) {
      await addUser(store, `user-${LABELS[level]}`, "analyst", level as 0 | 1 | 2 | 3 | 4);
      tokens.push(await createToken(store, `user-${LABELS[level]}`));
    }
    app = await buildServer(store);
    // Every object the most cleared reader can see, each through its own route.
    const claims = await readClaims(store, { includeRejected: true });
    const events = await listEvents(store);
    const entities = (await store.query<{ id: string }>(`select id from entities`)).map((r) => r.id);
    detailRoutes = [
      ...CANARIES.map((c) => `/api/documents/${c.docId}`),
      ...claims.map((c) => `/api/claims/${c.id}`),
      ...claims.map((c) => `/api/claims?doc=${c.docId}`),
      ...events.map((e) => `/api/events/${e.id}`),
      ...entities.map((id) => `/api/entities/${encodeURIComponent(id)}`),
      ...CANARIES.map((c) => `/api/search?q=${c.word}`),
      ...CANARIES.map((c) => `/api/search?q=${encodeURIComponent(c.person.split(" ").pop()!)}`),
      "/api/search?q=embassy",
      "/api/search?q=spokesman%20cowardly",
    ];
  });

  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  it("the fixture is what the matrix needs: one event seen by everyone, every canary extracted", async () => {
    const events = await listEvents(store);
    expect(events).toHaveLength(1);
    expect(events[0].killed_reports.map((r) => r.value).sort()).toEqual(CANARIES.map((c) => c.killed));
  });

  it.each([0, 1, 2, 3, 4])("a reader with clearance %i sees nothing above it on any route, and sees what is theirs", async (level) => {
    const hidden = CANARIES.filter((c) => c.level > level);
    const own = CANARIES.filter((c) => c.level <= level);
    const seen = new Set<string>();
    for (const url of [...ROUTES_STATIC, ...detailRoutes]) {
      const res = await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${tokens[level]}` } });
      expect([200, 404], `${url} → ${res.statusCode}`).toContain(res.statusCode);
      const body = res.body;
      for (const c of hidden) {
        for (const secret of [c.word, c.person.split(" ").pop()!, String(c.killed), String(c.killed + 1000), c.docId!, `Outlet ${LABELS[c.level]}`]) {
          expect(body.includes(secret), `${url} leaks "${secret}" (level ${c.level}) to a level-${level} reader`).toBe(false);
        }
      }
      for (const c of own) if (body.includes(c.word)) seen.add(c.word);
    }
    // Not a vacuous pass: the reader does receive their own material through these routes.
    expect([...seen].sort()).toEqual(own.map((c) => c.word).sort());
  });

  it.each([0, 1, 2, 3, 4])("exports, TAXII and the web pages at clearance %i carry nothing above it", async (level) => {
    const hidden = CANARIES.filter((c) => c.level > level);
    const lv = level as 0 | 1 | 2 | 3 | 4;
    const outputs: [string, string][] = [
      ["export claims", [...formatClaims(await readClaims(store, { level: lv }), "json", await claimEntities(store, lv))].join("")],
      ["export events", [...formatEvents(await listEvents(store, { level: lv }), "json")].join("")],
      ["export events geojson", [...formatEvents(await listEvents(store, { level: lv }), "geojson")].join("")],
      ["export stix", bundleJson(await exportStix(store, { level: lv }))],
      ["export misp", JSON.stringify(await exportMisp(store, { level: lv }))],
    ];
    const basic = `Basic ${Buffer.from(`user-${LABELS[level]}:${tokens[level]}`).toString("base64")}`;
    const taxii = { authorization: basic, accept: "application/taxii+json;version=2.1" };
    const taxiiUrls = ["/taxii2/", "/taxii2/api/", "/taxii2/api/collections/"];
    for (const alias of ["tlp-clear", "tlp-green", "tlp-amber", "tlp-amber-strict", "tlp-red"]) {
      taxiiUrls.push(`/taxii2/api/collections/${alias}/`, `/taxii2/api/collections/${alias}/objects/?limit=1000`, `/taxii2/api/collections/${alias}/manifest/?limit=1000`);
    }
    for (const url of taxiiUrls) {
      const res = await app.inject({ method: "GET", url, headers: taxii });
      expect([200, 404], `${url} → ${res.statusCode}`).toContain(res.statusCode);
      outputs.push([`TAXII ${url}`, res.body]);
    }
    for (const url of ["/", "/events/x", `/documents/${CANARIES[4].docId}`]) {
      const res = await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${tokens[level]}` } });
      outputs.push([`page ${url}`, res.body]);
    }
    for (const [what, body] of outputs) {
      for (const c of hidden) {
        for (const secret of [c.word, c.person.split(" ").pop()!, String(c.killed), c.docId!, `Outlet ${LABELS[c.level]}`]) {
          expect(body.includes(secret), `${what} leaks "${secret}" (level ${c.level}) at clearance ${level}`).toBe(false);
        }
      }
    }
    // Not vacuous: the reader's own material is in the exports and in their TAXII collection.
    const mine = CANARIES.filter((c) => c.level <= level).map((c) => c.word);
    for (const w of mine) expect(outputs.find(([n]) => n === "export claims")![1]).toContain(w);
    const ownCollection = outputs.find(([n]) => n === `TAXII /taxii2/api/collections/${["tlp-clear", "tlp-green", "tlp-amber", "tlp-amber-strict", "tlp-red"][level]}/objects/?limit=1000`)![1];
    for (const w of mine) expect(ownCollection).toContain(w);
  });

  it("the event seen at GREEN carries only the CLEAR and GREEN figures", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events", headers: { authorization: `Bearer ${tokens[1]}` } });
    const [event] = res.json().items;
    expect(event.killed_reports.map((r: { value: number }) => r.value).sort()).toEqual([CANARIES[0].killed, CANARIES[1].killed]);
    expect(event.killed).toBe(CANARIES[0].killed);
    expect(event.sources).toHaveLength(2);
  });

  it("an event supported only by a RED report does not exist below RED", async () => {
    const red = CANARIES[4];
    const r = await ingestText(store, {
      name: "red-only.txt",
      text: `PESHAWAR, March 4 (Wire) - A suicide bomber struck a mosque in Peshawar on Friday, killing ${red.killed + 5} worshippers, police said. The ${red.word} file names the bomber.`,
      published: "2022-03-04",
      tlp: "TLP:RED",
    });
    expect(r.status).toBe("added");
    const redEvents = await listEvents(store, { country: "PK" });
    expect(redEvents).toHaveLength(1);
    for (let level = 0; level < 4; level++) {
      const res = await app.inject({ method: "GET", url: `/api/events/${redEvents[0].id}`, headers: { authorization: `Bearer ${tokens[level]}` } });
      expect(res.statusCode).toBe(404);
      const list = await app.inject({ method: "GET", url: "/api/events?country=PK", headers: { authorization: `Bearer ${tokens[level]}` } });
      expect(list.json().total).toBe(0);
    }
    const asRed = await app.inject({ method: "GET", url: `/api/events/${redEvents[0].id}`, headers: { authorization: `Bearer ${tokens[4]}` } });
    expect(asRed.statusCode).toBe(200);
  });

  it("reads of AMBER+STRICT and RED material are written to the audit log", async () => {
    const before = await store.query<{ n: number }>(`select count(*)::int as n from audit_log where user_name = 'user-red'`);
    await app.inject({ method: "GET", url: `/api/documents/${CANARIES[4].docId}`, headers: { authorization: `Bearer ${tokens[4]}` } });
    await app.inject({ method: "GET", url: `/api/documents/${CANARIES[0].docId}`, headers: { authorization: `Bearer ${tokens[4]}` } });
    const rows = await store.query<{ tlp: string; route: string; object_ids: string[] | string }>(
      `select tlp, route, object_ids from audit_log where user_name = 'user-red' order by id desc limit 5`,
    );
    expect(rows.length).toBeGreaterThan(Number(before[0].n) > 0 ? 0 : 0);
    const last = rows.find((r) => r.route === `GET /api/documents/${CANARIES[4].docId}`);
    expect(last?.tlp).toBe("TLP:RED");
    // A CLEAR read is not audited.
    expect(rows.some((r) => r.route === `GET /api/documents/${CANARIES[0].docId}`)).toBe(false);
  });

  it("an answer served again from the response cache is audited again", async () => {
    const count = async () =>
      Number((await store.query<{ n: number }>(`select count(*)::int as n from audit_log where user_name = 'user-red' and route = 'GET /api/search'`))[0].n);
    const before = await count();
    const url = `/api/search?q=${CANARIES[4].word}`;
    const first = await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${tokens[4]}` } });
    const second = await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${tokens[4]}` } });
    expect(first.body).toContain(CANARIES[4].docId!);
    expect(second.headers["x-watchfloor-cache"]).toBe("hit");
    expect(await count()).toBe(before + 2);
  });

  it("no token, a wrong token, or a viewer writing: refused", async () => {
    expect((await app.inject({ method: "GET", url: "/api/events" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/events", headers: { authorization: "Bearer wf_nope" } })).statusCode).toBe(401);
    await addUser(store, "viewer-red", "viewer", 4);
    const t = await createToken(store, "viewer-red");
    const res = await app.inject({ method: "POST", url: "/api/ingest", headers: { authorization: `Bearer ${t}` }, payload: { name: "x.txt", text: "A report." } });
    expect(res.statusCode).toBe(403);
    // An analyst cannot mark a report above their own clearance.
    const up = await app.inject({ method: "POST", url: "/api/ingest", headers: { authorization: `Bearer ${tokens[1]}` }, payload: { name: "y.txt", text: "A report on Kabul.", tlp: "AMBER" } });
    expect(up.statusCode).toBe(403);
  });
});
