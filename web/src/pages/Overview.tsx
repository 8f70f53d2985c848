import { useState } from "react";
import type { Overview as OverviewData } from "../api";
import { MonthChart } from "../components/MonthChart";
import { BarList, ErrorBox, EventRow, Loading, Panel, countryLabel } from "../components/ui";
import { fmtFigure } from "../format";
import { Link } from "../router";
import { useApi } from "../useApi";

export function Overview() {
  const { data, error, reload } = useApi<OverviewData>("/api/overview");
  const [measure, setMeasure] = useState<"events" | "killed">("events");
  if (error) return <ErrorBox error={error} retry={reload} />;
  if (!data) return <Loading what="the overview" />;
  const c = data.counts;
  return (
    <div className="page overview" data-testid="overview">
      <h1>Threat picture</h1>
      <div className="tiles" data-testid="counts">
        {(
          [
            ["documents", "Documents", "/documents"],
            ["claims", "Claims", null],
            ["events", "Events", "/timeline"],
            ["entities", "Entities", "/network"],
          ] as const
        ).map(([k, label, to]) => (
          <div className="tile" key={k} data-testid={`count-${k}`}>
            <div className="tile-value">{c[k]}</div>
            <div className="tile-label">{to ? <Link to={to}>{label}</Link> : label}</div>
          </div>
        ))}
      </div>
      <div className="grid-2">
        <Panel
          title={measure === "events" ? "Attacks per month" : "Killed per month (reconciled, lowest reported)"}
          testid="per-month"
          actions={
            <div className="seg" role="group" aria-label="Measure">
              <button type="button" aria-pressed={measure === "events"} onClick={() => setMeasure("events")}>
                Attacks
              </button>
              <button type="button" aria-pressed={measure === "killed"} onClick={() => setMeasure("killed")}>
                Killed
              </button>
            </div>
          }
        >
          <MonthChart data={data.perMonth} measure={measure} />
        </Panel>
        <div className="stack">
          <Panel title="By country" testid="by-country">
            <BarList
              rows={data.byCountry.map((r) => ({
                key: r.country,
                label: <Link to={`/timeline?country=${encodeURIComponent(r.country)}`}>{countryLabel(r.country)}</Link>,
                value: r.events,
                note: `${r.killed} killed`,
              }))}
            />
          </Panel>
          <Panel title="By province" testid="by-province">
            <BarList
              rows={data.byAdmin1.slice(0, 12).map((r) => ({
                key: `${r.country}|${r.admin1}`,
                label: `${r.admin1} (${r.country})`,
                value: r.events,
                note: `${r.killed} killed`,
              }))}
            />
          </Panel>
        </div>
      </div>
      <div className="grid-2">
        <Panel title="Latest events" testid="latest">
          <ul className="event-list">
            {data.latest.map((e) => (
              <EventRow key={e.id} e={e} />
            ))}
          </ul>
        </Panel>
        <Panel title="Biggest disagreements" testid="disagreements">
          {data.disagreements.length === 0 && <p className="muted">No event where sources disagree on the killed figure.</p>}
          <ul className="event-list">
            {data.disagreements.map((e) => (
              <EventRow
                key={e.id}
                e={e}
                extra={
                  <span className="disagree">
                    {e.killed_reports.map((r) => `${r.outlet ?? r.doc}: ${fmtFigure(r.value, r.qualifier)}`).join(" · ")}
                  </span>
                }
              />
            ))}
          </ul>
        </Panel>
      </div>
    </div>
  );
}
