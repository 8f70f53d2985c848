// The embedded database's folder lock: a second process on the same --data while one is ingesting fails fast with
// a message naming the holder's pid, and the database is not corrupted; a lock left by a dead process is taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, parseSummary, runCli, SAMPLES, spawnCli } from "../cli/run-cli.js";
import { makeReports } from "./make-reports.js";

const COUNT = 600;

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the data-folder lock (CLI, embedded database)", () => {
  let work: string;
  let reports: string;
  let data: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "wf-lock-"));
    reports = join(work, "reports");
    data = join(work, "data");
    makeReports(reports, COUNT, 3);
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("a second process while one is ingesting fails fast naming the pid; the first completes intact", async () => {
    const first = spawnCli(["ingest", reports, "--data", data]);
    const firstDone = collect(first, 150_000);
    let firstExited = false;
    void firstDone.then(() => (firstExited = true), () => (firstExited = true));
    await until(() => existsSync(join(data, "watchfloor.lock")) || firstExited, 60_000);
    expect(firstExited, "the first ingest ended before the second could start").toBe(false);

    const t0 = Date.now();
    const [second, reader] = await Promise.all([runCli(["ingest", SAMPLES, "--data", data]), runCli(["docs", "--json", "--data", data])]);
    const took = Date.now() - t0;
    expect(firstExited, "the first ingest must still be running while the others tried").toBe(false);
    for (const r of [second, reader]) {
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull();
      expect(r.stderr).toContain(`pid ${first.pid}`);
      expect(r.stderr).toMatch(/in use/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
    expect(took).toBeLessThan(10_000);

    const done = await firstDone;
    expect(done.code, done.stderr).toBe(0);
    expect(parseSummary(done.stdout)).toMatchObject({ added: COUNT, failed: 0 });
    expect(existsSync(join(data, "watchfloor.lock"))).toBe(false);

    // the database is whole, and the refused ingest left nothing in it
    const docs = await runCli(["docs", "--json", "--data", data]);
    expect(docs.code, docs.stderr).toBe(0);
    const names = (JSON.parse(docs.stdout) as { name: string }[]).map((d) => d.name);
    expect(names.length).toBe(COUNT);
    expect(names.every((n) => n.startsWith("report-"))).toBe(true);
  }, 180_000);

  it("a lock left by a process that died is taken over: the next command just works", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "watchfloor.lock"), String(dead));
    const r = await runCli(["ingest", SAMPLES, "--data", data]);
    expect(r.code, r.stderr).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ added: 5, failed: 0 });
    expect(existsSync(join(data, "watchfloor.lock"))).toBe(false);
  }, 60_000);
});
