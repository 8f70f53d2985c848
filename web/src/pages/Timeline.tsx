// The timeline: events filtered by country, actor and date range, as an SVG strip and a list grouped by month;
// and the estimates chart: fighter strength over time, each point a range bar with its source.
import { useEffect, useState, type FormEvent } from "react";
import type { EstimateSeries, Overview, Page, WEvent } from "../api";
import { qs } from "../api";
import { ErrorBox, EventRow, Loading, Panel } from "../components/ui";
import { countryName, fmtDate, fmtMonth } from "../format";
import { Link, navigate, useLocation } from "../router";
import { useApi } from "../useApi";

const dayNumber = (d: string) => {
  const [y, m = "06", dd = "15"] = d.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(dd)) / 86_400_000;
};

function Strip({ events }: { events: WEvent[] }) {
  const dated = events.filter((e) => e.date && /^\d{4}/.test(e.date));
  if (!dated.length) return null;
  const xs = dated.map((e) => dayNumber(e.date!));
  const min = Math.min(...xs) - 15;
  const max = Math.max(...xs) + 15;
  const W = 1000;
  const H = 70;
  const x = (v: number) => 10 + ((v - min) / Math.max(1, max - min)) * (W - 20);
  const years: number[] = [];
  for (let y = new Date(min * 86_400_000).getUTCFullYear() + 1; y <= new Date(max * 86_400_000).getUTCFullYear(); y++) years.push(y);
  return (
    <svg className="chart strip" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Events over time" data-testid="timeline-strip">
      <line x1={10} x2={W - 10} y1={40} y2={40} className="grid" />
      {years.map((y) => {
        const xv = x(Date.UTC(y, 0, 1) / 86_400_000);
        return (
          <g key={y}>
            <line x1={xv} x2={xv} y1={30} y2={50} className="grid" />
            <text x={xv} y={64} textAnchor="middle" className="axis">
              {y}
            </text>
          </g>
        );
      })}
      {dated.map((e) => (
        <a key={e.id} href={`/events/${encodeURIComponent(e.id)}`} onClick={(ev) => {
          ev.preventDefault();
          navigate(`/events/${encodeURIComponent(e.id)}`);
        }}>
          <circle cx={x(dayNumber(e.date!))} cy={40} r={3 + Math.sqrt(e.killed ?? 0) * 1.6} className={`dot ${e.date_precision !== "day" ? "imprecise" : ""}`}>
            <title>{`${fmtDate(e.date)} — ${e.place ?? e.admin1 ?? countryName(e.country)} — killed ${e.killed ?? "?"}`}</title>
          </circle>
        </a>
      ))}
    </svg>
  );
}

