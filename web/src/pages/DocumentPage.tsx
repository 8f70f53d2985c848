// The document reader: the text, sliced at the offsets of its mentions and claim evidence into colour-coded
// spans; ?hl=start-end marks a sentence and scrolls to it. The text is data: React text nodes only.
import { useEffect, useMemo, useState } from "react";
import type { Claim, DocumentDetail, DocumentSummary, Page } from "../api";
import { ClaimCard } from "../components/ClaimCard";
import { SpanText, type Range } from "../components/SpanText";
import { ErrorBox, Loading, Panel } from "../components/ui";
import { fmtDate, reliabilityWords } from "../format";
import { Link, navigate, useLocation } from "../router";
import { useApi } from "../useApi";

const KINDS = ["actor", "person", "place", "date", "number"] as const;

function safeHttpUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function DocumentPage({ id }: { id: string }) {
  const { query } = useLocation();
  const { data, error, reload } = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  const [shown, setShown] = useState<Set<string>>(() => new Set([...KINDS, "claims"]));
  const [kindFilter, setKindFilter] = useState<string>("");
  const hl = useMemo(() => {
    const m = /^(\d+)-(\d+)$/.exec(query.get("hl") ?? "");
    return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
  }, [query]);

  useEffect(() => {
    if (!data || !hl) return;
    // Scroll the text box (not the page) so the sentence sits a third of the way down.
    const el = document.getElementById("hl");
    const box = el?.closest<HTMLElement>(".doc-text");
    if (!el || !box) return;
    const delta = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += delta - box.clientHeight / 3;
  }, [data, hl]);

  const ranges = useMemo(() => {
    if (!data) return [];
    const out: Range[] = [];
    if (shown.has("claims")) {
      for (const c of data.claims) for (const ev of c.evidence) out.push({ start: ev.start, end: ev.end, cls: `ev ev-${c.kind}`, title: `${c.kind} claim` });
    }
    for (const m of data.mentions) if (shown.has(m.kind)) out.push({ start: m.start, end: m.end, cls: `m m-${m.kind}`, title: `${m.kind}: ${m.value}` });
    if (hl) out.push({ start: hl.start, end: hl.end, cls: "hl", mark: true, testid: "hl", id: "hl" });
    return out;
  }, [data, shown, hl]);

  if (error) return <ErrorBox error={error} retry={reload} />;
  if (!data) return <Loading what="the document" />;
  const d = data.document;
  const url = safeHttpUrl(d.url);
  const claims = kindFilter ? data.claims.filter((c) => c.kind === kindFilter) : data.claims;
  const showInText = (c: Claim) => {
    const ev = c.evidence[0];
    if (ev) navigate(`/documents/${encodeURIComponent(id)}?hl=${ev.start}-${ev.end}`, { replace: true, keepScroll: true });
  };
  const toggle = (k: string) =>
    setShown((s) => {
      const n = new Set(s);
      if (n.has(k)) n.delete(k);
      else n.add(k);
      return n;
    });
  return (
    <div className="page doc-page" data-testid="document-page">
      <p className="crumbs">
        <Link to="/documents">Documents</Link> › {d.name}
      </p>
      <h1 data-testid="doc-title">{d.title ?? d.name}</h1>
      <p className="lede">
        {d.outlet ?? "outlet unknown"} · {fmtDate(d.published)} · <span className={`tlp tlp-${d.tlp.replace(/[^A-Z]/g, "")}`}>{d.tlp}</span> · source reliability{" "}
        {reliabilityWords(d.reliability)} · {d.chars.toLocaleString()} characters
        {url && (
          <>
            {" · "}
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        )}
      </p>
      <div className="reader">
        <article className="doc-text-wrap">
          <div className="legend-row" role="group" aria-label="Highlight">
            {[...KINDS, "claims"].map((k) => (
              <label key={k} className={`chip ${k === "claims" ? "ev" : `m-${k}`}`}>
                <input type="checkbox" checked={shown.has(k)} onChange={() => toggle(k)} /> {k}
              </label>
            ))}
          </div>
          <div className="doc-text" data-testid="doc-text">
            <SpanText text={d.text} ranges={ranges} />
          </div>
        </article>
        <aside className="doc-claims">
          <Panel
            title={`Claims (${data.claims.length})`}
            testid="doc-claims"
            actions={
              <select aria-label="Claim kind" value={kindFilter} onChange={(e) => setKindFilter(e.target.value)}>
                <option value="">all kinds</option>
                {["event", "quantity", "relation", "judgment"].map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            }
          >
            {claims.length === 0 && <p className="muted">No claims.</p>}
            <div className="claims">
              {claims.map((c) => (
                <ClaimCard key={c.id} claim={c} showDoc={false} onShowInText={showInText} onChanged={reload} />
              ))}
            </div>
          </Panel>
        </aside>
      </div>
    </div>
  );
}

export function DocumentList() {
  const { query } = useLocation();
  const offset = Math.max(0, Number(query.get("offset") ?? 0) || 0);
  const { data, error, reload } = useApi<Page<DocumentSummary>>(`/api/documents?limit=100&offset=${offset}`);
  if (error) return <ErrorBox error={error} retry={reload} />;
  if (!data) return <Loading what="documents" />;
  return (
    <div className="page" data-testid="documents-page">
      <h1>Documents ({data.total})</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">title</th>
            <th scope="col">outlet</th>
            <th scope="col">published</th>
            <th scope="col">TLP</th>
            <th scope="col">reliability</th>
            <th scope="col" className="num">
              claims
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((d) => (
            <tr key={d.id} data-testid="document-row">
              <td>
                <Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.title ?? d.name}</Link>
              </td>
              <td>{d.outlet ?? "—"}</td>
              <td>{fmtDate(d.published)}</td>
              <td>{d.tlp}</td>
              <td>{d.reliability}</td>
              <td className="num">{d.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        {offset > 0 && <Link to={`/documents?offset=${Math.max(0, offset - 100)}`}>← previous</Link>}
        {offset + data.items.length < data.total && <Link to={`/documents?offset=${offset + 100}`}>next →</Link>}
      </div>
    </div>
  );
}
