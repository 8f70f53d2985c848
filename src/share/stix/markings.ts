// TLP 2.0 marking-definitions: the official objects of the STIX 2.1 TLP 2.0 extension (OASIS
// cti-stix-common-objects, extension-definition-specifications/tlp-2.0), with their standard ids.
import { MAX_LEVEL, type Level } from "../../store/tlp.js";

export const TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

export interface MarkingDefinition {
  type: "marking-definition";
  spec_version: "2.1";
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: "property-extension"; tlp_2_0: string }>;
}

const DEFS: [Level, string, string, string][] = [
  [0, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear"],
  [1, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green"],
  [2, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", "amber"],
  [3, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT", "amber+strict"],
  [4, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", "red"],
];

export const TLP_MARKINGS: MarkingDefinition[] = DEFS.map(([, id, name, tlp]) => ({
  type: "marking-definition",
  spec_version: "2.1",
  id,
  created: "2022-10-01T00:00:00.000Z",
  name,
  extensions: { [TLP2_EXTENSION_ID]: { extension_type: "property-extension", tlp_2_0: tlp } },
}));

/** The marking-definition id for a level (0 CLEAR … 4 RED). */
export function markingId(level: Level): string {
  return DEFS[level][1];
}

/** TLP 1.0 ids (STIX 2.1 §7.2.1.4) read as their TLP 2.0 counterparts on import. */
const TLP1: Record<string, Level> = {
  "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": 0, // TLP:WHITE
  "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": 1,
  "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": 2,
  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": 4,
};

/** The level a marking-definition id stands for, or null when it is not a TLP marking. */
export function levelOfMarking(id: string): Level | null {
  const d = DEFS.find((x) => x[1] === id);
  if (d) return d[0];
  return TLP1[id] ?? null;
}

/** The most restrictive TLP level among an object's object_marking_refs (unmarked: CLEAR; unknown TLP-less: none). */
export function levelOfRefs(refs: unknown): Level {
  let level: Level = 0;
  if (!Array.isArray(refs)) return level;
  for (const r of refs) {
    const l = typeof r === "string" ? levelOfMarking(r) : null;
    if (l !== null && l > level) level = l;
  }
  return Math.min(level, MAX_LEVEL) as Level;
}
