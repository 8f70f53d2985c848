#!/usr/bin/env node
// Builds the ISKP pack's gazetteer (packs/iskp/places/*.json) from
//  - the Afghan admin data set (default ../shared/data/afghanistan-admin beside the repository, or argv[2]): provinces.geojson
//    (geoBoundaries ADM1), provinces-and-districts.json and villages.json (abubaker47, MIT);
//  - the hand-curated files in packs/iskp/places/hand/ (countries, the wider region, Afghan cities/landmarks and
//    spelling fixes).
// The generated files are committed; the app never reads the source directory at run time.
// Usage: node scripts/build-gazetteer.mjs [sourceDir]
import { readFileSync, writeFileSync, copyFileSync, mkdirSync, chmodSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "packs/iskp/places");
const handDir = join(outDir, "hand");
const srcDir = resolve(process.argv[2] ?? new URL("../../shared/data/afghanistan-admin", import.meta.url).pathname);

const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));
const round2 = (x) => Math.round(Number(x) * 100) / 100;
/** Loose key used only here to match source spellings to the hand tables (the run-time folding lives in gazetteer.ts). */
const key = (s) =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const slug = (s) =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const splitList = (s) => (s ?? "").split(";").map((x) => x.trim()).filter(Boolean);
const NO_NAME = "موجود نیست"; // "not available" in the source's Dari/Pashto columns

function readHand(file) {
  return readFileSync(join(handDir, file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("|"));
}

/** Adds aliases to a record, skipping ones equal to the name or already present. */
function addAliases(rec, list) {
  const seen = new Set([rec.name, ...rec.aliases]);
  for (const a of list) {
    const t = a?.trim();
    if (!t || t === NO_NAME || seen.has(t)) continue;
    seen.add(t);
    rec.aliases.push(t);
  }
}

/** Splits a leading "!" (weak: match only with a context word) off a hand-written name. */
function weakName(n) {
  return n.startsWith("!") ? { name: n.slice(1), weak: true } : { name: n, weak: false };
}

// ---------------------------------------------------------------- countries
const countries = [];
for (const [k, cc, name, lat, lon, aliases, demonyms] of readHand("countries.txt")) {
  if (k !== "C") continue;
  countries.push({
    id: cc, name, kind: "country", country: cc, admin1: null, lat: round2(lat), lon: round2(lon),
    aliases: splitList(aliases), demonyms: splitList(demonyms),
  });
}

// ---------------------------------------------------------------- Afghanistan
const afHand = readHand("afghanistan.txt");
const provinces = new Map(); // id -> record
const provByKey = new Map(); // loose key -> id
for (const r of afHand.filter((r) => r[0] === "P")) {
  const [, id, name, aliases] = r;
  const rec = { id, name, kind: "admin1", country: "AF", admin1: name, lat: null, lon: null, aliases: [] };
  addAliases(rec, splitList(aliases));
  provinces.set(id, rec);
  for (const n of [name, ...rec.aliases]) provByKey.set(key(n), id);
}
function provinceId(sourceName) {
  const id = provByKey.get(key(sourceName));
  if (!id) throw new Error(`unknown province spelling in source: ${sourceName}`);
  return id;
}

// Province centroids from the geoBoundaries polygons (area-weighted, outer rings).
function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j], [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return { a: a / 2, x: cx / (3 * a), y: cy / (3 * a) };
}
const geo = readJson(join(srcDir, "provinces.geojson"));
for (const f of geo.features) {
  const id = provinceId(f.properties.shapeName);
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let A = 0, X = 0, Y = 0;
  for (const p of polys) {
    const c = ringCentroid(p[0]);
    A += Math.abs(c.a); X += c.x * Math.abs(c.a); Y += c.y * Math.abs(c.a);
  }
  const rec = provinces.get(id);
  rec.lat = round2(Y / A); rec.lon = round2(X / A);
  addAliases(rec, [f.properties.shapeName]);
}

