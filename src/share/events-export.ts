// The events export: reconciled fields, sources and the claims behind each event, as JSON, CSV or GeoJSON.
import type { ReconciledEvent } from "../resolve/reconcile-event.js";
import { csvCell } from "./claims-export.js";

export type EventsFormat = "json" | "csv" | "geojson";
export const EVENTS_FORMATS: EventsFormat[] = ["json", "csv", "geojson"];

const COLUMNS: [string, (e: ReconciledEvent) => unknown][] = [
  ["event_id", (e) => e.id],
  ["event_date", (e) => e.date],
  ["date_precision", (e) => e.date_precision],
  ["country", (e) => e.country],
  ["admin1", (e) => e.admin1],
  ["location", (e) => e.place],
  ["latitude", (e) => e.lat],
  ["longitude", (e) => e.lon],
  ["geo_precision", (e) => e.geo_precision],
  ["fatalities", (e) => e.killed],
  ["fatalities_min", (e) => e.killed_range?.[0]],
  ["fatalities_max", (e) => e.killed_range?.[1]],
  ["fatalities_reports", (e) => e.killed_reports.map((r) => `${r.doc}: ${r.value}${r.qualifier && r.qualifier !== "exact" ? ` (${r.qualifier})` : ""}`).join("; ")],
  ["injured", (e) => e.injured],
  ["perpetrator", (e) => e.perpetrator],
  ["perpetrator_basis", (e) => e.perpetrator_basis],
  ["attributions", (e) => e.attributions.map((a) => `${a.actor} ${a.basis ?? "named"} in ${a.reports}`).join("; ")],
  ["method", (e) => e.method],
  ["sub_event_type", (e) => e.sub_event_type],
  ["target", (e) => e.target],
  ["credibility_killed", (e) => e.credibility.killed],
  ["credibility_perpetrator", (e) => e.credibility.perpetrator],
  ["sources", (e) => e.sources.map((s) => s.outlet ?? s.doc).join("; ")],
  ["source_count", (e) => e.sources.length],
  ["claim_ids", (e) => e.claim_ids.join(" ")],
];

export function* formatEvents(events: ReconciledEvent[], format: EventsFormat): Generator<string> {
  if (format === "json") {
    yield "[\n";
    for (let i = 0; i < events.length; i++) yield `${JSON.stringify(events[i])}${i < events.length - 1 ? "," : ""}\n`;
    yield "]\n";
  } else if (format === "csv") {
    yield `${COLUMNS.map(([h]) => h).join(",")}\n`;
    for (const e of events) yield `${COLUMNS.map(([, get]) => csvCell(get(e))).join(",")}\n`;
  } else {
    yield '{"type":"FeatureCollection","features":[\n';
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const geometry = e.lat !== null && e.lon !== null ? { type: "Point", coordinates: [e.lon, e.lat] } : null;
      yield `${JSON.stringify({ type: "Feature", id: e.id, geometry, properties: e })}${i < events.length - 1 ? "," : ""}\n`;
    }
    yield "]}\n";
  }
}
