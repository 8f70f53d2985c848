import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Command, InvalidArgumentError, Option } from "commander";
import { MAX_LEVEL, parseClearance, type Level } from "../../store/tlp.js";
import { claimEntities, readClaims } from "../../store/read-claims.js";
import { CLAIMS_FORMATS, formatClaims, type ClaimsFormat } from "../../share/claims-export.js";
import { EVENTS_FORMATS, formatEvents, type EventsFormat } from "../../share/events-export.js";
import { listEvents } from "../../store/read-events.js";
import { withGlobalOptions, withStore } from "../global-options.js";

/** --tlp-max: export only what a reader with that clearance may see (events rebuilt from those reports only). */
export function tlpMaxOption(): Option {
  return new Option("--tlp-max <tlp>", "only material marked at this TLP or below (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)")
    .default(MAX_LEVEL, "RED: everything")
    .argParser((v) => {
      try {
        return parseClearance(v);
      } catch (err) {
        throw new InvalidArgumentError((err as Error).message);
      }
    });
}

export async function writeAll(chunks: Iterable<string>, output?: string): Promise<void> {
  const out = output ? createWriteStream(output) : process.stdout;
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, "drain");
  if (output) {
    (out as ReturnType<typeof createWriteStream>).end();
    await once(out, "finish");
  }
}

export function exportCommand(): Command {
  const exp = new Command("export").description("export the picture for other tools");
  exp.addCommand(
    withGlobalOptions(new Command("claims"))
      .description("every claim with its evidence spans (the contract in DESIGN.md)")
      .addOption(new Option("--format <format>", "output format").choices(CLAIMS_FORMATS).default("json"))
      .option("-o, --output <file>", "write to a file instead of standard output")
      .addOption(tlpMaxOption())
      .action(async (opts: { format: ClaimsFormat; output?: string; tlpMax: Level }, cmd: Command) => {
        const { claims, entities } = await withStore(cmd, async (store) => ({
          claims: await readClaims(store, { level: opts.tlpMax }),
          entities: await claimEntities(store, opts.tlpMax),
        }));
        await writeAll(formatClaims(claims, opts.format, entities), opts.output);
        if (opts.output) process.stderr.write(`${claims.length} claims written to ${opts.output}\n`);
      }),
  );
  exp.addCommand(
    withGlobalOptions(new Command("events"))
      .description("the resolved events with reconciled fields, sources and the ids of the claims behind each")
      .addOption(new Option("--format <format>", "output format (csv follows ACLED's column names)").choices(EVENTS_FORMATS).default("json"))
      .option("-o, --output <file>", "write to a file instead of standard output")
      .addOption(tlpMaxOption())
      .action(async (opts: { format: EventsFormat; output?: string; tlpMax: Level }, cmd: Command) => {
        const events = await withStore(cmd, (store) => listEvents(store, { level: opts.tlpMax }));
        await writeAll(formatEvents(events, opts.format), opts.output);
        if (opts.output) process.stderr.write(`${events.length} events written to ${opts.output}\n`);
      }),
  );
  return exp;
}
