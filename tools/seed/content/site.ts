/**
 * The demo outlet: sections, authors, tags, settings, social links, ad
 * campaigns and the (invented) outlets that articles cite. Every person,
 * place, company and institution here is fictional.
 */

export const SITE = {
  siteName: 'The Ninth Meridian',
  tagline: 'Independent news from across the country, in English',
  timeZone: 'Europe/Kyiv',
  language: 'en',
  supportUrl: 'https://example.org/support',
  supportHeaderText: 'Support Us',
  supportTitle: 'Support The Ninth Meridian or become our patron!',
  supportText:
    'We are an independent newsroom paid for by our readers, not by owners or officials. A monthly contribution keeps our correspondents in the regions and keeps every article free to read.',
  supportButtonText: 'Become a patron',
  followText: 'Follow us on Instagram!',
};

export const SECTIONS = [
  {
    slug: 'news',
    name: 'News',
    description: 'Breaking and developing stories from across the country.',
    translations: {
      uk: { name: 'Новини', description: 'Термінові й актуальні новини з усієї країни.' },
      ru: { name: 'Новости', description: 'Срочные и актуальные новости со всей страны.' },
    },
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'The National Assembly, the government, the parties and the people who vote for them.',
    translations: {
      uk: { name: 'Політика', description: 'Національні збори, уряд, партії та люди, які за них голосують.' },
      ru: { name: 'Политика', description: 'Национальное собрание, правительство, партии и люди, которые за них голосуют.' },
    },
  },
  {
    slug: 'economics',
    name: 'Economics',
    description: 'Public finances, the National Bank, trade, energy, farming and jobs.',
    translations: {
      uk: { name: 'Економіка', description: 'Державні фінанси, Національний банк, торгівля, енергетика, аграрний сектор і робота.' },
      ru: { name: 'Экономика', description: 'Государственные финансы, Национальный банк, торговля, энергетика, сельское хозяйство и рабочие места.' },
    },
  },
  {
    slug: 'society',
    name: 'Society',
    description: 'Health, education, work, transport and everyday life.',
    translations: {
      uk: { name: 'Суспільство', description: 'Здоровʼя, освіта, праця, транспорт і повсякденне життя.' },
      ru: { name: 'Общество', description: 'Здоровье, образование, работа, транспорт и повседневная жизнь.' },
    },
  },
  {
    slug: 'technology',
    name: 'Technology',
    description: 'Start-ups, science, data and the rules that govern them.',
    translations: {
      uk: { name: 'Технології', description: 'Стартапи, наука, дані та правила, яким вони підкоряються.' },
      ru: { name: 'Технологии', description: 'Стартапы, наука, данные и правила, которым они подчиняются.' },
    },
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Film, books, music, theatre and museums.',
    translations: {
      uk: { name: 'Культура', description: 'Кіно, книжки, музика, театр і музеї.' },
      ru: { name: 'Культура', description: 'Кино, книги, музыка, театр и музеи.' },
    },
  },
  {
    slug: 'opinion',
    name: 'Opinion',
    description: "Columns and commentary. The views expressed are the authors' own.",
    translations: {
      uk: { name: 'Думки', description: 'Колонки та коментарі. Автори висловлюють власні погляди.' },
      ru: { name: 'Мнения', description: 'Колонки и комментарии. Авторы высказывают собственные взгляды.' },
    },
  },
] as const;

