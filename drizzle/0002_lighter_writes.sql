-- Cheaper writes. Mentions move from a row each (about seventy per report, most of the cost of writing one) to one
-- json value per document, and entity_aliases counts how often each document names an entity each way. The
-- "not yet resolved" flag moves from documents to a table of its own: setting the flag rewrote every document
-- row with its full-text vector and index entries. The full-text vector is no longer computed by the database
-- (to_tsvector was about 40% of a write) but written with the row (src/store/search-lexemes.ts); existing
-- documents get theirs when the database is next opened (src/store/search-vectors.ts). The ingest's tables lose
-- their foreign keys (each check locked the parent row; see schema.ts) and two indexes no query used. Existing
-- data is kept.
CREATE TABLE "unresolved_documents" (
	"doc_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" DROP CONSTRAINT "claims_doc_id_documents_id_fk";--> statement-breakpoint
ALTER TABLE "entity_aliases" DROP CONSTRAINT "entity_aliases_entity_id_entities_id_fk";--> statement-breakpoint
ALTER TABLE "event_claims" DROP CONSTRAINT "event_claims_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_claim_id_claims_id_fk";--> statement-breakpoint
DROP INDEX "entity_aliases_alias_idx";--> statement-breakpoint
DROP INDEX "evidence_doc_idx";--> statement-breakpoint
INSERT INTO "unresolved_documents" ("doc_id") SELECT "id" FROM "documents" WHERE NOT "resolved";--> statement-breakpoint
ALTER TABLE "documents" DROP COLUMN "resolved";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "mentions" json DEFAULT '[]'::json NOT NULL;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD COLUMN "mentions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "documents" d SET "mentions" = x.list
  FROM (SELECT m.doc_id, json_agg(json_strip_nulls(json_build_object('kind', m.kind, 'start', m.start, 'end', m."end", 'text', m.text,
                'value', m.value, 'sentence', m.sentence, 'entity_id', m.entity_id)) ORDER BY m.idx) AS list
          FROM "mentions" m GROUP BY m.doc_id) x
 WHERE x.doc_id = d.id;--> statement-breakpoint
UPDATE "entity_aliases" a SET "mentions" = x.n
  FROM (SELECT m.doc_id, m.entity_id, regexp_replace(trim(regexp_replace(m.text, '\s+', ' ', 'g')), '[’'']s$', '') AS alias, count(*)::int AS n
          FROM "mentions" m WHERE m.entity_id IS NOT NULL GROUP BY 1, 2, 3) x
 WHERE a.doc_id = x.doc_id AND a.entity_id = x.entity_id AND a.alias = x.alias;--> statement-breakpoint
DROP TABLE "mentions" CASCADE;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "tsv" DROP EXPRESSION;--> statement-breakpoint
UPDATE "documents" SET "tsv" = NULL;--> statement-breakpoint
CREATE INDEX "documents_tsv_missing_idx" ON "documents" USING btree ("id") WHERE "documents"."tsv" is null;
