// Runs the compiled CLI (bin/watchfloor.js → dist/) as a user would, with a clean environment.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "watchfloor.js");
export const SAMPLES = join(ROOT, "samples");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The test process's environment without any Watchfloor setting, plus `extra`. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith("WATCHFLOOR_")) delete env[k];
  return { ...env, ...extra };
}

/** A temporary working folder, so that a default ./.watchfloor never lands in the repository. */
export function tempCwd(): string {
  return mkdtempSync(join(tmpdir(), "wf-cwd-"));
}

export function spawnCli(args: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? tempCwd(),
    env: cliEnv(opts.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function collect(child: ChildProcess, timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`watchfloor did not finish in ${timeoutMs} ms\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export function runCli(args: string[], opts: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return collect(spawnCli(args, opts), opts.timeoutMs);
}

/** The summary line "N added, N skipped, N failed; N claims; ...". */
export function parseSummary(out: string): { added: number; skipped: number; failed: number; claims: number } | null {
  const m = /(\d+) added, (\d+) skipped, (\d+) failed; (\d+) claims/.exec(out);
  return m ? { added: +m[1], skipped: +m[2], failed: +m[3], claims: +m[4] } : null;
}

/** The "failed   PATH: REASON" lines of an ingest summary, by path. */
export function failedLines(out: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of out.split("\n")) {
    const x = /^failed\s+(.+?): (.+)$/.exec(line);
    if (x) m.set(x[1], x[2]);
  }
  return m;
}
