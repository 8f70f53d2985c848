// Progress of a long ingest: a bar on a terminal, plain lines (at most one a second) otherwise.
import cliProgress from "cli-progress";
import type { FileResult } from "../ingest/ingest-reports.js";
import { clean } from "./table.js";

export interface Progress {
  update(r: FileResult, done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet) return { update() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: "ingest [{bar}] {value}/{total} files | {added} added {skipped} skipped {failed} failed | {file}", stream, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const n = { added: 0, skipped: 0, failed: 0 };
    return {
      update(r, done, total) {
        if (!started) {
          bar.start(total, 0, { ...n, file: "" });
          started = true;
        }
        n[r.status]++;
        bar.update(done, { ...n, file: clean(r.path).slice(-40) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(_r, done, total) {
      const now = Date.now();
      if (now - last >= 1000 || done === total) {
        last = now;
        stream.write(`ingest: ${done}/${total} files\n`);
      }
    },
    stop() {},
  };
}
