CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"doc_id" text NOT NULL,
	"idx" integer NOT NULL,
	"kind" text NOT NULL,
	"confidence" real NOT NULL,
	"fields" jsonb NOT NULL
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
	"reliability" text DEFAULT 'F' NOT NULL,
	"source_path" text,
	"format" text NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"text" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || left("text", 1000000))) STORED,
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
	"claim_id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"block" text NOT NULL,
	"date" text,
	"country" text,
	"admin1" text,
	"perpetrator" text,
	"killed" integer,
	"fields" jsonb NOT NULL
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
ALTER TABLE "claims" ADD CONSTRAINT "claims_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_claims" ADD CONSTRAINT "event_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_claims" ADD CONSTRAINT "event_claims_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_doc_idx" ON "claims" USING btree ("doc_id");--> statement-breakpoint
CREATE INDEX "claims_kind_idx" ON "claims" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_hash_key" ON "documents" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "documents_tsv_idx" ON "documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_kind_name_key" ON "entities" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "entity_aliases_entity_idx" ON "entity_aliases" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_aliases_alias_idx" ON "entity_aliases" USING btree ("alias");--> statement-breakpoint
CREATE INDEX "event_claims_event_idx" ON "event_claims" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_block_idx" ON "events" USING btree ("block");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "events_country_idx" ON "events" USING btree ("country","admin1");--> statement-breakpoint
CREATE INDEX "evidence_doc_idx" ON "evidence" USING btree ("doc_id");--> statement-breakpoint
CREATE INDEX "mentions_value_idx" ON "mentions" USING btree ("kind","value");