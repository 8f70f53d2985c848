// Finds the report files under the paths given on the command line (folders are walked recursively).
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { isReportFile, REPORT_EXTENSIONS } from "./read-report.js";

export interface Collected {
  files: string[];
  /** Paths that could not be used, with a one-line reason. */
  errors: { path: string; error: string }[];
}

export async function collectReportFiles(paths: string[]): Promise<Collected> {
  const files: string[] = [];
  const errors: Collected["errors"] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ path: dir, error: `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p); // symbolic links to folders are not followed
      else if ((e.isFile() || e.isSymbolicLink()) && isReportFile(p)) add(p);
    }
  }
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ path: p, error: code === "ENOENT" ? "no such file or folder" : `cannot read: ${code ?? (err as Error).message}` });
      continue;
    }
    if (st.isDirectory()) await walk(p);
    else if (isReportFile(p)) add(p);
    else if (p.toLowerCase().endsWith(".meta.json")) continue;
    else errors.push({ path: p, error: `unsupported file type "${extname(p) || "(none)"}" (reports are ${REPORT_EXTENSIONS.join(", ")})` });
  }
  return { files, errors };
}
