// The STIX 2.1 export: the picture as a reader at one clearance level sees it, as a bundle.
//
//   identity         Watchfloor (the producer), each outlet (organization), each target class (class), and the
//                    actors that are not armed groups: states and agencies (organization), persons (individual)
//   threat-actor     each armed group (ISKP, TTP, ...): a known, named organization acting with malicious intent —
//                    STIX keeps intrusion-set for clusters of activity whose organization may be unknown
//   location         each place an event happened (country / administrative_area / city, latitude, longitude, region)
//   report           one per document (name, published, description = title, object_refs to everything derived from
//                    it, the source URL; the text and metadata in the Watchfloor property-extension)
//   x-watchfloor-event  each reconciled event, a new SDO of the published Watchfloor extension-definition
//   relationship     event located-at location, attributed-to actor, targets target class; actor targets target
//                    class; one per relation claim (hostile-to, cooperates-with, pledged-allegiance-to, leads, ...)
//   note             one per quantity claim and per judgment (the figures or the assessment and who gave them)
//   marking-definition  the five official TLP 2.0 markings
//
// Markings: an object built from several documents carries the most restrictive marking among them (an event
// supported by a CLEAR and an AMBER report is AMBER); an object that any one document establishes on its own and
// that carries nothing of the others (an actor with its name, a place, "ISKP targets airports") carries the marking
// of the least restricted document that establishes it. Only documents at or below the export's level are read.
// Every piece of evidence is an external reference: source_name the outlet (or the document), description the exact
// sentence, external_id "<document>#<start>-<end>" (UTF-16 offsets into the document text).
//
// Ids are UUIDv5 of stable keys. `created` is the ingest time of the first document (at the object's lowest level)
// that establishes the object; `modified` is the latest ingest or review among what it is built from, plus the
// marking level in milliseconds, so that the versions seen at different clearances never share a timestamp.
import { loadPack } from "../../extract/pack.js";
import { entityId } from "../../resolve/mention-entities.js";
import type { ReconciledEvent } from "../../resolve/reconcile-event.js";
import type { Store } from "../../store/open-store.js";
import { readClaims, type StoredClaim } from "../../store/read-claims.js";
import { listEvents } from "../../store/read-events.js";
import { MAX_LEVEL, type Level } from "../../store/tlp.js";
import type { Span } from "../../extract/types.js";
import { EVENT_TYPE, EXTENSION_DEFINITION, EXTENSION_ID, WATCHFLOOR_IDENTITY, WATCHFLOOR_IDENTITY_ID } from "./extension.js";
import { stixId } from "./ids.js";
import { markingId, TLP_MARKINGS } from "./markings.js";

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

export interface ExportOptions {
  /** The reader's clearance: only documents marked at this level or below are read (default: all). */
  level?: Level;
}

interface DocRow {
  id: string;
  name: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  published_source: string | null;
  tlp: string;
  level: Level;
  reliability: string;
  format: string;
  text: string;
  ingested: string;
}

export interface ReviewRow {
  claim_id: string;
  action: string;
  changes: Record<string, unknown> | null;
  reason: string;
  by: string;
  at: string;
}

/** What an object is built from: documents (with their level and ingest time) and later reviews. */
class Provenance {
  readonly docs = new Map<string, DocRow>();
  readonly reviews: string[] = [];
  add(doc: DocRow | undefined): this {
    if (doc) this.docs.set(doc.id, doc);
    return this;
  }
  get empty(): boolean {
    return this.docs.size === 0;
  }
  /** "max": the most restrictive of all its documents; "min": the least restricted document that establishes it. */
  meta(mode: "max" | "min"): { level: Level; created: string; modified: string } {
    const docs = [...this.docs.values()];
    const low = Math.min(...docs.map((d) => d.level)) as Level;
    const base = docs.filter((d) => d.level === low);
    const created = minIso(base.map((d) => d.ingested));
    const level = mode === "min" ? low : (Math.max(...docs.map((d) => d.level)) as Level);
    const latest = mode === "min" ? maxIso(base.map((d) => d.ingested)) : maxIso([...docs.map((d) => d.ingested), ...this.reviews]);
    return { level, created, modified: plusMs(latest, level) };
  }
}

