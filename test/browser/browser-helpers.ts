// Browser-test plumbing: Debian's Chromium through playwright-core, the web app built once (web/dist), the real
// server on a free port with a fresh embedded database and the samples, and a page that may reach 127.0.0.1 only.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;
if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WEB = path.join(ROOT, "web");
const DIST = path.join(WEB, "dist");

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

function isBuilt(): boolean {
  const index = path.join(DIST, "index.html");
  if (!existsSync(index)) return false;
  const sources = Math.max(newestMtime(path.join(WEB, "src")), statSync(path.join(WEB, "index.html")).mtimeMs, statSync(path.join(WEB, "vite.config.ts")).mtimeMs);
  return statSync(index).mtimeMs >= sources;
}

/** Builds web/dist unless it is newer than the sources; a lock folder keeps parallel test files from racing. */
export async function ensureWebBuilt(): Promise<void> {
  if (isBuilt()) return;
  const lock = path.join(tmpdir(), "watchfloor-web-build.lock");
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true }); // stale lock
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (isBuilt()) return;
    const { build } = await import("vite");
    // Vitest sets NODE_ENV=test; the app is built as in production (React's production build).
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ root: WEB, configFile: path.join(WEB, "vite.config.ts"), mode: "production", logLevel: "warn" });
    } finally {
      process.env.NODE_ENV = env;
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface App {
  /** The server's address, without a trailing slash. */
  url: string;
  /** The address to open first: it carries the start-up sign-in token (#token=…) when the server gives one. */
  entry: string;
  close(): Promise<void>;
}

function splitUrl(u: string): { url: string; entry: string } {
  const base = u.split("#")[0].replace(/\/$/, "");
  return { url: base, entry: u };
}

/** The real server (src/serve/start-server.ts) on a free port, with a fresh embedded database and the samples. */
export async function startApp(): Promise<App> {
  await ensureWebBuilt();
  // For working on the app: WATCHFLOOR_BROWSER_URL=http://127.0.0.1:8080/#token=… runs against a running server.
  const external = process.env.WATCHFLOOR_BROWSER_URL;
  if (external) return { ...splitUrl(external), close: async () => undefined };
  const dataDir = mkdtempSync(path.join(tmpdir(), "watchfloor-browser-"));
  const { startServer } = await import("../../src/serve/start-server.js");
  const server = await startServer({ dataDir, port: 0, host: "127.0.0.1", ingestSamples: true });
  return {
    ...splitUrl(server.url),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      // WebGL for MapLibre without a GPU: software rendering.
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but 127.0.0.1 (all aborted). */
  offsite: string[];
  /** Dialogs that opened (alert, confirm, prompt): dismissed. */
  dialogs: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

const isLocal = (u: string) => {
  if (u.startsWith("data:") || u.startsWith("blob:") || u.startsWith("about:")) return true;
  try {
    const h = new URL(u).hostname;
    return h === "127.0.0.1";
  } catch {
    return false;
  }
};

/** A fresh context and page at 1280×800 whose every request not to 127.0.0.1 is aborted and recorded. */
export async function newPage(browser: Browser): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: "block" });
  const offsite: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (isLocal(u)) return route.continue();
    offsite.push(u);
    return route.abort("blockedbyclient");
  });
  context.on("request", (r) => {
    if (!isLocal(r.url()) && !offsite.includes(r.url())) offsite.push(r.url());
  });
  const page = await context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { context, page, offsite, dialogs, errors };
}
