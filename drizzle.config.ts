import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from db/schema; migrations are applied by db/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
