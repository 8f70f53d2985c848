// The map: no tile server. A style built here from a background, the region's country outlines, Afghanistan's
// provinces shaded by events or fatalities, and the event points (sized by killed). Click a point → its event.
import { useEffect, useMemo, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, MapLayerMouseEvent, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import "maplibre-gl/dist/maplibre-gl.css";
// The worker as a same-origin module file: no blob: worker, so it runs under a strict CSP (worker-src 'self').
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { getJson, qs, type MapData } from "../api";
import { ErrorBox, Loading } from "../components/ui";
import { countryName, fmtDate } from "../format";
import { navigate, useLocation } from "../router";

maplibregl.setWorkerUrl(workerUrl);

type FC = FeatureCollection;

/** Province names as the geometry spells them → as the data does (geoBoundaries' "Ghanzi" is Ghazni). */
const SHAPE_ALIASES: Record<string, string> = { ghanzi: "ghazni", hilmand: "helmand", "sar-e-pol": "sar-e pol", sarepol: "sar-e pol", urozgan: "uruzgan", daikundi: "daykundi", nimroz: "nimruz", paktiya: "paktia", jawzjan: "jowzjan", maidan_wardak: "wardak", "maidan wardak": "wardak" };
const norm = (s: string) => {
  const k = s.trim().toLowerCase();
  return SHAPE_ALIASES[k] ?? k;
};

declare global {
  interface Window {
    __watchfloorMap?: { map: maplibregl.Map; provinces: number; points: number; countries: number; loaded: boolean; measure: string };
  }
}

const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: "background", type: "background", paint: { "background-color": "#dfe7ee" } }],
};

interface Hover {
  kind: "province" | "point";
  title: string;
  lines: string[];
}