export const AUTHORS = [
  {
    slug: 'olena-marsh',
    name: 'Olena Marsh',
    jobTitle: 'Regional correspondent',
    bio: 'Olena Marsh reports on the regions, local government and emergencies, mostly from the Lower Vessa valley where she grew up. She joined The Ninth Meridian in 2019 after eight years at a regional broadcaster.',
    photo: 'portrait-olena-marsh',
  },
  {
    slug: 'tomas-berendt',
    name: 'Tomas Berendt',
    jobTitle: 'Political editor',
    bio: 'Tomas Berendt has covered the National Assembly for twelve years. He leads the politics desk and writes a weekly column on how laws are actually made.',
    photo: 'portrait-tomas-berendt',
  },
  {
    slug: 'iryna-salk',
    name: 'Iryna Salk',
    jobTitle: 'Economics correspondent',
    bio: 'Iryna Salk writes about public finances, the National Bank, trade and the labour market. Before journalism she spent six years as a statistician at a regional planning office.',
    photo: 'portrait-iryna-salk',
  },
  {
    slug: 'daniel-voss',
    name: 'Daniel Voss',
    jobTitle: 'Technology and transport reporter',
    bio: "Daniel Voss covers technology companies, digital regulation and the country's large infrastructure projects. He is the desk's resident reader of tender documents.",
    photo: 'portrait-daniel-voss',
  },
  {
    slug: 'mira-castellan',
    name: 'Mira Castellan',
    jobTitle: 'Culture and society editor',
    bio: 'Mira Castellan edits the culture and society sections. She has written about film festivals, schools and hospitals, and once spent a year visiting every regional museum in the country.',
    photo: 'portrait-mira-castellan',
  },
] as const;

export const TAGS: [slug: string, name: string][] = [
  ['floods', 'Floods'],
  ['lower-vessa', 'Lower Vessa region'],
  ['emergency-services', 'Emergency services'],
  ['reconstruction', 'Reconstruction'],
  ['weather', 'Weather'],
  ['local-government', 'Local government'],
  ['state-budget', 'State budget'],
  ['national-assembly', 'National Assembly'],
  ['taxes', 'Taxes'],
  ['opposition', 'Opposition'],
  ['northern-rail-link', 'Northern Rail Link'],
  ['railways', 'Railways'],
  ['infrastructure', 'Infrastructure'],
  ['quillstone-labs', 'Quillstone Labs'],
  ['startups', 'Start-ups'],
  ['data-protection', 'Data protection'],
  ['satellite-data', 'Satellite data'],
  ['national-bank', 'National Bank'],
  ['inflation', 'Inflation'],
  ['energy', 'Energy'],
  ['agriculture', 'Agriculture'],
  ['labour', 'Labour'],
  ['education', 'Education'],
  ['healthcare', 'Healthcare'],
  ['film', 'Film'],
  ['books', 'Books'],
  ['museums', 'Museums'],
  ['music', 'Music'],
];

/**
 * Tags of the Ukrainian and Russian editions (Tag.language 'uk' / 'ru').
 * Slugs are transliterated and unique across all editions; where the two
 * languages transliterate alike, the Russian one ends in -ru.
 */
export const TAGS_UK: [slug: string, name: string][] = [
  ['povin', 'Повінь'],
  ['nyzhnia-vessa', 'Нижня Весса'],
  ['riatuvalnyky', 'Рятувальники'],
  ['vidbudova', 'Відбудова'],
  ['pohoda', 'Погода'],
  ['mistseve-samovriaduvannia', 'Місцеве самоврядування'],
  ['derzhbiudzhet', 'Державний бюджет'],
  ['natsionalni-zbory', 'Національні збори'],
  ['podatky', 'Податки'],
  ['opozytsiia', 'Опозиція'],
  ['pivnichna-mahistral', 'Північна магістраль'],
  ['zaliznytsia', 'Залізниця'],
  ['infrastruktura', 'Інфраструктура'],
  ['kvilstoun-labs', 'Quillstone Labs'],
  ['startapy', 'Стартапи'],
  ['zakhyst-danykh', 'Захист даних'],
  ['suputnykovi-dani', 'Супутникові дані'],
  ['natsbank', 'Національний банк'],
  ['infliatsiia', 'Інфляція'],
  ['ahrosektor', 'Аграрний сектор'],
  ['rynok-pratsi', 'Ринок праці'],
  ['osvita', 'Освіта'],
  ['medytsyna', 'Медицина'],
  ['kino', 'Кіно'],
  ['knyzhky', 'Книжки'],
  ['muzei', 'Музеї'],
  ['muzyka', 'Музика'],
  ['transport', 'Транспорт'],
];

