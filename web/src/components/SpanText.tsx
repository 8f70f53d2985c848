// Text with highlighted ranges, built by slicing the text at the ranges' offsets into React text nodes.
// The text is data: it is never parsed as markup (no innerHTML anywhere in this app).
import { Fragment, type ReactNode } from "react";

export interface Range {
  start: number;
  end: number;
  /** CSS class of the range (e.g. "m-actor", "ev"). */
  cls: string;
  /** Tooltip. */
  title?: string;
  /** Marks the range with <mark> (a search hit, the sentence asked for). */
  mark?: boolean;
  /** data-testid of the segments of this range. */
  testid?: string;
  /** id of the first segment (to scroll to it). */
  id?: string;
}

interface Segment {
  start: number;
  end: number;
  ranges: Range[];
}

/** Cuts [0, length) at every range boundary; each segment lists the ranges covering it (outermost first). */
export function segments(length: number, ranges: Range[]): Segment[] {
  const valid = ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= length && r.start < r.end);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let active: Range[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    active = active.filter((r) => r.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    active.sort((x, y) => x.start - y.start || y.end - x.end);
    out.push({ start: a, end: b, ranges: [...active] });
  }
  return out;
}

export function SpanText({ text, ranges, className }: { text: string; ranges: Range[]; className?: string }) {
  const seen = new Set<string>();
  const nodes: ReactNode[] = segments(text.length, ranges).map((s) => {
    const slice = text.slice(s.start, s.end);
    if (!s.ranges.length) return <Fragment key={s.start}>{slice}</Fragment>;
    const cls = s.ranges.map((r) => r.cls).join(" ");
    const title = s.ranges.map((r) => r.title).filter(Boolean).join(" · ") || undefined;
    const marked = s.ranges.find((r) => r.mark);
    const testid = [...s.ranges].reverse().find((r) => r.testid)?.testid;
    const idRange = s.ranges.find((r) => r.id && !seen.has(r.id));
    if (idRange?.id) seen.add(idRange.id);
    const props = { className: cls, title, "data-testid": testid, id: idRange?.id };
    return marked ? (
      <mark key={s.start} {...props}>
        {slice}
      </mark>
    ) : (
      <span key={s.start} {...props}>
        {slice}
      </span>
    );
  });
  return <span className={className}>{nodes}</span>;
}

/** A search snippet: <mark> for each [start, end) highlight. */
export function Snippet({ text, highlights }: { text: string; highlights: [number, number][] }) {
  return (
    <SpanText
      text={text}
      ranges={highlights.map(([start, end]) => ({ start, end, cls: "hit", mark: true, testid: "snippet-mark" }))}
    />
  );
}
