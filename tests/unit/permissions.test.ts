import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS, ROLES, can, canEditArticle, isRole, permissionsOf, type Action, type Role } from '../../lib/auth/permissions.ts';

test('ADMIN may do everything', () => {
  for (const action of ACTIONS) assert.equal(can('ADMIN', action), true, action);
});

test('EDITOR: all articles, publishing, taxonomy, media, ads, redirects; not users or settings', () => {
  const allowed: Action[] = ['articles:publish', 'articles:edit-any', 'articles:edit-own', 'articles:submit', 'taxonomy:manage', 'media:manage', 'ads:manage', 'redirects:manage'];
  assert.deepEqual(permissionsOf('EDITOR'), allowed);
  assert.equal(can('EDITOR', 'users:manage'), false);
  assert.equal(can('EDITOR', 'settings:manage'), false);
  assert.equal(can('EDITOR', 'audit:view'), false);
});

test('AUTHOR: own articles and submitting for review only; cannot publish', () => {
  assert.deepEqual(permissionsOf('AUTHOR'), ['articles:edit-own', 'articles:submit']);
  for (const action of [
    'articles:publish',
    'articles:edit-any',
    'users:manage',
    'settings:manage',
    'taxonomy:manage',
    'media:manage',
    'ads:manage',
    'redirects:manage',
    'audit:view',
  ] as const) {
    assert.equal(can('AUTHOR', action), false, action);
  }
});

test('every role may edit its own articles; only EDITOR and ADMIN may edit others', () => {
  for (const role of ROLES) assert.equal(canEditArticle(role, true), true, role);
  assert.equal(canEditArticle('ADMIN', false), true);
  assert.equal(canEditArticle('EDITOR', false), true);
  assert.equal(canEditArticle('AUTHOR', false), false);
});

test('no role, an unknown role or an unknown action grants nothing', () => {
  assert.equal(can(null, 'articles:edit-own'), false);
  assert.equal(can(undefined, 'articles:edit-own'), false);
  assert.equal(can('SUPERUSER' as Role, 'users:manage'), false);
  assert.equal(can('ADMIN', 'articles:delete-everything' as Action), false);
  assert.equal(isRole('admin'), false, 'roles are case-sensitive');
  assert.equal(isRole('EDITOR'), true);
});

test('permissions are ordered by privilege: AUTHOR ⊂ EDITOR ⊂ ADMIN', () => {
  const [admin, editor, author] = (['ADMIN', 'EDITOR', 'AUTHOR'] as const).map((r) => new Set(permissionsOf(r)));
  for (const a of author) assert.ok(editor.has(a), a);
  for (const a of editor) assert.ok(admin.has(a), a);
  assert.ok(editor.size < admin.size && author.size < editor.size);
});
