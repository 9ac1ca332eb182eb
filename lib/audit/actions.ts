/**
 * The vocabulary of the audit log: every kind of event it records, with the
 * label the admin page shows. Pure (no database, no Next), so the filter
 * schema, the writers and the page share it.
 */

export const AUDIT_ACTIONS = {
  'auth.sign-in': 'Signed in',
  'auth.sign-in-failed': 'Sign-in failed',
  'auth.sign-out': 'Signed out',
  'auth.password-change': 'Changed password',
  'user.create': 'Created a user',
  'user.role': 'Changed a role',
  'user.disable': 'Disabled a user',
  'user.enable': 'Enabled a user',
  'article.submit': 'Submitted for review',
  'article.publish': 'Published',
  'article.schedule': 'Scheduled',
  'article.unpublish': 'Unpublished',
  'article.draft': 'Moved back to draft',
  'article.update': 'Made changes live',
  'article.discard': 'Discarded changes',
  'article.submit-changes': 'Submitted changes for review',
  'article.correction-add': 'Added a correction or note',
  'article.correction-edit': 'Changed a correction or note',
  'article.correction-delete': 'Removed a correction or note',
  'article.translation-create': 'Created a version in another edition',
  'article.translation-link': 'Linked versions in other editions',
  'article.translation-unlink': 'Unlinked a version from its translations',
  'live.start': 'Started a live blog',
  'live.end': 'Ended a live blog',
  'live.stop': 'Turned a live blog back into an article',
  'live.entry-add': 'Posted a live blog entry',
  'live.entry-edit': 'Edited a live blog entry',
  'live.entry-delete': 'Deleted a live blog entry',
  'settings.update': 'Changed site settings',
  'editions.update': 'Changed the editions',
  'social-link.create': 'Added a social link',
  'social-link.update': 'Changed a social link',
  'social-link.move': 'Moved a social link',
  'social-link.delete': 'Removed a social link',
  'ad.create': 'Created a campaign',
  'ad.update': 'Changed a campaign',
  'ad.activate': 'Activated a campaign',
  'ad.deactivate': 'Paused a campaign',
  'ad.delete': 'Deleted a campaign',
  'section.create': 'Created a section',
  'section.update': 'Changed a section',
  'section.move': 'Moved a section',
  'section.delete': 'Deleted a section',
  'tag.create': 'Created a tag',
  'tag.rename': 'Renamed a tag',
  'tag.delete': 'Deleted a tag',
  'author.create': 'Created an author',
  'author.update': 'Changed an author',
  'author.delete': 'Deleted an author',
  'media.upload': 'Uploaded an image',
  'media.update': 'Changed an image',
  'media.delete': 'Deleted an image',
  'redirect.create': 'Added a redirect',
  'redirect.delete': 'Removed a redirect',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

/** What an entry is about, as the page names it. */
export const TARGET_LABELS: Record<string, string> = {
  user: 'User',
  article: 'Article',
  settings: 'Settings',
  'social-link': 'Social link',
  ad: 'Campaign',
  section: 'Section',
  tag: 'Tag',
  author: 'Author',
  media: 'Image',
  redirect: 'Redirect',
};

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}
