// `watchfloor demo` (and so `npm start`): the sample reports into a fresh embedded database, and the picture printed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSummary, runCli, type CliResult } from "./run-cli.js";

describe("demo (CLI)", () => {
  let work: string;
  let plain: CliResult;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wf-demo-"));
    plain = await runCli(["demo"]);
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("exits 0, says the 5 sample reports were added, and prints the picture", () => {
    expect(plain.code, plain.stderr).toBe(0);
    expect(parseSummary(plain.stdout)).toMatchObject({ added: 5, skipped: 0, failed: 0 });
    const events = /Events \((\d+) incident claims\)/.exec(plain.stdout);
    expect(events).not.toBeNull();
    expect(Number(events![1])).toBeGreaterThan(0);
    expect(plain.stdout).toMatch(/Estimates \(\d+\)/);
    // the table has a row for an incident from a seed report
    expect(plain.stdout).toMatch(/\n.*\b00[0-4]_[0-9a-f]{16}\b/);
    expect(plain.stderr).not.toMatch(/Error|at .+:\d+:\d+/);
  });

  it("without --data the temporary database is removed afterwards", () => {
    const m = /into an embedded database in (\S+)/.exec(plain.stdout);
    expect(m).not.toBeNull();
    expect(existsSync(m![1])).toBe(false);
  });

  it("demo --data D keeps the database in D, explorable with the other commands", async () => {
    const d = join(work, "kept");
    const r = await runCli(["demo", "--data", d]);
    expect(r.code, r.stderr).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ added: 5 });
    expect(r.stdout).toContain(`embedded database in ${d}`);
    const docs = await runCli(["docs", "--json", "--data", d]);
    expect((JSON.parse(docs.stdout) as unknown[]).length).toBe(5);
  });

  // --data is a global option, "accepted before or after the command" (issue 2).
  it("watchfloor --data D demo (the global option before the command) keeps the database in D too", async () => {
    const d = join(work, "kept-before");
    const r = await runCli(["--data", d, "demo"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`embedded database in ${d}`);
    expect(existsSync(d)).toBe(true);
  });

  // The demo is "a fresh embedded database ... with no server running": a PostgreSQL URL in the environment
  // (for the user's real work) must neither be needed nor receive the sample reports.
  it("runs on the embedded database even when WATCHFLOOR_DATABASE_URL is set in the environment", async () => {
    const r = await runCli(["demo"], { env: { WATCHFLOOR_DATABASE_URL: "postgres://nobody@127.0.0.1:9/no_such_db" } });
    expect(r.stderr).not.toMatch(/PostgreSQL/);
    expect(r.code).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ added: 5 });
  });
});
