// Prisma CLI configuration. Only `prisma generate` runs here (see README:
// migrations are applied by the project's own runner, `npm run db:migrate`).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