function EstimatesChart({ series }: { series: EstimateSeries }) {
  const dated = series.points.filter((p) => p.when && (p.min !== null || p.max !== null));
  const undated = series.points.filter((p) => !p.when || (p.min === null && p.max === null));
  const W = 640;
  const H = 240;
  const padL = 52;
  const padB = 26;
  const padT = 10;
  const xs = dated.map((p) => dayNumber(p.when!));
  const minX = Math.min(...xs) - 120;
  const maxX = Math.max(...xs) + 120;
  const hi = Math.max(1, ...dated.map((p) => p.max ?? p.min ?? 0));
  const y = (v: number) => padT + (H - padT - padB) * (1 - v / (hi * 1.1));
  const x = (v: number) => padL + ((v - minX) / Math.max(1, maxX - minX)) * (W - padL - 10);
  const ticks = [0, hi / 2, hi].map((t) => Math.round(t));
  const years: number[] = [];
  if (dated.length) for (let yy = new Date(minX * 86_400_000).getUTCFullYear() + 1; yy <= new Date(maxX * 86_400_000).getUTCFullYear(); yy++) years.push(yy);
  return (
    <div className="estimates" data-testid="estimates">
      <div>
        <h3>
          {series.subject} — {series.measure}: {series.low ?? "?"}–{series.high ?? "?"}
          {series.disagreement ? " (sources disagree)" : ""}
        </h3>
        {dated.length > 0 ? (
          <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${series.subject} ${series.measure} over time`} data-testid="estimates-chart">
            {ticks.map((t) => (
              <g key={t}>
                <line x1={padL} x2={W - 10} y1={y(t)} y2={y(t)} className="grid" />
                <text x={padL - 6} y={y(t) + 3} textAnchor="end" className="axis">
                  {t.toLocaleString()}
                </text>
              </g>
            ))}
            {years.map((yy) => {
              const xv = x(Date.UTC(yy, 0, 1) / 86_400_000);
              return (
                <text key={yy} x={xv} y={H - 8} textAnchor="middle" className="axis">
                  {yy}
                </text>
              );
            })}
            {dated.map((p, i) => {
              const lo = p.min ?? p.max ?? 0;
              const up = p.max ?? p.min ?? 0;
              const cx = x(dayNumber(p.when!)) + ((i % 3) - 1) * 5;
              return (
                <g key={p.claimId} data-testid="estimate-point" className={p.whenBasis === "published" ? "est published" : "est"}>
                  <title>{`${lo === up ? lo : `${lo}–${up}`} ${series.measure}, ${p.whenBasis === "as_of" ? "as of" : "published"} ${fmtDate(p.when)}${p.by ? `, per ${p.by}` : ""} (${p.doc})`}</title>
                  <line x1={cx} x2={cx} y1={y(lo)} y2={y(up)} className="range" />
                  <line x1={cx - 5} x2={cx + 5} y1={y(lo)} y2={y(lo)} className="range" />
                  <line x1={cx - 5} x2={cx + 5} y1={y(up)} y2={y(up)} className="range" />
                  <circle cx={cx} cy={y((lo + up) / 2)} r={3} className="mid" />
                </g>
              );
            })}
          </svg>
        ) : (
          <p className="muted">No dated figure.</p>
        )}
        <p className="muted small">Bars span each source's range, placed at its as-of date (hollow: only the publication date is known).</p>
      </div>
      <div className="estimate-sources">
        {dated.length > 0 && <h4>Sources</h4>}
        <ul className="plain small">
          {dated.map((p) => (
            <li key={p.claimId}>
              <strong>{p.min === p.max || p.max === null ? p.min : `${p.min ?? "?"}–${p.max}`}</strong> · {fmtDate(p.when)} · {p.by ?? "source not named"} ·{" "}
              <Link to={`/documents/${encodeURIComponent(p.doc)}${p.evidence[0] ? `?hl=${p.evidence[0].start}-${p.evidence[0].end}` : ""}`}>{p.doc}</Link>
            </li>
          ))}
        </ul>
        {undated.length > 0 && (
          <>
            <h4>Without a date</h4>
            <ul className="plain small" data-testid="estimates-undated">
              {undated.map((p) => (
                <li key={p.claimId}>
                  <strong>{p.min === p.max || p.max === null ? (p.min ?? "?") : `${p.min ?? "?"}–${p.max}`}</strong> · {p.by ?? "source not named"} ·{" "}
                  <Link to={`/documents/${encodeURIComponent(p.doc)}${p.evidence[0] ? `?hl=${p.evidence[0].start}-${p.evidence[0].end}` : ""}`}>{p.doc}</Link>
                  {p.evidence[0] && <blockquote className="evidence small">{p.evidence[0].text}</blockquote>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

export function Timeline() {
  const { query } = useLocation();
  const filters = { country: query.get("country") ?? "", actor: query.get("actor") ?? "", since: query.get("since") ?? "", until: query.get("until") ?? "" };
  const [form, setForm] = useState(filters);
  useEffect(() => setForm(filters), [query.toString()]); // eslint-disable-line react-hooks/exhaustive-deps
  const events = useApi<Page<WEvent>>(`/api/events${qs({ ...filters, limit: 500 })}`);
  const overview = useApi<Overview>("/api/overview");
  const estimates = useApi<EstimateSeries[]>(`/api/estimates?actor=${encodeURIComponent(filters.actor || "ISKP")}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/timeline${qs(form)}`);
  };
  const byMonth = new Map<string, WEvent[]>();
  for (const e of events.data?.items ?? []) {
    const k = e.date ? e.date.slice(0, 7) : "undated";
    byMonth.set(k, [...(byMonth.get(k) ?? []), e]);
  }
  const countries = overview.data?.byCountry.map((c) => c.country) ?? [];
  const fighters = estimates.data?.filter((s) => s.measure === "fighters") ?? [];
  const others = estimates.data?.filter((s) => s.measure !== "fighters" && s.points.length > 1) ?? [];
  return (
    <div className="page timeline-page" data-testid="timeline-page">
      <h1>Timeline</h1>
      <form className="filters" onSubmit={submit} aria-label="Filter events">
        <label>
          Country{" "}
          <select value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value })} data-testid="filter-country">
            <option value="">all</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor <input value={form.actor} onChange={(e) => setForm({ ...form, actor: e.target.value })} placeholder="ISKP, ISIS-K, TTP…" size={12} data-testid="filter-actor" />
        </label>
        <label>
          From <input type="date" value={form.since} onChange={(e) => setForm({ ...form, since: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={form.until} onChange={(e) => setForm({ ...form, until: e.target.value })} />
        </label>
        <button type="submit" className="primary">
          Apply
        </button>
        <button type="button" onClick={() => navigate("/timeline")}>
          Reset
        </button>
      </form>
      <div className="timeline-layout">
      <div>
      {events.error && <ErrorBox error={events.error} retry={events.reload} />}
      {!events.data && !events.error && <Loading what="events" />}
      {events.data && (
        <Panel title={`${events.data.total} event${events.data.total === 1 ? "" : "s"}`} testid="timeline-events">
          <Strip events={events.data.items} />
          {[...byMonth.entries()].map(([m, es]) => (
            <section key={m} className="month-group">
              <h3>{m === "undated" ? "Undated" : fmtMonth(m)}</h3>
              <ul className="event-list">
                {es.map((e) => (
                  <EventRow key={e.id} e={e} />
                ))}
              </ul>
            </section>
          ))}
        </Panel>
      )}
      </div>
      <Panel title={`Strength estimates: ${filters.actor || "ISKP"}`} testid="estimates-panel">
        {estimates.error && <ErrorBox error={estimates.error} />}
        {estimates.data && fighters.length === 0 && others.length === 0 && <p className="muted">No estimates.</p>}
        {[...fighters, ...others].map((s) => (
          <EstimatesChart key={`${s.subject}|${s.measure}`} series={s} />
        ))}
      </Panel>
      </div>
    </div>
  );
}
