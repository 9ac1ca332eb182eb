import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { refused, saved, type AdminResult } from '../admin/result';
import { recordAudit } from '../audit/log';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { tags } from '../cache/tags';
import { editionLabel } from '../editions/labels';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { isEditionCode } from '../i18n/languages';
import { mayEditArticle } from './access';
import { loadEditable, type Db } from './articles';
import { titleMatchIds } from './title-search';
import { columns, recordRevision } from './write';

/**
 * Translations (ADR 021): the versions of one story in the editions share a
 * translation group (Article.translationGroup, a uuid), at most one per
 * edition (a unique index). From the editor's Translations panel staff
 * create a version in another edition (a draft copy), link an existing
 * article of another edition, or unlink one. Each write locks the rows it
 * changes, runs in one transaction with its audit entry, and returns an
 * AdminResult (lib/admin/result.ts) naming the cache tags to expire.
 *
 * Membership is not an editable field of the article (revisions snapshot
 * what the editor edits: lib/editorial/write.ts), so it records no revision
 * and leaves the article's version alone: an open editor saves on without a
 * conflict. The new draft of "Create version" records its first revision,
 * like any new article.
 */

type Tx = Prisma.TransactionClient;

export const TRANSLATION_MESSAGES = {
  notFound: 'This article does not exist (it may have been deleted).',
  forbidden: 'You do not have permission to edit this article.',
  linkForbidden: 'Only editors can link or unlink translations.',
  otherMissing: 'That article does not exist (it may have been deleted).',
  notInGroup: 'This article is not linked to any translations.',
} as const;

/** `title` is '' for someone else's unpublished version that `user` may not open. */
export type TranslationItem = { id: string; title: string; status: string; language: string; editable: boolean };
export type TranslationsView = {
  /** The article's translation group, or null when it has none. */
  group: string | null;
  language: string;
  /** The other versions, in edition order. */
  versions: TranslationItem[];
  /** The editions (enabled or not) with no version yet, in their order: "Create … version". */
  missing: { code: string; name: string }[];
};

const editionOrder = { orderBy: [{ position: 'asc' as const }, { code: 'asc' as const }], select: { code: true, name: true } };

/** The Translations panel of `articleId`, as `user` sees it (null when the article does not exist). */
export async function listTranslations(db: Db, user: Pick<SessionUser, 'id' | 'role'>, articleId: string): Promise<TranslationsView | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, language: true, translationGroup: true } });
  if (!article) return null;
  const editions = await db.edition.findMany(editionOrder);
  const rows = article.translationGroup
    ? await db.article.findMany({
        where: { translationGroup: article.translationGroup, id: { not: article.id } },
        select: { id: true, title: true, status: true, language: true, createdById: true },
      })
    : [];
  const position = (code: string) => editions.findIndex((e) => e.code === code);
  const taken = new Set([article.language, ...rows.map((r) => r.language)]);
  return {
    group: article.translationGroup,
    language: article.language,
    versions: rows
      .sort((a, b) => position(a.language) - position(b.language))
      .map((r) => {
        const editable = mayEditArticle(user, r);
        // Like linkedTitles(): an author does not learn the title of someone else's unpublished version.
        return { id: r.id, title: editable || r.status === 'PUBLISHED' ? r.title : '', status: r.status, language: r.language, editable };
      }),
    missing: editions.filter((e) => !taken.has(e.code)),
  };
}

