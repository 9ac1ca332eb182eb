import type { Messages } from './en';

/** The Russian catalogue (keys: ./en.ts). */
export const ru = {
  locale: 'ru-RU',
  ogLocale: 'ru_RU',
  chrome: {
    skipToContent: 'Перейти к содержанию',
    search: 'Поиск',
    sections: 'Разделы',
    footer: 'Подвал сайта',
    rssFeed: 'RSS-лента',
    editions: 'Версии сайта',
    supportUs: 'Поддержать нас',
    followUs: 'Следите за нами',
    social: 'Соцсети',
  },
  support: {
    label: 'Поддержите нас',
    title: 'Поддержите нашу редакцию или станьте нашим патроном!',
    text: 'Мы независимая редакция, которую содержат читатели. Ежемесячный взнос позволяет нашим корреспондентам работать, а каждой статье — оставаться в открытом доступе.',
    button: 'Стать патроном',
  },
  front: {
    heading: (site: string) => `${site}: новости`,
    leadStory: 'Главная новость',
    topStories: 'Главное',
    more: 'Ещё',
    moreFrom: (section: string) => `в разделе «${section}»`,
  },
  article: {
    source: 'Источник:',
    citing: 'со ссылкой на',
    quote: 'Прямая речь:',
    updated: 'Обновлено',
    tags: 'Теги',
    share: 'Поделиться:',
    shareLabel: 'Поделиться статьёй',
    by: 'Автор:',
    email: 'Эл. почта',
    moreFrom: (section: string) => `Ещё в разделе «${section}»`,
    readIn: 'Эта статья на языке',
  },
  blocks: {
    details: 'Подробности',
    background: 'Предыстория',
  },
  lists: {
    latestNews: 'Лента новостей',
    latestOnFront: 'Последние новости — на главной странице.',
    mostRead: 'Самое читаемое',
    kicker: { section: 'Раздел', tag: 'Тег', author: 'Автор' },
    tagTitle: (name: string) => `Тег: ${name}`,
    pageTitle: (title: string, page: number) => `${title} — страница ${page}`,
    latestStories: (name: string) => `Последние материалы: ${name}`,
    pagination: 'Страницы',
    newer: '← Новее',
    older: 'Старше →',
    pageOf: (page: number, total: number) => `Страница ${page} из ${total}`,
  },
  ads: {
    label: 'Реклама:',
    inline: 'Реклама',
    afterBody: 'Реклама после статьи',
    sidebar: 'Реклама сбоку страницы',
  },
  corrections: {
    heading: 'Исправления и уточнения',
    correction: 'Исправление',
    note: 'Примечание редакции',
    all: 'Все исправления',
    pageTitle: 'Исправления',
    intro: 'Когда мы ошибаемся, мы исправляем ошибку и сообщаем об этом в материале. Все исправления и примечания редакции, сначала новые.',
    none: 'Исправлений пока не публиковали.',
  },
  live: {
    live: 'Онлайн',
    ended: 'Завершено',
    liveUpdates: 'Онлайн-трансляция',
    updates: 'Обновления',
    keyEvents: 'Ключевые события',
    keyEvent: 'Ключевое событие',
    first: 'Первые обновления появятся здесь.',
    earlier: 'Более ранние обновления не показаны.',
    newUpdates: (n: number) => `${n} ${plural(n, 'новое обновление', 'новых обновления', 'новых обновлений')}`,
    newUpdatesGap: (n: number) => `${n}+ новых обновлений`,
    endedNotice: 'Эта трансляция завершилась.',
    linkToUpdate: 'Ссылка на это обновление',
  },
  search: {
    title: 'Поиск',
    label: 'Поиск по сайту',
    placeholder: 'Искать материалы',
    field: 'Искать материалы',
    button: 'Искать',
    results: (n: number, q: string, about = false) =>
      `${about ? 'Около ' : ''}${n.toLocaleString('ru-RU')} ${plural(n, 'результат', 'результата', 'результатов')} по запросу «${q}».`,
    none: (q: string) => `По запросу «${q}» ничего не найдено.`,
  },
  notFound: {
    kicker: 'Страница не найдена',
    title: 'Мы не можем найти эту страницу',
    text: 'Возможно, материал перенесли или сняли с публикации, или в адресе ошибка.',
    front: 'Перейти на главную',
  },
} satisfies Messages;

/** Russian plural forms: 1 / 2–4 / 5+ (and 11–14). */
function plural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
