/** The password policy. No dependencies, so client components can show it too. */

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 hashes any length, but an upper bound keeps hashing cost predictable. */
export const MAX_PASSWORD_LENGTH = 200;

/** The reason a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}
