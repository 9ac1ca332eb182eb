import type { ArticleSeed } from './types.ts';

/** Society: health, transport, work, volunteers, universities. */
export const SOCIETY: ArticleSeed[] = [
  {
    slug: 'waiting-times-for-hip-replacements-fall',
    title: 'Waiting times for hip replacements fall to nine months',
    standfirst: 'The average wait for a planned hip replacement has fallen by a third in two years, according to the national health insurer.',
    section: 'society',
    tags: ['healthcare'],
    authors: ['mira-castellan'],
    at: [13, '14:40'],
    hero: 'clinic',
    source: 'health-ministry',
    citing: 'courier',
    body: [
      {
        details:
          'The median wait from referral to surgery was 9.1 months in the third quarter, down from 13.8 months two years ago. Knee replacements and cataract operations also got faster, though less dramatically.',
      },
      'The health ministry credits a scheme that pays hospitals a bonus for operations carried out at weekends and allows patients to be treated at any hospital in the country, not only in their own region.',
      'Waits still vary widely, as the [hospital-by-hospital figures](https://health.example.org/waiting-times) show. Patients in Korvana wait about six months; in the Kalden Highlands, where there are fewer orthopaedic surgeons, the median is 14 months.',
      {
        quote: 'A national average is a comfort to nobody in particular. We are now publishing the waits hospital by hospital so patients can choose.',
        by: 'Sofia Brandt, Minister of Health',
      },
      "The patients' association said the figures were encouraging but that many people were not told they could travel for faster treatment.",
    ],
  },
  {
    slug: 'korvana-tram-drivers-plan-warning-strike',
    title: 'Korvana tram drivers plan a two-hour warning strike',
    standfirst: 'Tram drivers in the capital say they will stop work for two hours during the morning rush next week in a dispute over shift patterns.',
    section: 'society',
    tags: ['labour', 'local-government'],
    authors: ['mira-castellan'],
    at: [10, '17:10'],
    hero: 'skyline',
    source: 'courier',
    body: [
      {
        details:
          "The drivers' union said 88% of its members who voted supported the stoppage, on a turnout of 71%. The strike would run from 06:00 to 08:00 and affect all 14 tram lines.",
      },
      'The dispute is about split shifts, in which drivers work the morning and evening peaks with an unpaid break of up to five hours in between. The union wants them limited to two a week.',
      {
        quote: 'Drivers are at the depot at five in the morning and home at nine at night, and they are paid for eight hours of that. Nobody would accept that in an office.',
        by: "Artur Bek, chair of the Korvana Transport Workers' Union",
      },
      'A two-hour stoppage at the morning peak would affect about 180,000 journeys, the city estimates. Buses and the metro would run normally.',
      'The city transport company said it was short of about 90 drivers and that limiting split shifts would mean cutting services. It invited the union to talks.',
    ],
  },
  {
    slug: 'tram-strike-called-off-after-new-shift-rules',
    title: 'Tram strike called off after the city offers new shift rules',
    standfirst: "Korvana's tram drivers have suspended their planned warning strike after the city transport company agreed to limit split shifts.",
    section: 'society',
    tags: ['labour', 'local-government'],
    authors: ['mira-castellan'],
    at: [8, '09:00'],
    hero: 'skyline',
    source: 'courier',
    body: [
      {
        details:
          'Under the deal, no driver will work more than three split shifts a week from February, and the unpaid break between the two halves of a split shift will count as paid time beyond three hours.',
      },
      'The company will also run a recruitment campaign and pay a bonus of 20,000 crowns to new drivers who stay for a year. It says the changes will cost about 45 million crowns a year.',
      {
        quote: 'It is not everything we wanted, but it is the first time in ten years the company has moved on split shifts at all.',
        by: "Artur Bek, chair of the Korvana Transport Workers' Union",
      },
      'Union members will vote on the deal over the next two weeks. The strike will not go ahead while the vote is under way.',
    ],
    background: [['korvana-tram-drivers-plan-warning-strike', 'Tram drivers announced a two-hour warning strike over split shifts on {date}.']],
  },
  {
    slug: 'health-ministry-to-open-rural-clinics',
    title: 'Health ministry to open 14 rural clinics next year',
    standfirst: 'The new clinics, in towns without a permanent family doctor, will be staffed by rotating teams of doctors and nurses.',
    section: 'society',
    tags: ['healthcare', 'local-government'],
    authors: ['mira-castellan'],
    at: [5, '12:50'],
    hero: 'clinic',
    heroCaption: 'A regional clinic. Illustrative image',
    source: 'health-ministry',
    body: [
      {
        details:
          'Nine of the 14 clinics will be in the Kalden Highlands and five in the Lower Vessa region. Each will be open at least four days a week and will offer blood tests, basic imaging and video consultations with specialists.',
      },
      'About 60,000 people live in towns that have had no permanent family doctor for more than a year. Many travel more than 40 kilometres for an appointment.',
      'Doctors who work in the clinics will be paid a 30% supplement and have their travel and accommodation covered.',
      {
        quote: 'We cannot make every young doctor want to live in the mountains. We can make it worth their while to work there two weeks a month.',
        by: 'Sofia Brandt, Minister of Health',
      },
      'The clinics are funded in the 2027 draft budget. The opposition New Direction party has proposed doubling their number.',
    ],
    background: [
      ['opposition-calls-draft-budget-a-spreadsheet-without-a-plan', 'The opposition has called for more spending on rural clinics in the 2027 budget.'],
      ['waiting-times-for-hip-replacements-fall', 'Waits for planned surgery in the Kalden Highlands remain more than twice as long as in Korvana.'],
    ],
  },
  {
    slug: 'volunteers-have-cleaned-1300-flooded-homes',
    title: 'Volunteers have cleaned 1,300 flooded homes, network says',
    standfirst: 'A network of volunteers organised through a messaging group has sent more than 4,000 people to help clean homes in the Lower Vessa region.',
    section: 'society',
    tags: ['floods', 'lower-vessa', 'reconstruction'],
    authors: ['olena-marsh'],
    at: [3, '09:15'],
    hero: 'flood',
    heroCaption: 'Flood-damaged homes in the Lower Vessa region. Illustrative image',
    source: 'vessa-today',
    body: [
      {
        details:
          'The network, called Dry Walls, was set up by three students from Marlovo on the second day of the flood. It matches households that need help with volunteers who register their skills and the days they can come.',
      },
      'Volunteers have carried out furniture and flooring, shovelled mud from basements and helped older residents fill in compensation forms. Electricians and plumbers among them have checked about 400 homes.',
      {
        quote: 'Most people just needed four more pairs of hands for one day. A spreadsheet and a group chat turned out to be enough to find them.',
        by: 'Kira Valen, one of the founders of Dry Walls',
      },
      'The regional government has given the network a room in the Marlovo town hall and is lending it two vans. The emergency service asked volunteers not to enter houses tagged as structurally unsafe.',
    ],
    background: [
      ['vessa-level-at-marlovo-passes-1998-record', 'Two districts of Marlovo were evacuated when the river passed its 1998 record.'],
      ['flooded-families-to-receive-one-off-payment', 'Flooded households are entitled to a one-off payment of 15,000 crowns.'],
    ],
  },
  {
    slug: 'engineering-university-applications-rise',
    title: 'University applications in engineering rise by a quarter',
    standfirst: 'More school leavers are applying to study engineering and computer science, while applications to law and economics have fallen.',
    section: 'society',
    tags: ['education'],
    authors: ['mira-castellan'],
    at: [1, '17:45'],
    hero: 'school',
    source: 'courier',
    body: [
      {
        details:
          "Early applications for next year's engineering courses rose 26% compared with the same point last year, the Council of Rectors said. Computer science applications rose 18%; law and economics fell by 7% and 4%.",
      },
      'Civil engineering showed the biggest increase, which rectors linked to the Northern Rail Link and to reconstruction after the flood.',
      {
        quote: 'Teenagers read the news too. When they see the country is about to build a railway, some of them decide they would like to build it.',
        by: 'Teodor Gasic, chair of the Council of Rectors',
      },
      'Universities said they would need more funding to expand engineering places, which cost more to teach than most other subjects.',
    ],
    background: [
      ['norvane-trellis-preferred-bidder-for-rail-link', 'A consortium was named preferred bidder to build the first section of the Northern Rail Link on {date}.'],
      ['government-agrees-pay-rise-for-teachers', 'The government agreed a 6% pay rise for teachers from April.'],
    ],
  },
];
