// Attacks per month: an SVG bar chart drawn by hand (one bar per month, gaps for months without events).
import { fmtMonth } from "../format";

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function MonthChart({ data, measure = "events", height = 160 }: { data: { month: string; events: number; killed: number }[]; measure?: "events" | "killed"; height?: number }) {
  const valid = data.filter((d) => /^\d{4}-\d{2}/.test(d.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (!valid.length) return <p className="muted">No dated events.</p>;
  const byMonth = new Map(valid.map((d) => [d.month.slice(0, 7), d]));
  const months = monthsBetween(valid[0].month.slice(0, 7), valid[valid.length - 1].month.slice(0, 7));
  const max = Math.max(1, ...valid.map((d) => d[measure]));
  const W = 640;
  const H = height;
  const padL = 28;
  const padB = 22;
  const padT = 8;
  const bw = (W - padL - 4) / months.length;
  const y = (v: number) => padT + (H - padT - padB) * (1 - v / max);
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const labelEvery = Math.max(1, Math.ceil(months.length / 8));
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${measure} per month`} data-testid="month-chart">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={padL} x2={W} y1={y(t)} y2={y(t)} className="grid" />
          <text x={padL - 4} y={y(t) + 3} textAnchor="end" className="axis">
            {t}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const d = byMonth.get(m);
        const v = d ? d[measure] : 0;
        const x = padL + i * bw;
        return (
          <g key={m}>
            {v > 0 && (
              <rect x={x + bw * 0.12} width={Math.max(1, bw * 0.76)} y={y(v)} height={H - padB - y(v)} className={`bar-${measure}`} data-testid="month-bar">
                <title>{`${fmtMonth(m)}: ${d?.events ?? 0} events, ${d?.killed ?? 0} killed`}</title>
              </rect>
            )}
            {i % labelEvery === 0 && (
              <text x={x + bw / 2} y={H - 6} textAnchor="middle" className="axis">
                {fmtMonth(m)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
