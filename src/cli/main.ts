// The watchfloor command line.
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { demoCommand } from "./commands/demo.js";
import { exportCommand } from "./commands/export.js";
import { importCommand, withShareExports } from "./commands/share.js";
import { ingestCommand } from "./commands/ingest.js";
import { estimatesCommand, eventCommand, eventsCommand } from "./commands/events.js";
import { entityCommands } from "./commands/entities.js";
import { serveCommand } from "./commands/serve.js";
import { userCommands } from "./commands/users.js";
import { claimsCommand, docsCommand, searchCommand } from "./commands/listings.js";
import { withGlobalOptions } from "./global-options.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export function buildProgram(): Command {
  const program = withGlobalOptions(new Command("watchfloor"))
    .description("Watchfloor: reports in, sourced claims out — a reconciled threat picture in which every fact cites its sentence")
    .version(pkg.version)
    .showHelpAfterError("(add --help for usage)")
    .enablePositionalOptions(false);
  program.addCommand(ingestCommand());
  program.addCommand(withShareExports(exportCommand()));
  program.addCommand(importCommand());
  program.addCommand(docsCommand());
  program.addCommand(claimsCommand());
  program.addCommand(searchCommand());
  program.addCommand(eventsCommand());
  program.addCommand(eventCommand());
  program.addCommand(estimatesCommand());
  for (const c of entityCommands()) program.addCommand(c);
  program.addCommand(demoCommand());
  program.addCommand(serveCommand());
  for (const c of userCommands()) program.addCommand(c);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    // Expected failures (a busy database, an unknown entity or user, bad input) carry a message meant for the user.
    process.stderr.write(`watchfloor: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.WATCHFLOOR_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 1;
  }
}

await main();
