import type { ArticleSeed } from './types.ts';

/** The article that uses every block type; the front-page lead. */
export const SHOWCASE_SLUG = 'explainer-how-the-northern-rail-link-will-cross-the-vessa-valley';
/** Unpublished: must never reach a public page, feed, sitemap or search. */
export const DRAFT_SLUG = 'marlovo-embankment-not-fully-inspected-since-2017';
/** Submitted for review, unpublished. */
export const IN_REVIEW_SLUG = 'quillstone-labs-in-talks-to-buy-skyloom';
/** Scheduled about a day after seeding; publishedAt is null until then. */
export const SCHEDULED_SLUG = 'budget-second-reading-what-to-watch';

export const SPECIAL: ArticleSeed[] = [
  {
    slug: SHOWCASE_SLUG,
    title: 'Explainer: how the Northern Rail Link will cross the Vessa valley',
    standfirst: "The flood has changed the plans for the country's biggest railway project. Here is what will be built, where, when, and for how much.",
    section: 'news',
    tags: ['northern-rail-link', 'floods', 'infrastructure'],
    authors: ['daniel-voss', 'olena-marsh'],
    at: [0, '10:30'],
    hero: 'rail',
    heroCaption: 'The Northern Rail Link will run 214 kilometres from Korvana to the coast. Illustrative image',
    source: 'infra-ministry',
    citing: 'rail-monitor',
    featured: true,
    updated: 1,
    body: [
      {
        details:
          'The Northern Rail Link is a 214 kilometre double-track railway between Korvana and the Port of Ostrel, designed for passenger trains at up to **200 km/h** and for heavy freight. Its first construction contract was signed on {weekday}.',
      },
      'The line will cut the journey from the capital to the coast from 3 hours 40 minutes to about 1 hour 25 minutes. Freight trains, which today share a slow, winding line with passenger services, will get a route of their own for most of the way. The full project documents are published by the [Ministry of Infrastructure](https://infrastructure.example.org/northern-rail-link).',
      'The hardest part is in the middle: the crossing of the Vessa valley near Drevna, which was under water only weeks ago.',
      {
        quote: 'An embankment across a floodplain is a dam with trains on it. After what we saw this month, nobody wanted to build one.',
        by: 'Edita Sarn, director of the Northern Rail Link project',
        context: 'explaining the switch to a viaduct',
      },
      'ad',
      { sub: 'The route, section by section' },
      {
        ordered: true,
        list: [
          '**Korvana–Pellin** (68 km): mostly flat farmland; contract signed with the Norvane–Trellis consortium.',
          '**Pellin–Drevna** (54 km): includes the 3 km *Vessa viaduct*, redesigned after the flood.',
          '**Drevna–Kalden ridge** (37 km): a 6 km tunnel, now being surveyed by geologists.',
          "**Kalden ridge–Ostrel** (55 km): descends to the coast and joins the port's freight yards.",
        ],
      },
      {
        image: 'bridge',
        alt: 'Illustration of an arch bridge over a river at dusk, standing in for the planned Vessa viaduct',
        caption: 'The Vessa viaduct will carry the line on piers above the floodplain, letting floodwater pass underneath.',
        credit: 'Illustration: The Ninth Meridian',
      },
      { sub: 'Why a viaduct and not an embankment' },
      "The original design carried the line across the floodplain on an earth embankment pierced by culverts. Engineers now say such a bank would have acted as a barrier during this month's flood, pushing water towards Drevna. The viaduct adds about *380 million crowns* to the cost but is designed to survive a one-in-500-year flood.",
      { label: 'Cost', text: 'About 14.4 billion crowns in total, of which the Continental Reconstruction Bank has offered to lend 5 billion over 25 years.' },
      { label: 'Timetable', text: 'Construction of the first section begins next summer; trains to Pellin are promised within four years and to Ostrel by the early 2030s.' },
      {
        embed: 'other',
        url: 'https://maps.example.org/embed/northern-rail-link',
        title: 'Interactive map of the Northern Rail Link route (Ministry of Infrastructure)',
      },
      'Still undecided: whether Hollin and Tesk get stations, and where exactly the Pellin station will stand. The ministry has promised its answers to the route consultation within two months.',
    ],
    background: [
      ['government-picks-central-route-for-northern-rail-link', 'The government chose the central route through Pellin and the Vessa valley on {date}.'],
      ['reconstruction-bank-offers-loan-for-northern-rail-link', 'The Continental Reconstruction Bank offered a 5 billion crown loan for the line.'],
      ['flood-damage-to-vessa-rail-bridge-delays-freight', 'The flood damaged the existing rail bridge at Drevna, diverting freight trains.'],
      ['rail-link-design-adds-flood-proof-viaduct', 'The project replaced the planned embankment with a viaduct on {date}.'],
      ['infrastructure-minister-signs-first-rail-link-contract', 'The first construction contract was signed with the Norvane–Trellis consortium.'],
    ],
  },
  {
    slug: DRAFT_SLUG,
    title: 'Marlovo embankment had not been fully inspected since 2017, documents show',
    standfirst: 'Inspection records seen by The Ninth Meridian suggest that the section of embankment that failed near Brodek was last surveyed in full nine years ago.',
    section: 'news',
    tags: ['floods', 'lower-vessa', 'infrastructure'],
    authors: ['olena-marsh'],
    at: [0, '16:00'],
    hero: 'flood',
    source: 'ninth-meridian',
    status: 'DRAFT',
    body: [
      { details: 'DRAFT, NOT FOR PUBLICATION: figures still to be checked with the State Water Agency before this runs.' },
      "The State Water Agency's own schedule requires a full survey of every flood embankment every five years, including drilling to test the core. The records show the Brodek section received only visual inspections after 2017.",
      { quote: 'We are waiting for the agency to respond to our questions.', by: 'Placeholder, to be replaced' },
    ],
    background: [['audit-ordered-of-tesk-reservoir-releases', 'An audit of releases from the Tesk reservoir has been ordered.']],
  },
  {
    slug: IN_REVIEW_SLUG,
    title: 'Quillstone Labs in talks to buy drone-mapping firm Skyloom',
    standfirst: 'The satellite-data company is negotiating to buy a smaller rival that maps farmland and flood damage with drones, two people familiar with the talks said.',
    section: 'technology',
    tags: ['quillstone-labs', 'startups'],
    authors: ['daniel-voss'],
    at: [0, '15:00'],
    hero: 'circuit',
    source: 'techpulse',
    status: 'IN_REVIEW',
    body: [
      { details: 'Skyloom, based in Pellin, employs about 35 people. The talks are at an early stage and may not lead to a deal, the people said.' },
      "Quillstone declined to comment. Skyloom's founder did not respond to a request for comment.",
    ],
    background: [['quillstone-labs-raises-series-b', 'Quillstone raised 1.4 billion crowns led by Harbourlight Ventures.']],
  },
  {
    slug: SCHEDULED_SLUG,
    title: 'What to watch as the budget returns for its second reading',
    standfirst: "Teachers' pay, the flood fund and a fight over regional investment: the questions that will decide how the 2027 budget ends up.",
    section: 'politics',
    tags: ['state-budget', 'national-assembly'],
    authors: ['tomas-berendt'],
    at: [-1, '08:00'],
    hero: 'parliament',
    source: 'assembly',
    status: 'SCHEDULED',
    body: [
      { details: 'The National Assembly begins the second reading of the 2027 budget this morning. A final vote is expected by the end of the week.' },
      "The budget committee has already approved the teachers' pay rise and the first year of the Lower Vessa reconstruction fund. Both are expected to pass comfortably.",
      { sub: 'Three things to watch' },
      {
        ordered: true,
        list: [
          "Whether any coalition deputies back the opposition's plan to move 6 billion crowns into regional investment.",
          'Whether the general reserve is raised above 1.5 billion crowns, as the committee chair has suggested.',
          "How many of the 400-odd deputies' amendments survive.",
        ],
      },
    ],
    background: [
      ['budget-committee-backs-reconstruction-fund-amendment', 'The budget committee backed the reconstruction fund amendment unanimously.'],
      ['deputies-file-amendments-before-budget-second-reading', 'Deputies filed 412 amendments before the second reading.'],
    ],
  },
];
