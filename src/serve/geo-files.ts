// Map outlines shipped with the domain pack: Afghanistan's provinces and the region's countries (no tile server).
import { readFile } from "node:fs/promises";

const FILES = {
  provinces: new URL("../../packs/iskp/places/provinces.geojson", import.meta.url),
  countries: new URL("../../packs/iskp/places/region-countries.geojson", import.meta.url),
};
const cache = new Map<string, string>();

export async function geoFile(name: keyof typeof FILES): Promise<string | null> {
  if (cache.has(name)) return cache.get(name)!;
  try {
    const body = await readFile(FILES[name], "utf8");
    cache.set(name, body);
    return body;
  } catch {
    return null;
  }
}