export const TAGS_RU: [slug: string, name: string][] = [
  ['navodnenie', 'Наводнение'],
  ['nizhnyaya-vessa', 'Нижняя Весса'],
  ['spasateli', 'Спасатели'],
  ['vosstanovlenie', 'Восстановление'],
  ['gosbyudzhet', 'Государственный бюджет'],
  ['natsionalnoe-sobranie', 'Национальное собрание'],
  ['oppozitsiya', 'Оппозиция'],
  ['severnaya-magistral', 'Северная магистраль'],
  ['zheleznye-dorogi', 'Железные дороги'],
  ['infrastruktura-ru', 'Инфраструктура'],
  ['kvillstoun-labs', 'Quillstone Labs'],
  ['sputnikovye-dannye', 'Спутниковые данные'],
  ['natsionalnyy-bank', 'Национальный банк'],
  ['inflyatsiya', 'Инфляция'],
  ['energetika', 'Энергетика'],
  ['obrazovanie', 'Образование'],
  ['zdravookhranenie', 'Здравоохранение'],
  ['literatura', 'Литература'],
  ['muzyka-ru', 'Музыка'],
  ['muzei-ru', 'Музеи'],
];

/** The edition of every tag, by slug; the build refuses a tag of another edition than its article's. */
export const TAG_LANGUAGE: ReadonlyMap<string, 'en' | 'uk' | 'ru'> = (() => {
  const map = new Map<string, 'en' | 'uk' | 'ru'>();
  for (const [language, tags] of [
    ['en', TAGS],
    ['uk', TAGS_UK],
    ['ru', TAGS_RU],
  ] as const) {
    for (const [slug] of tags) {
      if (map.has(slug)) throw new Error(`seed: tag slug ${slug} is used twice`);
      map.set(slug, language);
    }
  }
  return map;
})();

/** Site name and tagline of the Ukrainian and Russian editions (Edition.siteName / tagline). */
export const EDITION_TEXTS: Record<'uk' | 'ru', { siteName: string; tagline: string }> = {
  uk: { siteName: 'Девʼятий меридіан', tagline: 'Незалежні новини з усієї країни українською' },
  ru: { siteName: 'Девятый меридиан', tagline: 'Независимые новости со всей страны на русском языке' },
};

/** Invented outlets and institutions that articles attribute their reports to. */
export const OUTLETS: Record<string, { name: string; url: string }> = {
  'vessa-today': { name: 'Vessa Today', url: 'https://vessatoday.example.com' },
  'rtv-north': { name: 'RTV North', url: 'https://rtvnorth.example.org' },
  assembly: { name: 'National Assembly press service', url: 'https://assembly.example.org' },
  'finance-ministry': { name: 'Ministry of Finance', url: 'https://finance.example.org' },
  kbr: { name: 'Korvana Business Review', url: 'https://kbr.example.com' },
  'rail-monitor': { name: 'Rail & Transit Monitor', url: 'https://railmonitor.example.com' },
  techpulse: { name: 'TechPulse', url: 'https://techpulse.example.com' },
  emergency: { name: 'State Emergency Service', url: 'https://emergency.example.org' },
  'national-bank': { name: 'National Bank', url: 'https://nationalbank.example.org' },
  stats: { name: 'State Statistics Office', url: 'https://stats.example.org' },
  courier: { name: 'The Evening Courier', url: 'https://eveningcourier.example.com' },
  'culture-weekly': { name: 'Culture Weekly', url: 'https://cultureweekly.example.com' },
  'pellin-gazette': { name: 'Pellin Gazette', url: 'https://pellingazette.example.com' },
  'data-commissioner': { name: 'Data Protection Commissioner', url: 'https://dataprotection.example.org' },
  'infra-ministry': { name: 'Ministry of Infrastructure', url: 'https://infrastructure.example.org' },
  'health-ministry': { name: 'Ministry of Health', url: 'https://health.example.org' },
  hydromet: { name: 'National Hydrometeorological Centre', url: 'https://hydromet.example.org' },
  'fiscal-council': { name: 'Fiscal Council', url: 'https://fiscalcouncil.example.org' },
  'the-lowland-post': { name: 'The Lowland Post', url: 'https://lowlandpost.example.com' },
  'ninth-meridian': { name: 'The Ninth Meridian', url: 'https://example.org' },
};

