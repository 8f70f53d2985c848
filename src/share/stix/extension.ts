// The Watchfloor identity and the published extension-definition that carries what STIX 2.1 has no object for:
// the reconciled attack event (a new SDO, `x-watchfloor-event`) and, as a property-extension, the document and
// claim data that let another Watchfloor rebuild the same picture from a bundle (report text and metadata,
// claim fields and ids).
import { stixId } from "./ids.js";
import { markingId } from "./markings.js";

export const STIX_EPOCH = "2024-01-01T00:00:00.000Z";

export const WATCHFLOOR_IDENTITY_ID = stixId("identity", "watchfloor");
export const EVENT_TYPE = "x-watchfloor-event";
export const EXTENSION_VERSION = "1.0.0";
export const EXTENSION_ID = stixId("extension-definition", `watchfloor/${EXTENSION_VERSION}`);
/** Where the normative JSON schema of the extension is published (the object below, `EVENT_SCHEMA`). */
export const EXTENSION_SCHEMA_URL = "https://watchfloor.dev/stix/extensions/x-watchfloor-event/1.0.0/schema.json";

export const WATCHFLOOR_IDENTITY = {
  type: "identity",
  spec_version: "2.1",
  id: WATCHFLOOR_IDENTITY_ID,
  created: STIX_EPOCH,
  modified: STIX_EPOCH,
  name: "Watchfloor",
  description: "Watchfloor reads reports and keeps sourced claims (event, quantity, relation, judgment) with their evidence spans; the events are reconciled from the claims of one or more reports.",
  identity_class: "system",
  object_marking_refs: [markingId(0)],
};

export const EXTENSION_DEFINITION = {
  type: "extension-definition",
  spec_version: "2.1",
  id: EXTENSION_ID,
  created_by_ref: WATCHFLOOR_IDENTITY_ID,
  created: STIX_EPOCH,
  modified: STIX_EPOCH,
  name: "Watchfloor event and claim extension",
  description:
    "x-watchfloor-event: an attack or other incident reconciled from the event claims of one or more reports (ACLED-style fields: " +
    "date and precision, place and coordinates, fatalities as the lowest reported figure with every source's figure, attributions with " +
    "their basis, Admiralty information credibility per field, the sources and the ids of the claims behind it). As a property-extension " +
    "on report, note and relationship objects: the document text and metadata, and each claim's kind, fields and evidence spans.",
  schema: EXTENSION_SCHEMA_URL,
  version: EXTENSION_VERSION,
  extension_types: ["new-sdo", "property-extension"],
  object_marking_refs: [markingId(0)],
};

const figureReport = {
  type: "object",
  required: ["claim_id", "doc", "value"],
  properties: {
    claim_id: { type: "string" },
    doc: { type: "string" },
    outlet: { type: "string" },
    value: { type: "integer", minimum: 0 },
    qualifier: { enum: ["exact", "at_least", "more_than", "approx"] },
  },
};

/** JSON schema (draft 2020-12) of the x-watchfloor-event SDO: the STIX common properties plus these. */
export const EVENT_SCHEMA = {
  $id: EXTENSION_SCHEMA_URL,
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: EVENT_TYPE,
  type: "object",
  required: ["type", "id", "spec_version", "created", "modified", "name", "event_id", "claim_ids", "extensions"],
  properties: {
    type: { const: EVENT_TYPE },
    id: { type: "string", pattern: `^${EVENT_TYPE}--` },
    extensions: { type: "object", required: [EXTENSION_ID], properties: { [EXTENSION_ID]: { type: "object", properties: { extension_type: { const: "new-sdo" } } } } },
    name: { type: "string" },
    description: { type: "string" },
    event_id: { type: "string", description: "The Watchfloor event id." },
    date: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
    date_precision: { enum: ["day", "month", "year"] },
    country: { type: "string", pattern: "^[A-Z]{2}$" },
    admin1: { type: "string" },
    place: { type: "string" },
    latitude: { type: "number", minimum: -90, maximum: 90 },
    longitude: { type: "number", minimum: -180, maximum: 180 },
    geo_precision: { enum: [1, 2, 3], description: "ACLED: 1 the town itself, 2 near it, 3 a larger region" },
    killed: { type: "integer", minimum: 0, description: "The lowest figure reported (ACLED's rule)" },
    killed_range: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
    killed_reports: { type: "array", items: figureReport },
    injured: { type: "integer", minimum: 0 },
    injured_range: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
    injured_reports: { type: "array", items: figureReport },
    perpetrator: { type: "string" },
    perpetrator_basis: { enum: ["claimed", "attributed", "suspected"] },
    attributions: {
      type: "array",
      items: { type: "object", required: ["actor", "reports"], properties: { actor: { type: "string" }, basis: { enum: ["claimed", "attributed", "suspected"] }, reports: { type: "integer" }, docs: { type: "array", items: { type: "string" } } } },
    },
    method: { type: "string" },
    sub_event_type: { type: "string" },
    target: { type: "string" },
    credibility: {
      type: "object",
      description: "Admiralty information credibility (1 confirmed … 6 cannot be judged) of each reconciled field",
      properties: Object.fromEntries(["date", "place", "killed", "perpetrator"].map((k) => [k, { type: "integer", minimum: 1, maximum: 6 }])),
    },
    sources: {
      type: "array",
      items: {
        type: "object",
        required: ["doc", "doc_id"],
        properties: { doc: { type: "string" }, doc_id: { type: "string" }, report_ref: { type: "string" }, outlet: { type: "string" }, published: { type: "string" }, reliability: { type: "string" }, tlp: { type: "string" } },
      },
    },
    claim_ids: { type: "array", items: { type: "string" }, minItems: 1 },
  },
} as const;
