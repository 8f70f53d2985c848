// The API token. `watchfloor serve` prints an address carrying a sign-in token in its fragment (#token=…): the
// fragment never reaches the server's logs; the app takes it, keeps it in this browser (localStorage), removes it
// from the address bar and sends it as Authorization: Bearer on every API call.
const KEY = "watchfloor.token";
const listeners = new Set<() => void>();

function fromFragment(): string | null {
  const h = window.location.hash.replace(/^#/, "");
  if (!h) return null;
  const params = new URLSearchParams(h);
  const t = params.get("token");
  if (!t) return null;
  params.delete("token");
  const rest = params.toString();
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search + (rest ? `#${rest}` : ""));
  return t;
}

let token: string | null = null;
try {
  const t = fromFragment();
  if (t) localStorage.setItem(KEY, t);
  token = t ?? localStorage.getItem(KEY);
} catch {
  token = null;
}

export const getToken = () => token;

export function setToken(t: string | null): void {
  token = t && t.trim() ? t.trim() : null;
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    /* storage refused: keep it for this page only */
  }
  listeners.forEach((l) => l());
}

export function onTokenChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Headers for an API call: the bearer token when there is one. */
export function authHeaders(): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Asked by the API client when a call answers 401: the app shows the sign-in form. */
let unauthorized = false;
export function markUnauthorized(): void {
  if (unauthorized) return;
  unauthorized = true;
  listeners.forEach((l) => l());
}
export function isUnauthorized(): boolean {
  return unauthorized;
}
export function clearUnauthorized(): void {
  unauthorized = false;
}
