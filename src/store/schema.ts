// One schema for both the embedded database (PGlite) and a PostgreSQL server.
// Migrations are generated from this file by drizzle-kit into drizzle/ and run on open.
//
// The tables an ingest writes (claims, evidence, entity_aliases, unresolved_documents) and the events derived
// from them have no foreign keys: a document and all of its rows are written by ONE statement (write-document.ts),
// rows are never deleted, and each key check locked its parent row, a fifth of the cost of a write.
import { sql } from "drizzle-orm";
import {
  smallint,
  check,
  customType,
  date,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const TLP_LEVELS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"] as const;
export type Tlp = (typeof TLP_LEVELS)[number];
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

export const documents = pgTable(
  "documents",
  {
    id: text("id").primaryKey(),
    /** The source file's name without its extension: the claims export's `doc`. */
    name: text("name").notNull(),
    contentHash: text("content_hash").notNull(),
    title: text("title"),
    url: text("url"),
    outlet: text("outlet"),
    published: date("published", { mode: "string" }),
    /** Where the publication date came from: metadata | byline | null. */
    publishedSource: text("published_source"),
    ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    tlp: text("tlp").notNull().default("TLP:CLEAR"),
    /** The marking as a number (CLEAR 0, GREEN 1, AMBER 2, AMBER+STRICT 3, RED 4): a reader sees level ≤ clearance. */
    tlpLevel: smallint("tlp_level").generatedAlwaysAs(
      sql`case "tlp" when 'TLP:CLEAR' then 0 when 'TLP:GREEN' then 1 when 'TLP:AMBER' then 2 when 'TLP:AMBER+STRICT' then 3 else 4 end`,
    ),
    reliability: text("reliability").notNull().default("F"),
    sourcePath: text("source_path"),
    format: text("format").notNull(),
    text: text("text").notNull(),
    /**
     * Every mention the extractor found, in text order, as arrays [kind, start, end, value, sentence, entity_id]
     * (stored-mentions.ts; the text is sliced from the document's text, not stored). One
     * value per document, not a row per mention: a report has about seventy, and rows made them most of the cost
     * of a write. They are read a document at a time (the reader) or expanded in SQL (claims' entities). json, not
     * jsonb: stored as written, which costs less to write than jsonb's binary form, and nothing queries inside it
     * but whole-array expansions.
     */
    mentions: json("mentions").notNull().default(sql`'[]'::json`),
    /**
     * The full-text vector of the title and the first 200,000 characters, built by the writer (search-lexemes.ts)
     * with the same tokens and stems as the queries. Null only until an older database is filled in on open.
     */
    tsv: tsvector("tsv"),
  },
  (t) => [
    uniqueIndex("documents_content_hash_key").on(t.contentHash),
    index("documents_tsv_idx").using("gin", t.tsv),
    index("documents_tsv_missing_idx").on(t.id).where(sql`${t.tsv} is null`),
    index("documents_published_idx").on(t.published),
    check("documents_tlp_check", sql`${t.tlp} in ('TLP:CLEAR','TLP:GREEN','TLP:AMBER','TLP:AMBER+STRICT','TLP:RED')`),
    check("documents_reliability_check", sql`${t.reliability} in ('A','B','C','D','E','F')`),
  ],
);

/**
 * Documents the resolver has not yet taken into events: written with the document, deleted when its claims are
 * resolved, so a crash in between is caught up by the next run. A table of its own, not a flag on documents:
 * setting a flag would rewrite every document row (text, full-text vector and all of its index entries).
 */
export const unresolvedDocuments = pgTable("unresolved_documents", {
  docId: text("doc_id")
    .primaryKey(),
});

export const claims = pgTable(
  "claims",
  {
    id: text("id").primaryKey(),
    docId: text("doc_id")
      .notNull(),
    idx: integer("idx").notNull(),
    kind: text("kind").notNull(),
    confidence: real("confidence").notNull(),
    /** The kind's fields (event / quantity / relation / judgment): as extracted, or as an analyst corrected them. */
    fields: jsonb("fields").notNull(),
    /** active | rejected (by an analyst: kept, but out of the picture). */
    status: text("status").notNull().default("active"),
  },
  (t) => [index("claims_doc_idx").on(t.docId), index("claims_kind_idx").on(t.kind)],
);

export const evidence = pgTable(
  "evidence",
  {
    claimId: text("claim_id")
      .notNull(),
    idx: integer("idx").notNull(),
    docId: text("doc_id").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.idx] })],
);

