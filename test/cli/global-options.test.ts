// Global options (--data, --database-url, their environment variables) before or after the command, and --help
// on every command.
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSummary, runCli, SAMPLES, tempCwd } from "./run-cli.js";

const HTML = fileURLToPath(new URL("../fixtures/formats/ministry-blast.html", import.meta.url));
const serverUrl = process.env.WATCHFLOOR_TEST_DATABASE_URL;

const docNames = (stdout: string): string[] => (JSON.parse(stdout) as { name: string }[]).map((d) => d.name).sort();

describe("global options before or after the command (CLI)", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "wf-global-"));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // One embedded database (creating one costs seconds), reached every way a user can name it.
  it("`watchfloor --data D ingest X` and `watchfloor ingest X --data D` both reach folder D", async () => {
    const cwd = tempCwd();
    const d = join(work, "db");
    const before = await runCli(["--data", d, "ingest", SAMPLES], { cwd });
    expect(before.code, before.stderr).toBe(0);
    expect(parseSummary(before.stdout)).toMatchObject({ added: 5, failed: 0 });
    const after = await runCli(["ingest", SAMPLES, HTML, "--data", d], { cwd });
    expect(after.code, after.stderr).toBe(0);
    // the seeds are already in the folder the first command wrote: the option after the command reached it
    expect(parseSummary(after.stdout)).toMatchObject({ added: 1, skipped: 5, failed: 0 });
    expect(docNames((await runCli(["docs", "--json", "--data", d], { cwd })).stdout)).toHaveLength(6);
    // neither fell back to the default folder
    expect(existsSync(join(cwd, ".watchfloor"))).toBe(false);
  });

  it("`export claims` and `search` take --data before or after too, with the same result", async () => {
    const d = join(work, "db");
    const pairs = [
      [["--data", d, "export", "claims", "--format", "jsonl"], ["export", "claims", "--format", "jsonl", "--data", d]],
      [["--data", d, "search", "Russian embassy", "--json"], ["search", "Russian embassy", "--json", "--data", d]],
    ];
    for (const [x, y] of pairs) {
      const rx = await runCli(x);
      const ry = await runCli(y);
      expect(rx.code, rx.stderr).toBe(0);
      expect(ry.code, ry.stderr).toBe(0);
      expect(rx.stdout.length).toBeGreaterThan(10);
      expect(ry.stdout).toBe(rx.stdout);
    }
  });

  it("env WATCHFLOOR_DATA chooses the folder; --data on the command line wins over it", async () => {
    const cwd = tempCwd();
    const d = join(work, "db");
    const r = await runCli(["docs", "--json"], { cwd, env: { WATCHFLOOR_DATA: d } });
    expect(r.code, r.stderr).toBe(0);
    expect(docNames(r.stdout)).toHaveLength(6);
    expect(existsSync(join(cwd, ".watchfloor"))).toBe(false);
    const elsewhere = join(work, "not-this-one");
    const explicit = await runCli(["docs", "--json", "--data", d], { cwd, env: { WATCHFLOOR_DATA: elsewhere } });
    expect(docNames(explicit.stdout)).toHaveLength(6);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it("without --data or WATCHFLOOR_DATA the database is ./.watchfloor in the working folder", async () => {
    const cwd = tempCwd();
    symlinkSync(join(work, "db"), join(cwd, ".watchfloor"));
    const r = await runCli(["docs", "--json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(docNames(r.stdout)).toHaveLength(6);
    rmSync(cwd, { recursive: true, force: true });
  });

  describe.skipIf(!serverUrl)("PostgreSQL server (WATCHFLOOR_TEST_DATABASE_URL)", () => {
    let url: string;
    let db: string;
    beforeAll(async () => {
      db = `wf_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${db}`);
      await admin.end();
      const u = new URL(serverUrl!);
      u.pathname = `/${db}`;
      url = u.toString();
    });
    afterAll(async () => {
      if (!db) return;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${db} with (force)`);
      await admin.end();
    });

    it("--database-url before or after the command, and env WATCHFLOOR_DATABASE_URL, all reach the server", async () => {
      const cwd = tempCwd();
      const r = await runCli(["--database-url", url, "ingest", SAMPLES], { cwd });
      expect(r.code, r.stderr).toBe(0);
      expect(parseSummary(r.stdout)).toMatchObject({ added: 5 });
      const again = await runCli(["ingest", SAMPLES, "--database-url", url], { cwd });
      expect(parseSummary(again.stdout)).toMatchObject({ added: 0, skipped: 5 });
      expect(docNames((await runCli(["docs", "--json", "--database-url", url], { cwd })).stdout)).toHaveLength(5);
      expect(docNames((await runCli(["docs", "--json"], { cwd, env: { WATCHFLOOR_DATABASE_URL: url } })).stdout)).toHaveLength(5);
      // no embedded database was created on the way
      expect(existsSync(join(cwd, ".watchfloor"))).toBe(false);
    });
  });
});

describe("--help on every command (CLI)", () => {
  const cases: [string[], string[]][] = [
    [[], ["ingest", "export", "docs", "claims", "search", "demo", "--data", "--database-url"]],
    [["ingest"], ["--data", "--database-url", "--max-size", "--tlp", "--reliability", "--json"]],
    [["export"], ["claims"]],
    [["export", "claims"], ["--format", "json", "jsonl", "csv", "--output", "--data", "--database-url"]],
    [["docs"], ["--json", "--data", "--database-url"]],
    [["claims"], ["--doc", "--kind", "--json", "--data", "--database-url"]],
    [["search"], ["--json", "--limit", "--data", "--database-url"]],
    [["demo"], ["--data"]],
  ];
  it.each(cases)("watchfloor %j --help exits 0 and names its options", async (cmd, options) => {
    const r = await runCli([...cmd, "--help"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: watchfloor${cmd.length ? ` ${cmd.join(" ")}` : ""}`);
    for (const o of options) expect(r.stdout).toContain(o);
  });
});
