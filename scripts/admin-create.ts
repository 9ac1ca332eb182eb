/**
 * npm run admin:create -- --email a@b.c --name "Ada Admin" --password "…" [--role ADMIN|EDITOR|AUTHOR]
 *
 * Creates a staff account, or resets the one with that email (name, role and
 * password are set, the account is re-enabled and its sessions end). Use it
 * for the first administrator and to regain access. The database is
 * DATABASE_URL, or the embedded development database when it is unset;
 * pending migrations are applied first. The password may come from the
 * NEWSROOM_ADMIN_PASSWORD environment variable instead of --password (keeps
 * it out of the shell history).
 */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db/client.ts';
import { prepareDatabase, runMain } from '../tools/db/prepare.ts';
import { ROLES } from '../lib/auth/permissions.ts';
import { newUserSchema, upsertUser } from '../lib/auth/users.ts';

const USAGE = `Usage: npm run admin:create -- --email <email> --name <name> --password <password> [--role ${ROLES.join('|')}]`;

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string', default: 'ADMIN' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const parsed = newUserSchema.safeParse({
    email: values.email ?? '',
    name: values.name ?? '',
    password: values.password ?? process.env.NEWSROOM_ADMIN_PASSWORD ?? '',
    role: String(values.role).toUpperCase(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }

  const database = await prepareDatabase({ seed: false });
  const prisma = createPrismaClient(database.connectionString);
  try {
    const { user, created } = await upsertUser(prisma, parsed.data);
    console.log(`${created ? 'Created' : 'Reset'} ${user.role} ${user.email} (${user.name}). Sign in at /admin/login.`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
  return 0;
}

runMain(main);
