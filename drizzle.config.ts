import { defineConfig } from "drizzle-kit";

// Only used to generate migrations from db/schema; they are applied by `npm run db:migrate`
// (db/migrate.ts), on PostgreSQL and on the embedded database alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
});
