import type { ArticleSeed } from './types.ts';

/** Culture: a film festival, a book prize, a theatre, a music archive. */
export const CULTURE: ArticleSeed[] = [
  {
    slug: 'korvana-film-days-opens-with-debut-feature',
    title: 'Korvana Film Days opens with a debut feature by Lusia Varn',
    standfirst: "The capital's film festival has opened with Low Water, a first feature about a ferry crew on the last day before their route is closed.",
    section: 'culture',
    tags: ['film'],
    authors: ['mira-castellan'],
    at: [14, '19:00'],
    hero: 'theatre',
    heroCaption: 'A cinema stage before a screening. Illustrative image',
    source: 'culture-weekly',
    body: [
      {
        details:
          'The festival runs for six days and shows 94 films from 31 countries. Twelve feature films compete for the main prize, the Golden Lantern, including three from domestic directors.',
      },
      "*Low Water* was shot over 19 days on a working ferry between Ostrel and the Varnitsa islands, with a cast that includes two of the ferry's real crew members. Varn, 31, previously made short documentaries.",
      {
        quote: 'I wanted to make a film about the moment before something ends, when everyone still has to go to work.',
        by: 'Lusia Varn, director',
        context: 'before the opening screening',
      },
      "This year's programme also includes a retrospective of the documentary maker Ivo Rask and a strand of films about work, from mines to call centres.",
      'Festival director Nadia Kerr said ticket sales were 15% higher than last year. The festival is donating the proceeds of its closing-night screening to families affected by the flood in the Lower Vessa region.',
    ],
  },
  {
    slug: 'golden-lantern-awarded-to-the-salt-road',
    title: 'Film Days jury awards the Golden Lantern to "The Salt Road"',
    standfirst: 'A slow, largely wordless film about two brothers driving a salt lorry across the Kalden Highlands has won the main prize at Korvana Film Days.',
    section: 'culture',
    tags: ['film'],
    authors: ['mira-castellan'],
    at: [12, '20:15'],
    hero: 'mountains',
    heroCaption: 'Mountain roads like those in the film. Illustrative image',
    source: 'culture-weekly',
    body: [
      {
        details:
          "*The Salt Road*, directed by Emil Hask, won the Golden Lantern for best film. Lusia Varn's opening film *Low Water* won the prize for best debut, and the audience award went to the comedy *Seven Aunts*.",
      },
      'The jury, chaired by the cinematographer Ada Morrel, said it had chosen *The Salt Road* for "its patience and its trust in the audience". The film has fewer than 200 lines of dialogue in almost two hours.',
      {
        quote: 'My brother and I really did drive that road for a summer. Nobody said much then either.',
        by: 'Emil Hask, director of The Salt Road',
        context: 'accepting the prize',
      },
      'The festival said 41,000 tickets were sold, a record. *The Salt Road* opens in cinemas across the country next month.',
    ],
    background: [['korvana-film-days-opens-with-debut-feature', "The festival opened on {date} with Lusia Varn's debut *Low Water*."]],
  },
  {
    slug: 'amber-quill-prize-shortlist-announced',
    title: 'Amber Quill Prize shortlist includes three debut novelists',
    standfirst: "Six novels are in contention for the country's richest literary award, three of them first books.",
    section: 'culture',
    tags: ['books'],
    authors: ['mira-castellan'],
    at: [10, '19:30'],
    hero: 'museum',
    heroCaption: 'A reading room. Illustrative image',
    source: 'culture-weekly',
    citing: 'courier',
    body: [
      {
        details:
          'The shortlist was chosen from 148 novels published in the past year. The winner will receive 500,000 crowns and a translation grant; each shortlisted author receives 50,000 crowns.',
      },
      {
        list: [
          '*The River Towns* by Lidia Harrow',
          '*A Year of Small Repairs* by Oskar Lem',
          '*Ninety Steps* by Dorota Fenn (debut)',
          "*The Translator's Daughter* by Ilya Marek",
          '*Blue Hour at the Depot* by Sara Vinter (debut)',
          '*Orchard* by Tomas Kell (debut)',
        ],
      },
      'The chair of the judges, the critic Maria Lund, said the panel had been struck by how many of the books were about work: ferry crews, repair shops, a railway depot.',
      {
        quote: 'These are novels about people who keep things running. Perhaps that is what writers have been noticing.',
        by: 'Maria Lund, chair of the Amber Quill judges',
      },
      "The winner will be announced at a ceremony in the National Library in a week's time.",
    ],
  },
  {
    slug: 'municipal-theatre-to-reopen-after-restoration',
    title: 'Korvana Municipal Theatre to reopen after a four-year restoration',
    standfirst: "The city's oldest theatre will reopen next month with restored ceiling paintings, new seats and a stage that can be lowered for orchestras.",
    section: 'culture',
    tags: ['music', 'local-government'],
    authors: ['mira-castellan'],
    at: [7, '18:40'],
    hero: 'theatre',
    source: 'courier',
    body: [
      {
        details:
          'The restoration cost 620 million crowns, about 150 million more than planned, mostly because rot was found in the roof timbers after work began. The city paid two-thirds and the culture ministry the rest.',
      },
      'Restorers spent two years cleaning the painted ceiling, which had been darkened by a century of gas lighting and tobacco smoke. The auditorium has 40 fewer seats than before, to give audiences more legroom.',
      {
        quote: 'The building was closed for four years, and for three of them I was asked every week when it would reopen. It is nice to finally have an answer.',
        by: 'Pavel Sorel, director of the Municipal Theatre',
      },
      'The stage can now be lowered by two metres to form an orchestra pit, which means the Korvana Philharmonic will be able to perform opera there for the first time.',
      'The opening production is a new staging of a nineteenth-century comic opera. Tickets for the first month sold out within a day.',
    ],
  },
  {
    slug: 'folk-song-archive-goes-online',
    title: 'Folk song archive of 9,000 recordings goes online',
    standfirst: 'Recordings made by ethnographers in villages across the country between the 1950s and the 1990s can now be heard for free.',
    section: 'culture',
    tags: ['music', 'museums'],
    authors: ['mira-castellan'],
    at: [5, '19:20'],
    hero: 'fields',
    heroCaption: 'Countryside of the kind where many of the songs were recorded. Illustrative image',
    source: 'culture-weekly',
    body: [
      {
        details:
          "The National Institute of Ethnology digitised about 9,000 recordings from reel-to-reel tapes and wax cylinders over five years. Each recording is tagged with the village, the year and, where known, the singer's name.",
      },
      'About 700 of the recordings are from villages in the Vessa valley, including several that no longer exist because they were flooded when the Tesk reservoir was built in the 1960s.',
      {
        quote: 'Some of these tapes were in a cellar that flooded twice. We copied them just in time.',
        by: 'Yana Dorsk, head of the sound archive at the National Institute of Ethnology',
      },
      'The [collection](https://folkarchive.example.org) can be searched by region, instrument and type of song: work songs, wedding songs, lullabies and laments. Transcriptions of the lyrics are available for about a third of the recordings.',
      'The institute has asked listeners who recognise a singer or a song to get in touch; more than 200 people did so in the first two days.',
    ],
  },
  {
    slug: 'lidia-harrow-wins-amber-quill-prize',
    title: 'Lidia Harrow wins the Amber Quill Prize for a novel about river towns',
    standfirst: "The River Towns, which follows three generations of a family in the Vessa valley, has won the country's leading literary award.",
    section: 'culture',
    tags: ['books', 'lower-vessa'],
    authors: ['mira-castellan'],
    at: [3, '20:00'],
    hero: 'bridge',
    heroCaption: 'A river town at dusk. Illustrative image',
    source: 'culture-weekly',
    body: [
      {
        details:
          'Harrow, 58, was announced as the winner at the National Library. The novel, her fourth, was published in the spring and has been reprinted twice since the flood.',
      },
      'The book moves between a family\'s experience of the 1998 flood, the building of the Tesk dam in the 1960s and the present day. The judges called it "a novel about what a place remembers".',
      {
        quote: "I finished this book about a flood in a year when there wasn't one. I would give the prize back to have kept it that way.",
        by: 'Lidia Harrow',
        context: 'in her acceptance speech',
      },
      'Harrow said she would give part of the prize money to the Museum of the Vessa Valley, whose archive she used for her research.',
    ],
    background: [
      ['amber-quill-prize-shortlist-announced', 'Six novels were shortlisted for the prize on {date}.'],
      ['museum-of-the-vessa-valley-saves-most-of-its-collection', 'The Museum of the Vessa Valley saved most of its collection from its flooded basement.'],
    ],
  },
  {
    slug: 'benefit-concert-for-flood-hit-towns',
    title: 'Benefit concert for flood-hit towns raises 4.6 million crowns',
    standfirst: 'Musicians from across the country played for free at a sold-out concert in Korvana, with proceeds going to families in the Lower Vessa region.',
    section: 'culture',
    tags: ['music', 'floods'],
    authors: ['mira-castellan'],
    at: [2, '18:30'],
    hero: 'theatre',
    source: 'courier',
    body: [
      {
        details:
          'About 9,000 people attended the concert at the Korvana Arena, and a further 1.8 million crowns came from donations during the live broadcast. All money goes to the regional relief fund.',
      },
      'The programme ran from the Korvana Philharmonic to rock bands and a choir of schoolchildren from Marlovo, whose school is still closed.',
      {
        quote: 'The children asked if they could sing the song about the river. We thought about it and decided that yes, they could.',
        by: "Helena Morra, conductor of the Marlovo children's choir",
      },
      'The organisers said they would publish an account of how the money was spent, audited by an independent firm.',
    ],
    background: [
      ['drevna-schools-reopen-marlovo-pupils-bussed', 'Three Marlovo schools remain closed and their pupils are studying in neighbouring towns.'],
      ['volunteers-have-cleaned-1300-flooded-homes', 'Volunteers have helped clean about 1,300 flooded homes.'],
    ],
  },
];