/** The outlets' names in the Ukrainian and Russian editions (brand names stay in Latin letters). */
const OUTLET_NAMES: Record<'uk' | 'ru', Record<string, string>> = {
  uk: {
    'vessa-today': 'Весса сьогодні',
    'rtv-north': 'РТВ «Північ»',
    assembly: 'Прес-служба Національних зборів',
    'finance-ministry': 'Міністерство фінансів',
    kbr: 'Korvana Business Review',
    'rail-monitor': 'Rail & Transit Monitor',
    techpulse: 'TechPulse',
    emergency: 'Державна служба з надзвичайних ситуацій',
    'national-bank': 'Національний банк',
    stats: 'Державне статистичне управління',
    courier: 'Вечірній курʼєр',
    'culture-weekly': 'Culture Weekly',
    'pellin-gazette': 'Пеллінська газета',
    'data-commissioner': 'Уповноважений із захисту даних',
    'infra-ministry': 'Міністерство інфраструктури',
    'health-ministry': 'Міністерство охорони здоровʼя',
    hydromet: 'Національний гідрометеорологічний центр',
    'fiscal-council': 'Фіскальна рада',
    'the-lowland-post': 'The Lowland Post',
    'ninth-meridian': 'Девʼятий меридіан',
  },
  ru: {
    'vessa-today': 'Весса сегодня',
    'rtv-north': 'РТВ «Север»',
    assembly: 'Пресс-служба Национального собрания',
    'finance-ministry': 'Министерство финансов',
    kbr: 'Korvana Business Review',
    'rail-monitor': 'Rail & Transit Monitor',
    techpulse: 'TechPulse',
    emergency: 'Государственная служба по чрезвычайным ситуациям',
    'national-bank': 'Национальный банк',
    stats: 'Государственное статистическое управление',
    courier: 'Вечерний курьер',
    'culture-weekly': 'Culture Weekly',
    'pellin-gazette': 'Пеллинская газета',
    'data-commissioner': 'Уполномоченный по защите данных',
    'infra-ministry': 'Министерство инфраструктуры',
    'health-ministry': 'Министерство здравоохранения',
    hydromet: 'Национальный гидрометеорологический центр',
    'fiscal-council': 'Фискальный совет',
    'the-lowland-post': 'The Lowland Post',
    'ninth-meridian': 'Девятый меридиан',
  },
};

/** An outlet's name as an article of the given edition attributes it. */
export function outletName(key: string, language: 'en' | 'uk' | 'ru'): string {
  const name = language === 'en' ? OUTLETS[key]?.name : OUTLET_NAMES[language][key];
  if (!name) throw new Error(`seed: outlet ${key} has no ${language} name`);
  return name;
}

export const SOCIAL_LINKS = [
  { network: 'instagram', label: 'Instagram', url: 'https://instagram.example.com/theninthmeridian' },
  { network: 'facebook', label: 'Facebook', url: 'https://facebook.example.com/theninthmeridian' },
  { network: 'x', label: 'X', url: 'https://x.example.com/ninthmeridian' },
  { network: 'telegram', label: 'Telegram', url: 'https://telegram.example.com/ninthmeridian' },
  { network: 'youtube', label: 'YouTube', url: 'https://youtube.example.com/@theninthmeridian' },
];

