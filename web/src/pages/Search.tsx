import { useEffect, useState, type FormEvent } from "react";
import type { SearchHit } from "../api";
import { Snippet } from "../components/SpanText";
import { ErrorBox, Loading } from "../components/ui";
import { fmtDate } from "../format";
import { Link, navigate, useLocation } from "../router";
import { useApi } from "../useApi";

export function Search() {
  const { query } = useLocation();
  const q = query.get("q") ?? "";
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);
  const { data, error, loading } = useApi<SearchHit[]>(q.trim() ? `/api/search?q=${encodeURIComponent(q)}&limit=50` : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/search?q=${encodeURIComponent(input)}`);
  };
  return (
    <div className="page search-page" data-testid="search-page">
      <h1>Search</h1>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-q" className="sr-only">
          Search the documents
        </label>
        <input id="search-q" type="search" value={input} onChange={(e) => setInput(e.target.value)} placeholder={'words, "a phrase", -excluded'} data-testid="search-input" />
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {loading && <Loading what="results" />}
      {data && (
        <>
          <p className="muted" data-testid="search-count">
            {data.length} document{data.length === 1 ? "" : "s"} match {q}
          </p>
          <ol className="results">
            {data.map((h) => (
              <li key={h.id} data-testid="search-result">
                <Link to={`/documents/${encodeURIComponent(h.id)}`} className="result-title">
                  {h.title ?? h.name}
                </Link>{" "}
                <span className="muted small">
                  {h.name} · {fmtDate(h.published)} · rank {h.rank.toFixed(3)}
                </span>
                <p className="snippet" data-testid="snippet">
                  <Snippet text={h.snippet} highlights={h.highlights} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
