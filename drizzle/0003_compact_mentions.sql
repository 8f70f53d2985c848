-- A document's mentions become arrays, [kind, start, end, value, sentence, entity_id] with trailing nulls left out,
-- instead of objects with their text: the text is the document's own text between start and end (JavaScript
-- string offsets), so readers slice it. About a third of the bytes, on the ingest's hottest write.
UPDATE "documents" SET "mentions" = (
  SELECT coalesce(json_agg(
           CASE
             WHEN x->>'entity_id' IS NOT NULL THEN json_build_array(x->>'kind', (x->>'start')::int, (x->>'end')::int, x->>'value', (x->>'sentence')::int, x->>'entity_id')
             WHEN x->>'sentence' IS NOT NULL THEN json_build_array(x->>'kind', (x->>'start')::int, (x->>'end')::int, x->>'value', (x->>'sentence')::int)
             ELSE json_build_array(x->>'kind', (x->>'start')::int, (x->>'end')::int, x->>'value')
           END ORDER BY o), '[]'::json)
    FROM json_array_elements("documents"."mentions") WITH ORDINALITY AS m(x, o))
  WHERE json_typeof("mentions") = 'array' AND json_typeof("mentions"->0) = 'object';--> statement-breakpoint
-- Texts, mentions and search vectors are stored uncompressed: pglz compression was about an eighth of a document's
-- write. The tables grow by about 2.5 MB per thousand news reports (63 → 68 MB for 2,000 bench reports).
ALTER TABLE "documents" ALTER COLUMN "text" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "mentions" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "tsv" SET STORAGE EXTERNAL;