const DAY = 24 * 60 * 60 * 1000;

/** Ad campaigns; dates are relative to the moment of seeding. */
export function adCampaigns(now: Date) {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  return [
    {
      name: 'Greenhollow Credit Union: local savings',
      placement: 'INLINE' as const,
      headline: 'A savings account that stays in the valley',
      body: 'Greenhollow Credit Union has lent to Vessa valley families and firms since 1994. Open an account online in ten minutes.',
      linkUrl: 'https://example.com/greenhollow/savings',
      linkLabel: 'Open an account',
      sponsor: 'Greenhollow Credit Union',
      image: 'ad-greenhollow',
      active: true,
      startsAt: at(-20),
      endsAt: at(40),
      weight: 3,
      language: 'en',
    },
    {
      name: 'Tidewater Ferries: winter timetable',
      placement: 'INLINE' as const,
      headline: 'Island crossings every day this winter',
      body: 'Four sailings a day between Ostrel and the Varnitsa islands, with cabins on the evening boat.',
      linkUrl: 'https://example.com/tidewater/winter',
      linkLabel: 'See the timetable',
      sponsor: 'Tidewater Ferries',
      image: 'ad-tidewater',
      active: true,
      startsAt: at(-5),
      endsAt: at(60),
      weight: 2,
      language: 'en',
    },
    {
      name: 'Kalden Outdoor: winter boots',
      placement: 'INLINE' as const,
      headline: 'Boots made for the Kalden ridge',
      body: 'Waterproof, resoleable and made in Tesk. Free repairs for the first three winters.',
      linkUrl: 'https://example.com/kalden-outdoor/boots',
      linkLabel: 'Shop boots',
      sponsor: 'Kalden Outdoor',
      image: null,
      active: true,
      startsAt: null,
      endsAt: null,
      weight: 1,
      language: 'en',
    },
    {
      name: 'Lantern Books: Amber Quill shortlist',
      placement: 'AFTER_BODY' as const,
      headline: 'Read the whole Amber Quill shortlist',
      body: 'All six shortlisted novels, in one bundle, delivered anywhere in the country.',
      linkUrl: 'https://example.com/lantern-books/amber-quill',
      linkLabel: 'Get the bundle',
      sponsor: 'Lantern Books',
      image: null,
      active: true,
      startsAt: at(-10),
      endsAt: at(30),
      weight: 1,
      language: 'en',
    },
    {
      name: 'Korvana Philharmonic: winter season',
      placement: 'SIDEBAR' as const,
      headline: 'The winter season at the Philharmonic',
      body: 'Twelve concerts from December to March, with student tickets at a third of the price.',
      linkUrl: 'https://example.com/korvana-philharmonic/season',
      linkLabel: 'Book tickets',
      sponsor: 'Korvana Philharmonic',
      image: 'ad-tidewater',
      active: true,
      startsAt: at(-3),
      endsAt: at(90),
      weight: 1,
      language: 'en',
    },
    {
      name: 'Greenhollow Credit Union: spring mortgages (paused)',
      placement: 'INLINE' as const,
      headline: 'Spring mortgage rates',
      body: 'Paused by the advertiser; must never be shown.',
      linkUrl: 'https://example.com/greenhollow/mortgages',
      linkLabel: 'Learn more',
      sponsor: 'Greenhollow Credit Union',
      image: 'ad-greenhollow',
      active: false,
      startsAt: null,
      endsAt: null,
      weight: 5,
      language: 'en',
    },
    {
      name: 'Pellin Harvest Fair (ended)',
      placement: 'INLINE' as const,
      headline: 'The Pellin Harvest Fair is back',
      body: 'Ended before the seed ran; must never be shown.',
      linkUrl: 'https://example.com/pellin-harvest-fair',
      linkLabel: 'Plan your visit',
      sponsor: 'Pellin Harvest Fair',
      image: null,
      active: true,
      startsAt: at(-45),
      endsAt: at(-3),
      weight: 5,
      language: 'en',
    },
    // The Ukrainian and Russian editions' own advertisers' copy (written for the demo).
    {
      name: 'Tidewater Ferries: зимовий розклад',
      placement: 'INLINE' as const,
      headline: 'Щодня на острови цієї зими',
      body: 'Чотири рейси на день між Острелем і островами Варніца, з каютами на вечірньому поромі.',
      linkUrl: 'https://example.com/tidewater/winter-uk',
      linkLabel: 'Переглянути розклад',
      sponsor: 'Tidewater Ferries',
      image: 'ad-tidewater',
      active: true,
      startsAt: at(-5),
      endsAt: at(60),
      weight: 2,
      language: 'uk',
    },
    {
      name: 'Lantern Books: комплект «Бурштинового пера»',
      placement: 'INLINE' as const,
      headline: 'Увесь короткий список «Бурштинового пера»',
      body: 'Шість романів короткого списку в одному комплекті, з доставкою в будь-яке місто країни.',
      linkUrl: 'https://example.com/lantern-books/amber-quill-uk',
      linkLabel: 'Замовити комплект',
      sponsor: 'Lantern Books',
      image: null,
      active: true,
      startsAt: at(-10),
      endsAt: at(30),
      weight: 1,
      language: 'uk',
    },
    {
      name: 'Korvana Philharmonic: зимовий сезон',
      placement: 'SIDEBAR' as const,
      headline: 'Зимовий сезон у філармонії',
      body: 'Дванадцять концертів із грудня до березня; студентські квитки коштують третину ціни.',
      linkUrl: 'https://example.com/korvana-philharmonic/season-uk',
      linkLabel: 'Купити квитки',
      sponsor: 'Korvana Philharmonic',
      image: 'ad-tidewater',
      active: true,
      startsAt: at(-3),
      endsAt: at(90),
      weight: 1,
      language: 'uk',
    },
    {
      name: 'Greenhollow Credit Union: сбережения',
      placement: 'INLINE' as const,
      headline: 'Сберегательный счёт, который остаётся в долине',
      body: 'Кредитный союз «Гринхоллоу» с 1994 года кредитует семьи и предприятия долины Весса. Счёт открывается онлайн за десять минут.',
      linkUrl: 'https://example.com/greenhollow/savings-ru',
      linkLabel: 'Открыть счёт',
      sponsor: 'Greenhollow Credit Union',
      image: 'ad-greenhollow',
      active: true,
      startsAt: at(-20),
      endsAt: at(40),
      weight: 2,
      language: 'ru',
    },
    {
      name: 'Korvana Philharmonic: зимний сезон',
      placement: 'SIDEBAR' as const,
      headline: 'Зимний сезон в филармонии',
      body: 'Двенадцать концертов с декабря по март; студенческие билеты стоят треть цены.',
      linkUrl: 'https://example.com/korvana-philharmonic/season-ru',
      linkLabel: 'Купить билеты',
      sponsor: 'Korvana Philharmonic',
      image: 'ad-tidewater',
      active: true,
      startsAt: at(-3),
      endsAt: at(90),
      weight: 1,
      language: 'ru',
    },
  ];
}

/** Demo corrections and editor's notes: [article slug, kind, text, days after publication]. */
export const CORRECTIONS: [string, 'CORRECTION' | 'NOTE', string, number][] = [
  [
    'rail-route-consultation-draws-6000-submissions',
    'CORRECTION',
    'An earlier version of this article said the ministry had hired 20 people to classify the submissions. It has hired 30.',
    1,
  ],
  ['rail-route-consultation-draws-6000-submissions', 'NOTE', 'The consultation was later extended by two weeks; the figures here are those of its first week.', 3],
];
