/**
 * Staff accounts: creating, changing role, disabling, changing password.
 * Plain functions over an explicit database client (see lib/auth/sessions.ts);
 * authorization is the caller's job (lib/auth/session.ts guards).
 */
import { z } from 'zod';
import { refused, saved, type AdminResult } from '../admin/result';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { hashPassword, verifyPassword } from './password';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { ROLES, type Role } from './permissions';
import { normalizeEmail } from './rate-limit';
import { deleteUserSessions } from './sessions';
import { controlMessage, isPlainLine } from '../validation/text';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

const staffSelect = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .min(1, 'Email is required.')
  .max(320, 'Email is too long.')
  .pipe(z.email({ error: 'Email must be a valid email address.' }))
  .transform(normalizeEmail);

export const nameSchema = z
  .string({ error: 'Name is required.' })
  .trim()
  .min(1, 'Name is required.')
  .max(200, 'Name must be at most 200 characters.')
  .refine(isPlainLine, controlMessage('Name'));

export const newPasswordSchema = z
  .string({ error: 'Password is required.' })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`);

export const roleSchema = z.enum(ROLES, { error: 'Role must be Administrator, Editor or Author.' });

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: newPasswordSchema,
  role: roleSchema,
});
export type NewUser = z.input<typeof newUserSchema>;

export class UserError extends Error {
  constructor(
    message: string,
    /** The form field the problem is about, if any. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Runs a staff-account write for an admin action: its result, or the refusal
 * (lib/admin/result.ts) when it threw a UserError. Accounts appear on no
 * public page, so nothing is invalidated.
 */
export async function asAdminResult<T>(summary: string, write: () => Promise<T>): Promise<AdminResult<T>> {
  try {
    return saved(await write());
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return err.field ? refused(summary, { [err.field]: err.message }) : refused(err.message);
  }
}

export async function listUsers(db: PrismaClient): Promise<StaffUser[]> {
  return db.user.findMany({ select: staffSelect, orderBy: [{ disabled: 'asc' }, { role: 'asc' }, { email: 'asc' }] });
}

export async function findUserByEmail(db: PrismaClient, email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) } });
}

/** Creates a user. Throws UserError (field "email") when the email is taken. */
export async function createUser(db: PrismaClient, input: NewUser): Promise<StaffUser> {
  const data = newUserSchema.parse(input);
  try {
    return await db.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(data.password) },
      select: staffSelect,
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new UserError('A user with this email already exists.', 'email');
    }
    throw err;
  }
}

/**
 * Creates the user, or resets an existing one (same email): name, role and
 * password are set, the account is enabled and its sessions are ended.
 * For `npm run admin:create` and the demo staff.
 */
export async function upsertUser(db: PrismaClient, input: NewUser): Promise<{ user: StaffUser; created: boolean }> {
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) {
    const user = await db.user.update({
      where: { id: existing.id },
      data: { name: data.name, role: data.role, passwordHash, disabled: false },
      select: staffSelect,
    });
    await deleteUserSessions(db, existing.id);
    return { user, created: false };
  }
  const user = await db.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash }, select: staffSelect });
  return { user, created: true };
}

async function activeAdminCount(db: PrismaClient, exceptUserId: string): Promise<number> {
  return db.user.count({ where: { role: 'ADMIN', disabled: false, id: { not: exceptUserId } } });
}

/**
 * Changes a user's role. Refuses to demote the last enabled administrator,
 * so the newsroom cannot lock itself out.
 */
export async function changeRole(db: PrismaClient, userId: string, role: Role): Promise<StaffUser> {
  const user = await db.user.findUnique({ where: { id: userId }, select: staffSelect });
  if (!user) throw new UserError('That user no longer exists.');
  if (user.role === 'ADMIN' && role !== 'ADMIN' && !user.disabled && (await activeAdminCount(db, userId)) === 0) {
    throw new UserError('The last administrator cannot be given another role.', 'role');
  }
  return db.user.update({ where: { id: userId }, data: { role }, select: staffSelect });
}

/**
 * Disables (or re-enables) a user. Disabling ends all of their sessions and
 * refuses to disable the last enabled administrator.
 */
export async function setUserDisabled(db: PrismaClient, userId: string, disabled: boolean): Promise<StaffUser> {
  const user = await db.user.findUnique({ where: { id: userId }, select: staffSelect });
  if (!user) throw new UserError('That user no longer exists.');
  if (disabled && user.role === 'ADMIN' && !user.disabled && (await activeAdminCount(db, userId)) === 0) {
    throw new UserError('The last administrator cannot be disabled.');
  }
  const updated = await db.user.update({ where: { id: userId }, data: { disabled }, select: staffSelect });
  if (disabled) await deleteUserSessions(db, userId);
  return updated;
}

/**
 * Changes a user's password after checking the current one, and ends every
 * other session of theirs (the one in `keepSessionId` stays signed in).
 * Throws UserError naming the field at fault.
 */
export async function changePassword(db: PrismaClient, input: { userId: string; currentPassword: string; newPassword: string; keepSessionId?: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true, disabled: true } });
  if (!user || user.disabled) throw new UserError('Your account is not available.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserError('Current password is incorrect.', 'currentPassword');
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new UserError(problem, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new UserError('New password must be different from the current one.', 'newPassword');
  }
  await db.user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await deleteUserSessions(db, input.userId, input.keepSessionId);
}
