import type { ArticleSeed } from './types.ts';

/** Thread: the Northern Rail Link between Korvana and the Port of Ostrel. */
export const RAIL: ArticleSeed[] = [
  {
    slug: 'government-picks-central-route-for-northern-rail-link',
    title: 'Government picks the central route for the Northern Rail Link',
    standfirst: 'The new line between Korvana and the Port of Ostrel will run through Pellin and cross the Vessa valley near Drevna, the infrastructure ministry has decided.',
    section: 'economics',
    tags: ['northern-rail-link', 'railways', 'infrastructure'],
    authors: ['daniel-voss'],
    at: [15, '10:25'],
    hero: 'rail',
    source: 'infra-ministry',
    citing: 'rail-monitor',
    body: [
      {
        details:
          'The chosen route is 214 kilometres long and designed for passenger trains at up to 200 km/h. It would cut the journey between Korvana and Ostrel from 3 hours 40 minutes to about 1 hour 25 minutes.',
      },
      'The ministry compared three options. The western route along the coast was cheaper but slower; the eastern route avoided the Vessa valley but needed two long tunnels. The central route needs one tunnel of about 6 kilometres under the Kalden ridge.',
      'The estimated cost of the central route is 14 billion crowns. The government hopes to finance about a third of it with a loan from the Continental Reconstruction Bank.',
      {
        quote: "This line will put the country's largest port an hour and a half from its capital. Most of the people who will use it have not yet been born.",
        by: 'Lena Kovalik, Minister of Infrastructure',
      },
      'A [public consultation](https://infrastructure.example.org/northern-rail-link/consultation) on the detailed alignment opens next week and will run for *30 days*.',
    ],
  },
  {
    slug: 'pellin-farmers-object-to-rail-route',
    title: 'Pellin farmers object to the rail route through irrigated land',
    standfirst: "Farmers around Pellin say the Northern Rail Link would cut through the district's irrigation network and divide fields that have been farmed as one for decades.",
    section: 'society',
    tags: ['northern-rail-link', 'agriculture'],
    authors: ['daniel-voss'],
    at: [13, '08:50'],
    hero: 'fields',
    heroCaption: 'Farmland near Pellin. Illustrative image',
    source: 'pellin-gazette',
    body: [
      {
        details:
          "About 120 farmers attended a meeting in Pellin's cultural centre organised by the local farmers' cooperative. The proposed alignment crosses 23 kilometres of the district, most of it irrigated vegetable land.",
      },
      'The cooperative wants the line moved about two kilometres east, onto poorer land closer to the existing motorway. Its chair, Stepan Korda, said that would add a few minutes to the journey but save the main irrigation canal.',
      {
        quote: 'Nobody here is against the railway. We are against a railway that is drawn with a ruler on a map of land the ministry has never walked.',
        by: "Stepan Korda, chair of the Pellin Growers' Cooperative",
      },
      'The infrastructure ministry said the alignment was "indicative" and that the consultation was the place to propose changes. It said farmers would be compensated at market value plus 20% for land taken for the line.',
      'The cooperative said it would submit its own survey of the canal network to the consultation.',
    ],
    background: [['government-picks-central-route-for-northern-rail-link', 'The government chose the central route for the Northern Rail Link, through Pellin, on {date}.']],
  },
  {
    slug: 'reconstruction-bank-offers-loan-for-northern-rail-link',
    title: 'Continental Reconstruction Bank offers a 5 billion crown loan for the Northern Rail Link',
    standfirst: 'The development bank has offered a 25-year loan to cover about a third of the cost of the new railway, subject to environmental conditions.',
    section: 'economics',
    tags: ['northern-rail-link', 'infrastructure', 'state-budget'],
    authors: ['iryna-salk', 'daniel-voss'],
    at: [11, '15:30'],
    hero: 'skyline',
    source: 'kbr',
    citing: 'infra-ministry',
    body: [
      {
        details:
          "The loan would have a grace period of five years and an interest rate linked to the bank's own borrowing costs, which the finance ministry said would be about two percentage points below the rate on the country's own bonds.",
      },
      "The bank's conditions include an independent assessment of the line's effect on the Vessa floodplain and a plan for resettling anyone whose home is demolished.",
      {
        quote:
          'We have lent for railways in eleven countries. The ones that worked are the ones where the flood maps and the resettlement plans were done before the first contract, not after.',
        by: 'Henrik Oldani, vice-president of the Continental Reconstruction Bank',
      },
      'The loan must be ratified by the National Assembly. The finance ministry said it expected to submit it in the spring, after the consultation on the route.',
      "The remaining cost would come from the state budget over seven years and from the national railway company's own investment plan.",
    ],
    background: [['government-picks-central-route-for-northern-rail-link', 'The Northern Rail Link is estimated to cost 14 billion crowns.']],
  },
  {
    slug: 'rail-route-consultation-draws-6000-submissions',
    title: 'Rail route consultation draws 6,000 submissions in its first week',
    standfirst: 'Residents, farmers and town councils have sent the infrastructure ministry about 6,000 comments on the alignment of the Northern Rail Link.',
    section: 'news',
    tags: ['northern-rail-link', 'railways', 'local-government'],
    authors: ['daniel-voss'],
    at: [10, '09:45'],
    hero: 'rail',
    source: 'rail-monitor',
    citing: 'infra-ministry',
    body: [
      {
        details: 'The ministry said 61% of the submissions concerned the section around Pellin, 18% the crossing of the Vessa valley and 9% the location of stations.',
      },
      'Several town councils have asked for stations. The plan has intermediate stops only at Pellin and Drevna; Hollin and Tesk both say they should have one too.',
      'The ministry has hired a team of 30 people to read and classify the submissions and promised to publish a summary, with its response to each main issue, within two months of the consultation closing.',
      {
        quote: 'We expected about ten thousand submissions in total. We will probably have that by the end of next week.',
        by: 'Edita Sarn, director of the Northern Rail Link project',
      },
    ],
    background: [
      ['government-picks-central-route-for-northern-rail-link', 'The government chose the central route for the line on {date}.'],
      ['pellin-farmers-object-to-rail-route', "Farmers in Pellin say the route would cut through the district's irrigation network."],
    ],
  },
  {
    slug: 'flood-damage-to-vessa-rail-bridge-delays-freight',
    title: 'Flood damage to the Vessa rail bridge delays freight to Ostrel',
    standfirst:
      'Freight trains to the Port of Ostrel are being diverted on a route 140 kilometres longer after engineers found scour damage to a pier of the rail bridge at Drevna.',
    section: 'news',
    tags: ['railways', 'floods', 'infrastructure'],
    authors: ['daniel-voss', 'olena-marsh'],
    at: [8, '17:20'],
    hero: 'bridge',
    heroCaption: 'A river bridge in the Vessa valley. Illustrative image',
    source: 'rail-monitor',
    citing: 'rtv-north',
    body: [
      {
        details:
          "Divers from the national railway company found that floodwater had washed away part of the riverbed around the bridge's central pier. The bridge carries the only direct line between Korvana and Ostrel.",
      },
      'Passenger trains have been replaced by buses between Drevna and Hollin. Freight trains, mostly carrying grain for export, are running on a detour through the Kalden Highlands that adds about five hours to the journey.',
      'The railway said repairs would take at least six weeks. The pier will be surrounded by a steel cofferdam so that engineers can work in dry conditions.',
      {
        quote: 'The bridge is from 1962. It survived 1998 with less damage than this, and the river then was lower.',
        by: 'Viktor Aram, chief executive of National Railways',
      },
      "The infrastructure ministry said the damage showed why the Northern Rail Link's crossing of the Vessa needed to be designed for larger floods.",
    ],
    background: [
      ['vessa-crest-passes-drevna-weeks-of-pumping-ahead', 'The flood crest passed Drevna on {date}.'],
      ['rail-route-consultation-draws-6000-submissions', 'The consultation on the Northern Rail Link has drawn thousands of submissions, many about the Vessa crossing.'],
    ],
  },
  {
    slug: 'norvane-trellis-preferred-bidder-for-rail-link',
    title: "Norvane–Trellis consortium named preferred bidder for the rail link's first section",
    standfirst: 'A consortium of a domestic and a foreign construction company has offered to build the 68 kilometre section between Korvana and Pellin for 3.9 billion crowns.',
    section: 'economics',
    tags: ['northern-rail-link', 'infrastructure'],
    authors: ['daniel-voss'],
    at: [6, '12:15'],
    hero: 'rail',
    source: 'infra-ministry',
    citing: 'rail-monitor',
    body: [
      {
        details:
          'Four groups bid for the contract. The Norvane–Trellis consortium, made up of Norvane Construction and Trellis Infrastructure, scored highest on both price and technical quality, the ministry said.',
      },
      "Its bid was about 8% below the ministry's own cost estimate for the section. The other bids ranged from 4.2 to 4.8 billion crowns.",
      'Losing bidders have ten days to appeal. If there is no appeal, the ministry expects to sign the contract before the end of the month, with construction starting next summer.',
      {
        quote: 'A low price is only good news if it is still the price at the end. We will be watching the variation orders as closely as the bid.',
        by: 'Dana Holst, opposition deputy',
      },
      'Norvane Construction built the Korvana ring road; Trellis Infrastructure has worked on railways in several neighbouring countries.',
    ],
    background: [
      ['government-picks-central-route-for-northern-rail-link', 'The government chose the route of the line on {date}.'],
      ['reconstruction-bank-offers-loan-for-northern-rail-link', 'The Continental Reconstruction Bank has offered a 5 billion crown loan for the project.'],
    ],
  },
  {
    slug: 'geologists-survey-kalden-tunnel',
    title: 'Geologists begin survey of a 6 kilometre tunnel under the Kalden ridge',
    standfirst: 'Drilling rigs have started taking rock samples along the line of the longest tunnel on the Northern Rail Link.',
    section: 'technology',
    tags: ['northern-rail-link', 'infrastructure', 'railways'],
    authors: ['daniel-voss'],
    at: [4, '10:50'],
    hero: 'mountains',
    heroCaption: 'The Kalden ridge, which the tunnel will pass under. Illustrative image',
    source: 'rail-monitor',
    body: [
      {
        details:
          'The survey will drill 28 boreholes, some more than 300 metres deep, over the next five months. The samples will show what kinds of rock the tunnel-boring machines will meet and where water may flow into the tunnel.',
      },
      'The ridge is mostly limestone and sandstone, with a band of softer clay near its southern edge that engineers want to map in detail. Limestone can contain caves and underground streams, which are among the main risks in tunnelling.',
      {
        quote: 'Most tunnel overruns are geology that nobody looked at closely enough. We would rather spend the money now, with a drill, than later, with a court.',
        by: 'Edita Sarn, director of the Northern Rail Link project',
      },
      'The results will be published, the project said, and bidders for the tunnel contract will receive the full data.',
    ],
    background: [
      ['government-picks-central-route-for-northern-rail-link', 'The central route needs one tunnel of about 6 kilometres.'],
      ['norvane-trellis-preferred-bidder-for-rail-link', 'The Norvane–Trellis consortium was named preferred bidder for the first section.'],
    ],
  },
  {
    slug: 'rail-link-design-adds-flood-proof-viaduct',
    title: 'Rail link design adds a flood-proof viaduct in the Vessa valley',
    standfirst: "The Northern Rail Link will cross the Vessa floodplain on a 3 kilometre viaduct rather than an embankment, after the flood changed the engineers' assumptions.",
    section: 'news',
    tags: ['northern-rail-link', 'floods', 'infrastructure'],
    authors: ['daniel-voss'],
    at: [2, '16:30'],
    hero: 'bridge',
    heroCaption: 'A viaduct over a river valley. Illustrative image',
    source: 'infra-ministry',
    citing: 'vessa-today',
    body: [
      {
        details:
          'The original design carried the line across the floodplain near Drevna on an earth embankment with several culverts. The revised design replaces most of it with a viaduct on piers, which lets floodwater pass underneath.',
      },
      'The change adds about 380 million crowns to the cost of the line. The project team said it also reduces the risk that the railway itself would push floodwater towards Drevna.',
      'The design flood, which the crossing must survive without damage, has been raised from a one-in-100-year event to a one-in-500-year event.',
      {
        quote: 'An embankment across a floodplain is a dam with trains on it. After what we saw this month, nobody wanted to build one.',
        by: 'Edita Sarn, director of the Northern Rail Link project',
      },
      "Drevna's town council, which had opposed the embankment, welcomed the change.",
    ],
    background: [
      ['flood-damage-to-vessa-rail-bridge-delays-freight', 'The existing rail bridge at Drevna was damaged by the flood.'],
      ['rail-route-consultation-draws-6000-submissions', 'Almost a fifth of submissions to the route consultation concerned the Vessa crossing.'],
    ],
  },
  {
    slug: 'infrastructure-minister-signs-first-rail-link-contract',
    title: 'Infrastructure minister signs the first Northern Rail Link contract',
    standfirst: "The contract for the line's first 68 kilometres has been signed with the Norvane–Trellis consortium, with construction due to begin next summer.",
    section: 'economics',
    tags: ['northern-rail-link', 'railways', 'infrastructure'],
    authors: ['daniel-voss'],
    at: [0, '08:40'],
    hero: 'rail',
    source: 'infra-ministry',
    citing: 'rail-monitor',
    updated: 3,
    body: [
      {
        details:
          'The contract is worth 3.9 billion crowns and covers the section between Korvana and Pellin, including the station at Pellin. No losing bidder appealed against the award.',
      },
      'It includes a penalty of 1.5 million crowns for every day of delay beyond the completion date, and a cap on price increases linked to a published index of construction costs.',
      {
        quote: 'The first spade goes into the ground in June. The first train runs to Pellin in four years, and I intend to be on it.',
        by: 'Lena Kovalik, Minister of Infrastructure',
      },
      "The contract and all its annexes will be published on the ministry's website, Ms Kovalik said, except for sections that contain the consortium's pricing formulas.",
      'Tenders for the tunnel under the Kalden ridge and for the Vessa viaduct are expected next year.',
    ],
    background: [
      ['norvane-trellis-preferred-bidder-for-rail-link', 'The Norvane–Trellis consortium was named preferred bidder on {date}.'],
      ['rail-link-design-adds-flood-proof-viaduct', 'The line will now cross the Vessa valley on a viaduct.'],
    ],
  },
];
