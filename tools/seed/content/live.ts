/**
 * The demo live blogs (ADR 017): one of the day's published stories in the
 * English edition and its Ukrainian version, each with a few entries posted
 * between its publication and the moment the seed runs. Text uses the same
 * inline markup as the articles (**bold**, *italic*, links).
 */

export const LIVE_SLUG = 'marlovo-residents-begin-returning-home';
/** The Ukrainian version of LIVE_SLUG (tools/seed/content/uk/flood.ts), live too. */
export const LIVE_SLUG_UK = 'meshkantsi-marlova-povertaiutsia-dodomu';

export interface LiveEntrySeed {
  title: string;
  paragraphs: string[];
  keyEvent?: boolean;
}

/** Oldest first; the seed spreads them evenly between publication and now. */
export const LIVE_ENTRIES: LiveEntrySeed[] = [
  {
    title: 'First buses leave the sports-hall shelter',
    keyEvent: true,
    paragraphs: [
      'Two council buses left the sports hall at the top of Castle Hill with about 90 residents of the Embankment district aboard. Most carried little more than a bag; the council is lending vans for furniture from the afternoon.',
    ],
  },
  {
    title: 'Embankment Street: “the water line is above my knees”',
    paragraphs: [
      'Our reporter on Embankment Street says a brown tide mark runs along the house fronts at about the height of the window sills. Residents are carrying out soaked carpets and stacking them on the pavement for the council lorries.',
      'Volunteers from the parish of St Anne are handing out gloves, masks and bottled water at the corner of Mill Street.',
    ],
  },
  {
    title: 'Engineers mark the first houses red',
    keyEvent: true,
    paragraphs: [
      'Structural engineers have tagged the first houses red, meaning nobody may enter until a full inspection. Owners of red-tagged homes are offered a room in the council’s temporary flats on Linden Avenue.',
    ],
  },
  {
    title: 'Utility: run taps for five minutes',
    paragraphs: [
      'The water utility repeats its advice: tap water in Marlovo is safe to drink, but run each tap for **five minutes** before first use, and throw away ice made before the flood.',
    ],
  },
  {
    title: 'Mill Street must wait until electricians finish',
    paragraphs: [
      'The mayor, Agata Prus, told reporters that Mill Street residents will not be allowed back today. Electricians have checked 40 of the street’s 112 buildings; the council hopes to finish by the end of the week.',
    ],
  },
];

/** The Ukrainian edition's blog: its own reporting of the same morning, oldest first. */
export const LIVE_ENTRIES_UK: LiveEntrySeed[] = [
  {
    title: 'Перші автобуси вирушили від спортзалу',
    keyEvent: true,
    paragraphs: [
      'Від спортивного залу на Замковій горі відʼїхали два міські автобуси, у них близько 90 мешканців Набережної. Більшість узяли з собою лише сумки: по меблі рада обіцяє надіслати фургони після обіду.',
    ],
  },
  {
    title: 'На Набережній вода стояла вище підвіконь',
    paragraphs: [
      'Наша кореспондентка на Набережній вулиці бачить бурий слід на фасадах приблизно на висоті підвіконь. Люди виносять мокрі килими й складають їх уздовж тротуару для міських вантажівок.',
    ],
  },
  {
    title: 'Інженери позначили перші будинки червоним',
    keyEvent: true,
    paragraphs: ['Будинки з червоною позначкою не можна заходити до повного обстеження. Їхнім власникам пропонують кімнати в тимчасових квартирах ради на Липовій алеї.'],
  },
  {
    title: 'Водоканал: перед першим використанням відкрийте кран на пʼять хвилин',
    paragraphs: ['Воду з-під крана в Марлові можна пити, але перед першим використанням кожен кран треба відкрити на **пʼять хвилин**, а лід, заморожений до повені, викинути.'],
  },
];

/** Every demo live blog: its article's slug and entries. */
export const LIVE_BLOGS: { slug: string; entries: LiveEntrySeed[] }[] = [
  { slug: LIVE_SLUG, entries: LIVE_ENTRIES },
  { slug: LIVE_SLUG_UK, entries: LIVE_ENTRIES_UK },
];
