// TLP 2.0 markings as ordered levels: a reader with clearance L sees what is marked at L or below.
import { TLP_LEVELS, type Tlp } from "./schema.js";

export type Level = 0 | 1 | 2 | 3 | 4;
export const MAX_LEVEL: Level = 4;
export const LEVELS: Level[] = [0, 1, 2, 3, 4];

export function levelOf(tlp: string): Level {
  const i = (TLP_LEVELS as readonly string[]).indexOf(tlp);
  return (i < 0 ? MAX_LEVEL : i) as Level; // an unknown marking is treated as the most restrictive
}

export function tlpOf(level: number): Tlp {
  return TLP_LEVELS[Math.max(0, Math.min(MAX_LEVEL, Math.floor(level)))];
}

/** "GREEN", "tlp:green", "AMBER+STRICT", "WHITE" → level; throws on anything else. */
export function parseClearance(value: string): Level {
  const v = value.trim().toUpperCase().replace(/^TLP:\s*/, "").replace(/\s+/g, "");
  const label = `TLP:${v === "WHITE" ? "CLEAR" : v}`;
  const i = (TLP_LEVELS as readonly string[]).indexOf(label);
  if (i < 0) throw new Error(`unknown TLP level "${value}" (one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED)`);
  return i as Level;
}
