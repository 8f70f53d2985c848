// Maps what a user types ("ISIS-K", "islamic state khorasan") to the pack's canonical actor name ("ISKP").
import { loadPack } from "../extract/pack.js";

const norm = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

let index: Map<string, string> | null = null;

export function canonicalActor(name: string): string {
  if (!index) {
    index = new Map();
    for (const a of loadPack().actors.values()) {
      index.set(norm(a.name), a.name);
      for (const al of a.aliases) if (!index.has(norm(al))) index.set(norm(al), a.name);
    }
  }
  return index.get(norm(name)) ?? name.trim();
}
