// Screenshots of each page at 1280×800 for docs/screenshots/ (README). Runs only when asked:
//   SCREENSHOTS=1 npx vitest run test/browser/screenshots.test.ts
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser } from "playwright-core";
import { HAS_CHROMIUM, ROOT, launch, newPage, startApp, type App, type Watched } from "./browser-helpers.js";

const OUT = path.join(ROOT, "docs", "screenshots");

describe.skipIf(!HAS_CHROMIUM || process.env.SCREENSHOTS !== "1")("screenshots", () => {
  let app: App;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [app, browser] = await Promise.all([startApp(), launch()]);
    w = await newPage(browser);
    await w.page.goto(app.entry);
    await w.page.getByTestId("overview").waitFor();
  }, 180_000);

  afterAll(async () => {
    await w?.context.close();
    await browser?.close();
    await app?.close();
  });

  const shot = (name: string) => w.page.screenshot({ path: path.join(OUT, `${name}.png`) });

  /** GET an API path as the signed-in page does. */
  const api = <T>(p: string) =>
    w.page.evaluate(async (u) => {
      const t = localStorage.getItem("watchfloor.token");
      const r = await fetch(u, { headers: t ? { authorization: `Bearer ${t}` } : {} });
      return r.json();
    }, p) as Promise<T>;

  it("takes them", async () => {
    const { page } = w;
    await page.goto(`${app.url}/`);
    await page.getByTestId("month-bar").first().waitFor();
    await shot("overview");

    await page.goto(`${app.url}/map`);
    await page.waitForFunction(() => window.__watchfloorMap?.loaded === true && window.__watchfloorMap.map.loaded() && window.__watchfloorMap.map.areTilesLoaded(), null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const p = await page.evaluate(() => {
      const m = window.__watchfloorMap!;
      const f = m.map.queryRenderedFeatures({ layers: ["points"] })[0];
      if (!f) return null;
      const [lon, lat] = (f.geometry as { coordinates: [number, number] }).coordinates;
      const q = m.map.project([lon, lat]);
      const r = m.map.getCanvas().getBoundingClientRect();
      return { x: r.left + q.x, y: r.top + q.y };
    });
    if (p) await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(200);
    await shot("map");

    await page.goto(`${app.url}/timeline`);
    await page.getByTestId("estimates").first().waitFor();
    await shot("timeline");

    await page.goto(`${app.url}/network`);
    await page.waitForFunction(() => (window.__watchfloorNetwork?.edges ?? 0) > 0);
    await page.waitForTimeout(300);
    const edge = await page.evaluate(() => {
      const cy = window.__watchfloorNetwork!.cy;
      const e = cy.edges().sort((a, b) => b.data("width") - a.data("width"))[0];
      const m = e.renderedMidpoint();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + m.x, y: r.top + m.y };
    });
    await page.mouse.click(edge.x, edge.y);
    await page.getByTestId("edge-panel").getByTestId("claim").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await shot("network");

    const events = await api<{ items: { id: string; sources: unknown[]; killed_reports: unknown[] }[] }>("/api/events?limit=500");
    const best = [...events.items].sort((a, b) => b.sources.length - a.sources.length || b.killed_reports.length - a.killed_reports.length)[0];
    await page.goto(`${app.url}/events/${encodeURIComponent(best.id)}`);
    await page.getByTestId("event-claims").waitFor();
    await shot("event");

    await page.getByTestId("event-claims").getByTestId("claim-doc-link").first().click();
    await page.getByTestId("hl").first().waitFor();
    await page.waitForTimeout(200);
    await shot("document");

    await page.goto(`${app.url}/search?q=${encodeURIComponent('"Russian embassy"')}`);
    await page.getByTestId("search-result").first().waitFor();
    await shot("search");

    await page.goto(`${app.url}/ingest`);
    await page.getByTestId("ingest-title").fill("Attack on a Shia mosque in Kunduz");
    await page.getByTestId("ingest-outlet").fill("Example Wire");
    await page.getByTestId("ingest-published").fill("2025-10-09");
    await page
      .getByTestId("ingest-text")
      .fill(
        "KUNDUZ, 8 October 2025 — A suicide bomber killed at least 46 worshippers at a Shia mosque in Kunduz city during evening prayers, " +
          "provincial officials said. Local hospital staff put the toll at more than 50. The Islamic State Khorasan Province (ISKP) claimed " +
          "responsibility through its Amaq news agency.\n",
      );
    await page.getByTestId("ingest-submit").click();
    await page.getByTestId("ingest-result").waitFor({ timeout: 60_000 });
    await shot("ingest");
  }, 180_000);
});
