// `watchfloor export claims --format json|jsonl|csv [--output FILE]` per the contract in DESIGN.md ("The claims
// export"), run through the CLI on the seed reports; plus the CSV writer's quoting on hostile text.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatClaims } from "../../src/share/claims-export.js";
import { openStore } from "../../src/store/open-store.js";
import type { StoredClaim } from "../../src/store/read-claims.js";
import { parseSummary, runCli, SAMPLES } from "../cli/run-cli.js";
import { parseCsv } from "../helpers/csv.js";

const SEED_NAMES = ["000_34361a7f304bcf47", "001_4fb43a1f0e822a7b", "002_66232c13512e26a9", "003_dc03f2a25593d1c1", "004_726d58263db9047c"];
const KINDS = ["event", "quantity", "relation", "judgment"];
const EVENT_KEYS = ["date", "date_precision", "country", "admin1", "place", "lat", "lon", "perpetrator", "perpetrator_basis", "killed", "killed_qualifier", "injured", "method", "target"];
const QUANTITY_KEYS = ["subject", "measure", "min", "max", "as_of", "by"];

type Rec = Record<string, unknown> & { id: string; kind: string; doc: string; evidence: { start: number; end: number; text: string }[] };


const isNullOr = (v: unknown, ok: (v: unknown) => boolean) => v === null || ok(v);
const str = (v: unknown) => typeof v === "string" && v.length > 0;
const num = (v: unknown) => typeof v === "number" && Number.isFinite(v);

describe("export claims (CLI, on the seed reports)", () => {
  let work: string;
  let data: string;
  let texts: Map<string, string>;
  let json: Rec[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wf-export-"));
    data = join(work, "data");
    const r = await runCli(["ingest", SAMPLES, "--data", data]);
    expect(r.code, r.stderr).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ added: 5 });
    const store = await openStore({ dataDir: data, databaseUrl: null });
    try {
      texts = new Map((await store.query<{ name: string; text: string }>("select name, text from documents")).map((d) => [d.name, d.text]));
    } finally {
      await store.close();
    }
    const out = await runCli(["export", "claims", "--format", "json", "--data", data]);
    expect(out.code, out.stderr).toBe(0);
    json = JSON.parse(out.stdout) as Rec[];
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("--format json is one JSON array of claims, ids unique", () => {
    expect(Array.isArray(json)).toBe(true);
    expect(json.length).toBeGreaterThan(0);
    expect(new Set(json.map((r) => r.id)).size).toBe(json.length);
  });

  it("each record has id, kind, doc (the file name without extension) and evidence [{start,end,text}]", () => {
    for (const r of json) {
      expect(str(r.id), JSON.stringify(r).slice(0, 200)).toBe(true);
      expect(KINDS).toContain(r.kind);
      expect(SEED_NAMES).toContain(r.doc);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(Object.keys(e).sort()).toEqual(["end", "start", "text"]);
        expect(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end).toBe(true);
      }
    }
  });

  it("every evidence span is exactly the stored document text at [start, end)", () => {
    for (const r of json) {
      const text = texts.get(r.doc)!;
      for (const e of r.evidence) expect(e.text, `${r.id} [${e.start},${e.end})`).toBe(text.slice(e.start, e.end));
    }
  });

  it("each record carries the object of its kind; event and quantity objects have the contract's fields and types", () => {
    for (const r of json) {
      const body = r[r.kind] as Record<string, unknown> | undefined;
      expect(body && typeof body === "object", `${r.id} has "${r.kind}"`).toBe(true);
      for (const other of KINDS.filter((k) => k !== r.kind)) expect(r[other], `${r.id} has no "${other}"`).toBeUndefined();
      if (r.kind === "event") {
        for (const k of EVENT_KEYS) expect(body!, `${r.id} event.${k}`).toHaveProperty(k);
        const e = body!;
        expect(isNullOr(e.date, (v) => typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)), `${r.id} date ${e.date}`).toBe(true);
        expect([null, "day", "month", "year"]).toContain(e.date_precision);
        expect(isNullOr(e.country, (v) => typeof v === "string" && /^[A-Z]{2}$/.test(v))).toBe(true);
        expect(isNullOr(e.lat, (v) => num(v) && Math.abs(v as number) <= 90)).toBe(true);
        expect(isNullOr(e.lon, (v) => num(v) && Math.abs(v as number) <= 180)).toBe(true);
        expect([null, "claimed", "attributed", "suspected"]).toContain(e.perpetrator_basis);
        expect(isNullOr(e.killed, (v) => Number.isInteger(v) && (v as number) >= 0)).toBe(true);
        expect(isNullOr(e.injured, (v) => Number.isInteger(v) && (v as number) >= 0)).toBe(true);
        expect([null, "exact", "at_least", "more_than", "approx"]).toContain(e.killed_qualifier);
        for (const k of ["admin1", "place", "perpetrator", "method", "target"]) expect(isNullOr(e[k], str), `${r.id} ${k}`).toBe(true);
      }
      if (r.kind === "quantity") {
        for (const k of QUANTITY_KEYS) expect(body!, `${r.id} quantity.${k}`).toHaveProperty(k);
        const q = body!;
        expect(str(q.subject) && str(q.measure)).toBe(true);
        expect(isNullOr(q.min, num) && isNullOr(q.max, num)).toBe(true);
        if (num(q.min) && num(q.max)) expect(q.min as number).toBeLessThanOrEqual(q.max as number);
        expect(isNullOr(q.as_of, str) && isNullOr(q.by, str)).toBe(true);
      }
    }
  });

  it("the seed that describes the Russian embassy attack has an event claim citing that sentence", () => {
    const embassy = json.filter((r) => r.doc === "000_34361a7f304bcf47" && r.kind === "event" && r.evidence.some((e) => /Russian embassy/.test(e.text)));
    expect(embassy.length).toBeGreaterThan(0);
  });

  it("--format jsonl: one JSON object per line, the same records as json", async () => {
    const r = await runCli(["export", "claims", "--format", "jsonl", "--data", data]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBe(json.length);
    const recs = lines.map((l) => JSON.parse(l) as Rec);
    for (const x of recs) expect(typeof x === "object" && !Array.isArray(x)).toBe(true);
    expect(recs).toEqual(json);
  });

  it("--format csv: a header, one row per claim, quoted fields that parse back to the evidence", async () => {
    const r = await runCli(["export", "claims", "--format", "csv", "--data", data]);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    const header = rows[0];
    expect(header.slice(0, 3)).toEqual(["id", "kind", "doc"]);
    for (const col of ["evidence_start", "evidence_end", "evidence_text"]) expect(header).toContain(col);
    expect(rows.length - 1).toBe(json.length);
    const col = (name: string) => header.indexOf(name);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row.length).toBe(header.length);
      expect(row[col("id")]).toBe(json[i].id);
      expect(row[col("kind")]).toBe(json[i].kind);
      expect(row[col("doc")]).toBe(json[i].doc);
      expect(Number(row[col("evidence_start")])).toBe(json[i].evidence[0].start);
      expect(row[col("evidence_text")]).toContain(json[i].evidence[0].text.replace(/^[=+\-@\t\r]/, ""));
    }
    // evidence sentences have commas: they are quoted
    expect(r.stdout).toMatch(/,"[^"\n]*,[^"\n]*"/);
  });

  it("--output FILE writes the export to the file (not to standard output)", async () => {
    const file = join(work, "claims.json");
    const r = await runCli(["export", "claims", "--format", "json", "--output", file, "--data", data]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(json);
    expect(r.stdout.trim()).toBe("");
    const csvFile = join(work, "claims.csv");
    const c = await runCli(["export", "claims", "--format", "csv", "-o", csvFile, "--data", data]);
    expect(c.code, c.stderr).toBe(0);
    expect(parseCsv(readFileSync(csvFile, "utf8")).length - 1).toBe(json.length);
  });

  it("an unknown --format is refused with a non-zero exit", async () => {
    const r = await runCli(["export", "claims", "--format", "xml", "--data", data]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/json.*jsonl.*csv/);
  });
});

