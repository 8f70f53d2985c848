// The actor network (Cytoscape): actors and persons, linked by relation claims; click an edge → the claims and
// their sentences in a side panel.
import { useEffect, useRef, useState } from "react";
import cytoscape from "cytoscape";
import { claimsByIds, type Claim, type NetworkData } from "../api";
import { ClaimCard } from "../components/ClaimCard";
import { ErrorBox, Loading } from "../components/ui";
import { useApi } from "../useApi";

const EDGE_COLORS: Record<string, string> = {
  hostile: "#c0392b",
  targets: "#e67e22",
  cooperates: "#2e86c1",
  allied: "#1f618d",
  partner: "#2e86c1",
  friendly: "#5dade2",
  pledged_allegiance: "#8e44ad",
  leads: "#117a65",
  splinter_of: "#7f8c8d",
  linked: "#95a5a6",
  may_join: "#a569bd",
};

declare global {
  interface Window {
    __watchfloorNetwork?: { cy: cytoscape.Core; nodes: number; edges: number };
  }
}

interface Selected {
  edge: NetworkData["edges"][number];
  label: string;
  claims: Claim[] | null;
  error: string | null;
}

export function Network() {
  const { data, error, reload } = useApi<NetworkData>("/api/network");
  const box = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!data || !box.current) return;
    const names = new Map(data.nodes.map((n) => [n.id, n.name]));
    const maxM = Math.max(1, ...data.nodes.map((n) => n.mentions));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, size: 18 + 34 * Math.sqrt(n.mentions / maxM) } })),
        ...data.edges
          .filter((e) => names.has(e.source) && names.has(e.target))
          .map((e) => ({ data: { id: `e:${e.id}`, eid: e.id, source: e.source, target: e.target, label: e.type.replace(/_/g, " "), color: EDGE_COLORS[e.type] ?? "#7f8c8d", width: 1.5 + Math.min(6, e.claims) } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "background-color": "#34495e",
            color: "#1b2631",
            "font-size": 11,
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-outline-color": "#fff",
            "text-outline-width": 2,
          },
        },
        { selector: 'node[kind = "person"]', style: { "background-color": "#a9770b", shape: "round-rectangle" } },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(color)",
            "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: "data(label)",
            "font-size": 9,
            color: "#566573",
            "text-rotation": "autorotate",
            "text-background-color": "#fff",
            "text-background-opacity": 0.8,
            "text-background-padding": "1px",
          },
        },
        { selector: "edge:selected", style: { "line-color": "#111", "target-arrow-color": "#111", width: 5 } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, padding: 30 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "edge", (evt) => {
      const eid = evt.target.data("eid") as string;
      const edge = data.edges.find((e) => e.id === eid);
      if (!edge) return;
      const label = `${names.get(edge.source) ?? edge.source} —${edge.type.replace(/_/g, " ")}→ ${names.get(edge.target) ?? edge.target}`;
      setSelected({ edge, label, claims: null, error: null });
      claimsByIds(edge.claimIds).then(
        (claims) => setSelected((s) => (s && s.edge.id === eid ? { ...s, claims } : s)),
        (e: unknown) => setSelected((s) => (s && s.edge.id === eid ? { ...s, error: e instanceof Error ? e.message : String(e) } : s)),
      );
    });
    window.__watchfloorNetwork = { cy, nodes: cy.nodes().length, edges: cy.edges().length };
    return () => {
      cy.destroy();
      delete window.__watchfloorNetwork;
    };
  }, [data, tick]);

  if (error) return <ErrorBox error={error} retry={reload} />;
  return (
    <div className="page network-page" data-testid="network-page">
      <div className="network-main">
        <h1>Actor network</h1>
        {!data && <Loading what="the network" />}
        {data && (
          <p className="muted small" data-testid="network-stats" data-nodes={data.nodes.length} data-edges={data.edges.length}>
            {data.nodes.length} actors and persons, {data.edges.length} relations (from relation claims). Click an edge to see its claims.{" "}
            <button type="button" className="linklike" onClick={() => setTick((t) => t + 1)}>
              re-layout
            </button>
          </p>
        )}
        <div ref={box} className="cy" data-testid="network" role="img" aria-label="Network of actors and their relations" />
        <div className="legend-row small">
          {Object.entries(EDGE_COLORS).map(([k, c]) => (
            <span key={k} className="legend-item">
              <span className="swatch" style={{ background: c }} /> {k.replace(/_/g, " ")}
            </span>
          ))}
        </div>
        {data && (
          <details className="small">
            <summary>Relations as a list</summary>
            <ul className="plain">
              {data.edges.map((e) => {
                const n = new Map(data.nodes.map((x) => [x.id, x.name]));
                const label = `${n.get(e.source) ?? e.source} —${e.type.replace(/_/g, " ")}→ ${n.get(e.target) ?? e.target}`;
                return (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="linklike"
                      data-testid="edge-item"
                      onClick={() => {
                        setSelected({ edge: e, label, claims: null, error: null });
                        claimsByIds(e.claimIds).then(
                          (claims) => setSelected((s) => (s && s.edge.id === e.id ? { ...s, claims } : s)),
                          (err: unknown) => setSelected((s) => (s && s.edge.id === e.id ? { ...s, error: String(err) } : s)),
                        );
                      }}
                    >
                      {label}
                    </button>{" "}
                    ({e.claims} claim{e.claims === 1 ? "" : "s"})
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </div>
      <aside className="network-side" data-testid="edge-panel" aria-live="polite">
        {!selected && <p className="muted">Select a relation to read the claims and sentences behind it.</p>}
        {selected && (
          <>
            <h2>{selected.label}</h2>
            <p className="muted small">
              {selected.edge.claims} claim{selected.edge.claims === 1 ? "" : "s"}
            </p>
            {selected.error && <ErrorBox error={selected.error} />}
            {!selected.claims && !selected.error && <Loading what="claims" />}
            <div className="claims">
              {selected.claims?.map((c) => (
                <ClaimCard key={c.id} claim={c} compact />
              ))}
            </div>
          </>
        )}
      </aside>
    </div>
  );
}
