'use server';

import { adminAction, formText, formValues, type FormState } from '@/lib/admin/action';
import { refused } from '@/lib/admin/result';
import { updateEditions } from '@/lib/editions/admin';
import { isEditionCode } from '@/lib/i18n/languages';
import { addSocialLink, moveSocialLink, removeSocialLink, SETTINGS_FIELDS, updateSettings, updateSocialLink, type SettingsValues } from '@/lib/settings/admin';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (settings:manage) → lib/settings/admin → invalidate what it names
// (tags.site: every public page shows the change on its next request).

export type SettingsState = FormState<keyof SettingsValues>;

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const values = formValues(formData, SETTINGS_FIELDS);
  return adminAction({
    permission: 'settings:manage',
    values,
    page: '/admin/settings',
    write: (db) => updateSettings(db, values),
    audit: (s) => ({ action: 'settings.update', target: { type: 'settings', label: s.siteName } }),
    success: (saved) => ({ success: 'Settings saved. The public site shows them now.', values: saved }),
  });
}

type LinkField = 'network' | 'label' | 'url';
const LINK_FIELDS: LinkField[] = ['network', 'label', 'url'];

export type SocialLinkState = FormState<LinkField>;

export async function addSocialLinkAction(_prev: SocialLinkState, formData: FormData): Promise<SocialLinkState> {
  const values = formValues(formData, LINK_FIELDS);
  return adminAction({
    permission: 'settings:manage',
    values,
    page: '/admin/settings',
    write: (db) => addSocialLink(db, values),
    audit: (link) => ({ action: 'social-link.create', target: { type: 'social-link', id: link.id, label: link.label } }),
    success: (link) => ({ success: `Added ${link.label}.` }),
  });
}

export async function updateSocialLinkAction(_prev: SocialLinkState, formData: FormData): Promise<SocialLinkState> {
  const values = formValues(formData, LINK_FIELDS);
  return adminAction({
    permission: 'settings:manage',
    values,
    page: '/admin/settings',
    write: (db) => updateSocialLink(db, formText(formData.get('id')), values),
    audit: (link) => ({ action: 'social-link.update', target: { type: 'social-link', id: link.id, label: link.label } }),
    success: (link) => ({ success: `Saved ${link.label}.`, values: { network: link.network, label: link.label, url: link.url } }),
  });
}

export type LinkRowState = FormState;

/** Remove, move up or move down one link (the button's name="op"). */
export async function socialLinkRowAction(_prev: LinkRowState, formData: FormData): Promise<LinkRowState> {
  const { id, op } = formValues(formData, ['id', 'op']);
  const common = { permission: 'settings:manage', page: '/admin/settings' } as const;
  if (op === 'remove') {
    return adminAction({
      ...common,
      write: (db) => removeSocialLink(db, id),
      audit: (link) => ({ action: 'social-link.delete', target: { type: 'social-link', id: link.id, label: link.label } }),
      success: () => ({ success: 'Removed.' }),
    });
  }
  return adminAction({
    ...common,
    write: async (db) => (op === 'up' || op === 'down' ? moveSocialLink(db, id, op) : refused('Unknown operation.')),
    audit: (links) => ({ action: 'social-link.move', target: { type: 'social-link', id, label: links.find((l) => l.id === id)?.label }, detail: { direction: op } }),
    success: () => ({ success: 'Moved.' }),
  });
}

// Editions ------------------------------------------------------------------

const EDITION_FIELDS = ['name', 'prefix', 'enabled', 'position', 'siteName', 'tagline'] as const;

export type EditionsState = FormState;

/** The flat form fields of the editions ("uk.prefix", "defaultEdition") as the input of updateEditions. */
function editionsInput(formData: FormData) {
  const flat: Record<string, string> = { defaultEdition: formText(formData.get('defaultEdition')) };
  const input: Record<string, unknown> = { defaultEdition: flat.defaultEdition };
  for (const code of formData.getAll('code').map(formText).filter(isEditionCode)) {
    const edition = Object.fromEntries(EDITION_FIELDS.map((f) => [f, formText(formData.get(`${code}.${f}`))]));
    for (const [f, v] of Object.entries(edition)) flat[`${code}.${f}`] = v;
    input[code] = edition;
  }
  return { flat, input };
}

/** Saves every edition and the default one (admins: settings:manage). */
export async function saveEditionsAction(_prev: EditionsState, formData: FormData): Promise<EditionsState> {
  const { flat, input } = editionsInput(formData);
  return adminAction({
    permission: 'settings:manage',
    values: flat,
    page: '/admin/settings',
    write: (db) => updateEditions(db, input),
    audit: (view) => ({
      action: 'editions.update',
      target: { type: 'settings', label: 'Editions' },
      detail: {
        defaultEdition: view.defaultEdition,
        enabled: view.editions
          .filter((e) => e.enabled)
          .map((e) => e.code)
          .join(','),
        prefixes: view.editions.map((e) => `${e.code}:${e.prefix}`).join(','),
      },
    }),
    success: () => ({ success: 'Editions saved. The public site uses them now.', values: undefined }),
  });
}