const minIso = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
const maxIso = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));
const plusMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** STIX properties must not be null, and lists must not be empty: drops both, at every depth. */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(clean) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const c = clean(v);
      if (Array.isArray(c) && c.length === 0) continue;
      out[k] = c;
    }
    return out as T;
  }
  return value;
}

const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);

// UN M49 sub-regions (STIX region-ov) for the countries of the region and the places they reach.
const REGIONS: Record<string, string> = {
  AF: "southern-asia", PK: "southern-asia", IR: "southern-asia", IN: "southern-asia", BD: "southern-asia", NP: "southern-asia", LK: "southern-asia", MV: "southern-asia", BT: "southern-asia",
  TJ: "central-asia", UZ: "central-asia", KZ: "central-asia", KG: "central-asia", TM: "central-asia",
  CN: "eastern-asia", JP: "eastern-asia", KR: "eastern-asia", MN: "eastern-asia",
  TR: "western-asia", IQ: "western-asia", SY: "western-asia", IL: "western-asia", PS: "western-asia", JO: "western-asia", LB: "western-asia", SA: "western-asia",
  AE: "western-asia", QA: "western-asia", YE: "western-asia", OM: "western-asia", KW: "western-asia", BH: "western-asia", AZ: "western-asia", AM: "western-asia", GE: "western-asia",
  RU: "eastern-europe", UA: "eastern-europe", BY: "eastern-europe", PL: "eastern-europe",
  DE: "western-europe", FR: "western-europe", AT: "western-europe", BE: "western-europe", NL: "western-europe", CH: "western-europe",
  GB: "northern-europe", SE: "northern-europe", NO: "northern-europe", DK: "northern-europe", FI: "northern-europe",
  IT: "southern-europe", ES: "southern-europe", GR: "southern-europe",
  US: "northern-america", CA: "northern-america",
};

const RELATION_TYPES: Record<string, string> = {
  hostile: "hostile-to",
  cooperates: "cooperates-with",
  allied: "allied-with",
  may_join: "may-join",
  pledged_allegiance: "pledged-allegiance-to",
  leads: "leads",
  targets: "targets",
  splinter_of: "splinter-of",
  linked: "linked-to",
  partner: "partner-of",
  friendly: "friendly-with",
};
export const relationshipType = (t: string) => RELATION_TYPES[t] ?? (t.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "related-to");

const evidenceRef = (doc: DocRow, span: Span) =>
  clean({
    source_name: /^(cve|capec)$/i.test(doc.outlet ?? doc.name) ? `${doc.outlet ?? doc.name} (source)` : (doc.outlet ?? doc.name),
    description: span.text,
    external_id: `${doc.name}#${span.start}-${span.end}`,
    url: safeUrl(doc.url),
  });

function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

const n = (x: number) => x.toLocaleString("en-US");
const range = (min: number | null, max: number | null) => (min === null && max === null ? "an unstated number" : min === max || max === null ? n(min!) : min === null ? `up to ${n(max)}` : `${n(min)}–${n(max)}`);
const QUAL: Record<string, string> = { at_least: "at least ", more_than: "more than ", approx: "about ", exact: "" };

interface ActorRecord {
  key: string; // the entity id after merges ("actor:iskp")
  name: string;
  kind: "actor" | "person";
  members: Set<string>;
  prov: Provenance;
  aliasesByDoc: Map<string, Set<string>>;
}

