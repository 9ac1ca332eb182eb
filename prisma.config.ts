import { defineConfig } from 'prisma/config';

// DATABASE_URL is only read by Prisma CLI commands that talk to a database
// (studio, migrate deploy where the schema engine exists). Generation needs none.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/newsroom' },
});
