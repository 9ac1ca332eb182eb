import type { ArticleSeed } from './types.ts';

/** Opinion columns by the desk's own writers. */
export const OPINION: ArticleSeed[] = [
  {
    slug: 'opinion-a-flood-is-a-test-of-the-states-memory',
    title: 'Opinion: A flood is a test of the state\'s memory',
    standfirst:
      'The Vessa has flooded before. What matters now is whether anyone wrote down what went wrong last time, and whether anyone reads it.',
    section: 'opinion',
    tags: ['floods', 'lower-vessa', 'local-government'],
    authors: ['olena-marsh'],
    at: [11, '08:00'],
    hero: 'editorial',
    source: 'ninth-meridian',
    body: [
      'I was nine in 1998, and what I remember of that flood is the smell of my grandmother\'s kitchen afterwards and the fact that nobody ever explained why the embankment at Brodek gave way. This month it gave way again, in almost the same place.',
      'To be fair to the people in charge, a great deal went right. Nobody drowned. Evacuations were ordered early and, for the most part, obeyed. The emergency service used **satellite flood maps** that did not exist a decade ago, and councils opened shelters within hours.',
      'But a flood is not only a test of how fast a state can react. It is a test of whether it remembers. After 1998, a commission wrote a 300-page report with 46 recommendations. I have read it. Some were carried out. Others, including a full survey of the embankments south of Marlovo, appear to have been quietly dropped when the money ran out.',
      { sub: 'Write it down, then check' },
      'The government has declared an emergency, released money for families and promised a full review once the water has gone. All of that is welcome. What it has not promised is to publish, every year, a simple table: what the review recommends, which recommendations have been carried out, and which have not.',
      'That table would cost almost nothing. It would also be the best protection the valley could have against the next flood, because the next one will come, and by then most of the people now in charge will have moved on.',
    ],
    background: [
      ['vessa-bursts-banks-villages-near-marlovo-evacuated', 'The Vessa broke through an embankment near Brodek on {date}.'],
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The government declared a state of emergency in four districts.'],
    ],
  },
  {
    slug: 'opinion-budget-needs-a-plan-for-the-next-flood',
    title: 'Opinion: The budget needs a plan for the next flood, not the last one',
    standfirst:
      'A larger reserve fund is sensible. A budget that treats floods as a surprise every time is not.',
    section: 'opinion',
    tags: ['state-budget', 'floods'],
    authors: ['iryna-salk'],
    at: [8, '08:15'],
    hero: 'editorial',
    source: 'ninth-meridian',
    body: [
      'The chair of the budget committee is right that next year\'s reserve fund is too small. But a bigger reserve only answers the question of how to pay after the water arrives. It says nothing about paying so that less water arrives.',
      'Flood defences are a textbook case of spending that politicians undervalue. The benefits are invisible in any year without a flood, and the costs are immediate. In the draft budget, spending on river management is *lower* in real terms than it was five years ago.',
      'There is a better approach. The Fiscal Council could be asked to estimate, each year, the expected annual cost of floods, fires and droughts, the way insurers do. That number should appear in the budget next to the spending meant to reduce it.',
      {
        quote: 'Every half a point of growth the economy does not deliver is roughly four billion crowns of revenue the budget will not get.',
        by: 'Lukas Perr, Centre for Fiscal Studies',
        context: 'on the draft budget\'s optimism',
      },
      'Mr Perr was talking about growth forecasts, but the logic is the same. Budgets that assume the good case are not prudent, however tight the spending cap. The Vessa has now shown twice in thirty years what the bad case costs.',
    ],
    background: [
      ['flood-costs-force-rethink-of-budget-reserve', 'The budget committee chair said the flood had exhausted most of this year\'s reserve.'],
      ['draft-budget-assumes-growth-and-deficit', 'The draft budget assumes growth of 2.8%.'],
    ],
  },
  {
    slug: 'opinion-rail-link-will-be-judged-on-its-stations',
    title: 'Opinion: The rail link will be judged on its stations, not its speed',
    standfirst:
      'An hour and a half from Korvana to Ostrel is a fine headline. Whether the line changes anyone\'s life depends on where it stops.',
    section: 'opinion',
    tags: ['northern-rail-link', 'railways'],
    authors: ['daniel-voss'],
    at: [4, '07:50'],
    hero: 'editorial',
    source: 'ninth-meridian',
    body: [
      'Every new railway is sold on its end-to-end journey time. The Northern Rail Link is no exception: 1 hour 25 minutes from the capital to the coast, down from well over three hours.',
      'But few people travel from one end of a line to the other. Most travel a piece of it. That is why the most important decisions about the line are not about speed but about stations, and they are being made now, in a consultation most people have not heard of.',
      'The current plan has only two intermediate stops, at Pellin and Drevna. Hollin and Tesk, with a combined population of about 60,000, would watch trains pass at 200 km/h. Each extra stop costs about four minutes. I would happily trade eight minutes for two towns.',
      { sub: 'Build the stations people can walk to' },
      'The other question is where the stations go. Pellin\'s is planned three kilometres from the town centre, next to the motorway, because land there is cheap. Stations built in fields tend to stay in fields. The extra cost of a central site is small compared with the 14 billion crowns of the whole project.',
      'The consultation is still open. If you live near the route, say so.',
    ],
    background: [
      ['government-picks-central-route-for-northern-rail-link', 'The government chose the central route for the Northern Rail Link on {date}.'],
      ['rail-route-consultation-draws-6000-submissions', 'Towns along the route have asked for stations in the consultation.'],
    ],
  },
  {
    slug: 'opinion-satellite-data-is-public-infrastructure',
    title: 'Opinion: Satellite data is public infrastructure. Regulate it like one',
    standfirst:
      'The same pictures that helped evacuate a valley can be used to raise a family\'s insurance premium. The law should know the difference.',
    section: 'opinion',
    tags: ['satellite-data', 'data-protection', 'quillstone-labs'],
    authors: ['daniel-voss'],
    at: [1, '08:05'],
    hero: 'editorial',
    source: 'ninth-meridian',
    body: [
      'During the flood, maps made from satellite radar showed rescuers which roads were still dry. Days later the country\'s data protection commissioner opened an inquiry into whether the same company\'s sharper images of people\'s homes were being misused. Both stories are true, and they are about the same technology.',
      'It would be a mistake to treat this as a question about one start-up. Quillstone Labs has behaved better than many would: it paused its riskiest product without being told to. The question is what rules any company should follow when it can photograph every garden in the country every few days.',
      'A sensible law would do three things:',
      {
        list: [
          'Treat high-resolution images linked to an address as personal data, with the rights that follow.',
          'Require anyone who uses such images to make a decision about a person, such as an insurance premium, to tell them.',
          'Guarantee that emergency services and public bodies can get flood, fire and crop imagery on fair terms in a disaster.',
        ],
        ordered: true,
      },
      'The Assembly\'s digital committee has four months to draft a bill. It should resist both the urge to ban and the urge to shrug.',
    ],
    background: [
      ['quillstone-flood-maps-used-to-plan-evacuation-routes', 'Quillstone\'s flood maps were used to plan evacuation routes on {date}.'],
      ['digital-committee-to-draft-satellite-data-rules', 'The Assembly\'s digital committee is drafting rules on commercial satellite data.'],
    ],
  },
];
