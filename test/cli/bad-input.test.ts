// Bad input next to good reports, through the CLI as a user runs it: each bad file gets its own line with a clear
// reason, every good report is ingested, and the exit status is non-zero only when nothing could be ingested.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failedLines, parseSummary, runCli, SAMPLES, type CliResult } from "./run-cli.js";

/** Whether chmod 000 stops this process reading a file (it does not for root). */
function chmodStopsReading(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "wf-perm-"));
  const f = join(dir, "probe.txt");
  writeFileSync(f, "probe");
  chmodSync(f, 0o000);
  try {
    readFileSync(f);
    return false;
  } catch {
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const CAN_MAKE_UNREADABLE = chmodStopsReading();
if (!CAN_MAKE_UNREADABLE) {
  console.info("bad-input: running as root (chmod 000 does not stop root reading): the chmod-000 sub-case is skipped; a dangling symlink stands for the unreadable path");
}

const SEEDS = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort();
const MB = 1024 * 1024;

/** ~20 MB of valid UTF-8 prose (the seed reports, numbered, over and over). */
function writeBigReport(path: string, bytes: number): void {
  const seeds = SEEDS.map((f) => readFileSync(join(SAMPLES, f), "utf8"));
  const parts: string[] = ["A very long compilation of field reports\n\n"];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const chunk = `Part ${i + 1}.\n${seeds[i % seeds.length]}\n\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  writeFileSync(path, parts.join(""));
}

function writeBadFiles(dir: string): void {
  // PNG bytes, NULs included, named .txt
  const png = Buffer.alloc(4096);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).copy(png);
  for (let i = 16; i < png.length; i++) png[i] = (i * 7919) % 256;
  writeFileSync(join(dir, "picture.txt"), png);
  writeFileSync(join(dir, "empty.txt"), "");
  // Latin-1: é is 0xE9, not valid UTF-8
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.from("L'\xc9tat islamique au Khorassan a revendiqu\xe9 l'attentat contre l'ambassade de Russie \xe0 Kaboul.\n", "latin1"),
  );
  symlinkSync(join(dir, "no-such-target.txt"), join(dir, "dangling.txt"));
}

describe("ingest: bad files next to good reports (CLI)", () => {
  let work: string;
  let dir: string;
  let data: string;
  let run: CliResult;
  let failed: Map<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wf-bad-"));
    dir = join(work, "reports");
    data = join(work, "data");
    mkdirSync(join(dir, "nested"), { recursive: true });
    for (const [i, f] of SEEDS.entries()) copyFileSync(join(SAMPLES, f), join(i % 2 ? join(dir, "nested") : dir, f));
    writeBadFiles(dir);
    writeBigReport(join(dir, "huge.txt"), 20 * MB + 12345);
    if (CAN_MAKE_UNREADABLE) {
      writeFileSync(join(dir, "locked.txt"), "ISKP claimed an attack on a market in Kabul.\n");
      chmodSync(join(dir, "locked.txt"), 0o000);
    }
    run = await runCli(["ingest", dir, "--data", data]);
    failed = failedLines(run.stdout);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("exits 0 and ingests every good report", async () => {
    expect(run.code, run.stderr).toBe(0);
    const summary = parseSummary(run.stdout);
    expect(summary).not.toBeNull();
    expect(summary!.added).toBe(SEEDS.length);
    const docs = await runCli(["docs", "--json", "--data", data]);
    expect(docs.code, docs.stderr).toBe(0);
    const names = (JSON.parse(docs.stdout) as { name: string }[]).map((d) => d.name).sort();
    expect(names).toEqual(SEEDS.map((f) => f.replace(/\.txt$/, "")));
  });

  it("reports each bad file on its own line, and counts them as failed", () => {
    const expected = ["picture.txt", "empty.txt", "latin1.txt", "dangling.txt", "huge.txt", ...(CAN_MAKE_UNREADABLE ? ["locked.txt"] : [])];
    expect([...failed.keys()].sort()).toEqual(expected.map((f) => join(dir, f)).sort());
    expect(parseSummary(run.stdout)!.failed).toBe(expected.length);
    // one line each: the reason never spills onto another line, and no stack trace anywhere
    for (const f of expected) expect(run.stdout.split("\n").filter((l) => l.includes(join(dir, f))).length).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it("a binary file (PNG bytes, NULs) named .txt: 'binary'", () => {
    expect(failed.get(join(dir, "picture.txt"))).toMatch(/binary/i);
  });

  it("an empty file: 'empty'", () => {
    expect(failed.get(join(dir, "empty.txt"))).toMatch(/empty/i);
  });

  it("a Latin-1 file: not valid UTF-8, with the offending byte", () => {
    const reason = failed.get(join(dir, "latin1.txt"));
    expect(reason).toMatch(/UTF-8/);
    expect(reason).toMatch(/0xc9/i);
  });

  it("a 20 MB file: over the 5 MB default limit, and how to raise it", () => {
    const reason = failed.get(join(dir, "huge.txt"));
    expect(reason).toMatch(/limit/i);
    expect(reason).toMatch(/--max-size/);
  });

  it("an unreadable path (a dangling symbolic link): cannot read", () => {
    expect(failed.get(join(dir, "dangling.txt"))).toMatch(/cannot read|no such file|ENOENT/i);
  });

  it.skipIf(!CAN_MAKE_UNREADABLE)("a file without read permission (chmod 000; skipped when running as root): cannot read", () => {
    expect(failed.get(join(dir, "locked.txt"))).toMatch(/cannot read|permission|EACCES/i);
  });

  it("--max-size 25MB lets the 20 MB report in; the rest is unchanged (seeds skipped as duplicates)", async () => {
    const again = await runCli(["ingest", dir, "--data", data, "--max-size", "25MB"], { timeoutMs: 170_000 });
    expect(again.code, again.stderr).toBe(0);
    const s = parseSummary(again.stdout)!;
    expect(s).toMatchObject({ added: 1, skipped: SEEDS.length });
    expect(failedLines(again.stdout).has(join(dir, "huge.txt"))).toBe(false);
    const docs = JSON.parse((await runCli(["docs", "--json", "--data", data])).stdout) as { name: string; chars: number }[];
    const huge = docs.find((d) => d.name === "huge");
    expect(huge).toBeDefined();
    expect(huge!.chars).toBe(readFileSync(join(dir, "huge.txt"), "utf8").length);
  }, 180_000);

  it("a folder of only bad files: exit status non-zero, each file still reported", async () => {
    const only = join(work, "only-bad");
    mkdirSync(only);
    writeBadFiles(only);
    const r = await runCli(["ingest", only, "--data", data]);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect([...failedLines(r.stdout).keys()].sort()).toEqual(["dangling.txt", "empty.txt", "latin1.txt", "picture.txt"].map((f) => join(only, f)));
    expect(parseSummary(r.stdout)).toMatchObject({ added: 0, skipped: 0, failed: 4 });
  });

  it("a path that does not exist, alone: exit status non-zero and a clear message", async () => {
    const r = await runCli(["ingest", join(work, "missing-folder"), "--data", data]);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/no such file or folder/);
  });
});