/** Reads what a reader at `level` may see and builds the bundle. */
export async function exportStix(store: Store, opts: ExportOptions = {}): Promise<StixBundle> {
  const level = opts.level ?? MAX_LEVEL;
  const docRows = await store.query<Omit<DocRow, "level"> & { level: number }>(
    `select id, name, title, url, outlet, to_char(published, 'YYYY-MM-DD') as published, published_source, tlp, tlp_level as level, reliability, format, text,
            to_char(ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ingested
       from documents where tlp_level <= $1 order by name, id`,
    [level],
  );
  const docs = new Map<string, DocRow>(docRows.map((d) => [d.id, { ...d, level: Number(d.level) as Level }]));
  const claims = await readClaims(store, { level });
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const events = await listEvents(store, { level });
  const reviews = (
    await store.query<ReviewRow & { changes: unknown }>(
      `select r.claim_id, r.action, r.changes, r.reason, r."by" as by, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
         from claim_reviews r join claims c on c.id = r.claim_id join documents d on d.id = c.doc_id where d.tlp_level <= $1 order by r.id`,
      [level],
    )
  ).map((r) => ({ ...r, changes: r.changes === null ? null : json(r.changes as Record<string, unknown>) }));
  const reviewsByClaim = new Map<string, ReviewRow[]>();
  for (const r of reviews) reviewsByClaim.set(r.claim_id, [...(reviewsByClaim.get(r.claim_id) ?? []), r]);
  const mentionRows = await store.query<{ doc_id: string; entity_id: string; aliases: string[] | string }>(
    `select m.doc_id, m.entity_id, json_agg(distinct m.alias) as aliases from entity_aliases m join documents d on d.id = m.doc_id
      where d.tlp_level <= $1 and m.mentions > 0 group by m.doc_id, m.entity_id order by m.doc_id, m.entity_id`,
    [level],
  );
  const entityRows = await store.query<{ id: string; kind: string; name: string; merged_into: string | null }>(`select id, kind, name, merged_into from entities`);
  const outletReliability = new Map(
    (await store.query<{ outlet: string; reliability: string }>(`select outlet, reliability from sources`)).map((r) => [r.outlet.toLowerCase(), r.reliability]),
  );

  const pack = loadPack();
  const entityById = new Map(entityRows.map((e) => [e.id, e]));
  const finalEntity = (id: string) => {
    let e = entityById.get(id);
    for (let i = 0; e?.merged_into && i < 10; i++) e = entityById.get(e.merged_into) ?? e;
    return e;
  };

  const objects = new Map<string, StixObject>();
  const put = (o: StixObject) => objects.set(o.id, clean(o));
  /** Objects derived from each document, for its report's object_refs. */
  const derived = new Map<string, Set<string>>();
  const derive = (docId: string, id: string) => {
    if (!derived.has(docId)) derived.set(docId, new Set());
    derived.get(docId)!.add(id);
  };
  const common = (id: string, type: string, m: { level: Level; created: string; modified: string }, createdBy = WATCHFLOOR_IDENTITY_ID) => ({
    type,
    spec_version: "2.1",
    id,
    created_by_ref: createdBy,
    created: m.created,
    modified: m.modified,
    object_marking_refs: [markingId(m.level)],
  });

  // ---- actors and persons
  const actors = new Map<string, ActorRecord>();
  const actorFor = (name: string, kind?: "actor" | "person"): ActorRecord => {
    const k = kind ?? (pack.persons.has(name) && !pack.actors.has(name) ? "person" : "actor");
    const raw = entityId(k, name);
    const e = finalEntity(raw) ?? finalEntity(entityId(k === "actor" ? "person" : "actor", name));
    const key = e?.id ?? raw;
    let rec = actors.get(key);
    if (!rec) {
      rec = { key, name: e?.name ?? name, kind: ((e?.kind ?? k) === "person" ? "person" : "actor"), members: new Set(), prov: new Provenance(), aliasesByDoc: new Map() };
      actors.set(key, rec);
    }
    if (raw !== key) rec.members.add(raw);
    return rec;
  };
  const actorType = (rec: ActorRecord) => (rec.kind === "actor" && pack.actors.get(rec.name)?.kind === "armed group" ? "threat-actor" : "identity");
  const actorStixId = (rec: ActorRecord) => stixId(actorType(rec), rec.key);
  const supportActor = (name: string, doc: DocRow | undefined, aliases: string[] = [], kind?: "actor" | "person") => {
    if (!doc || !name) return null;
    const rec = actorFor(name, kind);
    rec.prov.add(doc);
    if (aliases.length) {
      const s = rec.aliasesByDoc.get(doc.id) ?? new Set<string>();
      for (const a of aliases) s.add(a);
      rec.aliasesByDoc.set(doc.id, s);
    }
    return rec;
  };
  const mentionedByDoc = new Map<string, Set<ActorRecord>>();
  for (const m of mentionRows) {
    const e = finalEntity(m.entity_id);
    if (!e) continue;
    const rec = supportActor(e.name, docs.get(m.doc_id), json<string[]>(m.aliases), e.kind === "person" ? "person" : "actor");
    if (!rec) continue;
    if (!mentionedByDoc.has(m.doc_id)) mentionedByDoc.set(m.doc_id, new Set());
    mentionedByDoc.get(m.doc_id)!.add(rec);
  }

  // ---- outlets
  const outlets = new Map<string, { name: string; prov: Provenance }>();
  const outletId = (outlet: string) => stixId("identity", `outlet:${outlet.toLowerCase()}`);
  for (const d of docs.values()) {
    if (!d.outlet) continue;
    const k = d.outlet.toLowerCase();
    const o = outlets.get(k) ?? { name: d.outlet, prov: new Provenance() };
    o.prov.add(d);
    outlets.set(k, o);
  }

  // ---- places and target classes (from the event claims a reader may see)
  const placeKey = (f: Record<string, unknown>) => (f.country ? `${f.country}|${f.admin1 ?? ""}|${f.place ?? ""}` : null);
  const places = new Map<string, { fields: Record<string, unknown>; prov: Provenance }>();
  const targets = new Map<string, Provenance>();
  const actorTargets = new Map<string, { actor: ActorRecord; target: string; prov: Provenance }>();
  const eventClaims = claims.filter((c) => c.kind === "event");
  for (const c of eventClaims) {
    const doc = docs.get(c.docId);
    const f = c.fields;
    const pk = placeKey(f);
    if (pk) {
      const p = places.get(pk) ?? { fields: f, prov: new Provenance() };
      p.prov.add(doc);
      places.set(pk, p);
    }
    if (typeof f.target === "string" && f.target) targets.set(f.target, (targets.get(f.target) ?? new Provenance()).add(doc));
    if (typeof f.perpetrator === "string" && f.perpetrator) {
      const rec = supportActor(f.perpetrator, doc);
      if (rec && typeof f.target === "string" && f.target) {
        const k = `${rec.key}|${f.target}`;
        const at = actorTargets.get(k) ?? { actor: rec, target: f.target, prov: new Provenance() };
        at.prov.add(doc);
        actorTargets.set(k, at);
      }
    }
  }
  const locationId = (key: string) => stixId("location", key);
  const targetId = (t: string) => stixId("identity", `target:${t.toLowerCase()}`);

  // ---- events
  const reportRef = (docId: string) => stixId("report", docId);
  for (const e of events) {
    const prov = new Provenance();
    for (const s of e.sources) prov.add(docs.get(s.doc_id));
    if (prov.empty) continue;
    const evClaims = e.claim_ids.map((id) => claimById.get(id)).filter((c): c is StoredClaim => Boolean(c));
    for (const c of evClaims) for (const r of reviewsByClaim.get(c.id) ?? []) prov.reviews.push(r.at);
    const id = stixId(EVENT_TYPE, e.id);
    put({
      ...common(id, EVENT_TYPE, prov.meta("max")),
      name: eventName(e),
      description: eventDescription(e),
      external_references: evClaims.flatMap((c) => c.evidence.map((s) => evidenceRef(docs.get(c.docId)!, s))),
      extensions: { [EXTENSION_ID]: { extension_type: "new-sdo" } },
      ...eventProperties(e, reportRef),
    });
    for (const s of e.sources) derive(s.doc_id, id);
    // Relationships of the event, each built from the claims that give it.
    const rel = (type: string, target: string, support: StoredClaim[], description: string) => {
      if (!support.length) return;
      const p = new Provenance();
      for (const c of support) p.add(docs.get(c.docId));
      const rid = stixId("relationship", `${e.id}|${type}|${target}`);
      put({
        ...common(rid, "relationship", p.meta("max")),
        relationship_type: type,
        source_ref: id,
        target_ref: target,
        description,
        external_references: support.flatMap((c) => c.evidence.map((s) => evidenceRef(docs.get(c.docId)!, s))),
      });
      for (const c of support) derive(c.docId, rid);
    };
    const pk = placeKey(e as unknown as Record<string, unknown>);
    if (pk && places.has(pk)) {
      rel("located-at", locationId(pk), evClaims.filter((c) => placeKey(c.fields) === pk), `${eventName(e)}: located at ${[e.place, e.admin1, e.country].filter(Boolean).join(", ")}`);
    }
    for (const actor of new Set(e.attributions.map((a) => a.actor))) {
      const rec = actorFor(actor);
      const support = evClaims.filter((c) => c.fields.perpetrator === actor);
      const bases = e.attributions.filter((a) => a.actor === actor).map((a) => `${a.basis ?? "named"} (${a.reports} report${a.reports === 1 ? "" : "s"})`);
      rel("attributed-to", actorStixId(rec), support, `${eventName(e)}: ${rec.name} — ${bases.join(", ")}`);
    }
    for (const t of new Set(evClaims.map((c) => c.fields.target).filter((t): t is string => typeof t === "string" && t.length > 0))) {
      rel("targets", targetId(t), evClaims.filter((c) => c.fields.target === t), `${eventName(e)}: the target was a ${t}`);
    }
  }

  // ---- locations, target classes, actor → target
  for (const [key, p] of places) {
    const f = p.fields;
    const country = String(f.country);
    const countryName = pack.gazetteer.byId(country)?.name ?? country;
    const name = (f.place as string) || (f.admin1 as string) || countryName;
    const city = f.place && f.place !== f.admin1 && f.place !== countryName ? (f.place as string) : null;
    const hasCoords = typeof f.lat === "number" && typeof f.lon === "number";
    const id = locationId(key);
    put({
      ...common(id, "location", p.prov.meta("min")),
      name,
      description: [f.place, f.admin1, countryName].filter((x, i, a) => x && a.indexOf(x) === i).join(", "),
      country,
      administrative_area: f.admin1 ?? null,
      city,
      latitude: hasCoords ? f.lat : null,
      longitude: hasCoords ? f.lon : null,
      region: REGIONS[country] ?? null,
    });
    for (const d of p.prov.docs.keys()) derive(d, id);
  }
  for (const [t, p] of targets) {
    const id = targetId(t);
    put({ ...common(id, "identity", p.meta("min")), name: t, description: `Targets of the class "${t}" (as named in the event claims)`, identity_class: "class" });
    for (const d of p.docs.keys()) derive(d, id);
  }
  for (const at of actorTargets.values()) {
    if (actorType(at.actor) !== "threat-actor") continue;
    const id = stixId("relationship", `${at.actor.key}|targets|${at.target}`);
    put({
      ...common(id, "relationship", at.prov.meta("min")),
      relationship_type: "targets",
      source_ref: actorStixId(at.actor),
      target_ref: targetId(at.target),
      description: `${at.actor.name} targets: ${at.target}`,
    });
    for (const d of at.prov.docs.keys()) derive(d, id);
  }

  // ---- relation claims (one relationship each), quantity claims and judgments (one note each)
  for (const c of claims) {
    const doc = docs.get(c.docId);
    if (!doc) continue;
    const meta = new Provenance().add(doc);
    for (const r of reviewsByClaim.get(c.id) ?? []) meta.reviews.push(r.at);
    const ext = { [EXTENSION_ID]: { extension_type: "property-extension", claim_id: c.id, kind: c.kind, fields: c.fields, evidence: c.evidence } };
    const refs = c.evidence.map((s) => evidenceRef(doc, s));
    const f = c.fields;
    if (c.kind === "relation") {
      const a = supportActor(String(f.a ?? ""), doc);
      const b = supportActor(String(f.b ?? ""), doc);
      if (!a || !b) continue;
      const lk = f.likelihood as { label: string; min: number; max: number } | null;
      const id = stixId("relationship", `claim:${c.id}`);
      put({
        ...common(id, "relationship", meta.meta("max")),
        relationship_type: relationshipType(String(f.type)),
        source_ref: actorStixId(a),
        target_ref: actorStixId(b),
        description: `${a.name} ${String(f.type).replace(/_/g, " ")} ${b.name}${lk ? ` (${lk.label})` : ""}, according to ${doc.outlet ?? doc.name}`,
        confidence: Math.round((lk ? (lk.min + lk.max) / 2 : c.confidence) * 100),
        external_references: refs,
        extensions: ext,
      });
      derive(doc.id, id);
    } else if (c.kind === "quantity" || c.kind === "judgment") {
      const subject = typeof f.subject === "string" && f.subject ? supportActor(f.subject, doc) : null;
      const id = stixId("note", `claim:${c.id}`);
      const { abstract, content } = c.kind === "quantity" ? quantityText(f, doc) : judgmentText(f, doc);
      put({
        ...common(id, "note", meta.meta("max")),
        abstract,
        content,
        object_refs: [subject ? actorStixId(subject) : null, reportRef(doc.id)],
        confidence: Math.round(c.confidence * 100),
        labels: [c.kind === "quantity" ? "quantity-claim" : "judgment"],
        external_references: refs,
        extensions: ext,
      });
      derive(doc.id, id);
    }
  }

  // ---- actor and outlet objects (after every claim has added its support)
  for (const rec of actors.values()) {
    if (rec.prov.empty) continue;
    const m = rec.prov.meta("min");
    const packEntry = rec.kind === "person" ? pack.persons.get(rec.name) : pack.actors.get(rec.name);
    const aliases = new Set<string>(packEntry?.aliases ?? []);
    for (const [docId, set] of rec.aliasesByDoc) if (docs.get(docId)?.level === m.level) for (const a of set) aliases.add(a);
    for (const member of rec.members) {
      const e = entityById.get(member);
      if (e && rec.prov.docs.size) aliases.add(e.name);
    }
    aliases.delete(rec.name);
    const type = actorType(rec);
    const id = actorStixId(rec);
    const kindText = rec.kind === "person" ? "person" : (pack.actors.get(rec.name)?.kind ?? "actor");
    const base = { ...common(id, type, m), name: rec.name, description: kindText };
    if (type === "threat-actor") {
      put({ ...base, threat_actor_types: ["terrorist"], aliases: [...aliases].sort(), labels: ["armed group"] });
    } else {
      const sectors = kindText === "state" || kindText === "state agency" ? ["government-national"] : kindText === "security force" ? ["defense"] : null;
      put({
        ...base,
        identity_class: rec.kind === "person" ? "individual" : "organization",
        sectors,
        extensions: aliases.size ? { [EXTENSION_ID]: { extension_type: "property-extension", aliases: [...aliases].sort() } } : null,
      });
    }
    for (const d of rec.prov.docs.keys()) derive(d, id);
  }
  for (const [k, o] of outlets) {
    const id = outletId(o.name);
    const rel = outletReliability.get(k);
    put({
      ...common(id, "identity", o.prov.meta("min")),
      name: o.name,
      description: "A news outlet or publisher of reports",
      identity_class: "organization",
      extensions: rel ? { [EXTENSION_ID]: { extension_type: "property-extension", source_reliability: rel } } : null,
    });
  }

  // ---- reports
  for (const d of docs.values()) {
    const prov = new Provenance().add(d);
    const docReviews = claims.filter((c) => c.docId === d.id).flatMap((c) => reviewsByClaim.get(c.id) ?? []);
    // Rejected claims are out of the picture but their reviews travel with the report (they replay on import).
    const rejected = reviews.filter((r) => !claimById.has(r.claim_id) && r.claim_id.startsWith(`${d.id}-`));
    const allReviews = [...docReviews, ...rejected].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const r of allReviews) prov.reviews.push(r.at);
    const refs = [...(derived.get(d.id) ?? [])].filter((id) => objects.has(id)).sort();
    if (d.outlet) refs.push(outletId(d.outlet));
    const id = reportRef(d.id);
    put({
      ...common(id, "report", prov.meta("max"), d.outlet ? outletId(d.outlet) : WATCHFLOOR_IDENTITY_ID),
      name: d.title ?? d.name,
      description: d.title,
      report_types: ["threat-report"],
      published: d.published ? `${d.published}T00:00:00.000Z` : d.ingested,
      object_refs: refs.length ? refs : [WATCHFLOOR_IDENTITY_ID],
      external_references: [{ source_name: d.outlet && !/^(cve|capec)$/i.test(d.outlet) ? d.outlet : "watchfloor", external_id: d.name, url: safeUrl(d.url) }],
      extensions: {
        [EXTENSION_ID]: {
          extension_type: "property-extension",
          doc_id: d.id,
          doc_name: d.name,
          title: d.title,
          url: d.url,
          outlet: d.outlet,
          published: d.published,
          published_source: d.published_source,
          tlp: d.tlp,
          reliability: d.reliability,
          format: d.format,
          text: d.text,
          reviews: allReviews.map((r) => ({ claim_id: r.claim_id, action: r.action, changes: r.changes, reason: r.reason, by: r.by, at: r.at })),
        },
      },
    });
  }

  const order = ["marking-definition", "extension-definition", "identity", "threat-actor", "location", "report", EVENT_TYPE, "note", "relationship"];
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  const body = [...objects.values()].sort((a, b) => rank(a.type) - rank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all: StixObject[] = [...TLP_MARKINGS, EXTENSION_DEFINITION, WATCHFLOOR_IDENTITY].map((o) => o as unknown as StixObject).concat(body);
  const fingerprint = all.map((o) => `${o.id}@${String(o.modified ?? o.created ?? "")}`).join(",");
  return { type: "bundle", id: stixId("bundle", `${level}:${fingerprint}`), objects: all };
}

