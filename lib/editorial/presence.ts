import type { PrismaClient } from '../generated/prisma/client';

/** Who else has an article open: heartbeats newer than this count as present. */
export const PRESENCE_WINDOW_MS = 30_000;

export async function heartbeat(db: PrismaClient, articleId: string, userId: string, now = new Date()) {
  await db.editorPresence.upsert({
    where: { articleId_userId: { articleId, userId } },
    update: { lastSeenAt: now },
    create: { articleId, userId, lastSeenAt: now },
  });
  const others = await db.editorPresence.findMany({
    where: { articleId, userId: { not: userId }, lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { lastSeenAt: true, user: { select: { name: true } } },
    orderBy: { lastSeenAt: 'desc' },
  });
  return others.map((o) => ({ name: o.user.name, lastSeenAt: o.lastSeenAt.toISOString() }));
}

export async function leave(db: PrismaClient, articleId: string, userId: string) {
  await db.editorPresence.deleteMany({ where: { articleId, userId } });
}
