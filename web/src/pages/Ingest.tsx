// Ingest a report: paste it or pick a file (read in the browser with File.text()), POST /api/ingest as JSON,
// show the progress (sending → extracting → done) and the new claims with their sentences.
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { ingest, type IngestBody, type IngestResult } from "../api";
import { ClaimCard } from "../components/ClaimCard";
import { Panel } from "../components/ui";
import { Link } from "../router";

type Stage = "idle" | "sending" | "extracting" | "done" | "error";

const MAX_BYTES = 5 * 1024 * 1024;

export function Ingest() {
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [outlet, setOutlet] = useState("");
  const [url, setUrl] = useState("");
  const [published, setPublished] = useState("");
  const [tlp, setTlp] = useState("TLP:CLEAR");
  const [reliability, setReliability] = useState("F");
  const [text, setText] = useState("");
  const [stage, setStage] = useState<Stage>("idle");
  const [fraction, setFraction] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<IngestResult | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    setError(null);
    if (f.size > MAX_BYTES) {
      setError(`${f.name} is over 5 MB.`);
      return;
    }
    const body = await f.text();
    setName(f.name);
    if (/\.json$/i.test(f.name)) {
      // An article as JSON: {title, url, published, text}.
      try {
        const j = JSON.parse(body) as Record<string, unknown>;
        if (typeof j.text === "string") {
          setText(j.text);
          if (typeof j.title === "string") setTitle(j.title);
          if (typeof j.url === "string") setUrl(j.url);
          if (typeof j.outlet === "string") setOutlet(j.outlet);
          if (typeof j.published === "string") setPublished(j.published.slice(0, 10));
          return;
        }
      } catch {
        /* not an article: send the file as it is */
      }
    }
    setText(body);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (!text.trim()) return setError("Paste the report's text or choose a file.");
    if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return setError("Published must be a date (YYYY-MM-DD).");
    const fallbackName = (title || text.trim().split("\n")[0] || "pasted report").slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase() || "pasted-report";
    const body: IngestBody = { name: name || `${fallbackName}.txt`, text, tlp, reliability };
    if (title.trim()) body.title = title.trim();
    if (outlet.trim()) body.outlet = outlet.trim();
    if (url.trim()) body.url = url.trim();
    if (published) body.published = published;
    try {
      const r = await ingest(body, (s, f) => {
        setStage(s);
        setFraction(f);
      });
      setResult(r);
      setStage("done");
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setStage("error");
    }
  };

  const reset = () => {
    setName("");
    setTitle("");
    setOutlet("");
    setUrl("");
    setPublished("");
    setText("");
    setStage("idle");
    setResult(null);
    setError(null);
    if (fileRef.current) fileRef.current.value = "";
  };

  const busy = stage === "sending" || stage === "extracting";
  return (
    <div className="page ingest-page" data-testid="ingest-page">
      <h1>Ingest a report</h1>
      <form className="ingest-form" onSubmit={submit} aria-label="Ingest a report">
        <div className="form-grid">
          <label htmlFor="in-file">File (.txt, .md, .html, .json)</label>
          <input id="in-file" ref={fileRef} type="file" accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json" onChange={onFile} data-testid="ingest-file" />
          <label htmlFor="in-title">Title</label>
          <input id="in-title" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="ingest-title" maxLength={500} />
          <label htmlFor="in-outlet">Outlet</label>
          <input id="in-outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} data-testid="ingest-outlet" maxLength={200} />
          <label htmlFor="in-url">URL</label>
          <input id="in-url" value={url} onChange={(e) => setUrl(e.target.value)} type="url" maxLength={2000} />
          <label htmlFor="in-published">Published</label>
          <input id="in-published" type="date" value={published} onChange={(e) => setPublished(e.target.value)} data-testid="ingest-published" />
          <label htmlFor="in-tlp">TLP</label>
          <select id="in-tlp" value={tlp} onChange={(e) => setTlp(e.target.value)}>
            {["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <label htmlFor="in-rel">Source reliability</label>
          <select id="in-rel" value={reliability} onChange={(e) => setReliability(e.target.value)}>
            {["A", "B", "C", "D", "E", "F"].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <label htmlFor="in-name">File name</label>
          <input id="in-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="(from the title)" maxLength={200} />
        </div>
        <label htmlFor="in-text">Text</label>
        <textarea id="in-text" value={text} onChange={(e) => setText(e.target.value)} rows={8} spellCheck={false} data-testid="ingest-text" />
        <div className="form-row">
          <button type="submit" className="primary" disabled={busy} data-testid="ingest-submit">
            Ingest
          </button>
          <button type="button" onClick={reset} disabled={busy}>
            Clear
          </button>
          <ol className="progress" aria-label="Progress" data-testid="ingest-progress" data-stage={stage}>
            {(["sending", "extracting", "done"] as const).map((s) => {
              const order = { idle: -1, error: -1, sending: 0, extracting: 1, done: 2 }[stage];
              const i = { sending: 0, extracting: 1, done: 2 }[s];
              return (
                <li key={s} className={order > i ? "past" : order === i ? "current" : ""} aria-current={order === i ? "step" : undefined}>
                  {s}
                  {s === "sending" && stage === "sending" && fraction > 0 ? ` ${Math.round(fraction * 100)}%` : ""}
                </li>
              );
            })}
          </ol>
        </div>
      </form>
      {error && (
        <p className="error" role="alert" data-testid="ingest-error">
          {error}
        </p>
      )}
      {result && (
        <Panel title={result.status === "added" ? `Added: ${result.claims.length} claim${result.claims.length === 1 ? "" : "s"}` : `Skipped${result.reason ? `: ${result.reason}` : ""}`} testid="ingest-result">
          {result.document && (
            <p>
              <Link to={`/documents/${encodeURIComponent(result.document.id)}`} data-testid="ingest-doc-link">
                {result.document.title ?? result.document.name}
              </Link>{" "}
              <span className="muted">({result.document.name})</span>
            </p>
          )}
          <div className="claims">
            {result.claims.map((c) => (
              <ClaimCard key={c.id} claim={c} showDoc={false} />
            ))}
          </div>
        </Panel>
      )}
    </div>
  );
}
