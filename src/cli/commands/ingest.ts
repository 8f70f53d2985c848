import { Command, InvalidArgumentError, Option } from "commander";
import { ingestReports, type IngestSummary } from "../../ingest/ingest-reports.js";
import { parseReliability, parseTlp } from "../../ingest/report-metadata.js";
import { withGlobalOptions, withStore } from "../global-options.js";
import { createProgress } from "../progress.js";
import { clean } from "../table.js";

/** "5", "5MB", "500KB", "1.5 mb" → bytes (a bare number is megabytes). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('a size such as 5, 20MB or 500KB');
  const unit = (m[2] ?? "mb").toLowerCase()[0];
  const mult = unit === "b" ? 1 : unit === "k" ? 1024 : unit === "g" ? 1024 ** 3 : 1024 ** 2;
  const bytes = Math.round(Number(m[1]) * mult);
  if (bytes < 1) throw new InvalidArgumentError("must be more than zero");
  return bytes;
}

const asOption = <T>(parse: (v: string) => T) => (v: string): T => {
  try {
    return parse(v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
};

export function printSummary(s: IngestSummary, out: NodeJS.WriteStream): void {
  for (const r of s.results.filter((x) => x.status === "failed")) out.write(`failed   ${clean(r.path)}: ${clean(r.reason)}\n`);
  const skipped = s.results.filter((x) => x.status === "skipped");
  // A folder ingested again is all duplicates: name them only when they are few.
  if (skipped.length <= 20) for (const r of skipped) out.write(`skipped  ${clean(r.path)}: ${clean(r.reason)}\n`);
  const mb = s.bytes / 1024 / 1024;
  out.write(
    `${s.added} added, ${s.skipped} skipped, ${s.failed} failed; ${s.claims} claims; ${s.seconds.toFixed(1)} s` +
      (s.added ? ` (${(s.added / s.seconds).toFixed(1)} reports/s, ${(mb / s.seconds).toFixed(2)} MB/s)` : "") +
      (s.interrupted ? "; interrupted: run the same command again to finish" : "") +
      "\n",
  );
}

export function ingestCommand(): Command {
  return withGlobalOptions(new Command("ingest"))
    .description("read report files and folders (.txt .md .html .htm .json) into the database, extracting claims")
    .argument("<paths...>", "files or folders (walked recursively)")
    .addOption(new Option("--tlp <marking>", "TLP marking for reports whose metadata gives none").default("TLP:CLEAR").argParser(asOption(parseTlp)))
    .addOption(new Option("--reliability <grade>", "Admiralty source reliability A–F for reports whose metadata gives none").default("F").argParser(asOption(parseReliability)))
    .addOption(new Option("--max-size <size>", "largest file to read, e.g. 5, 20MB, 500KB").default(5 * 1024 * 1024, "5MB").argParser(parseSize))
    .addOption(new Option("--threads <n>", "threads that read and extract reports, counting the main thread, which takes reports between database writes on the embedded database (default: one per core)").argParser((v) => {
      const n = Number.parseInt(v, 10);
      if (!(n >= 1 && n <= 64)) throw new InvalidArgumentError("a whole number from 1 to 64");
      return n;
    }))
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "no progress output")
    .addHelpText(
      "after",
      `
A sidecar NAME.meta.json beside a report gives its metadata: {"title","url","outlet","published","tlp","reliability"}.
Without a publication date in metadata, a byline date in the text ("6 November 2023") is used.
The same content ingested twice is one document ("skipped: duplicate"). Each document is written in one transaction.
Exit status: 0 when anything was ingested or was already there, 1 when nothing could be ingested.`,
    )
    .action(async (paths: string[], opts: { tlp: never; reliability: never; maxSize: number; threads?: number; json?: boolean; quiet?: boolean }, cmd: Command) => {
      const controller = new AbortController();
      const onSignal = () => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write("\ninterrupted: finishing the documents being written (Ctrl-C again to quit now)\n");
        controller.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const progress = createProgress(process.stderr, Boolean(opts.quiet || opts.json));
      const summary = await withStore(cmd, (store) =>
        ingestReports(store, paths, {
          tlp: opts.tlp,
          reliability: opts.reliability,
          maxBytes: opts.maxSize,
          threads: opts.threads,
          signal: controller.signal,
          onFile: (r, done, total) => progress.update(r, done, total),
        }),
      ).finally(() => progress.stop());
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else printSummary(summary, process.stdout);
      if (summary.added + summary.skipped === 0) {
        if (summary.results.length === 0) process.stderr.write("no report files found (.txt .md .html .htm .json)\n");
        process.exitCode = 1;
      }
    });
}
