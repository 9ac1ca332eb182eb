/**
 * The audit log (table "AuditEntry"): who did what to which target, when and
 * from where. Append-only: this module only inserts and reads, and the
 * database refuses UPDATE, DELETE and TRUNCATE on the table (migration
 * 20261204000000_audit_log). Plain functions over an explicit client, so
 * writes can record inside their own transaction; no Next.js imports.
 */
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { zonedDayStart } from '../time/format';
import { AUDIT_ACTION_NAMES, type AuditAction } from './actions';

type Db = PrismaClient | Prisma.TransactionClient;

/** Who did it: a staff member, someone known only by the email they typed, or the system (null). */
export type AuditActor = { id?: string | null; email: string; name?: string } | null;

/** What happened, and to what. */
export type AuditEvent = {
  action: AuditAction;
  target?: { type: string; id?: string; label?: string };
  /** A few facts worth keeping (a new role, a scheduled time): flat, short values. */
  detail?: Record<string, string | number | boolean | null>;
};

export type AuditRecord = AuditEvent & {
  actor: AuditActor;
  /** From where: the client address (lib/audit/address.ts), or "system". */
  address: string;
  at?: Date;
};

/** The address of entries written by the process itself (the scheduler, scripts). */
export const SYSTEM_ADDRESS = 'system';

const clip = (s: string | undefined | null, n: number) => (s ?? '').slice(0, n);

/** Appends one entry. */
export async function recordAudit(db: Db, entry: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      createdAt: entry.at,
      actorId: entry.actor?.id ?? null,
      actorEmail: clip(entry.actor?.email, 320),
      actorName: clip(entry.actor?.name, 200),
      action: entry.action,
      targetType: clip(entry.target?.type, 40),
      targetId: clip(entry.target?.id, 100),
      targetLabel: clip(entry.target?.label, 300),
      detail: entry.detail ?? {},
      address: clip(entry.address, 100),
    },
  });
}

/**
 * Appends an entry after a write has already been committed: a failure here
 * must not turn a saved change into an error page, so it is logged loudly
 * (to stderr) instead of thrown.
 */
export async function recordAuditAfter(db: Db, entry: AuditRecord): Promise<void> {
  try {
    await recordAudit(db, entry);
  } catch (err) {
    console.error(`audit: could not record ${entry.action} by ${entry.actor?.email ?? 'system'}:`, err);
  }
}

// Reading ---------------------------------------------------------------------

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** The filters of /admin/audit, from its query string: anything invalid is ignored. */
export const auditFilterSchema = z.object({
  person: z.uuid().optional().catch(undefined),
  action: z.enum(AUDIT_ACTION_NAMES).optional().catch(undefined),
  /** First and last day (inclusive) in the newsroom's time zone. */
  from: day,
  to: day,
  cursor: z.string().max(200).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

type Cursor = { at: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(s: string | undefined): { at: Date; id: string } | null {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString());
    const at = new Date(c?.at);
    return typeof c?.id === 'string' && !Number.isNaN(at.getTime()) ? { at, id: c.id } : null;
  } catch {
    return null;
  }
}

export type AuditEntryRow = {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorEmail: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  detail: Prisma.JsonValue;
  address: string;
};

/** The day after `day` ("2026-12-31" → "2027-01-01"). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** One page of entries, newest first, keyset-paginated on (createdAt, id). Days are read in `timeZone`. */
export async function listAuditEntries(db: Db, filter: AuditFilter, timeZone: string, pageSize = AUDIT_PAGE_SIZE): Promise<{ items: AuditEntryRow[]; nextCursor: string | null }> {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filter.person) and.push({ actorId: filter.person });
  if (filter.action) and.push({ action: filter.action });
  if (filter.from) and.push({ createdAt: { gte: zonedDayStart(filter.from, timeZone) } });
  if (filter.to) and.push({ createdAt: { lt: zonedDayStart(nextDay(filter.to), timeZone) } });
  const cursor = decodeCursor(filter.cursor);
  if (cursor) and.push({ OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] });
  const rows = await db.auditEntry.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageSize + 1,
  });
  const items = rows.slice(0, pageSize);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null };
}

/** The people who appear in the log, for the person filter: staff accounts by name. */
export async function auditPeople(db: Db): Promise<{ id: string; label: string }[]> {
  const users = await db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] });
  return users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
}
