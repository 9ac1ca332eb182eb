/**
 * Who may do what in the newsroom admin. Pure: no database, no Next.js, so it
 * can be used anywhere (server components, actions, route handlers, scripts)
 * and unit-tested on its own (tests/unit/permissions.test.ts).
 *
 * - ADMIN: everything, including staff accounts, site settings and the audit log.
 * - EDITOR: every article (edit, publish), taxonomy, media, ads and redirects.
 * - AUTHOR: their own articles, which they can submit for review but not publish.
 */

export const ROLES = ['ADMIN', 'EDITOR', 'AUTHOR'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'users:manage',
  'settings:manage',
  'articles:publish',
  'articles:edit-any',
  'articles:edit-own',
  'articles:submit',
  'taxonomy:manage',
  'media:manage',
  'ads:manage',
  'redirects:manage',
  'audit:view',
] as const;
export type Action = (typeof ACTIONS)[number];

const RULES: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set(ACTIONS),
  EDITOR: new Set<Action>(['articles:publish', 'articles:edit-any', 'articles:edit-own', 'articles:submit', 'taxonomy:manage', 'media:manage', 'ads:manage', 'redirects:manage']),
  AUTHOR: new Set<Action>(['articles:edit-own', 'articles:submit']),
};

/** Human-readable descriptions, for the dashboard. */
export const ACTION_LABELS: Record<Action, string> = {
  'users:manage': 'Manage staff accounts and roles',
  'settings:manage': 'Change site settings',
  'articles:publish': 'Publish, schedule and unpublish articles',
  'articles:edit-any': 'Edit any article',
  'articles:edit-own': 'Write and edit your own articles',
  'articles:submit': 'Submit articles for review',
  'taxonomy:manage': 'Manage sections and tags',
  'media:manage': 'Manage the media library',
  'ads:manage': 'Manage ad campaigns',
  'redirects:manage': 'Manage redirects from old addresses',
  'audit:view': 'Read the audit log',
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  EDITOR: 'Editor',
  AUTHOR: 'Author',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may perform `action`. Unknown roles or actions may do nothing. */
export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role || !isRole(role)) return false;
  return RULES[role].has(action);
}

/** Every action `role` may perform, in vocabulary order. */
export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => can(role, action));
}

/**
 * Whether a user may edit a particular article: anyone with articles:edit-any,
 * or an author of that article with articles:edit-own.
 */
export function canEditArticle(role: Role, isOwnArticle: boolean): boolean {
  return can(role, 'articles:edit-any') || (isOwnArticle && can(role, 'articles:edit-own'));
}