export const entities = pgTable(
  "entities",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(), // actor | person | place
    name: text("name").notNull(),
    data: jsonb("data").notNull().default(sql`'{}'::jsonb`),
    /** Set when this entity was merged into another; unmerging clears it. Nothing else moves, so a merge can be undone. */
    mergedInto: text("merged_into"),
  },
  (t) => [uniqueIndex("entities_kind_name_key").on(t.kind, t.name)],
);

/** Every merge and unmerge, with why and by whom ("resolver" for automatic merges). */
export const entityMerges = pgTable("entity_merges", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  entityId: text("entity_id").notNull(),
  intoId: text("into_id").notNull(),
  action: text("action").notNull(), // merge | unmerge
  reason: text("reason").notNull(),
  by: text("by").notNull(),
  at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

export const entityAliases = pgTable(
  "entity_aliases",
  {
    entityId: text("entity_id")
      .notNull(),
    alias: text("alias").notNull(),
    /** The document that brought this alias, or null when it comes from the domain pack. */
    docId: text("doc_id"),
    /** How many times that document names the entity this way (0 for an alias from the pack or an analyst). */
    mentions: integer("mentions").notNull().default(0),
    addedAt: timestamp("added_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("entity_aliases_entity_idx").on(t.entityId)],
);

export const sources = pgTable("sources", {
  outlet: text("outlet").primaryKey(),
  reliability: text("reliability").notNull().default("F"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

/** Analysts' reviews of claims: every rejection and correction, with the fields before it, who, when and why. */
export const claimReviews = pgTable(
  "claim_reviews",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    action: text("action").notNull(), // reject | correct | restore
    /** The fields before this review. */
    before: jsonb("before").notNull(),
    /** The corrected values (for correct). */
    changes: jsonb("changes"),
    reason: text("reason").notNull(),
    by: text("by").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("claim_reviews_claim_idx").on(t.claimId)],
);

/**
 * Resolved incidents as each clearance level sees them: the view at level L is built only from claims of documents
 * marked at L or below, so an event supported only by an AMBER report does not exist at GREEN, and an event supported
 * by a GREEN and an AMBER report shows only the GREEN figures at GREEN. A row holds for the levels
 * level_min..level_max (one row when every level sees the same).
 */
export const events = pgTable(
  "events",
  {
    levelMin: smallint("level_min").notNull(),
    levelMax: smallint("level_max").notNull(),
    id: text("id").notNull(),
    /** The block the event was resolved in (its claims' country): re-resolution replaces whole blocks. */
    block: text("block").notNull(),
    date: text("date"),
    country: text("country"),
    admin1: text("admin1"),
    perpetrator: text("perpetrator"),
    killed: integer("killed"),
    fields: jsonb("fields").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.levelMin] }),
    index("events_block_idx").on(t.block),
    index("events_date_idx").on(t.date),
    index("events_country_idx").on(t.country, t.admin1),
  ],
);

export const eventClaims = pgTable(
  "event_claims",
  {
    levelMin: smallint("level_min").notNull(),
    levelMax: smallint("level_max").notNull(),
    claimId: text("claim_id")
      .notNull(),
    eventId: text("event_id").notNull(),
    block: text("block").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.levelMin] }), index("event_claims_event_idx").on(t.eventId), index("event_claims_block_idx").on(t.block)],
);

export const ROLES = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable("users", {
  name: text("name").primaryKey(),
  role: text("role").notNull(),
  /** The highest TLP level the user may read (0 CLEAR … 4 RED). */
  clearance: smallint("clearance").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

/** API tokens, stored as SHA-256 hashes: the token itself is shown once, at creation. */
export const tokens = pgTable(
  "tokens",
  {
    hash: text("hash").primaryKey(),
    userName: text("user_name")
      .notNull()
      .references(() => users.name, { onDelete: "cascade" }),
    label: text("label"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [index("tokens_user_idx").on(t.userName)],
);

/** Reads of AMBER+STRICT and RED material: who read what, through which route, when. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userName: text("user_name").notNull(),
    route: text("route").notNull(),
    tlp: text("tlp").notNull(),
    objectIds: jsonb("object_ids").notNull(),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

export const schema = { documents, unresolvedDocuments, claims, evidence, entities, entityAliases, entityMerges, sources, claimReviews, events, eventClaims, users, tokens, auditLog };
