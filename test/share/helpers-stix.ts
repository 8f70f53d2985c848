// Test helpers for the sharing suite: the OASIS STIX 2.1 JSON schemas (draft 2020-12) loaded into ajv, and a small
// picture (the seed samples plus documents marked GREEN, AMBER, AMBER+STRICT and RED, with outlets and URLs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ingestReports } from "../../src/ingest/ingest-reports.js";
import { ingestText } from "../../src/ingest/ingest-text.js";
import type { Store } from "../../src/store/open-store.js";
import { SAMPLES } from "../cli/run-cli.js";

// The OASIS schemas (BSD-3, see its LICENSE and SOURCE) are copied into test/fixtures so the suite stands alone.
export const SCHEMA_DIR = fileURLToPath(new URL("../fixtures/stix2-json-schemas/schemas", import.meta.url));
const SCHEMA_BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface StixValidator {
  /** Errors of one object against its type's schema (custom types: against core.json), or [] when valid. */
  object(o: Record<string, unknown>): string[];
  /** Errors of a whole bundle against bundle.json. */
  bundle(b: unknown): string[];
}

export function stixValidator(): StixValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: true });
  addFormats(ajv);
  const byTitle = new Map<string, string>();
  for (const dir of ["common", "sdos", "sros", "observables"]) {
    for (const f of readdirSync(join(SCHEMA_DIR, dir))) {
      if (!f.endsWith(".json")) continue;
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, dir, f), "utf8")) as { $id: string };
      ajv.addSchema(schema);
      byTitle.set(`${dir}/${f.replace(/\.json$/, "")}`, schema.$id);
    }
  }
  const cache = new Map<string, ValidateFunction>();
  const get = (key: string) => {
    if (!cache.has(key)) cache.set(key, ajv.getSchema(`${SCHEMA_BASE}${key}.json`)!);
    return cache.get(key)!;
  };
  const errs = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  return {
    object(o) {
      const t = String(o.type);
      const key = byTitle.has(`sdos/${t}`) ? `sdos/${t}` : byTitle.has(`sros/${t}`) ? `sros/${t}` : byTitle.has(`common/${t}`) ? `common/${t}` : "common/core";
      const v = get(key);
      return v(o) ? [] : errs(v);
    },
    bundle(b) {
      const v = get("common/bundle");
      return v(b) ? [] : errs(v);
    },
  };
}

/** Extra reports: one event told by a CLEAR sample and by AMBER and RED reports with other figures, and more. */
export const MARKED_REPORTS = [
  {
    name: "amber-kabul-embassy",
    tlp: "TLP:AMBER",
    outlet: "Partner Service A",
    url: "https://partner-a.example/reports/2022-09-05",
    published: "2022-09-06",
    reliability: "B",
    text:
      "Kabul embassy attack: partner reporting\n\nA suicide bomber killed 25 people outside the Russian embassy in Kabul on 5 September 2022. " +
      "ISKP claimed responsibility for the bombing. Partner reporting estimates ISKP has about 4,000 fighters in Afghanistan.\n",
  },
  {
    name: "green-kabul-embassy",
    tlp: "TLP:GREEN",
    outlet: "Kabul Monitor",
    url: "https://kabul-monitor.example/news/embassy",
    published: "2022-09-05",
    reliability: "C",
    text:
      "Blast at Russian embassy\n\nA suicide bombing outside the Russian embassy in Kabul on 5 September 2022 killed six people, including two embassy staff. " +
      "The Islamic State Khorasan Province claimed the attack.\n",
  },
  {
    name: "red-herat-source",
    tlp: "TLP:RED",
    outlet: "Sensitive Source R",
    published: "2023-03-10",
    reliability: "A",
    text:
      "Source report R-17\n\nISKP gunmen killed 11 worshippers at a mosque in Herat on 9 March 2023, according to a sensitive source. " +
      "The Taliban will very likely struggle to contain ISKP in the west.\n",
  },
  {
    name: "strict-mazar",
    tlp: "TLP:AMBER+STRICT",
    outlet: "Partner Service A",
    published: "2023-01-02",
    reliability: "B",
    text: "Restricted note\n\nA bomb attack on a Shia mosque in Mazar-i-Sharif on 1 January 2023 killed 4 people. ISKP was suspected.\n",
  },
];

/** Ingests the seed samples (all, or only the first: it tells of the Kabul embassy attack) and the marked reports. */
export async function seedPicture(store: Store, samples: "all" | "first" = "all"): Promise<void> {
  const paths = samples === "all" ? [SAMPLES] : [join(SAMPLES, "000_34361a7f304bcf47.txt")];
  const s = await ingestReports(store, paths, { threads: 1 });
  if (s.added !== (samples === "all" ? 5 : 1)) throw new Error(`unexpected sample ingest: ${JSON.stringify(s)}`);
  for (const r of MARKED_REPORTS) {
    const res = await ingestText(store, { ...r, name: `${r.name}.txt` });
    if (res.status !== "added") throw new Error(`${r.name}: ${res.status} ${res.reason ?? ""}`);
  }
}
