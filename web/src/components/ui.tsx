// Small shared pieces: loading and error states, event rows, bars.
import type { ReactNode } from "react";
import type { WEvent } from "../api";
import { Link } from "../router";
import { basisWords, countryName, eventTitle, fmtDate, fmtReconciled } from "../format";

export function Loading({ what }: { what?: string }) {
  return (
    <p className="muted" role="status" data-testid="loading">
      Loading{what ? ` ${what}` : ""}…
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: string; retry?: () => void }) {
  return (
    <div className="error" role="alert" data-testid="error">
      <strong>Could not load:</strong> {error}{" "}
      {retry && (
        <button type="button" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function Panel({ title, children, actions, testid, className }: { title: ReactNode; children: ReactNode; actions?: ReactNode; testid?: string; className?: string }) {
  return (
    <section className={`panel ${className ?? ""}`} data-testid={testid}>
      <header className="panel-head">
        <h2>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

export function EventRow({ e, extra }: { e: WEvent; extra?: ReactNode }) {
  return (
    <li className="event-row" data-testid="event-row">
      <span className="event-date">{fmtDate(e.date)}</span>
      <span className="event-main">
        <Link to={`/events/${encodeURIComponent(e.id)}`} data-testid="event-link">
          {eventTitle(e)}
        </Link>
        <span className="event-meta">
          {e.perpetrator ? `${e.perpetrator} (${basisWords(e.perpetrator_basis)})` : "perpetrator unknown"} · killed{" "}
          {fmtReconciled(e.killed, e.killed_range, e.killed_reports ?? [])} · {e.sources?.length ?? 0} source
          {(e.sources?.length ?? 0) === 1 ? "" : "s"}
        </span>
        {extra}
      </span>
    </li>
  );
}

/** A horizontal bar list: label, bar proportional to value, value. */
export function BarList({ rows, testid }: { rows: { key: string; label: ReactNode; value: number; note?: string }[]; testid?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="barlist" data-testid={testid}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="bar-cell">
              <span className="bar" style={{ width: `${(r.value / max) * 100}%` }} />
            </td>
            <td className="num">{r.value}</td>
            {r.note !== undefined && <td className="num muted">{r.note}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const countryLabel = (iso: string) => `${countryName(iso)} (${iso})`;
