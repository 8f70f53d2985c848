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
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"entity_id" text NOT NULL,
	"alias" text NOT NULL,
	"doc_id" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE INDEX "evidence_doc_idx" ON "evidence" USING btree ("doc_id");--> statement-breakpoint
CREATE INDEX "mentions_value_idx" ON "mentions" USING btree ("kind","value");