// Deterministic STIX identifiers: UUIDv5 (RFC 4122 §4.3, SHA-1) of a stable key, so re-exports keep every id.
import { createHash } from "node:crypto";

/** The Watchfloor namespace for UUIDv5 ids (a fixed random UUID). */
export const WATCHFLOOR_NAMESPACE = "6f1c1d0e-3a52-4c5e-9d1b-7c2a4e8b9f30";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

export function uuidv5(name: string, namespace: string = WATCHFLOOR_NAMESPACE): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `type--uuidv5(type:key)`. */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}:${key}`)}`;
}

export const STIX_ID = /^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
