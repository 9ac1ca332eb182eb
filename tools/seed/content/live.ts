/**
 * The demo live blog (ADR 017): one of the day's published stories, with a
 * few entries posted between its publication and the moment the seed runs.
 * Text uses the same inline markup as the articles (**bold**, *italic*, links).
 */

export const LIVE_SLUG = 'marlovo-residents-begin-returning-home';

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
