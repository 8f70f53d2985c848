import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations for src/store/schema.ts into drizzle/.
// The same migrations run on PGlite and on a PostgreSQL server (src/store/open-store.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/store/schema.ts",
  out: "./drizzle",
});
