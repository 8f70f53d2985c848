// Words and numbers the way analysts read them.
import type { Basis, Claim, FigureReport, Qualifier, Review, WEvent } from "./api";

export const COUNTRY_NAMES: Record<string, string> = {
  AF: "Afghanistan", PK: "Pakistan", IR: "Iran", TJ: "Tajikistan", UZ: "Uzbekistan", TM: "Turkmenistan", KG: "Kyrgyzstan",
  KZ: "Kazakhstan", RU: "Russia", CN: "China", IN: "India", TR: "Turkey", SY: "Syria", IQ: "Iraq", US: "United States",
  GB: "United Kingdom", DE: "Germany", FR: "France", SE: "Sweden", AT: "Austria", BE: "Belgium", NL: "Netherlands",
  IT: "Italy", ES: "Spain", AZ: "Azerbaijan", GE: "Georgia", MN: "Mongolia", SA: "Saudi Arabia", AE: "United Arab Emirates",
  BD: "Bangladesh", LK: "Sri Lanka", MV: "Maldives", NP: "Nepal", OM: "Oman", QA: "Qatar", JO: "Jordan", EG: "Egypt",
};

export const countryName = (iso: string | null | undefined): string => (iso ? (COUNTRY_NAMES[iso.toUpperCase()] ?? iso) : "unknown");

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-09-05" → "5 Sep 2022", "2022-09" → "Sep 2022", "2022" → "2022". */
export function fmtDate(d: string | null | undefined): string {
  if (!d) return "undated";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return d;
  const [, y, mo, da] = m;
  if (!mo) return y;
  const mon = MONTHS[Number(mo) - 1] ?? mo;
  return da ? `${Number(da)} ${mon} ${y}` : `${mon} ${y}`;
}

export function fmtMonth(m: string): string {
  return fmtDate(m.slice(0, 7));
}

export const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: "exactly", at_least: "at least", more_than: "more than", approx: "about" };

export function fmtFigure(value: number | null | undefined, qualifier?: Qualifier | null): string {
  if (value === null || value === undefined) return "—";
  return qualifier && qualifier !== "exact" ? `${QUALIFIER_WORDS[qualifier]} ${value}` : String(value);
}

/** "6 (6–25, 3 reports)": the reconciled figure with its range and how many reports give one. */
export function fmtReconciled(value: number | null, range: [number, number] | null, reports: FigureReport[]): string {
  if (value === null) return "not reported";
  const n = reports.length;
  const r = range && range[0] !== range[1] ? `${range[0]}–${range[1]}, ` : "";
  return `${value} (${r}${n} report${n === 1 ? "" : "s"})`;
}

export const BASIS_WORDS: Record<Basis, string> = {
  claimed: "claimed responsibility",
  attributed: "attributed by sources",
  suspected: "suspected",
};

export const basisWords = (b: Basis | null | undefined) => (b ? BASIS_WORDS[b] : "basis not stated");

/** Admiralty code, information credibility (1–6). */
export const CREDIBILITY_WORDS: Record<number, string> = {
  1: "confirmed",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "cannot be judged",
};

/** Admiralty code, source reliability (A–F). */
export const RELIABILITY_WORDS: Record<string, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const reliabilityWords = (r: string | null | undefined) => (r ? `${r} — ${RELIABILITY_WORDS[r] ?? "unknown"}` : "unknown");

export function placeLabel(e: Pick<WEvent, "place" | "admin1" | "country">): string {
  const parts: string[] = [];
  if (e.place) parts.push(e.place);
  if (e.admin1 && e.admin1 !== e.place) parts.push(e.admin1);
  if (e.country) parts.push(countryName(e.country));
  return parts.length ? parts.join(", ") : "place unknown";
}

export function eventTitle(e: WEvent): string {
  const what = e.method ?? e.sub_event_type ?? "attack";
  return `${capitalize(what)}${e.target ? ` on ${e.target}` : ""}, ${placeLabel(e)}`;
}

