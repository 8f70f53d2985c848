import { Command, InvalidArgumentError, Option } from "commander";
import { estimateSeries } from "../../analyze/estimates.js";
import { formatRange } from "../../analyze/picture.js";
import type { ReconciledEvent } from "../../resolve/reconcile-event.js";
import { canonicalActor } from "../../resolve/actor-names.js";
import { readClaims } from "../../store/read-claims.js";
import { getEvent, listEvents } from "../../store/read-events.js";
import { withGlobalOptions, withStore } from "../global-options.js";
import { clean, table } from "../table.js";
import { claimSummary } from "./listings.js";

const printJson = (v: unknown): void => void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

export function isoDate(v: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const bad = () => new InvalidArgumentError("a real date: YYYY, YYYY-MM or YYYY-MM-DD");
  if (!m) throw bad();
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) throw bad();
  return v;
}

/** "6 (6–25, 3 reports)": the reconciled (lowest) figure, the range and how many reports gave a figure. */
export function killedLabel(e: ReconciledEvent): string {
  if (e.killed === null) return "–";
  const n = e.killed_reports.length;
  const [lo, hi] = e.killed_range ?? [e.killed, e.killed];
  return `${e.killed} (${lo === hi ? lo : `${lo}–${hi}`}, ${n} report${n === 1 ? "" : "s"})`;
}

export function perpetratorLabel(e: ReconciledEvent): string {
  if (!e.attributions.length) return "–";
  return e.attributions.map((a) => `${a.actor}${a.basis ? ` ${a.basis}` : ""}${a.reports > 1 ? ` ×${a.reports}` : ""}`).join("; ");
}

export function eventsCommand(): Command {
  return withGlobalOptions(new Command("events"))
    .description("the resolved events: one per incident, with every source's figures reconciled in the open")
    .option("--country <iso2>", "only this country (ISO code, e.g. AF)")
    .option("--admin1 <name>", "only this province")
    .option("--since <date>", "on or after this date", isoDate)
    .option("--until <date>", "on or before this date", isoDate)
    .option("--actor <name>", "only events attributed to this actor (any alias: ISIS-K, IS-K ...)")
    .option("--limit <n>", "at most this many", (v) => {
      const n = Number.parseInt(v, 10);
      if (!(n >= 1)) throw new InvalidArgumentError("a whole number ≥ 1");
      return n;
    })
    .option("--json", "print JSON")
    .action(async (opts: { country?: string; admin1?: string; since?: string; until?: string; actor?: string; limit?: number; json?: boolean }, cmd: Command) => {
      const events = await withStore(cmd, (store) => listEvents(store, { ...opts, actor: opts.actor ? canonicalActor(opts.actor) : undefined }));
      if (opts.json) return printJson(events);
      if (!events.length) return void process.stdout.write("no events match\n");
      process.stdout.write(
        `${table(
          ["id", "date", "place", "killed", "perpetrator", "target", "sources"],
          events.map((e) => [e.id, e.date ?? "–", [e.place, e.admin1 !== e.place ? e.admin1 : null, e.country].filter(Boolean).join(", "), killedLabel(e), perpetratorLabel(e), e.target ?? "–", e.sources.map((s) => s.outlet ?? s.doc).join(", ")]),
          40,
        )}\n`,
      );
    });
}

export function eventCommand(): Command {
  return withGlobalOptions(new Command("event"))
    .description("one event: its reconciled fields, conflicts, and every claim with its sentence")
    .argument("<id>", "event id (from `watchfloor events`)")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const found = await withStore(cmd, async (store) => {
        const event = await getEvent(store, id);
        return event ? { event, claims: await readClaims(store, { ids: event.claim_ids }) } : null;
      });
      if (!found) {
        process.stderr.write(`watchfloor: no event ${clean(id)} (list them with: watchfloor events)\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.json) return printJson(found);
      const e = found.event;
      const cred = (n: number) => ["", "confirmed", "probably true", "possibly true", "doubtful", "improbable", "cannot be judged"][n];
      const lines = [
        `event ${e.id}`,
        `  date         ${e.date ?? "–"} (${e.date_precision ?? "?"}; ${cred(e.credibility.date)})`,
        `  place        ${[e.place, e.admin1 !== e.place ? e.admin1 : null, e.country].filter(Boolean).join(", ") || "–"}${e.lat !== null ? ` (${e.lat}, ${e.lon})` : ""} (${cred(e.credibility.place)})`,
        `  killed       ${killedLabel(e)} (ACLED rule: the lowest reported figure; ${cred(e.credibility.killed)})`,
        ...e.killed_reports.map((r) => `                 ${clean(r.outlet ?? r.doc)}: ${r.qualifier && r.qualifier !== "exact" ? `${r.qualifier.replace("_", " ")} ` : ""}${r.value}`),
        `  injured      ${e.injured ?? "–"}${e.injured_range && e.injured_range[0] !== e.injured_range[1] ? ` (${e.injured_range[0]}–${e.injured_range[1]})` : ""}`,
        `  perpetrator  ${e.perpetrator ?? "–"}${e.perpetrator_basis ? ` (${e.perpetrator_basis})` : ""}; ${cred(e.credibility.perpetrator)}`,
        ...e.attributions.map((a) => `                 ${a.basis ?? "named"}: ${a.actor} in ${a.reports} report${a.reports === 1 ? "" : "s"} (${a.docs.map(clean).join(", ")})`),
        `  method       ${e.method ?? "–"}${e.sub_event_type ? ` (${e.sub_event_type})` : ""}`,
        `  target       ${e.target ?? "–"}`,
        `  sources      ${e.sources.map((s) => `${clean(s.outlet ?? s.doc)}${s.published ? ` ${s.published}` : ""} [${s.reliability}]`).join("; ")}`,
        "",
        `claims (${found.claims.length})`,
      ];
      for (const c of found.claims) {
        lines.push(`  ${c.id}  ${clean(c.doc)}`, `    ${clean(claimSummary(c))}`);
        for (const s of c.evidence) lines.push(`    “${clean(s.text.replace(/\s+/g, " ").slice(0, 400))}”`);
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

export function estimatesCommand(): Command {
  return withGlobalOptions(new Command("estimates"))
    .description("strength and activity estimates for an actor over time, each with who gave it")
    .argument("[actor]", "actor (any alias); all actors when omitted")
    .addOption(new Option("--measure <measure>", "only this measure (fighters, attacks, recruits ...)"))
    .option("--json", "print JSON")
    .action(async (actor: string | undefined, opts: { measure?: string; json?: boolean }, cmd: Command) => {
      const claims = await withStore(cmd, (store) => readClaims(store, { kind: "quantity" }));
      const series = estimateSeries(claims, actor ? canonicalActor(actor) : undefined).filter((s) => !opts.measure || s.measure === opts.measure);
      if (opts.json) return printJson(series);
      if (!series.length) return void process.stdout.write("no estimates match\n");
      for (const s of series) {
        process.stdout.write(
          `${s.subject} ${s.measure}: ${formatRange(s.low, s.high)} across ${s.points.length} estimate${s.points.length === 1 ? "" : "s"}${s.disagreement ? " — sources disagree" : ""}\n`,
        );
        process.stdout.write(
          `${table(["when", "figure", "by", "source"], s.points.map((p) => [p.when ? `${p.when}${p.whenBasis === "published" ? " (published)" : ""}` : "–", formatRange(p.min, p.max), p.by ?? "–", p.doc]), 44)
            .split("\n")
            .map((l) => `  ${l}`)
            .join("\n")}\n\n`,
        );
      }
    });
}