export function eventName(e: ReconciledEvent): string {
  const what = e.sub_event_type ?? e.method ?? "Event";
  const where = e.place ?? e.admin1 ?? e.country ?? "unknown place";
  return `${what} — ${where}, ${e.date ?? "undated"}`;
}

function eventDescription(e: ReconciledEvent): string {
  const parts: string[] = [];
  if (e.perpetrator) parts.push(`Perpetrator: ${e.perpetrator}${e.perpetrator_basis ? ` (${e.perpetrator_basis})` : ""}.`);
  if (e.killed !== null) {
    const spread = e.killed_range && e.killed_range[0] !== e.killed_range[1] ? ` (${e.killed_range[0]}–${e.killed_range[1]} across ${e.killed_reports.length} reports; lowest, ACLED rule)` : "";
    parts.push(`Killed: ${e.killed}${spread}.`);
  }
  if (e.injured !== null) parts.push(`Injured: ${e.injured}.`);
  if (e.target) parts.push(`Target: ${e.target}.`);
  parts.push(`Sources: ${e.sources.map((s) => s.outlet ?? s.doc).join(", ")}.`);
  return parts.join(" ");
}

/** The reconciled fields as the x-watchfloor-event's own properties (nulls dropped by clean()). */
function eventProperties(e: ReconciledEvent, reportRef: (docId: string) => string): Record<string, unknown> {
  return {
    event_id: e.id,
    date: e.date,
    date_precision: e.date_precision,
    country: e.country,
    admin1: e.admin1,
    place: e.place,
    latitude: e.lat,
    longitude: e.lon,
    geo_precision: e.geo_precision,
    killed: e.killed,
    killed_range: e.killed_range,
    killed_reports: e.killed_reports,
    injured: e.injured,
    injured_range: e.injured_range,
    injured_reports: e.injured_reports,
    perpetrator: e.perpetrator,
    perpetrator_basis: e.perpetrator_basis,
    attributions: e.attributions,
    method: e.method,
    sub_event_type: e.sub_event_type,
    target: e.target,
    credibility: e.credibility,
    sources: e.sources.map((s) => ({ ...s, report_ref: reportRef(s.doc_id) })),
    claim_ids: e.claim_ids,
  };
}

