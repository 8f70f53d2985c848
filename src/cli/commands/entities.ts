import { userInfo } from "node:os";
import { Command, Option } from "commander";
import { getEntity, listEntities, mergeEntities, unmergeEntity } from "../../resolve/entities.js";
import { parseReliability } from "../../ingest/report-metadata.js";
import { resolveEvents } from "../../resolve/resolve-events.js";
import { withGlobalOptions, withStore } from "../global-options.js";
import { clean, table } from "../table.js";

const printJson = (v: unknown): void => void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
const whoami = () => process.env.WATCHFLOOR_USER ?? (() => { try { return userInfo().username; } catch { return "unknown"; } })();

export function entityCommands(): Command[] {
  const list = withGlobalOptions(new Command("entities"))
    .description("actors and persons with their aliases (merged ones show where they went)")
    .addOption(new Option("--kind <kind>", "only actors or persons").choices(["actor", "person"]))
    .option("--json", "print JSON")
    .action(async (opts: { kind?: string; json?: boolean }, cmd: Command) => {
      const rows = await withStore(cmd, (store) => listEntities(store, opts.kind));
      if (opts.json) return printJson(rows);
      if (!rows.length) return void process.stdout.write("no entities yet: watchfloor ingest PATH\n");
      process.stdout.write(`${table(["id", "kind", "name", "aliases", "docs", "mentions", "merged into"], rows.map((e) => [e.id, e.kind, e.name, e.aliases, e.docs, e.mentions, e.mergedInto ?? ""]))}\n`);
    });

  const show = withGlobalOptions(new Command("entity"))
    .description("one entity: its names, which document brought each alias, and its merge history")
    .argument("<name>", "id, name or any alias")
    .option("--json", "print JSON")
    .action(async (name: string, opts: { json?: boolean }, cmd: Command) => {
      const e = await withStore(cmd, (store) => getEntity(store, name));
      if (opts.json) return printJson(e);
      const lines = [`${e.name} (${e.id}, ${e.kind}): ${e.mentions} mentions in ${e.docs} documents`];
      if (e.members.length) lines.push(`  merged in: ${e.members.join(", ")}`);
      lines.push("  aliases (and the document that brought each):");
      for (const a of e.aliasList) lines.push(`    ${clean(a.alias)}  ← ${clean(a.doc ?? "domain pack")}${a.entityId !== e.id ? ` (via ${a.entityId})` : ""}`);
      if (e.history.length) {
        lines.push("  history:");
        for (const h of e.history) lines.push(`    ${h.at} ${h.action} ${h.entityId} → ${h.intoId} by ${clean(h.by)}: ${clean(h.reason)}`);
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  const merge = withGlobalOptions(new Command("merge"))
    .description("merge entity B into entity A (recorded with why and by whom; undo with unmerge)")
    .argument("<a>", "the entity that stays (id, name or alias)")
    .argument("<b>", "the entity merged into it")
    .option("--reason <text>", "why they are the same", "merged by an analyst")
    .action(async (a: string, b: string, opts: { reason: string }, cmd: Command) => {
      const r = await withStore(cmd, (store) => mergeEntities(store, a, b, opts.reason, whoami()));
      process.stdout.write(`merged ${r.from} into ${r.into}\n`);
    });

  const unmerge = withGlobalOptions(new Command("unmerge"))
    .description("undo the merge of an entity: it stands alone again with the aliases its documents brought")
    .argument("<a>", "the merged entity (its id, or a name/alias of its own)")
    .option("--reason <text>", "why they are not the same", "unmerged by an analyst")
    .action(async (a: string, opts: { reason: string }, cmd: Command) => {
      const r = await withStore(cmd, (store) => unmergeEntity(store, a, opts.reason, whoami()));
      process.stdout.write(`unmerged ${r.entity} from ${r.from}\n`);
    });

  const sources = withGlobalOptions(new Command("sources"))
    .description("the outlets with their Admiralty reliability (A–F) and document counts")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const rows = await withStore(cmd, (store) =>
        store.query<{ outlet: string; reliability: string; docs: number; set: boolean }>(
          `select coalesce(d.outlet, s.outlet) as outlet, coalesce(s.reliability, min(d.reliability)) as reliability,
                  count(d.id)::int as docs, (s.outlet is not null) as set
             from documents d full join sources s on s.outlet = d.outlet
            where coalesce(d.outlet, s.outlet) is not null
            group by coalesce(d.outlet, s.outlet), s.reliability, s.outlet order by 1`,
        ),
      );
      if (opts.json) return printJson(rows);
      if (!rows.length) return void process.stdout.write("no outlets known (give them in NAME.meta.json: \"outlet\")\n");
      process.stdout.write(`${table(["outlet", "reliability", "docs", ""], rows.map((r) => [r.outlet, r.reliability, r.docs, r.set ? "set" : "from documents"]))}\n`);
    });

  const source = new Command("source").description("an outlet's source reliability");
  source.addCommand(
    withGlobalOptions(new Command("set"))
      .description("set an outlet's Admiralty reliability (A reliable … E unreliable, F cannot be judged); events are re-graded")
      .argument("<outlet>", "the outlet as documents name it")
      .requiredOption("--reliability <grade>", "A–F")
      .action(async (outlet: string, opts: { reliability: string }, cmd: Command) => {
        let grade: string;
        try {
          grade = parseReliability(opts.reliability);
        } catch (err) {
          cmd.error(`error: ${(err as Error).message}`);
          return;
        }
        const stats = await withStore(cmd, async (store) => {
          await store.query(
            `insert into sources (outlet, reliability) values ($1, $2) on conflict (outlet) do update set reliability = excluded.reliability, updated_at = now()`,
            [outlet.trim(), grade],
          );
          return resolveEvents(store, null);
        });
        process.stdout.write(`${clean(outlet)}: reliability ${grade}; ${stats.events} events re-graded\n`);
      }),
  );
  return [list, show, merge, unmerge, sources, source];
}
