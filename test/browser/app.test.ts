// The web app in a real browser (Debian's Chromium via playwright-core) against the real server with the samples:
// overview, map, event sources, search, upload, review; and nothing fetched beyond 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { HAS_CHROMIUM, SKIP_REASON, launch, newPage, startApp, type App, type Watched } from "./browser-helpers.js";

describe.skipIf(!HAS_CHROMIUM)("web app in Chromium", () => {
  let app: App;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launch()]);
    w = await newPage(browser);
    // Sign in with the start-up token the server printed (#token=…): the app keeps it and drops it from the URL.
    await w.page.goto(app.entry);
    await w.page.getByTestId("overview").waitFor();
    expect(w.page.url()).not.toContain("token=");
  }, 180_000);

  afterAll(async () => {
    await w?.context.close();
    await browser?.close();
    await app?.close();
    // Nothing anywhere but 127.0.0.1 was even attempted, nothing popped up.
    expect(w?.offsite ?? []).toEqual([]);
    expect(w?.dialogs ?? []).toEqual([]);
  });

  it("loads the overview with the sample data", async () => {
    const { page } = w;
    await page.goto(`${app.url}/`);
    await page.getByTestId("overview").waitFor();
    for (const k of ["documents", "claims", "events"]) {
      const n = Number(await page.getByTestId(`count-${k}`).locator(".tile-value").textContent());
      expect(n, k).toBeGreaterThan(0);
    }
    expect(await page.getByTestId("month-bar").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("latest").getByTestId("event-row").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("by-country").locator("tr").count()).toBeGreaterThan(0);
  });

  it("shows Afghanistan's 34 provinces and the event points on the map; a click on a point opens its event", async () => {
    const { page } = w;
    await page.getByTestId("nav-map").click();
    await page.waitForFunction(() => window.__watchfloorMap?.loaded === true && window.__watchfloorMap.map.loaded(), null, { timeout: 60_000 });
    const info = await page.evaluate(async () => {
      const m = window.__watchfloorMap!;
      const src = m.map.getSource("provinces") as unknown as { getData(): Promise<{ features: unknown[] }> };
      const pts = m.map.getSource("points") as unknown as { getData(): Promise<{ features: unknown[] }> };
      const canvas = m.map.getCanvas();
      return {
        provinces: m.provinces,
        provinceFeatures: (await src.getData()).features.length,
        pointFeatures: (await pts.getData()).features.length,
        countries: m.countries,
        canvas: [canvas.width, canvas.height],
        renderedProvinces: m.map.queryRenderedFeatures({ layers: ["provinces-fill"] }).length,
        renderedPoints: m.map.queryRenderedFeatures({ layers: ["points"] }).length,
      };
    });
    expect(info.provinces).toBe(34);
    expect(info.provinceFeatures).toBe(34);
    expect(info.pointFeatures).toBeGreaterThan(0);
    expect(info.countries).toBeGreaterThan(5);
    expect(info.canvas[0]).toBeGreaterThan(300);
    expect(info.renderedProvinces).toBeGreaterThan(0);
    expect(info.renderedPoints).toBeGreaterThan(0);
    expect(await page.getByTestId("map-stats").getAttribute("data-provinces")).toBe("34");

    // The shading follows the toggle.
    await page.getByTestId("shade-killed").click();
    await page.waitForFunction(() => window.__watchfloorMap?.measure === "killed");

    // Click the first rendered point (on the canvas, where MapLibre puts it).
    const target = await page.evaluate(() => {
      const m = window.__watchfloorMap!;
      const f = m.map.queryRenderedFeatures({ layers: ["points"] })[0];
      const [lon, lat] = (f.geometry as { coordinates: [number, number] }).coordinates;
      const p = m.map.project([lon, lat]);
      const r = m.map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(/\/events\//);
    await page.getByTestId("event-page").waitFor();
    expect(await page.getByTestId("source").count()).toBeGreaterThan(0);
  });

  it("shows an event's sources, reconciled figures and each claim with its sentence", async () => {
    const { page } = w;
    await page.goto(`${app.url}/`);
    await page.getByTestId("latest").getByTestId("event-link").first().click();
    await page.getByTestId("event-page").waitFor();
    expect(await page.getByTestId("source").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("killed-reconciled").textContent()).toBeTruthy();
    const sentences = page.getByTestId("event-claims").getByTestId("claim-sentence");
    expect(await sentences.count()).toBeGreaterThan(0);
    const sentence = (await sentences.first().textContent())!.trim();
    // Follow the claim to its sentence in the document: highlighted there.
    await page.getByTestId("event-claims").getByTestId("claim-doc-link").first().click();
    await page.getByTestId("document-page").waitFor();
    const hl = (await page.getByTestId("hl").allTextContents()).join("");
    expect(hl.trim()).toBe(sentence);
  });

  it("finds a phrase with a highlighted snippet", async () => {
    const { page } = w;
    await page.goto(`${app.url}/search?q=${encodeURIComponent('"Russian embassy"')}`);
    await page.getByTestId("search-result").first().waitFor();
    const marks = await page.getByTestId("search-result").first().getByTestId("snippet-mark").allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["russian", "embassy"]));
    // From the quick search box in the header too.
    await page.goto(`${app.url}/`);
    await page.getByTestId("quick-search").fill("Russian embassy");
    await page.getByTestId("quick-search").press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await page.getByTestId("snippet-mark").first().waitFor();
  });

  it("ingests an uploaded report and shows its claims", async () => {
    const { page } = w;
    await page.goto(`${app.url}/ingest`);
    const text =
      "Suicide bomber strikes Jalalabad market\n\n" +
      "On 14 March 2025, a suicide bomber killed at least 9 people at a market in Jalalabad, Nangarhar province. " +
      "The Islamic State Khorasan Province (ISKP) claimed responsibility for the attack through its Amaq news agency.\n";
    await page.getByTestId("ingest-file").setInputFiles({ name: "jalalabad-market.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId("ingest-text").inputValue()).toContain("Jalalabad");
    await page.getByTestId("ingest-outlet").fill("Test Wire");
    await page.getByTestId("ingest-published").fill("2025-03-15");
    await page.getByTestId("ingest-submit").click();
    await page.getByTestId("ingest-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("ingest-progress").getAttribute("data-stage")).toBe("done");
    const claims = page.getByTestId("ingest-result").getByTestId("claim");
    expect(await claims.count()).toBeGreaterThan(0);
    expect((await page.getByTestId("ingest-result").getByTestId("claim-sentence").allTextContents()).join(" ")).toContain("Jalalabad");
    // The new document opens in the reader with its claims.
    await page.getByTestId("ingest-doc-link").click();
    await page.getByTestId("document-page").waitFor();
    expect(await page.getByTestId("doc-claims").getByTestId("claim").count()).toBeGreaterThan(0);
    // And its event is in the picture.
    await page.goto(`${app.url}/timeline?admin1=Nangarhar`);
    await page.getByTestId("timeline-events").waitFor();
    await page.goto(`${app.url}/search?q=Jalalabad`);
    await page.getByTestId("search-result").first().waitFor();
  });

  it("lets an analyst correct a claim: the change, who and why are shown and the original kept", async () => {
    const { page } = w;
    await page.goto(`${app.url}/search?q=Jalalabad`);
    await page.getByTestId("search-result").first().locator("a").first().click();
    await page.getByTestId("document-page").waitFor();
    const card = page.getByTestId("doc-claims").locator('[data-testid="claim"].kind-event').first();
    await card.getByTestId("review-open").click();
    await card.getByTestId("review-field").selectOption("killed");
    await card.getByTestId("review-value").fill("8");
    await card.getByTestId("review-reason").fill("Provincial health office count");
    // Signed in with a token: the server records the token's user as the reviewer.
    if (await card.getByTestId("review-by").count()) await card.getByTestId("review-by").fill("A. Analyst");
    await card.getByTestId("review-submit").click();
    const note = page.getByTestId("doc-claims").locator('[data-testid="claim"].kind-event').first().getByTestId("review-note");
    await note.waitFor();
    const t = (await note.textContent())!;
    expect(t).toMatch(/Corrected by \S+/);
    expect(t).toContain("Provincial health office count");
    expect(t).toContain("9 → 8");
    expect(t).toContain("original kept");
  });

  it("draws the actor network and shows an edge's claims", async () => {
    const { page } = w;
    await page.goto(`${app.url}/network`);
    await page.waitForFunction(() => (window.__watchfloorNetwork?.edges ?? 0) > 0, null, { timeout: 30_000 });
    await page.locator("summary").click();
    await page.getByTestId("edge-item").first().click();
    await page.getByTestId("edge-panel").getByTestId("claim-sentence").first().waitFor();
  });

  it("renders the timeline and the estimates chart", async () => {
    const { page } = w;
    await page.goto(`${app.url}/timeline`);
    await page.getByTestId("timeline-strip").waitFor();
    await page.getByTestId("estimates-panel").getByTestId("estimates").first().waitFor();
    expect(w.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

if (!HAS_CHROMIUM) describe("web app in Chromium", () => it.skip(SKIP_REASON, () => undefined));
