import type { Messages } from './en';

/** The Ukrainian catalogue (keys: ./en.ts). Apostrophe: ʼ (U+02BC), as in Ukrainian typography. */
export const uk = {
  locale: 'uk-UA',
  ogLocale: 'uk_UA',
  chrome: {
    skipToContent: 'Перейти до змісту',
    search: 'Пошук',
    sections: 'Розділи',
    footer: 'Нижній колонтитул',
    rssFeed: 'RSS-стрічка',
    editions: 'Версії сайту',
    supportUs: 'Підтримати нас',
    followUs: 'Стежте за нами',
    social: 'Соцмережі',
  },
  support: {
    label: 'Підтримайте нас',
    title: 'Підтримайте нашу редакцію або станьте нашим патроном!',
    text: 'Ми незалежна редакція, яку утримують читачі. Щомісячний внесок дає нашим кореспондентам змогу працювати, а кожну статтю залишає у вільному доступі.',
    button: 'Стати патроном',
  },
  front: {
    heading: (site: string) => `${site}: новини`,
    leadStory: 'Головна новина',
    topStories: 'Головне',
    more: 'Більше',
    moreFrom: (section: string) => `у розділі «${section}»`,
  },
  article: {
    source: 'Джерело:',
    citing: 'з посиланням на',
    quote: 'Пряма мова:',
    updated: 'Оновлено',
    tags: 'Теги',
    share: 'Поділитися:',
    shareLabel: 'Поділитися статтею',
    by: 'Автор:',
    email: 'Ел. пошта',
    moreFrom: (section: string) => `Більше в розділі «${section}»`,
    readIn: 'Ця стаття мовою',
  },
  blocks: {
    details: 'Подробиці',
    background: 'Передісторія',
  },
  lists: {
    latestNews: 'Стрічка новин',
    latestOnFront: 'Останні новини — на головній сторінці.',
    mostRead: 'Найпопулярніше',
    kicker: { section: 'Розділ', tag: 'Тег', author: 'Автор' },
    tagTitle: (name: string) => `Тег: ${name}`,
    pageTitle: (title: string, page: number) => `${title} — сторінка ${page}`,
    latestStories: (name: string) => `Останні матеріали: ${name}`,
    pagination: 'Сторінки',
    newer: '← Новіші',
    older: 'Старіші →',
    pageOf: (page: number, total: number) => `Сторінка ${page} з ${total}`,
  },
  ads: {
    label: 'Реклама:',
    inline: 'Реклама',
    afterBody: 'Реклама після статті',
    sidebar: 'Реклама збоку сторінки',
  },
  corrections: {
    heading: 'Виправлення та уточнення',
    correction: 'Виправлення',
    note: 'Примітка редакції',
    all: 'Усі виправлення',
    pageTitle: 'Виправлення',
    intro: 'Коли ми помиляємося, ми виправляємо помилку і повідомляємо про це в матеріалі. Усі виправлення та примітки редакції, від найновіших.',
    none: 'Виправлень ще не публікували.',
  },
  live: {
    live: 'Наживо',
    ended: 'Завершено',
    liveUpdates: 'Онлайн-трансляція',
    updates: 'Оновлення',
    keyEvents: 'Ключові події',
    keyEvent: 'Ключова подія',
    first: 'Перші оновлення зʼявляться тут.',
    earlier: 'Давніші оновлення не показано.',
    newUpdates: (n: number) => `${n} ${plural(n, 'нове оновлення', 'нові оновлення', 'нових оновлень')}`,
    newUpdatesGap: (n: number) => `${n}+ нових оновлень`,
    endedNotice: 'Ця трансляція завершилася.',
    linkToUpdate: 'Посилання на це оновлення',
  },
  search: {
    title: 'Пошук',
    label: 'Пошук на сайті',
    placeholder: 'Шукати матеріали',
    field: 'Шукати матеріали',
    button: 'Шукати',
    results: (n: number, q: string, about = false) =>
      `${about ? 'Близько ' : ''}${n.toLocaleString('uk-UA')} ${plural(n, 'результат', 'результати', 'результатів')} за запитом «${q}».`,
    none: (q: string) => `За запитом «${q}» нічого не знайдено.`,
  },
  notFound: {
    kicker: 'Сторінку не знайдено',
    title: 'Ми не можемо знайти цю сторінку',
    text: 'Можливо, матеріал перенесли чи зняли з публікації, або в адресі помилка.',
    front: 'Перейти на головну',
  },
} satisfies Messages;

/** Ukrainian plural forms: 1 / 2–4 / 5+ (and 11–14). */
function plural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('uk').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
