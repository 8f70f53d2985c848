// Sharing with partners: `export stix`, `export misp` (subcommands of `export`) and `import stix FILE`.
import { readFileSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { exportMisp } from "../../share/misp-export.js";
import { bundleJson, exportStix } from "../../share/stix/export.js";
import { importStix, parseBundle, StixImportError } from "../../share/stix/import.js";
import { tlpOf, type Level } from "../../store/tlp.js";
import { tlpMaxOption } from "./export.js";
import { withGlobalOptions, withStore } from "../global-options.js";

function output(text: string, file: string | undefined, what: string): void {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(file, text);
  process.stderr.write(`${what} written to ${file}\n`);
}

/** `export stix` and `export misp`: added to the `export` command group. */
export function shareExportCommands(): Command[] {
  const stix = withGlobalOptions(new Command("stix"))
    .description("a STIX 2.1 bundle: reports, actors, places, events (x-watchfloor-event), notes and relationships, with TLP 2.0 markings")
    .addOption(tlpMaxOption())
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (opts: { tlpMax: Level; output?: string }, cmd: Command) => {
      const bundle = await withStore(cmd, (store) => exportStix(store, { level: opts.tlpMax }));
      output(bundleJson(bundle), opts.output, `${bundle.objects.length} STIX objects (${tlpOf(opts.tlpMax)} and below)`);
    });
  const misp = withGlobalOptions(new Command("misp"))
    .description("one MISP event per reconciled event, as a JSON array (tags tlp, admiralty-scale, estimative-language, misp-galaxy)")
    .addOption(tlpMaxOption())
    .option("-o, --output <file>", "write the array to a file instead of standard output")
    .action(async (opts: { tlpMax: Level; output?: string }, cmd: Command) => {
      const events = await withStore(cmd, (store) => exportMisp(store, { level: opts.tlpMax }));
      output(`${JSON.stringify(events, null, 2)}\n`, opts.output, `${events.length} MISP events (${tlpOf(opts.tlpMax)} and below)`);
    });
  return [stix, misp];
}

/** Adds `stix` and `misp` to the `export` command group. */
export function withShareExports(exp: Command): Command {
  for (const c of shareExportCommands()) exp.addCommand(c);
  return exp;
}

/** `import stix FILE`. */
export function importCommand(): Command {
  const imp = new Command("import").description("import from other tools");
  imp.addCommand(
    withGlobalOptions(new Command("stix"))
      .description("import a STIX 2.1 bundle: Watchfloor's own bundles rebuild the same picture; other tools' reports with a description become documents")
      .argument("<file>", "the bundle (JSON)")
      .action(async (file: string, _opts: unknown, cmd: Command) => {
        let bundle: ReturnType<typeof parseBundle>;
        try {
          bundle = parseBundle(readFileSync(file, "utf8"));
        } catch (err) {
          if (err instanceof StixImportError || (err as NodeJS.ErrnoException).code) {
            process.stderr.write(`watchfloor: ${file}: ${(err as Error).message}\n`);
            process.exitCode = 1;
            return;
          }
          throw err;
        }
        const r = await withStore(cmd, (store) => importStix(store, bundle));
        const by = (m: Record<string, number>) => Object.entries(m).sort().map(([t, n]) => `${t} ${n}`).join(", ") || "none";
        const lines = [
          ...r.problems.map((p) => `skipped  ${p}`),
          `${r.documents.added} documents added, ${r.documents.skipped} skipped, ${r.documents.failed} failed; ${r.reviews.applied} claim reviews replayed; ${r.outlets} outlet reliabilities set`,
          `rebuilt from the documents: ${by(r.derived)}`,
          `not imported (types Watchfloor does not take): ${by(r.skipped)}`,
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
        if (r.documents.failed && !r.documents.added) process.exitCode = 1;
      }),
  );
  return imp;
}
