/**
 * The English message catalogue: every reader-facing string of the public
 * site (ADR 021). This file defines the keys; uk.ts and ru.ts are checked
 * against it by the compiler (`satisfies Messages`), and a unit test checks
 * none is empty. Staff-facing (admin) text stays in English in its own code.
 * Functions take what they interpolate, so word order and grammar (plural
 * forms) are each language's own.
 */
export const en = {
  /** BCP 47 locale for dates and numbers (Intl). */
  locale: 'en-GB',
  /** OpenGraph locale. */
  ogLocale: 'en_GB',
  chrome: {
    skipToContent: 'Skip to content',
    search: 'Search',
    sections: 'Sections',
    footer: 'Footer',
    rssFeed: 'RSS feed',
    editions: 'Editions',
    supportUs: 'Support Us',
    followUs: 'Follow us',
    social: 'Social media',
  },
  support: {
    label: 'Support us',
    title: 'Support our newsroom or become our patron!',
    text: 'We are an independent newsroom paid for by our readers. A monthly contribution keeps our correspondents at work and every article free to read.',
    button: 'Become a patron',
  },
  front: {
    heading: (site: string) => `${site}: news`,
    leadStory: 'Lead story',
    topStories: 'Top stories',
    more: 'More',
    moreFrom: (section: string) => `from ${section}`,
  },
  article: {
    source: 'Source:',
    citing: 'citing',
    quote: 'Quote:',
    updated: 'Updated',
    tags: 'Tags',
    share: 'Share:',
    shareLabel: 'Share this article',
    by: 'By',
    email: 'Email',
    moreFrom: (section: string) => `More from ${section}`,
    readIn: 'This article in',
  },
  blocks: {
    /** Default labels the editor and the seed put in new blocks of this edition. */
    details: 'Details',
    background: 'Background',
  },
  lists: {
    latestNews: 'Latest news',
    latestOnFront: 'The latest news is on the front page.',
    mostRead: 'Most read',
    kicker: { section: 'Section', tag: 'Tag', author: 'Author' },
    tagTitle: (name: string) => `Tag: ${name}`,
    pageTitle: (title: string, page: number) => `${title} — page ${page}`,
    latestStories: (name: string) => `Latest stories: ${name}`,
    pagination: 'Pagination',
    newer: '← Newer',
    older: 'Older →',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  },
  ads: {
    label: 'Advertisement:',
    inline: 'Advertisement',
    afterBody: 'Advertisement after the article',
    sidebar: 'Advertisement beside the page',
  },
  corrections: {
    heading: 'Corrections and clarifications',
    correction: 'Correction',
    note: 'Editor’s note',
    all: 'All corrections',
    pageTitle: 'Corrections',
    intro: 'When we get something wrong we correct it and say so on the story. Every correction and editor’s note, newest first.',
    none: 'No corrections have been published.',
  },
  live: {
    live: 'Live',
    ended: 'Ended',
    liveUpdates: 'Live updates',
    updates: 'Updates',
    keyEvents: 'Key events',
    keyEvent: 'Key event',
    first: 'The first updates will appear here.',
    earlier: 'Earlier updates are not shown.',
    newUpdates: (n: number) => (n === 1 ? '1 new update' : `${n} new updates`),
    /** More arrived than the update channel carries: the button reloads the page. */
    newUpdatesGap: (n: number) => `${n}+ new updates`,
    endedNotice: 'This live blog has ended.',
    linkToUpdate: 'Link to this update',
  },
  search: {
    title: 'Search',
    label: 'Search the site',
    placeholder: 'Search stories',
    /** The search page's own field. */
    field: 'Search stories',
    button: 'Search',
    /** `about`: the total is an estimate (a common word in a large archive). */
    results: (n: number, q: string, about = false) => `${about ? 'About ' : ''}${n.toLocaleString('en-GB')} ${n === 1 ? 'story matches' : 'stories match'} “${q}”.`,
    none: (q: string) => `No stories match “${q}”.`,
  },
  notFound: {
    kicker: 'Page not found',
    title: 'We can’t find that page',
    text: 'The story may have been moved or unpublished, or the address may be mistyped.',
    front: 'Go to the front page',
  },
};

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };

/** The shape every edition's catalogue has. */
export type Messages = Widen<typeof en>;