export function MapPage() {
  const { query } = useLocation();
  const measure = query.get("by") === "killed" ? "killed" : "events";
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [geo, setGeo] = useState<{ countries: FC; provinces: FC; map: MapData } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    Promise.all([
      getJson<FC>("/api/geo/countries", ac.signal),
      getJson<FC>("/api/geo/provinces", ac.signal),
      getJson<MapData>(`/api/map${qs({ country: query.get("country"), since: query.get("since"), until: query.get("until"), actor: query.get("actor") })}`, ac.signal),
    ]).then(
      ([countries, provinces, map]) => setGeo({ countries, provinces, map }),
      (e: unknown) => !ac.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query.toString().replace(/(^|&)by=[^&]*/, "")]);

  // Provinces with their counts joined in as properties; points as a FeatureCollection.
  const data = useMemo(() => {
    if (!geo) return null;
    const counts = new Map(geo.map.provinces.filter((p) => !p.country || p.country === "AF").map((p) => [norm(p.admin1), p]));
    const provinces: FC = {
      type: "FeatureCollection",
      features: geo.provinces.features.map((f, i) => {
        const name = String(f.properties?.shapeName ?? f.properties?.name ?? "");
        const c = counts.get(norm(name));
        return { ...f, id: i, properties: { ...f.properties, name, events: c?.events ?? 0, killed: c?.killed ?? 0 } };
      }),
    };
    const points: FC = {
      type: "FeatureCollection",
      features: geo.map.points
        .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
        .map((p) => ({ type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] }, properties: { ...p, killed: p.killed ?? 0, killedLabel: p.killed === null ? "not reported" : String(p.killed) } })),
    };
    const maxEvents = Math.max(1, ...provinces.features.map((f) => Number(f.properties?.events ?? 0)));
    const maxKilled = Math.max(1, ...provinces.features.map((f) => Number(f.properties?.killed ?? 0)));
    return { provinces, points, maxEvents, maxKilled };
  }, [geo]);

  // Create the map once the data is here.
  useEffect(() => {
    if (!data || !geo || !container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: STYLE,
      bounds: [[59.5, 28.8], [76.5, 39.2]],
      fitBoundsOptions: { padding: 24 },
      minZoom: 1.5,
      maxZoom: 12,
      attributionControl: { compact: true, customAttribution: "Outlines: Natural Earth; provinces: geoBoundaries (Runfola et al. 2020)" },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    mapRef.current = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
    map.on("load", () => {
      map.addSource("countries", { type: "geojson", data: geo.countries });
      map.addSource("provinces", { type: "geojson", data: data.provinces });
      map.addSource("points", { type: "geojson", data: data.points });
      map.addLayer({ id: "countries-fill", type: "fill", source: "countries", paint: { "fill-color": ["match", ["get", "iso2"], "AF", "#f6f3ea", "#eef0ed"] } });
      map.addLayer({ id: "provinces-fill", type: "fill", source: "provinces", paint: { "fill-color": "#f6f3ea", "fill-opacity": 0.95 } });
      map.addLayer({ id: "provinces-line", type: "line", source: "provinces", paint: { "line-color": "#7b8794", "line-width": 0.7 } });
      // Afghanistan's own edge comes from the provinces (geoBoundaries), not Natural Earth's slightly different line.
      map.addLayer({ id: "countries-line", type: "line", source: "countries", filter: ["!=", ["get", "iso2"], "AF"], paint: { "line-color": "#5c6b7a", "line-width": 1.1 } });
      map.addLayer({
        id: "points",
        type: "circle",
        source: "points",
        paint: {
          "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "killed"]], 0, 5, 3, 8, 10, 16, 20, 26],
          "circle-color": "#c0392b",
          "circle-opacity": 0.72,
          "circle-stroke-color": "#5b1a13",
          "circle-stroke-width": 1,
        },
      });
      setReady(true);
    });
    map.on("click", "points", (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") navigate(`/events/${encodeURIComponent(id)}`);
    });
    map.on("mouseenter", "points", () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", "points", () => {
      map.getCanvas().style.cursor = "";
      setHover(null);
    });
    map.on("mousemove", "points", (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties;
      if (!p) return;
      setHover({ kind: "point", title: String(p.place ?? p.admin1 ?? "event"), lines: [fmtDate(p.date as string | null), `killed ${p.killedLabel ?? "—"}`, p.perpetrator ? String(p.perpetrator) : "perpetrator unknown", p.target ? `target: ${p.target}` : ""].filter(Boolean) });
    });
    map.on("mousemove", "provinces-fill", (e: MapLayerMouseEvent) => {
      if (map.queryRenderedFeatures(e.point, { layers: ["points"] }).length) return;
      const p = e.features?.[0]?.properties;
      if (p) setHover({ kind: "province", title: String(p.name), lines: [`${p.events} events`, `${p.killed} killed`] });
    });
    map.on("mouseleave", "provinces-fill", () => setHover(null));
    return () => {
      setReady(false);
      map.remove();
      mapRef.current = null;
      delete window.__watchfloorMap;
    };
  }, [data, geo]);

  // Shade provinces by the chosen measure.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !data) return;
    const max = measure === "killed" ? data.maxKilled : data.maxEvents;
    map.setPaintProperty("provinces-fill", "fill-color", [
      "case",
      ["==", ["get", measure], 0],
      "#f6f3ea",
      ["interpolate", ["linear"], ["/", ["get", measure], max], 0, "#fde0c5", 0.5, "#f59e62", 1, "#b4441c"],
    ]);
    const src = map.getSource("provinces") as GeoJSONSource | undefined;
    window.__watchfloorMap = {
      map,
      provinces: data.provinces.features.length,
      points: data.points.features.length,
      countries: geo?.countries.features.length ?? 0,
      loaded: Boolean(src),
      measure,
    };
  }, [measure, ready, data, geo]);

  const setMeasure = (m: "events" | "killed") => {
    const q = new URLSearchParams(query);
    if (m === "killed") q.set("by", "killed");
    else q.delete("by");
    const s = q.toString();
    navigate(`/map${s ? `?${s}` : ""}`, { replace: true, keepScroll: true });
  };

  if (error) return <ErrorBox error={error} />;
  const top = data
    ? [...data.provinces.features].map((f) => f.properties as { name: string; events: number; killed: number }).filter((p) => p[measure] > 0).sort((a, b) => b[measure] - a[measure])
    : [];
  const max = data ? (measure === "killed" ? data.maxKilled : data.maxEvents) : 1;
  return (
    <div className="page map-page" data-testid="map-page">
      <div className="map-wrap">
        <div ref={container} className="map" data-testid="map" aria-label="Map of events and provinces" role="region" />
        {!data && <Loading what="the map" />}
      </div>
      <aside className="map-side">
        <div className="seg" role="group" aria-label="Shade provinces by">
          <button type="button" aria-pressed={measure === "events"} onClick={() => setMeasure("events")} data-testid="shade-events">
            Events
          </button>
          <button type="button" aria-pressed={measure === "killed"} onClick={() => setMeasure("killed")} data-testid="shade-killed">
            Fatalities
          </button>
        </div>
        <div className="legend" aria-label="Legend">
          <div className="legend-ramp" />
          <div className="legend-labels">
            <span>0</span>
            <span>{max} {measure}</span>
          </div>
          <p className="muted small">Circles: events with coordinates, sized by killed. Click one to open it.</p>
        </div>
        <p
          className="small"
          data-testid="map-stats"
          data-provinces={data?.provinces.features.length ?? 0}
          data-points={data?.points.features.length ?? 0}
          data-ready={ready ? "yes" : "no"}
        >
          {data ? `${data.provinces.features.length} provinces · ${data.points.features.length} events on the map` : ""}
        </p>
        <div className="hover-box" aria-live="polite" data-testid="map-hover">
          {hover ? (
            <>
              <strong>{hover.title}</strong>
              {hover.lines.map((l, i) => (
                <div key={i}>{l}</div>
              ))}
            </>
          ) : (
            <span className="muted small">Point at a province or an event.</span>
          )}
        </div>
        <h3>Provinces by {measure === "killed" ? "fatalities" : "events"}</h3>
        <ol className="rank-list">
          {top.slice(0, 15).map((p) => (
            <li key={p.name}>
              <span>{p.name}</span>
              <span className="num">{p[measure]}</span>
            </li>
          ))}
        </ol>
        {data && geo && (
          <p className="muted small">
            Other countries: {[...new Set(geo.map.points.filter((p) => p.country && p.country !== "AF").map((p) => countryName(p.country)))].join(", ") || "none"}
          </p>
        )}
      </aside>
    </div>
  );
}