describe("CSV export of hostile text (unit)", () => {
  const claim = (text: string): StoredClaim =>
    ({
      id: "d1-c0", kind: "event", docId: "d1", doc: 'evil,"name"', docTitle: null, published: null, confidence: 0.5,
      fields: { date: null, method: "=HYPERLINK(\"http://x\")" },
      evidence: [{ start: 0, end: text.length, text }],
      eventId: null, status: "active", review: null,
    }) as unknown as StoredClaim;

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const text = '=cmd|"/c calc"!A1, then\na "quoted" line';
    const out = [...formatClaims([claim(text)], "csv")].join("");
    const rows = parseCsv(out);
    expect(rows.length).toBe(2);
    const [header, row] = rows;
    expect(row.length).toBe(header.length);
    expect(row[header.indexOf("doc")]).toBe('evil,"name"');
    const ev = row[header.indexOf("evidence_text")];
    expect(ev.startsWith("=")).toBe(false);
    expect(ev).toContain('then\na "quoted" line');
    expect(row[header.indexOf("event_method")].startsWith("=")).toBe(false);
  });

  it("json and jsonl of the same claim are the same record", () => {
    const c = claim("ISKP claimed the attack.");
    const fromJson = JSON.parse([...formatClaims([c], "json")].join("")) as unknown[];
    const fromJsonl = [...formatClaims([c], "jsonl")].join("").trim().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(fromJsonl).toEqual(fromJson);
    expect(fromJson[0]).toMatchObject({ id: "d1-c0", kind: "event", doc: 'evil,"name"', evidence: [{ start: 0, end: 24, text: "ISKP claimed the attack." }] });
  });
});
