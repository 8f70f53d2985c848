// The MISP export: one MISP event (the JSON of MISP's events/add and feeds) per reconciled event, as a reader at
// one clearance level sees it. Attributes: the date, the place (and a geolocation object with coordinates), the
// fatality and injury figures (the reconciled one, and every source's), the perpetrator (category Attribution,
// type threat-actor), method and target, each source (link or text) and each evidence sentence. Tags from MISP's
// taxonomies: tlp (the most restrictive marking of the sources), admiralty-scale (source reliability, information
// credibility), estimative-language (how firmly the perpetrator is known), and galaxy-style actor names
// (misp-galaxy:threat-actor="ISKP").
import type { ReconciledEvent } from "../resolve/reconcile-event.js";
import type { Store } from "../store/open-store.js";
import { readClaims, type StoredClaim } from "../store/read-claims.js";
import { listEvents } from "../store/read-events.js";
import { levelOf, MAX_LEVEL, type Level } from "../store/tlp.js";
import { uuidv5 } from "./stix/ids.js";
import { eventName } from "./stix/export.js";

export interface MispTag {
  name: string;
}

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  comment: string;
  to_ids: boolean;
  distribution: string;
  object_relation?: string;
  Tag?: MispTag[];
}

export interface MispObject {
  uuid: string;
  name: string;
  "meta-category": string;
  description: string;
  distribution: string;
  Attribute: MispAttribute[];
}

export interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    timestamp: string;
    threat_level_id: string;
    analysis: string;
    distribution: string;
    published: boolean;
    Orgc: { name: string };
    Attribute: MispAttribute[];
    Object: MispObject[];
    Tag: MispTag[];
  };
}

const TLP_TAGS = ["tlp:clear", "tlp:green", "tlp:amber", "tlp:amber+strict", "tlp:red"];
/** MISP distribution: 3 all communities (CLEAR), 1 this community only (GREEN), 0 your organisation only (AMBER and above). */
const DISTRIBUTION = ["3", "1", "0", "0", "0"];
/** How firmly the perpetrator is known, in the estimative-language taxonomy's likelihood-probability terms. */
const BASIS_LIKELIHOOD: Record<string, string> = { claimed: "very-likely", attributed: "likely", suspected: "roughly-even-chance" };

export const tlpTag = (level: Level) => TLP_TAGS[level];
export const reliabilityTag = (grade: string) => `admiralty-scale:source-reliability="${grade.toLowerCase()}"`;
export const credibilityTag = (grade: number) => `admiralty-scale:information-credibility="${grade}"`;
export const likelihoodTag = (term: string) => `estimative-language:likelihood-probability="${term}"`;
export const actorTag = (name: string) => `misp-galaxy:threat-actor="${name.replace(/"/g, "'")}"`;

export async function exportMisp(store: Store, opts: { level?: Level } = {}): Promise<MispEvent[]> {
  const level = opts.level ?? MAX_LEVEL;
  const events = await listEvents(store, { level });
  const claims = new Map((await readClaims(store, { kind: "event", level })).map((c) => [c.id, c]));
  const docs = new Map(
    (
      await store.query<{ id: string; name: string; title: string | null; url: string | null; outlet: string | null; ingested: number }>(
        `select id, name, title, url, outlet, extract(epoch from ingested_at)::float8 as ingested from documents where tlp_level <= $1`,
        [level],
      )
    ).map((d) => [d.id, d]),
  );
  return events.map((e) => mispEvent(e, e.claim_ids.map((id) => claims.get(id)).filter((c): c is StoredClaim => Boolean(c)), docs));
}

