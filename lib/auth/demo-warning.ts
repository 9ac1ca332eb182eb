/**
 * The loud start-up warning about demo accounts (README "Security"): run by
 * instrumentation.ts once per server process.
 */
import { db } from '../db/client';
import { activeDemoAccounts, demoAccountsWarning, isProductionDatabase } from './demo-accounts';

/** Logs the warning when this production instance has demo accounts enabled; returns the emails. */
export async function warnAboutDemoAccounts(log: (message: string) => void = console.error): Promise<string[]> {
  if (!isProductionDatabase()) return [];
  let emails: string[];
  try {
    emails = await activeDemoAccounts(db());
  } catch (err) {
    log(`Could not check for demo staff accounts at start: ${(err as Error).message.split('\n')[0]}`);
    return [];
  }
  if (emails.length) {
    const line = '!'.repeat(78);
    log(`\n${line}\n!! SECURITY WARNING: ${demoAccountsWarning(emails)}\n${line}\n`);
  }
  return emails;
}

/** For admin pages: the enabled demo accounts of a production instance (none elsewhere). */
export async function demoAccountsToWarnAbout(): Promise<string[]> {
  return isProductionDatabase() ? activeDemoAccounts(db()) : [];
}
