// The Watchfloor web app. Built with `vite build web` (this folder is the root) into web/dist, which
// `watchfloor serve` serves at /. In development, `vite web` proxies /api to a running server
// (WATCHFLOOR_API, default http://127.0.0.1:8080).
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// A strict Content-Security-Policy in the built page (not in dev, where Vite injects inline scripts).
// Report text is data; even if some of it slipped into markup, no inline script, handler or javascript: URL runs.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

function cspMeta(): Plugin {
  return {
    name: "watchfloor-csp",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
  };
}

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), cspMeta()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": process.env.WATCHFLOOR_API ?? "http://127.0.0.1:8080" },
  },
});
