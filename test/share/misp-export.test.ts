// The MISP export: one MISP event per reconciled event, with the real taxonomy tag formats (tlp, admiralty-scale,
// estimative-language), galaxy-style actor names, and nothing above the reader's clearance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportMisp, type MispEvent } from "../../src/share/misp-export.js";
import { listEvents } from "../../src/store/read-events.js";
import { backends } from "../helpers/stores.js";
import { MARKED_REPORTS, seedPicture } from "./helpers-stix.js";

const TAG_FORMATS = [
  /^tlp:(clear|green|amber|amber\+strict|red)$/,
  /^admiralty-scale:source-reliability="[a-f]"$/,
  /^admiralty-scale:information-credibility="[1-6]"$/,
  /^estimative-language:likelihood-probability="(almost-no-chance|very-unlikely|unlikely|roughly-even-chance|likely|very-likely|almost-certain)"$/,
  /^misp-galaxy:threat-actor="[^"]+"$/,
];
const tags = (x: { Tag?: { name: string }[] }) => (x.Tag ?? []).map((t) => t.name);

describe.each(backends)("MISP export ($name)", (backend) => {
  let env: Awaited<ReturnType<typeof backend.fresh>>;
  let full: MispEvent[];
  let green: MispEvent[];

  beforeAll(async () => {
    env = await backend.fresh();
    await seedPicture(env.store, "first");
    full = await exportMisp(env.store);
    green = await exportMisp(env.store, { level: 1 });
  }, 120_000);
  afterAll(async () => env?.cleanup());

  it("one MISP event per reconciled event, with MISP's fields", async () => {
    expect(full.length).toBe((await listEvents(env.store)).length);
    for (const { Event: e } of full) {
      expect(e.info.length).toBeGreaterThan(0);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["1", "2", "3", "4"]).toContain(e.threat_level_id);
      expect(["0", "1", "2"]).toContain(e.analysis);
      expect(["0", "1", "2", "3", "4"]).toContain(e.distribution);
      expect(e.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const a of e.Attribute) {
        expect(typeof a.value).toBe("string");
        for (const t of tags(a)) expect(TAG_FORMATS.some((f) => f.test(t)), t).toBe(true);
      }
      for (const t of tags(e)) expect(TAG_FORMATS.some((f) => f.test(t)), t).toBe(true);
      expect(tags(e).filter((t) => t.startsWith("tlp:"))).toHaveLength(1);
    }
  });

  it("the Kabul embassy attack: TLP of its most restricted source, Admiralty grades, likelihood, the actor as a galaxy tag", () => {
    const { Event: e } = full.find((x) => x.Event.date === "2022-09-05" && /Kabul/.test(x.Event.info))!;
    const t = tags(e);
    expect(t).toContain("tlp:amber");
    expect(t).toContain('admiralty-scale:source-reliability="b"');
    expect(t.some((x) => x.startsWith("admiralty-scale:information-credibility="))).toBe(true);
    expect(t).toContain('estimative-language:likelihood-probability="very-likely"');
    expect(t).toContain('misp-galaxy:threat-actor="ISKP"');
    expect(e.distribution).toBe("0");
    const actor = e.Attribute.find((a) => a.type === "threat-actor" && a.category === "Attribution")!;
    expect(actor.value).toBe("ISKP");
    const killed = e.Attribute.filter((a) => a.type === "counter").map((a) => a.value);
    expect(killed).toContain("25");
    expect(e.Attribute.some((a) => a.type === "link" && a.value === "https://partner-a.example/reports/2022-09-05")).toBe(true);
    expect(e.Object[0]?.name).toBe("geolocation");
  });

  it("at GREEN: the same event with only the GREEN-visible figures; nothing from AMBER or RED reports", () => {
    const text = JSON.stringify(green);
    for (const r of MARKED_REPORTS.filter((r) => r.tlp !== "TLP:GREEN")) {
      expect(text).not.toContain(r.outlet);
      expect(text).not.toContain(r.text.split("\n")[2].slice(0, 40));
    }
    const { Event: e } = green.find((x) => x.Event.date === "2022-09-05" && /Kabul/.test(x.Event.info))!;
    expect(tags(e)).toContain("tlp:green");
    expect(e.Attribute.filter((a) => a.type === "counter").map((a) => a.value)).not.toContain("25");
    expect(green.length).toBeLessThan(full.length);
  });
});
