import type { ArticleView } from '@/lib/articles/view';
import type { LiveBlogView } from '@/lib/live/queries';
import type { EditionChrome } from '@/lib/editions/queries';
import { absoluteUrl, frontPath } from '@/lib/urls/paths';
import { houseAd } from '@/lib/ads/creative';
import { AdSlot } from '../ads/AdSlot';
import { KeyEvents } from '../live/KeyEvents';
import { LiveBadge } from '../live/LiveBadge';
import { LiveBlog } from '../live/LiveBlog';
import { SupportBanner } from '../site/SupportBanner';
import { SocialLinks } from '../site/SocialLinks';
import { ArticleBody } from './ArticleBody';
import { Byline } from './Byline';
import { Corrections } from './Corrections';
import { Dateline } from './Dateline';
import { HeroImage } from './HeroImage';
import { LatestNewsAside } from './LatestNewsAside';
import { MostReadAside } from './MostReadAside';
import { RelatedStories } from './RelatedStories';
import { ShareLinks } from './ShareLinks';
import { SourceLine } from './SourceLine';

/**
 * The article page, top to bottom as in the reference anatomy:
 * headline, dateline, hero with caption and credit, standfirst, source,
 * body with ad slots and background, corrections and editor's notes, support call, after-body ad, share,
 * tags, follow call, more from the section; a sidebar ad, "Latest news" and
 * "Most read" beside it. The lists of other stories and the ads' creatives
 * are islands loaded after the page (ADR 012, 018): the rendered page holds
 * only this article's content. Also used by the admin preview.
 * A live blog (ADR 017) adds its badge, key events above the body and its
 * entries below it.
 */
export function Article({ article, chrome, live }: { article: ArticleView; chrome: EditionChrome; live?: LiveBlogView | null }) {
  const { settings, socialLinks, edition, m } = chrome;
  const house = houseAd(settings);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
      <article lang={article.language} className="min-w-0 max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide">
          <a href={article.section.path} className="text-brand hover:underline">
            {article.section.name}
          </a>
          {live && <LiveBadge status={live.status} labels={m.live} />}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <div className="mt-3 space-y-1">
          <Dateline publishedAt={article.publishedAt} updatedAt={article.updatedAt} timeZone={settings.timeZone} locale={m.locale} updated={m.article.updated} />
          <Byline authors={article.authors} by={m.article.by} locale={m.locale} />
        </div>
        {article.hero && <HeroImage hero={article.hero} />}
        {article.standfirst && (
          <p className="my-5 font-serif text-[1.2rem] font-bold leading-relaxed" data-testid="standfirst">
            {article.standfirst}
          </p>
        )}
        {article.source && <SourceLine source={article.source} labels={m.article} />}
        {live && <KeyEvents blog={live} heading={m.live.keyEvents} />}
        <ArticleBody
          blocks={article.body}
          labels={m.article}
          renderAd={(slot) => <AdSlot placement="INLINE" position={`inline-${slot + 1}`} seed={article.id} slot={slot} house={house} labels={m.ads} edition={edition.code} />}
        />
        {live && <LiveBlog blog={live} m={m} />}
        <Corrections items={article.corrections} timeZone={settings.timeZone} m={m} base={edition.base} />
        <SupportBanner title={settings.supportTitle} text={settings.supportText} url={settings.supportUrl} buttonText={settings.supportButtonText} label={m.support.label} />
        <AdSlot placement="AFTER_BODY" position="after-body" seed={article.id} house={house} labels={m.ads} edition={edition.code} />
        <ShareLinks url={absoluteUrl(article.path, settings.siteUrl)} title={article.title} labels={m.article} />
        {article.tags.length > 0 && (
          <ul aria-label={m.article.tags} className="my-6 flex flex-wrap gap-2 text-sm">
            {article.tags.map((t) => (
              <li key={t.path}>
                <a href={t.path} className="inline-block rounded-full bg-paper px-3 py-1 hover:underline">
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        <SocialLinks links={socialLinks} callToAction={settings.followText} region />
        <RelatedStories section={article.section.slug} edition={edition.code} heading={m.article.moreFrom(article.section.name)} locale={m.locale} articleId={article.id} />
      </article>
      <div className="min-w-0">
        <AdSlot placement="SIDEBAR" position="sidebar" seed={article.id} house={house} labels={m.ads} edition={edition.code} />
        <LatestNewsAside
          section={article.section.slug}
          edition={edition.code}
          locale={m.locale}
          labels={{ latestNews: m.lists.latestNews, latestOnFront: m.lists.latestOnFront }}
          frontPath={frontPath(edition.base)}
        />
        <MostReadAside edition={edition.code} heading={m.lists.mostRead} />
      </div>
    </div>
  );
}
