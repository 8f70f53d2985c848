#!/usr/bin/env node
// Builds packs/iskp/places/region-countries.geojson: the country outlines of the region the ISKP pack covers
// (Central and South Asia, Iran, the Middle East, Russia, Turkey), for the web map's background.
//
// Source: world-atlas (Natural Earth 1:50m admin-0 countries, public domain) as TopoJSON, converted with
// topojson-client. Neither package is needed at run time: the GeoJSON is committed data. To regenerate:
//
//   npm install --no-save world-atlas topojson-client      # or in another folder, then --modules DIR/node_modules
//   node scripts/build-region-outlines.mjs [--modules DIR] [--scale 50m|110m|10m]
//
// Output: a FeatureCollection; each feature has properties { name, iso2 } and coordinates rounded to 0.001°.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const modulesDir = opt("--modules", process.env.WORLD_ATLAS_MODULES ?? path.join(root, "node_modules"));
const scale = opt("--scale", "50m");
const out = opt("--output", path.join(root, "packs/iskp/places/region-countries.geojson"));

const require = createRequire(path.join(path.resolve(modulesDir), "..", "noop.js"));
let topojson;
let atlasPath;
try {
  topojson = require("topojson-client");
  atlasPath = require.resolve(`world-atlas/countries-${scale}.json`);
} catch {
  console.error(
    `world-atlas and topojson-client are not installed under ${modulesDir}.\n` +
      "Run: npm install --no-save world-atlas topojson-client   (or pass --modules DIR/node_modules)",
  );
  process.exit(1);
}

// ISO 3166-1 numeric (world-atlas feature id) → ISO-2 and the name the app shows.
const REGION = {
  "004": ["AF", "Afghanistan"], "586": ["PK", "Pakistan"], "364": ["IR", "Iran"], "762": ["TJ", "Tajikistan"],
  "860": ["UZ", "Uzbekistan"], "795": ["TM", "Turkmenistan"], "417": ["KG", "Kyrgyzstan"],
  "398": ["KZ", "Kazakhstan"], "356": ["IN", "India"], "156": ["CN", "China"], "643": ["RU", "Russia"],
  "792": ["TR", "Turkey"], "368": ["IQ", "Iraq"], "760": ["SY", "Syria"], "031": ["AZ", "Azerbaijan"],
  "268": ["GE", "Georgia"], "051": ["AM", "Armenia"], "496": ["MN", "Mongolia"], "524": ["NP", "Nepal"],
  "050": ["BD", "Bangladesh"], "064": ["BT", "Bhutan"], "144": ["LK", "Sri Lanka"], "104": ["MM", "Myanmar"],
  "512": ["OM", "Oman"], "784": ["AE", "United Arab Emirates"], "682": ["SA", "Saudi Arabia"],
  "414": ["KW", "Kuwait"], "634": ["QA", "Qatar"], "048": ["BH", "Bahrain"], "400": ["JO", "Jordan"],
  "422": ["LB", "Lebanon"], "376": ["IL", "Israel"], "275": ["PS", "Palestine"], "887": ["YE", "Yemen"],
  "818": ["EG", "Egypt"], "196": ["CY", "Cyprus"], "804": ["UA", "Ukraine"], "112": ["BY", "Belarus"],
};

const topo = JSON.parse(readFileSync(atlasPath, "utf8"));
const all = topojson.feature(topo, topo.objects.countries);

const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000] : c.map(round));
const dedupe = (ring) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
const clean = (geom) => {
  if (geom.type === "Polygon") return { type: "Polygon", coordinates: round(geom.coordinates).map(dedupe).filter((r) => r.length >= 4) };
  if (geom.type === "MultiPolygon") {
    const polys = round(geom.coordinates).map((p) => p.map(dedupe).filter((r) => r.length >= 4)).filter((p) => p.length > 0);
    return { type: "MultiPolygon", coordinates: polys };
  }
  return geom;
};

const features = [];
for (const f of all.features) {
  const hit = REGION[String(f.id ?? "").padStart(3, "0")];
  if (!hit || !f.geometry) continue;
  features.push({ type: "Feature", properties: { name: hit[1], iso2: hit[0] }, geometry: clean(f.geometry) });
}
features.sort((a, b) => a.properties.iso2.localeCompare(b.properties.iso2));
const missing = Object.values(REGION).map(([iso2]) => iso2).filter((iso2) => !features.some((f) => f.properties.iso2 === iso2));
if (missing.length) console.warn(`not found in world-atlas ${scale}: ${missing.join(", ")}`);

const version = JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")).version;
const fc = {
  type: "FeatureCollection",
  // RFC 7946 allows foreign members; the SOURCE note beside this file says the same.
  source: `world-atlas ${version} countries-${scale}.json (Natural Earth admin-0, public domain), by scripts/build-region-outlines.mjs`,
  features,
};
writeFileSync(out, JSON.stringify(fc) + "\n");
console.log(`${path.relative(root, out)}: ${features.length} countries, ${(JSON.stringify(fc).length / 1024).toFixed(0)} KB`);