function quantityText(f: Record<string, unknown>, doc: DocRow): { abstract: string; content: string } {
  const min = typeof f.min === "number" ? f.min : null;
  const max = typeof f.max === "number" ? f.max : null;
  const q = QUAL[String(f.qualifier ?? "exact")] ?? "";
  const figure = min === null && max !== null && q ? `${q}${n(max)}` : `${q}${range(min, max)}`;
  const abstract = `${f.subject} ${f.measure}: ${figure}`;
  const by = f.by ? `according to ${f.by}` : "no source named";
  const content = `${f.subject} ${f.measure}: ${figure}${f.as_of ? ` as of ${f.as_of}` : ""} (${by}; reported by ${doc.outlet ?? doc.name}).`;
  return { abstract, content };
}

function judgmentText(f: Record<string, unknown>, doc: DocRow): { abstract: string; content: string } {
  const lk = f.likelihood as { term: string; label: string; min: number; max: number } | undefined;
  const pct = lk ? `${Math.round(lk.min * 100)}–${Math.round(lk.max * 100)}%` : "";
  const abstract = `Assessment${f.subject ? ` on ${f.subject}` : ""}${lk ? ` (${lk.label}, ${pct})` : ""}`;
  const content = `${f.statement}${lk ? ` — estimative term "${lk.term}" = ${lk.label} (ICD 203: ${pct})` : ""}; judgment of ${doc.outlet ?? doc.name}.`;
  return { abstract, content };
}

/** The bundle as JSON text. */
export function bundleJson(bundle: StixBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