function mispEvent(
  e: ReconciledEvent,
  claims: StoredClaim[],
  docs: Map<string, { id: string; name: string; title: string | null; url: string | null; outlet: string | null; ingested: number }>,
): MispEvent {
  const marking = Math.max(0, ...e.sources.map((s) => levelOf(s.tlp))) as Level;
  const attrs: MispAttribute[] = [];
  const attr = (key: string, category: string, type: string, value: string | number, comment: string, tags: string[] = []): void => {
    attrs.push({
      uuid: uuidv5(`misp-attribute:${e.id}:${key}`),
      type,
      category,
      value: String(value),
      comment,
      to_ids: false,
      distribution: "5", // inherit the event's
      ...(tags.length ? { Tag: tags.map((name) => ({ name })) } : {}),
    });
  };
  if (e.date) attr("date", "Other", "text", e.date, `event date (${e.date_precision ?? "unknown"} precision)`, [credibilityTag(e.credibility.date)]);
  const where = [e.place, e.admin1, e.country].filter((x, i, a) => x && a.indexOf(x) === i).join(", ");
  if (where) attr("place", "Other", "text", where, `place (ACLED geo_precision ${e.geo_precision ?? "unknown"})`, [credibilityTag(e.credibility.place)]);
  if (e.killed !== null) {
    const spread = e.killed_range && e.killed_range[0] !== e.killed_range[1] ? `; reports range ${e.killed_range[0]}–${e.killed_range[1]}` : "";
    attr("killed", "Other", "counter", e.killed, `killed: the lowest figure reported (ACLED rule)${spread}`, [credibilityTag(e.credibility.killed)]);
  }
  for (const r of e.killed_reports) attr(`killed:${r.claim_id}`, "Other", "counter", r.value, `killed according to ${r.outlet ?? r.doc}${r.qualifier && r.qualifier !== "exact" ? ` (${r.qualifier.replace("_", " ")})` : ""}`);
  if (e.injured !== null) attr("injured", "Other", "counter", e.injured, "injured: the lowest figure reported");
  for (const a of e.attributions) {
    const tags = [actorTag(a.actor), ...(a.basis && BASIS_LIKELIHOOD[a.basis] ? [likelihoodTag(BASIS_LIKELIHOOD[a.basis])] : [])];
    if (a.actor === e.perpetrator) tags.push(credibilityTag(e.credibility.perpetrator));
    attr(`actor:${a.actor}:${a.basis ?? ""}`, "Attribution", "threat-actor", a.actor, `${a.basis ?? "named"} in ${a.reports} report${a.reports === 1 ? "" : "s"}`, tags);
  }
  if (e.method) attr("method", "Other", "text", e.method, `method${e.sub_event_type ? ` (ACLED sub-event type: ${e.sub_event_type})` : ""}`);
  if (e.target) attr("target", "Other", "text", e.target, "target");
  for (const s of e.sources) {
    const d = docs.get(s.doc_id);
    const tags = [tlpTag(levelOf(s.tlp)), reliabilityTag(s.reliability)];
    const label = `${s.outlet ?? s.doc}${d?.title ? `: ${d.title}` : ""}${s.published ? ` (${s.published})` : ""}`;
    if (d?.url && /^https?:\/\//i.test(d.url)) attr(`source:${s.doc_id}`, "External analysis", "link", d.url, label, tags);
    else attr(`source:${s.doc_id}`, "External analysis", "text", label, `source document ${s.doc}`, tags);
  }
  for (const c of claims) {
    const d = docs.get(c.docId);
    c.evidence.forEach((span, i) =>
      attr(`evidence:${c.id}:${i}`, "External analysis", "text", span.text, `evidence: ${d?.outlet ?? c.doc} ${c.doc}#${span.start}-${span.end} (claim ${c.id})`, [tlpTag(levelOf(c.tlp))]),
    );
  }

  const objects: MispObject[] = [];
  if (typeof e.lat === "number" && typeof e.lon === "number") {
    const geo = (rel: string, type: string, value: string | number) => ({
      uuid: uuidv5(`misp-geo:${e.id}:${rel}`),
      type,
      category: "Other",
      object_relation: rel,
      value: String(value),
      comment: "",
      to_ids: false,
      distribution: "5",
    });
    objects.push({
      uuid: uuidv5(`misp-object:${e.id}:geolocation`),
      name: "geolocation",
      "meta-category": "misc",
      description: "The place of the event",
      distribution: "5",
      Attribute: [
        geo("latitude", "float", e.lat),
        geo("longitude", "float", e.lon),
        ...(e.country ? [geo("countrycode", "text", e.country)] : []),
        ...(e.admin1 ? [geo("region", "text", e.admin1)] : []),
        ...(e.place ? [geo("city", "text", e.place)] : []),
      ],
    });
  }

  const grades = e.sources.map((s) => s.reliability).filter((g) => /^[A-F]$/.test(g)).sort();
  const credibility = e.killed !== null ? e.credibility.killed : e.perpetrator ? e.credibility.perpetrator : e.credibility.place;
  const tags = [tlpTag(marking), ...(grades.length ? [reliabilityTag(grades[0])] : []), credibilityTag(credibility)];
  if (e.perpetrator_basis && BASIS_LIKELIHOOD[e.perpetrator_basis]) tags.push(likelihoodTag(BASIS_LIKELIHOOD[e.perpetrator_basis]));
  for (const a of new Set(e.attributions.map((a) => a.actor))) tags.push(actorTag(a));
  const ingested = Math.max(0, ...e.sources.map((s) => docs.get(s.doc_id)?.ingested ?? 0));
  const killed = e.killed ?? 0;
  return {
    Event: {
      uuid: uuidv5(`misp-event:${e.id}`),
      info: `${eventName(e)}${e.perpetrator ? ` (${e.perpetrator})` : ""}`,
      date: mispDate(e.date ?? e.sources.map((s) => s.published).filter((p): p is string => Boolean(p)).sort()[0] ?? new Date(ingested * 1000).toISOString().slice(0, 10)),
      timestamp: String(Math.floor(Number(ingested))),
      threat_level_id: killed >= 10 || (e.injured ?? 0) >= 20 ? "1" : killed > 0 || (e.injured ?? 0) > 0 ? "2" : "3",
      analysis: e.sources.length > 1 ? "2" : "1",
      distribution: DISTRIBUTION[marking],
      published: false,
      Orgc: { name: "Watchfloor" },
      Attribute: attrs,
      Object: objects,
      Tag: tags.map((name) => ({ name })),
    },
  };
}

/** MISP wants a day: a month- or year-precise date becomes its first day (the precision stays in the attribute). */
function mispDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