export const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The status of a review in the API's words, whichever shape (status/original or action/before) it arrives in. */
export function reviewStatus(r: Review): "rejected" | "corrected" | "restored" {
  if (r.status === "rejected" || r.action === "reject") return "rejected";
  if (r.action === "restore" || r.status === "active") return "restored";
  return "corrected";
}

export function reviewOriginal(r: Review): Record<string, unknown> {
  return (r.original ?? r.before ?? {}) as Record<string, unknown>;
}

export function fmtValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

export function fmtWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${fmtDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

/** The fields a claim kind shows, in order, with labels. */
export const CLAIM_FIELDS: Record<string, [string, string][]> = {
  event: [
    ["date", "date"], ["place", "place"], ["admin1", "province"], ["country", "country"], ["perpetrator", "perpetrator"],
    ["perpetrator_basis", "basis"], ["killed", "killed"], ["killed_qualifier", "killed qualifier"], ["injured", "injured"],
    ["injured_qualifier", "injured qualifier"], ["method", "method"], ["target", "target"],
  ],
  quantity: [["subject", "subject"], ["measure", "measure"], ["min", "min"], ["max", "max"], ["as_of", "as of"], ["by", "given by"]],
  relation: [["a", "actor"], ["type", "relation"], ["b", "other actor"]],
  judgment: [["subject", "subject"], ["statement", "statement"]],
};

/** The fields an analyst may correct, per kind (as the server accepts them). */
export const EDITABLE_FIELDS: Record<string, string[]> = {
  event: ["killed", "killed_qualifier", "injured", "injured_qualifier", "perpetrator", "perpetrator_basis", "date", "place", "admin1", "country", "method", "target"],
  quantity: ["min", "max", "as_of", "by", "subject", "measure"],
  relation: ["type", "a", "b"],
  judgment: ["statement", "subject"],
};

export const NUMERIC_FIELDS = new Set(["killed", "injured", "min", "max", "lat", "lon"]);

/** One line that says what a claim claims. */
export function claimSummary(c: Claim): string {
  const f = c.fields;
  const s = (k: string) => (f[k] === null || f[k] === undefined ? null : String(f[k]));
  switch (c.kind) {
    case "event": {
      const parts = [s("method") ?? "incident"];
      const place = [s("place"), s("admin1") !== s("place") ? s("admin1") : null, s("country")].filter(Boolean).join(", ");
      if (place) parts.push(`in ${place}`);
      if (s("date")) parts.push(`on ${fmtDate(s("date"))}`);
      if (typeof f.killed === "number") parts.push(`— killed ${fmtFigure(f.killed as number, f.killed_qualifier as Qualifier | null)}`);
      if (typeof f.injured === "number") parts.push(`injured ${fmtFigure(f.injured as number, f.injured_qualifier as Qualifier | null)}`);
      if (s("perpetrator")) parts.push(`— ${s("perpetrator")} (${basisWords(f.perpetrator_basis as Basis | null)})`);
      return parts.join(" ");
    }
    case "quantity": {
      const min = f.min as number | null;
      const max = f.max as number | null;
      const range = min !== null && max !== null && min !== max ? `${min}–${max}` : String(min ?? max ?? "?");
      return `${s("subject") ?? "?"}: ${range} ${s("measure") ?? ""}${s("as_of") ? ` (as of ${fmtDate(s("as_of"))})` : ""}${s("by") ? `, per ${s("by")}` : ""}`;
    }
    case "relation": {
      const lk = f.likelihood as { label?: string } | null | undefined;
      return `${s("a") ?? "?"} —${(s("type") ?? "related").replace(/_/g, " ")}→ ${s("b") ?? "?"}${lk?.label ? ` (${lk.label})` : ""}`;
    }
    case "judgment": {
      const lk = f.likelihood as { label?: string; min?: number; max?: number } | null | undefined;
      const pct = lk && typeof lk.min === "number" && typeof lk.max === "number" ? ` ${Math.round(lk.min * 100)}–${Math.round(lk.max * 100)}%` : "";
      return `${lk?.label ? `${capitalize(lk.label)}${pct}: ` : ""}${s("statement") ?? ""}`;
    }
    default:
      return c.kind;
  }
}
