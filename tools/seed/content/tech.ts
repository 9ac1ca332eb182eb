import type { ArticleSeed } from './types.ts';

/** Thread: Quillstone Labs, a Korvana satellite-data start-up. */
export const TECH: ArticleSeed[] = [
  {
    slug: 'quillstone-flood-maps-used-to-plan-evacuation-routes',
    title: "Quillstone Labs' flood maps used to plan evacuation routes in Lower Vessa",
    standfirst: 'Emergency crews in the Lower Vessa region have been using near-real-time flood maps made by a Korvana start-up from satellite radar images.',
    section: 'technology',
    tags: ['quillstone-labs', 'satellite-data', 'floods'],
    authors: ['daniel-voss'],
    at: [14, '13:10'],
    hero: 'circuit',
    source: 'techpulse',
    citing: 'emergency',
    body: [
      {
        details:
          'Quillstone Labs processes radar images from commercial satellites, which can see through cloud, into maps of where water is standing. During the flood it has sent the emergency service a new map roughly every six hours, free of charge.',
      },
      'The emergency service said the maps helped it choose which roads to use for evacuation buses and where to send boats first. Before, it relied on reports from crews on the ground and on helicopter flights that were often grounded by the weather.',
      {
        quote: 'A helicopter shows you one village. The radar map shows you the whole valley, and it does not need the rain to stop.',
        by: 'Roman Dudek, State Emergency Service',
      },
      'Quillstone was founded in 2021 by Marta Oleska, a former researcher at the Technical University of Korvana, and employs about 140 people. Its main customers are insurers and agricultural companies.',
      'Ms Oleska said the company had trained its software on floods in other countries and that the Vessa was the first time it had been used "in anger" at home.',
    ],
    background: [['thousands-evacuated-as-floodwater-reaches-drevna', 'About 9,800 people had been evacuated in the Lower Vessa region by {date}.']],
  },
  {
    slug: 'quillstone-labs-raises-series-b',
    title: 'Quillstone Labs raises 1.4 billion crowns led by Harbourlight Ventures',
    standfirst: 'The satellite-data company has closed one of the largest funding rounds for a domestic technology start-up, and says it will use the money to expand abroad.',
    section: 'technology',
    tags: ['quillstone-labs', 'startups'],
    authors: ['daniel-voss'],
    at: [12, '10:00'],
    hero: 'circuit',
    source: 'techpulse',
    citing: 'kbr',
    body: [
      {
        details:
          "The Series B round was led by Harbourlight Ventures, with participation from two pension funds and the company's existing investors. Quillstone did not disclose its valuation, but people familiar with the deal put it at around 7 billion crowns.",
      },
      'Chief executive Marta Oleska said the company would use the money to open sales offices in two neighbouring countries, hire about 150 more engineers and buy time on additional satellites.',
      {
        quote: 'We have shown the maps work. Now we need to show they work for a farmer, a city and an insurer on the same morning.',
        by: 'Marta Oleska, chief executive of Quillstone Labs',
      },
      'Ruth Aldane, a partner at Harbourlight who will join Quillstone\'s board, said the company\'s public role during the flood had "not hurt" the investment case but that the deal had been agreed beforehand.',
      "The round is the second-largest for a domestic start-up on record, after a payments company's raise in 2023.",
    ],
    background: [['quillstone-flood-maps-used-to-plan-evacuation-routes', "Quillstone's flood maps were used by emergency crews during the Vessa flood."]],
  },
  {
    slug: 'data-commissioner-opens-inquiry-into-quillstone-imagery',
    title: "Data protection commissioner opens inquiry into Quillstone's satellite imagery",
    standfirst: 'The commissioner will examine whether high-resolution images of homes and gardens sold by Quillstone Labs amount to personal data.',
    section: 'technology',
    tags: ['quillstone-labs', 'data-protection', 'satellite-data'],
    authors: ['daniel-voss'],
    at: [9, '15:50'],
    hero: 'circuit',
    source: 'data-commissioner',
    citing: 'techpulse',
    body: [
      {
        details:
          "The inquiry follows a complaint from a residents' association in Korvana, whose members found that an insurer had used Quillstone imagery to check the condition of their roofs before renewing policies.",
      },
      'Quillstone sells optical images at a resolution of 30 centimetres, detailed enough to show cars, garden furniture and roof tiles. The company says the images cannot identify people.',
      {
        quote: 'A picture of a roof is not a picture of a person. But a picture of a roof, linked to an address and an insurance policy, may well be information about one.',
        by: 'Irena Vost, Data Protection Commissioner',
      },
      'Quillstone said in a [statement](https://quillstone.example.com/press/inquiry) that it would cooperate fully and that its contracts forbid customers from using images to make decisions about individuals without their knowledge.',
      'The commissioner has six months to reach a decision, which can be extended once.',
    ],
    background: [['quillstone-labs-raises-series-b', 'Quillstone Labs raised 1.4 billion crowns in a funding round on {date}.']],
  },
  {
    slug: 'quillstone-labs-to-double-staff',
    title: 'Quillstone Labs to double its staff and open an office in Ostrel',
    standfirst: 'The start-up says it will hire 150 people over the next year, about a third of them at a new office in the port city.',
    section: 'economics',
    tags: ['quillstone-labs', 'startups', 'labour'],
    authors: ['iryna-salk'],
    at: [7, '13:00'],
    hero: 'harbour',
    heroCaption: 'The port of Ostrel. Illustrative image',
    source: 'kbr',
    body: [
      {
        details:
          'The Ostrel office will focus on maritime products: tracking ships, monitoring oil spills and mapping coastal erosion. The company is in talks with the Port of Ostrel authority about a joint project.',
      },
      'Most of the new jobs are for software engineers and data scientists. Quillstone said it would also take on 20 graduates a year from a new course it is funding at the Technical University of Korvana.',
      {
        quote: 'Half our engineers already commute from the coast on Monday and go home on Friday. It made more sense to move the desks than the people.',
        by: 'Jonas Brevik, chief technology officer of Quillstone Labs',
      },
      'Recruiters said the expansion would add to competition for experienced engineers in Korvana, where salaries in the sector rose about 11% this year.',
    ],
    background: [
      ['quillstone-labs-raises-series-b', 'The company raised 1.4 billion crowns led by Harbourlight Ventures.'],
      ['data-commissioner-opens-inquiry-into-quillstone-imagery', "The data protection commissioner has opened an inquiry into Quillstone's high-resolution imagery."],
    ],
  },
  {
    slug: 'quillstone-pauses-sale-of-residential-imagery',
    title: 'Quillstone pauses sale of high-resolution residential imagery during inquiry',
    standfirst: 'The company has stopped selling its most detailed images of residential areas to insurers until the data protection commissioner completes her inquiry.',
    section: 'technology',
    tags: ['quillstone-labs', 'data-protection'],
    authors: ['daniel-voss'],
    at: [5, '10:40'],
    hero: 'skyline',
    source: 'techpulse',
    citing: 'data-commissioner',
    body: [
      {
        details:
          'The pause applies to images at resolutions finer than one metre over areas zoned as residential. Quillstone said it accounts for about 6% of revenue. Flood, crop and industrial imagery is not affected.',
      },
      'Existing customers can keep images they have already bought but may not use them for new decisions about individual properties during the pause, the company said.',
      {
        quote: 'We would rather lose some revenue for a few months than spend years arguing about trust.',
        by: 'Marta Oleska, chief executive of Quillstone Labs',
      },
      'The commissioner\'s office said the pause was "a sensible step" but did not change the scope of its inquiry.',
    ],
    background: [['data-commissioner-opens-inquiry-into-quillstone-imagery', 'The commissioner opened an inquiry into the imagery on {date}.']],
  },
  {
    slug: 'digital-committee-to-draft-satellite-data-rules',
    title: "Assembly's digital committee to draft rules on commercial satellite data",
    standfirst: 'Deputies want a law that sets out who may buy detailed images of private property, and for what.',
    section: 'politics',
    tags: ['satellite-data', 'data-protection', 'national-assembly'],
    authors: ['tomas-berendt', 'daniel-voss'],
    at: [3, '14:55'],
    hero: 'parliament',
    source: 'assembly',
    body: [
      {
        details:
          'The committee on digital affairs voted to set up a working group that will produce a draft bill within four months. It will hear from satellite companies, insurers, the data protection commissioner and civil liberties groups.',
      },
      "The committee chair, Pavlina Dorn of the Farmers' and Regions Party, said existing data protection law was written for databases and cameras, not for images taken from orbit.",
      {
        quote: 'I want these companies to grow here. I also want my constituents to know who is looking at their gardens, and why.',
        by: "Pavlina Dorn, chair of the Assembly's committee on digital affairs",
      },
      'Quillstone Labs said it welcomed clear rules. A group representing insurers warned against "banning tools that help people get paid faster after a disaster".',
    ],
    background: [
      ['data-commissioner-opens-inquiry-into-quillstone-imagery', "The data protection commissioner is investigating Quillstone Labs' residential imagery."],
      ['quillstone-pauses-sale-of-residential-imagery', 'Quillstone paused sales of its most detailed residential images on {date}.'],
    ],
  },
  {
    slug: 'quillstone-launches-riverwatch-early-warning',
    title: 'Quillstone Labs launches Riverwatch early-warning service for municipalities',
    standfirst: 'Town councils will be able to subscribe to flood alerts that combine satellite maps with river-gauge readings and weather forecasts.',
    section: 'technology',
    tags: ['quillstone-labs', 'floods', 'startups'],
    authors: ['daniel-voss'],
    at: [1, '09:30'],
    hero: 'circuit',
    source: 'techpulse',
    updated: 5,
    body: [
      {
        details:
          'Riverwatch will cost councils between 40,000 and 200,000 crowns a year depending on their size. Quillstone said councils in the Lower Vessa region would get it free for three years.',
      },
      "The service sends text and e-mail alerts when models predict that a river will leave its banks in a council's area within 72 hours, with a map of the streets likely to be affected.",
      'The National Hydrometeorological Centre, which issues official flood warnings, said it had not been consulted and that councils should treat commercial alerts as "additional information, not a substitute".',
      {
        quote: 'We are not replacing the official warnings. We are trying to show the mayor which street the warning means.',
        by: 'Marta Oleska, chief executive of Quillstone Labs',
      },
      '**Update:** The Marlovo and Drevna councils said in the afternoon that they would sign up.',
    ],
    background: [
      ['quillstone-flood-maps-used-to-plan-evacuation-routes', "Quillstone's maps were used during the Vessa flood to plan evacuation routes."],
      ['audit-ordered-of-tesk-reservoir-releases', 'An audit of releases from the Tesk reservoir before the flood was ordered on {date}.'],
    ],
  },
];
