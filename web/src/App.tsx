// The shell: header with navigation and a quick search, and the routes.
import { Component, lazy, Suspense, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { clearUnauthorized, getToken, isUnauthorized, onTokenChange, setToken } from "./auth";
import { DocumentList, DocumentPage } from "./pages/DocumentPage";
import { EventPage } from "./pages/EventPage";
import { Ingest } from "./pages/Ingest";
import { Overview } from "./pages/Overview";
import { Search } from "./pages/Search";
import { Timeline } from "./pages/Timeline";
import { Loading } from "./components/ui";
import { Link, match, navigate, useLocation } from "./router";

// MapLibre and Cytoscape are big: loaded with their pages only.
const MapPage = lazy(() => import("./pages/MapPage").then((m) => ({ default: m.MapPage })));
const Network = lazy(() => import("./pages/Network").then((m) => ({ default: m.Network })));

const NAV: [string, string][] = [
  ["/", "Overview"],
  ["/map", "Map"],
  ["/timeline", "Timeline"],
  ["/network", "Network"],
  ["/documents", "Documents"],
  ["/search", "Search"],
  ["/ingest", "Ingest"],
];

function route(path: string): ReactNode {
  let m: Record<string, string> | null;
  if (path === "/" || path === "") return <Overview />;
  if (path === "/map") return <MapPage />;
  if (path === "/timeline") return <Timeline />;
  if (path === "/network") return <Network />;
  if (path === "/search") return <Search />;
  if (path === "/ingest") return <Ingest />;
  if (path === "/documents") return <DocumentList />;
  if ((m = match("/events/:id", path))) return <EventPage key={m.id} id={m.id} />;
  if ((m = match("/documents/:id", path))) return <DocumentPage key={m.id} id={m.id} />;
  return (
    <div className="page" data-testid="not-found">
      <h1>Not found</h1>
      <p>
        Nothing at this address. <Link to="/">Back to the overview</Link>.
      </p>
    </div>
  );
}

class Boundary extends Component<{ children: ReactNode; path: string }, { error: string | null; path: string }> {
  state = { error: null as string | null, path: this.props.path };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  static getDerivedStateFromProps(p: { path: string }, s: { error: string | null; path: string }) {
    return p.path !== s.path ? { error: null, path: p.path } : null;
  }
  render() {
    if (this.state.error)
      return (
        <div className="error" role="alert">
          This page failed: {this.state.error}
        </div>
      );
    return this.props.children;
  }
}

function QuickSearch() {
  const [q, setQ] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" className="quick-search" onSubmit={submit}>
      <label htmlFor="quick-q" className="sr-only">
        Search documents
      </label>
      <input id="quick-q" type="search" placeholder="Search reports…" value={q} onChange={(e) => setQ(e.target.value)} data-testid="quick-search" />
    </form>
  );
}

function SignIn({ onDone }: { onDone: () => void }) {
  const [t, setT] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setToken(t);
    clearUnauthorized();
    onDone();
  };
  return (
    <form className="panel signin" onSubmit={submit} data-testid="signin" aria-label="Sign in">
      <div className="panel-body">
        <h2>Sign in</h2>
        <p className="muted">
          This Watchfloor needs a token. Open the address <code>watchfloor serve</code> printed (it carries one), or paste a token made with{" "}
          <code>watchfloor token create USER</code>.
        </p>
        <div className="form-row">
          <label htmlFor="signin-token">Token</label>
          <input id="signin-token" type="password" value={t} onChange={(e) => setT(e.target.value)} autoComplete="off" size={44} required />
          <button type="submit" className="primary">
            Sign in
          </button>
        </div>
      </div>
    </form>
  );
}

const authSnapshot = () => `${getToken() ?? ""}|${isUnauthorized()}`;

export function App() {
  const { path } = useLocation();
  const auth = useSyncExternalStore(onTokenChange, authSnapshot);
  const [epoch, setEpoch] = useState(0);
  const needsSignIn = auth.endsWith("|true");
  const section = "/" + (path.split("/")[1] ?? "");
  const current = section === "/events" ? "/timeline" : section;
  return (
    <>
      <a href="#main" className="skip">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="Watchfloor overview">
          <span className="brand-mark" aria-hidden="true" />
          Watchfloor
        </Link>
        <nav aria-label="Main">
          {NAV.map(([to, label]) => (
            <Link key={to} to={to} aria-current={current === to ? "page" : undefined} data-testid={`nav-${label.toLowerCase()}`}>
              {label}
            </Link>
          ))}
        </nav>
        <QuickSearch />
        {getToken() && (
          <button
            type="button"
            className="linklike signout"
            onClick={() => {
              setToken(null);
              setEpoch((x) => x + 1);
            }}
          >
            Sign out
          </button>
        )}
      </header>
      <main id="main" tabIndex={-1} key={epoch}>
        {needsSignIn && <SignIn onDone={() => setEpoch((x) => x + 1)} />}
        <Boundary path={path}>
          <Suspense fallback={<Loading />}>{route(path)}</Suspense>
        </Boundary>
      </main>
    </>
  );
}
