// One event: its reconciled figures with their range and every source's own figure, attributions with their
// basis, credibility grades in words, the sources, and each source claim with its sentence.
import type { Claim, FigureReport, WEvent } from "../api";
import { ClaimCard, docLink } from "../components/ClaimCard";
import { ErrorBox, Loading, Panel } from "../components/ui";
import { BASIS_WORDS, CREDIBILITY_WORDS, basisWords, countryName, eventTitle, fmtDate, fmtFigure, fmtReconciled, reliabilityWords } from "../format";
import { Link } from "../router";
import { useApi } from "../useApi";

function Figures({ label, value, range, reports, claims }: { label: string; value: number | null; range: [number, number] | null; reports: FigureReport[]; claims: Map<string, Claim> }) {
  return (
    <div className="figure" data-testid={`figure-${label}`}>
      <div className="figure-head">
        <span className="figure-label">{label}</span>
        <span className="figure-value" data-testid={`${label}-reconciled`}>
          {fmtReconciled(value, range, reports)}
        </span>
      </div>
      {range && range[0] !== range[1] && <p className="conflict">Sources disagree: the lowest reported figure is kept (ACLED rule); every figure stays below.</p>}
      {reports.length > 0 && (
        <table className="reports">
          <thead>
            <tr>
              <th scope="col">source</th>
              <th scope="col">figure</th>
              <th scope="col">qualifier</th>
              <th scope="col">sentence</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => {
              const c = claims.get(r.claim_id);
              return (
                <tr key={r.claim_id} data-testid="figure-report">
                  <td>{r.outlet ?? r.doc}</td>
                  <td className="num">{fmtFigure(r.value, r.qualifier)}</td>
                  <td>{r.qualifier ?? "—"}</td>
                  <td>{c ? <Link to={docLink(c)}>{c.evidence[0]?.text.slice(0, 140) ?? "open"}{(c.evidence[0]?.text.length ?? 0) > 140 ? "…" : ""}</Link> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function EventPage({ id }: { id: string }) {
  const { data, error, reload } = useApi<{ event: WEvent; claims: Claim[] }>(`/api/events/${encodeURIComponent(id)}`);
  if (error) return <ErrorBox error={error} retry={reload} />;
  if (!data) return <Loading what="the event" />;
  const e = data.event;
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const cred = e.credibility;
  return (
    <div className="page event-page" data-testid="event-page">
      <p className="crumbs">
        <Link to="/timeline">Timeline</Link> › event {e.id}
      </p>
      <h1 data-testid="event-title">{eventTitle(e)}</h1>
      <p className="lede">
        {fmtDate(e.date)}
        {e.date_precision && e.date_precision !== "day" ? ` (${e.date_precision} precision)` : ""} · {e.place ?? "—"}
        {e.admin1 ? `, ${e.admin1}` : ""}, {countryName(e.country)}
        {e.lat !== null && e.lon !== null ? ` · ${e.lat.toFixed(3)}, ${e.lon.toFixed(3)}` : ""}
        {e.geo_precision ? ` (geo precision ${e.geo_precision})` : ""}
        {e.sub_event_type ? ` · ${e.sub_event_type}` : ""}
      </p>
      <div className="grid-2">
        <Panel title="Reconciled figures" testid="figures">
          <Figures label="killed" value={e.killed} range={e.killed_range} reports={e.killed_reports ?? []} claims={claims} />
          <Figures label="injured" value={e.injured} range={e.injured_range} reports={e.injured_reports ?? []} claims={claims} />
        </Panel>
        <div className="stack">
          <Panel title="Perpetrator" testid="attributions">
            <p>
              <strong>{e.perpetrator ?? "unknown"}</strong> {e.perpetrator ? `— ${basisWords(e.perpetrator_basis)}` : ""}
            </p>
            {e.attributions.length > 0 && (
              <ul className="plain">
                {e.attributions.map((a) => (
                  <li key={`${a.actor}|${a.basis}`} data-testid="attribution">
                    {a.actor}: {a.basis ? BASIS_WORDS[a.basis] : "basis not stated"} — {a.reports} report{a.reports === 1 ? "" : "s"} ({a.docs.join(", ")})
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          {cred && (
            <Panel title="Information credibility (Admiralty 1–6)" testid="credibility">
              <dl className="fields">
                {(["date", "place", "killed", "perpetrator"] as const).map((k) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>
                      {cred[k]} — {CREDIBILITY_WORDS[cred[k]] ?? "?"}
                    </dd>
                  </div>
                ))}
              </dl>
            </Panel>
          )}
          <Panel title={`Sources (${e.sources.length})`} testid="sources">
            <ul className="plain">
              {e.sources.map((s) => (
                <li key={s.doc_id} data-testid="source">
                  <Link to={`/documents/${encodeURIComponent(s.doc_id)}`}>{s.outlet ?? s.doc}</Link>
                  {s.outlet && <span className="muted"> ({s.doc})</span>} · {fmtDate(s.published)} · reliability{" "}
                  {reliabilityWords(s.reliability)}
                </li>
              ))}
            </ul>
          </Panel>
        </div>
      </div>
      <Panel title={`Claims behind this event (${data.claims.length})`} testid="event-claims">
        <div className="claims">
          {data.claims.map((c) => (
            <ClaimCard key={c.id} claim={c} onChanged={reload} />
          ))}
        </div>
      </Panel>
    </div>
  );
}
