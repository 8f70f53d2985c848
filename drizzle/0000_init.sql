CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_name" text NOT NULL,
	"route" text NOT NULL,
	"tlp" text NOT NULL,
	"object_ids" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb NOT NULL,
	"changes" jsonb,
	"reason" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"doc_id" text NOT NULL,
	"idx" integer NOT NULL,
	"kind" text NOT NULL,
	"confidence" real NOT NULL,
	"fields" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"content_hash" text NOT NULL,
	"title" text,
	"url" text,
	"outlet" text,
	"published" date,
	"published_source" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tlp" text DEFAULT 'TLP:CLEAR' NOT NULL,
	"tlp_level" smallint GENERATED ALWAYS AS (case "tlp" when 'TLP:CLEAR' then 0 when 'TLP:GREEN' then 1 when 'TLP:AMBER' then 2 when 'TLP:AMBER+STRICT' then 3 else 4 end) STORED,
	"reliability" text DEFAULT 'F' NOT NULL,
	"source_path" text,
	"format" text NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"text" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(left("title", 2000), '') || ' ' || left("text", 200000))) STORED,
	CONSTRAINT "documents_tlp_check" CHECK ("documents"."tlp" in ('TLP:CLEAR','TLP:GREEN','TLP:AMBER','TLP:AMBER+STRICT','TLP:RED')),
	CONSTRAINT "documents_reliability_check" CHECK ("documents"."reliability" in ('A','B','C','D','E','F'))
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"merged_into" text
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"entity_id" text NOT NULL,
	"alias" text NOT NULL,
	"doc_id" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_merges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entity_merges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"entity_id" text NOT NULL,
	"into_id" text NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_claims" (
	"level_min" smallint NOT NULL,
	"level_max" smallint NOT NULL,
	"claim_id" text NOT NULL,
	"event_id" text NOT NULL,
	"block" text NOT NULL,
	CONSTRAINT "event_claims_claim_id_level_min_pk" PRIMARY KEY("claim_id","level_min")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"level_min" smallint NOT NULL,
	"level_max" smallint NOT NULL,
	"id" text NOT NULL,
	"block" text NOT NULL,
	"date" text,
	"country" text,
	"admin1" text,
	"perpetrator" text,
	"killed" integer,
	"fields" jsonb NOT NULL,
	CONSTRAINT "events_id_level_min_pk" PRIMARY KEY("id","level_min")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"claim_id" text NOT NULL,
	"idx" integer NOT NULL,
	"doc_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "evidence_claim_id_idx_pk" PRIMARY KEY("claim_id","idx")
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"doc_id" text NOT NULL,
	"idx" integer NOT NULL,
	"kind" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"value" text NOT NULL,
	"sentence" integer,
	"entity_id" text,
	CONSTRAINT "mentions_doc_id_idx_pk" PRIMARY KEY("doc_id","idx")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"outlet" text PRIMARY KEY NOT NULL,
	"reliability" text DEFAULT 'F' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"hash" text PRIMARY KEY NOT NULL,
	"user_name" text NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"name" text PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"clearance" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claim_reviews" ADD CONSTRAINT "claim_reviews_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_claims" ADD CONSTRAINT "event_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_user_name_users_name_fk" FOREIGN KEY ("user_name") REFERENCES "public"."users"("name") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "claim_reviews_claim_idx" ON "claim_reviews" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claims_doc_idx" ON "claims" USING btree ("doc_id");--> statement-breakpoint
CREATE INDEX "claims_kind_idx" ON "claims" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_hash_key" ON "documents" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "documents_tsv_idx" ON "documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_kind_name_key" ON "entities" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "entity_aliases_entity_idx" ON "entity_aliases" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_aliases_alias_idx" ON "entity_aliases" USING btree ("alias");--> statement-breakpoint
CREATE INDEX "event_claims_event_idx" ON "event_claims" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_claims_block_idx" ON "event_claims" USING btree ("block");--> statement-breakpoint
CREATE INDEX "events_block_idx" ON "events" USING btree ("block");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "events_country_idx" ON "events" USING btree ("country","admin1");--> statement-breakpoint
CREATE INDEX "evidence_doc_idx" ON "evidence" USING btree ("doc_id");--> statement-breakpoint
CREATE INDEX "mentions_entity_idx" ON "mentions" USING btree ("entity_id") WHERE "mentions"."entity_id" is not null;--> statement-breakpoint
CREATE INDEX "tokens_user_idx" ON "tokens" USING btree ("user_name");