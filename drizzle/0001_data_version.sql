-- A counter bumped by every statement that changes the picture: the server's response cache compares it
-- (one cheap read) instead of guessing what a write touched. Works across processes on a PostgreSQL server.
CREATE TABLE "data_version" ("id" integer PRIMARY KEY DEFAULT 1, "v" bigint NOT NULL DEFAULT 0);
--> statement-breakpoint
INSERT INTO "data_version" ("id", "v") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "v" = "v" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "documents_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "documents" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "claims_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claims" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "evidence_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "evidence" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "claim_reviews_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_reviews" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "entities_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "entities" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "entity_aliases_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "entity_aliases" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "entity_merges_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "entity_merges" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "sources_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sources" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "events_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "event_claims_bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_claims" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