// Districts.
const provDistricts = readJson(join(srcDir, "provinces-and-districts.json"));
const dxSet = new Set(afHand.filter((r) => r[0] === "DX").map((r) => `${provinceId(r[1])}|${r[2]}`));
const daMap = new Map(afHand.filter((r) => r[0] === "DA").map((r) => [`${provinceId(r[1])}|${r[2]}`, r]));
const JUNK = /^(\d|pd\b|district\b|zone\b|nahia\b|center\b|centre\b|provincial\b|markaz|n\/?\s*a\b|na$)|city district|^\S+ city$/i;
const districts = new Map(); // provId|key -> record
const usedDA = new Set();
for (const p of provDistricts) {
  if (p.name === "N/A") continue;
  const provId = provinceId(p.name);
  const prov = provinces.get(provId);
  addAliases(prov, [p.name, p.nameFa, p.namePa]);
  for (const d of p.districts) {
    const raw = d.name;
    const trimmed = raw.trim();
    if (dxSet.has(`${provId}|${trimmed}`)) continue;
    let name = trimmed.replace(/\s+/g, " ").replace(/\.$/, "");
    const aliases = [d.nameFa, d.namePa];
    const da = daMap.get(`${provId}|${trimmed}`);
    if (da) {
      usedDA.add(`${provId}|${trimmed}`);
      name = da[3];
      aliases.push(...splitList(da[4]), trimmed);
    } else {
      if (JUNK.test(name)) continue;
      const paren = /^(.*?)\s*\(\s*(.*?)\s*\)\s*$/.exec(name);
      if (paren) { name = paren[1]; aliases.push(paren[2]); }
      if (/\s{2,}|[^\p{L}\s'\-]/u.test(trimmed.replace(/\s*\(.*\)\s*$/, ""))) {
        console.warn(`skipping damaged district name: ${JSON.stringify(raw)} (${prov.name})`);
        continue;
      }
    }
    const k = `${provId}|${key(name)}`;
    let rec = districts.get(k);
    if (!rec) {
      rec = {
        id: `${provId}.${slug(name)}`, name, kind: "district", country: "AF", admin1: prov.name,
        lat: d.latitude == null ? null : round2(d.latitude), lon: d.longitude == null ? null : round2(d.longitude),
        aliases: [],
      };
      districts.set(k, rec);
    }
    addAliases(rec, aliases);
  }
}
for (const k of daMap.keys()) if (!usedDA.has(k)) console.warn(`DA line matched no source district: ${k}`);

// Hand additions: districts, cities, landmarks.
const afOther = [];
for (const r of afHand) {
  const [k] = r;
  if (k !== "D" && k !== "T" && k !== "L") continue;
  const [, cc, provName, rawName, lat, lon, aliases, pop] = r;
  const prov = provinces.get(provinceId(provName));
  const { name, weak } = weakName(rawName);
  const kind = k === "D" ? "district" : k === "T" ? "city" : "landmark";
  const prefix = kind === "district" ? `${prov.id}.` : `AF.${kind}.`;
  const rec = { id: `${prefix}${slug(name)}`, name, kind, country: cc, admin1: prov.name, lat: round2(lat), lon: round2(lon), aliases: [] };
  addAliases(rec, splitList(aliases));
  if (pop) rec.population = Number(pop);
  if (weak) rec.weak = true;
  if (kind === "district") {
    const dk = `${prov.id}|${key(name)}`;
    if (districts.has(dk)) throw new Error(`hand district duplicates source: ${name}`);
    districts.set(dk, rec);
  } else afOther.push(rec);
}

const afPlaces = [...provinces.values(), ...districts.values(), ...afOther];
checkIds(afPlaces);

// Villages: compact rows [sourceNo, name, admin1, district, lat, lon] (id "AF.village.<sourceNo>"); "(1)"/"(2)" suffixes dropped and duplicates merged.
const villagesSrc = readJson(join(srcDir, "villages.json"));
const vSeen = new Set();
const vRows = [];
for (const v of villagesSrc) {
  const prov = provinces.get(provinceId(v.Province));
  let name = String(v["Village Name"]).trim().replace(/\s*\(\d+\)\s*$/, "").replace(/\s+/g, " ");
  name = name.replace(/^'+/, "");
  if (!name) continue;
  const district = String(v.District ?? "").trim();
  const k = `${prov.id}|${district}|${key(name)}`;
  if (vSeen.has(k)) continue;
  vSeen.add(k);
  vRows.push([v.No, name, prov.name, district, round2(v.Latitude), round2(v.Longitude)]);
}
vRows.sort((a, b) => a[0] - b[0]);

// ---------------------------------------------------------------- the wider region
// hand/region.txt (hand-written) and hand/region-geonames.txt (generated by scripts/import-geonames-region.mjs from
// GeoNames): an imported line whose name (or an alias) is a name of a hand-written place of the same country is dropped,
// so the hand entry wins.
const handRegion = readHand("region.txt");
const importedRegion = readHand("region-geonames.txt");
const handNames = new Set();
for (const r of handRegion) {
  if (!["A", "T", "D", "L"].includes(r[0])) continue;
  for (const n of [weakName(r[3]).name, ...splitList(r[6])]) handNames.add(`${r[1]}|${key(n)}`);
}
let droppedImports = 0;
const regionLines = [
  ...handRegion,
  ...importedRegion.filter((r) => {
    const clash = [weakName(r[3]).name, ...splitList(r[6])].some((n) => handNames.has(`${r[1]}|${key(n)}`));
    if (clash) droppedImports++;
    return !clash;
  }),
];
const region = [];
const admin1ByName = new Map(); // "CC|name" -> record
for (const r of regionLines) {
  if (r[0] !== "A") continue;
  const [, cc, code, rawName, lat, lon, aliases] = r;
  const { name, weak } = weakName(rawName);
  const rec = { id: `${cc}-${code}`, name, kind: "admin1", country: cc, admin1: name, lat: round2(lat), lon: round2(lon), aliases: [] };
  addAliases(rec, splitList(aliases));
  if (weak) rec.weak = true;
  region.push(rec);
  for (const n of [name, ...rec.aliases]) if (!admin1ByName.has(`${cc}|${n}`)) admin1ByName.set(`${cc}|${n}`, rec);
}
for (const r of regionLines) {
  const [k] = r;
  if (k !== "T" && k !== "D" && k !== "L") continue;
  const [, cc, a1, rawName, lat, lon, aliases, pop] = r;
  const { name, weak } = weakName(rawName);
  let admin1 = null;
  if (a1 !== "-") {
    const a = admin1ByName.get(`${cc}|${a1}`) ?? (cc === "AF" ? provinces.get(provinceId(a1)) : undefined);
    if (!a) throw new Error(`unknown admin1 ${cc}|${a1} for ${name}`);
    admin1 = a.name;
  }
  const kind = k === "T" ? "city" : k === "D" ? "district" : "landmark";
  const rec = { id: `${cc}.${kind}.${slug(name)}`, name, kind, country: cc, admin1, lat: round2(lat), lon: round2(lon), aliases: [] };
  addAliases(rec, splitList(aliases));
  if (pop) rec.population = Number(pop);
  if (weak) rec.weak = true;
  region.push(rec);
}
checkIds([...countries, ...afPlaces, ...region]);

function checkIds(list) {
  const ids = new Set();
  for (const p of list) {
    if (ids.has(p.id)) throw new Error(`duplicate id ${p.id}`);
    ids.add(p.id);
  }
}

// ---------------------------------------------------------------- write
mkdirSync(outDir, { recursive: true });
const header = (what) => ({
  _comment: `${what}. Generated by scripts/build-gazetteer.mjs; edit packs/iskp/places/hand/*.txt and re-run it.`,
});
const writeList = (file, what, places) =>
  writeFileSync(join(outDir, file), JSON.stringify({ ...header(what), places }, null, 0).replace(/\},\{/g, "},\n{") + "\n");
writeList("countries.json", "Country entries (hand-written) with demonyms", countries);
writeList("af-places.json", "Afghanistan: provinces (geoBoundaries names/centroids), districts (abubaker47), hand-curated cities and landmarks", afPlaces);
writeList("region-places.json", "Admin1 units, cities, districts and landmarks beyond Afghanistan (hand-written with approximate coordinates, and imported from GeoNames, CC BY 4.0: see SOURCE)", region);
writeFileSync(
  join(outDir, "af-villages.json"),
  JSON.stringify({ ...header("Afghan villages (abubaker47, MIT), compact rows"), fields: ["no", "name", "admin1", "district", "lat", "lon"], rows: vRows })
    .replace(/\],\[/g, "],\n[") + "\n",
);
for (const f of ["SOURCE", "CITATION-AND-USE-geoBoundaries.txt", "LICENSE-provinces-and-districts-villages.txt", "provinces.geojson", "provinces.geojson.metadata.json"]) {
  copyFileSync(join(srcDir, f), join(outDir, f));
  chmodSync(join(outDir, f), 0o644);
}

const count = (list) => list.reduce((m, p) => ((m[`${p.country}/${p.kind}`] = (m[`${p.country}/${p.kind}`] ?? 0) + 1), m), {});
console.log(JSON.stringify({ countries: countries.length, af: count(afPlaces), region: count(region), villages: vRows.length, droppedImports }));