/** Locks the rows (in id order, so two writes never wait on each other) and returns them. */
async function lockArticles(tx: Tx, ids: string[]) {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ANY(${sorted}::text[]) ORDER BY "id" FOR UPDATE`;
  return tx.article.findMany({
    where: { id: { in: sorted } },
    select: { id: true, title: true, slug: true, status: true, language: true, translationGroup: true, createdById: true },
  });
}

type Member = { id: string; status: string; translationGroup: string | null };

/**
 * What a change of membership expires: for each published article whose
 * group changed, its old and new group's tags (its page and its published
 * siblings' pages list the versions: hreflang, the edition switcher). A
 * published article that had no group was cached under no group tag, so
 * its own page too. Drafts are on no public page: nothing.
 */
function membershipTags(changes: { before: Member; group: string | null }[]): string[] {
  const out = new Set<string>();
  for (const { before, group } of changes) {
    if (before.status !== 'PUBLISHED' || before.translationGroup === group) continue;
    if (before.translationGroup) out.add(tags.translations(before.translationGroup));
    else out.add(tags.article(before.id));
    if (group) out.add(tags.translations(group));
  }
  return [...out];
}

/** "<slug>-<code>", or with a number when taken ("<slug>-uk-2"), within the 200 characters of a slug. */
async function freeSlug(tx: Tx, slug: string, code: string): Promise<string> {
  for (let n = 1; ; n++) {
    const tail = n === 1 ? `-${code}` : `-${code}-${n}`;
    const candidate = `${slug.slice(0, 200 - tail.length).replace(/-+$/, '')}${tail}`;
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

export const createTranslationSchema = z.object({ language: z.string().refine(isEditionCode, 'Choose an edition.') });

/**
 * "Create <Edition> version": copies the article (as the editor has it: its
 * pending changes when it is live) into a new DRAFT of `language`, created
 * by `user` (title, standfirst, body, section, authors, hero and its texts,
 * source and citing; not tags, which are per edition; not featured), in the
 * article's translation group, which is created when it has none. Anyone
 * who may edit the article may. Returns the new draft's id.
 */
export async function createTranslation(
  prisma: PrismaClient,
  user: SessionUser,
  articleId: string,
  language: string,
  address: string,
  now = new Date(),
): Promise<AdminResult<{ id: string; group: string }>> {
  if (!isEditionCode(language)) return refused('Choose an edition.', { language: 'Choose an edition.' });
  return prisma.$transaction(async (tx) => {
    const [source] = await lockArticles(tx, [articleId]);
    if (!source) return refused(TRANSLATION_MESSAGES.notFound, {}, 404);
    if (!mayEditArticle(user, source)) return refused(TRANSLATION_MESSAGES.forbidden, {}, 403);
    if (!(await tx.edition.findUnique({ where: { code: language }, select: { code: true } }))) return refused('That edition does not exist.', { language: 'Choose an edition.' });
    const label = editionLabel(language);
    if (source.language === language) return refused(`This article is the ${label} version.`, {}, 409);
    const group = source.translationGroup ?? randomUUID();
    const taken = await tx.article.findFirst({ where: { translationGroup: group, language }, select: { id: true, title: true } });
    if (taken) return refused(`This story already has a ${label} version: “${taken.title}”.`, {}, 409);

    const editable = (await loadEditable(tx, source.id))!;
    const input = { ...editable.input, language, tags: [], featured: false, slug: await freeSlug(tx, source.slug, language) };
    if (!source.translationGroup) await tx.article.update({ where: { id: source.id }, data: { translationGroup: group } });
    const created = await tx.article.create({
      data: {
        ...columns(input),
        status: 'DRAFT',
        translationGroup: group,
        createdById: user.id,
        modifiedById: user.id,
        createdAt: now,
        modifiedAt: now,
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
      select: { id: true, title: true },
    });
    await recordRevision(tx, created.id, user.id, 'SAVE');
    await recordAudit(tx, {
      actor: user,
      address,
      action: 'article.translation-create',
      target: { type: 'article', id: created.id, label: created.title },
      detail: { from: source.id, language, group },
      at: now,
    });
    return saved({ id: created.id, group }, membershipTags([{ before: source, group }]));
  });
}

export const linkTranslationSchema = z.object({ articleId: z.uuid({ error: 'Choose an article to link.' }) });

/**
 * "Link existing article": `otherId` (of another edition) and its versions
 * join `articleId`'s group (or `articleId`'s joins the other's, or a new one
 * when neither has any). Refused when the two groups together would have
 * two versions in one edition. Editors and admins only.
 */
export async function linkTranslation(
  prisma: PrismaClient,
  user: SessionUser,
  articleId: string,
  otherId: string,
  address: string,
  now = new Date(),
): Promise<AdminResult<{ group: string }>> {
  if (!can(user.role, 'articles:edit-any')) return refused(TRANSLATION_MESSAGES.linkForbidden, {}, 403);
  if (articleId === otherId) return refused('An article cannot be linked to itself.', { articleId: 'Choose another article.' });
  return prisma.$transaction(async (tx) => {
    const rows = await lockArticles(tx, [articleId, otherId]);
    const article = rows.find((r) => r.id === articleId);
    const other = rows.find((r) => r.id === otherId);
    if (!article) return refused(TRANSLATION_MESSAGES.notFound, {}, 404);
    if (!other) return refused(TRANSLATION_MESSAGES.otherMissing, { articleId: TRANSLATION_MESSAGES.otherMissing }, 404);
    if (article.translationGroup && article.translationGroup === other.translationGroup) return refused(`“${other.title}” is already linked to this article.`, {}, 409);
    if (other.language === article.language) {
      return refused(`“${other.title}” is also ${editionLabel(article.language)}: link a version in another edition.`, { articleId: 'Choose an article of another edition.' }, 409);
    }
    const groups = [article.translationGroup, other.translationGroup].filter((g): g is string => !!g);
    // Lock the other members too: nobody moves them meanwhile.
    const members = groups.length ? await tx.article.findMany({ where: { translationGroup: { in: groups } }, select: { id: true } }) : [];
    const all = [
      ...new Map(
        [
          ...rows,
          ...(await lockArticles(
            tx,
            members.map((m) => m.id),
          )),
        ].map((r) => [r.id, r]),
      ).values(),
    ];
    const byEdition = new Map<string, typeof all>();
    for (const r of all) byEdition.set(r.language, [...(byEdition.get(r.language) ?? []), r]);
    const clash = [...byEdition.entries()].find(([, list]) => list.length > 1);
    if (clash) {
      const [code, list] = clash;
      const titles = list.map((r) => `“${r.title}”`).join(' and ');
      return refused(`Both would have a ${editionLabel(code)} version (${titles}): a story has one version per edition. Unlink one of them first.`, {}, 409);
    }
    const group = article.translationGroup ?? other.translationGroup ?? randomUUID();
    const moving = all.filter((r) => r.translationGroup !== group);
    await tx.article.updateMany({ where: { id: { in: moving.map((r) => r.id) } }, data: { translationGroup: group } });
    await recordAudit(tx, {
      actor: user,
      address,
      action: 'article.translation-link',
      target: { type: 'article', id: article.id, label: article.title },
      detail: { linked: other.id, linkedTitle: other.title.slice(0, 200), group },
      at: now,
    });
    return saved({ group }, membershipTags(moving.map((before) => ({ before, group }))));
  });
}

/** "Unlink": `articleId` leaves its translation group (the others stay linked). Editors and admins only. */
export async function unlinkTranslation(prisma: PrismaClient, user: SessionUser, articleId: string, address: string, now = new Date()): Promise<AdminResult<{ group: null }>> {
  if (!can(user.role, 'articles:edit-any')) return refused(TRANSLATION_MESSAGES.linkForbidden, {}, 403);
  return prisma.$transaction(async (tx) => {
    const [article] = await lockArticles(tx, [articleId]);
    if (!article) return refused(TRANSLATION_MESSAGES.notFound, {}, 404);
    if (!article.translationGroup) return refused(TRANSLATION_MESSAGES.notInGroup, {}, 409);
    await tx.article.update({ where: { id: article.id }, data: { translationGroup: null } });
    await recordAudit(tx, {
      actor: user,
      address,
      action: 'article.translation-unlink',
      target: { type: 'article', id: article.id, label: article.title },
      detail: { group: article.translationGroup },
      at: now,
    });
    // Its page keeps the group's tag until rendered again: expiring the group's covers it and its siblings.
    return saved({ group: null }, article.status === 'PUBLISHED' ? [tags.translations(article.translationGroup)] : []);
  });
}

/**
 * Articles `user` may link to `articleId`: of another edition, matching the
 * words of `q` at the start of title words (the admin list's title search),
 * newest first, at most 10. Each with its edition and whether it already
 * has translations.
 */
export async function linkCandidates(db: Db, articleId: string, q: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { language: true, translationGroup: true } });
  if (!article) return [];
  const ids = await titleMatchIds(db, q);
  if (!ids) return [];
  const rows = await db.article.findMany({
    where: {
      id: { in: ids, not: articleId },
      language: { not: article.language },
      ...(article.translationGroup ? { OR: [{ translationGroup: null }, { translationGroup: { not: article.translationGroup } }] } : {}),
    },
    orderBy: [{ modifiedAt: 'desc' }, { id: 'desc' }],
    take: 10,
    select: { id: true, title: true, status: true, language: true, translationGroup: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, language: r.language, linked: r.translationGroup !== null }));
}
