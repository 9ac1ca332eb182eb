import type { ArticleSeed } from './types.ts';

/** General news: weather, roads, elections, police, the coast. */
export const NEWS: ArticleSeed[] = [
  {
    slug: 'heavy-rain-warning-extended-to-kalden-highlands',
    title: 'Heavy rain warning extended to the Kalden Highlands',
    standfirst: 'Forecasters have raised the rain warning for the mountains north of the Vessa valley to the highest level, warning of landslides on mountain roads.',
    section: 'news',
    tags: ['weather', 'floods'],
    authors: ['olena-marsh'],
    at: [15, '14:30'],
    hero: 'mountains',
    source: 'hydromet',
    body: [
      {
        details:
          'The National Hydrometeorological Centre issued a red warning for the Kalden Highlands until midnight on {weekday:1}, extending the warning already in force in the Lower Vessa region. Up to 80 millimetres of rain may fall in 24 hours on the highest slopes.',
      },
      'Rain in the highlands drains into the upper Vessa and the Tesk reservoir, so the warning also raises the risk of higher river levels downstream over the coming days.',
      'The regional road authority has closed the pass road between Tesk and the highland town of Orvel because of the risk of rockfall. Drivers are advised to use the valley road.',
      {
        quote: 'We have had rain like this before. What is unusual is that it has now lasted three days and the ground cannot take any more.',
        by: 'Halina Orlik, hydrologist',
      },
    ],
    background: [['vessa-bursts-banks-villages-near-marlovo-evacuated', 'The Vessa overflowed south of Marlovo earlier on {date}.']],
  },
  {
    slug: 'motorway-section-closed-for-bridge-inspection',
    title: 'Motorway section near Korvana closed for a bridge inspection',
    standfirst: 'A 12 kilometre stretch of the Korvana–Pellin motorway will be closed overnight for three nights while engineers inspect a viaduct.',
    section: 'news',
    tags: ['infrastructure'],
    authors: ['daniel-voss'],
    at: [12, '08:20'],
    hero: 'bridge',
    heroCaption: 'A motorway viaduct. Illustrative image',
    source: 'courier',
    body: [
      {
        details:
          'The road authority said the closure would run from 22:00 to 05:00 on three consecutive nights, starting this evening. Traffic will be diverted through the suburbs of Vellin and Ostrovka.',
      },
      'The inspection is part of a programme to check every motorway bridge built before 1990 after cracks were found in a viaduct in the south of the country last year. The authority said there was no specific concern about this bridge.',
      'Lorry drivers are advised to plan for delays of up to 40 minutes during the closures.',
      'Engineers will use drones, ultrasound and a platform lowered from the deck to examine the piers and the underside of the viaduct, which carries about 60,000 vehicles a day.',
      {
        quote: 'We close the road at night so that nobody has to close it in a hurry in the daytime.',
        by: 'Milan Korr, head of bridge maintenance at the National Road Authority',
      },
    ],
  },
  {
    slug: 'police-detain-suspects-in-fuel-tax-fraud-case',
    title: 'Police detain two suspects in a fuel tax fraud investigation',
    standfirst: 'Investigators say a network of fuel wholesalers avoided about 180 million crowns in excise duty by declaring diesel as heating oil.',
    section: 'news',
    tags: ['taxes'],
    authors: ['tomas-berendt'],
    at: [11, '19:45'],
    hero: 'harbour',
    heroCaption: 'Fuel tanks at a port terminal. Illustrative image',
    source: 'courier',
    citing: 'kbr',
    body: [
      {
        details:
          'The financial police searched 14 offices and fuel depots in three regions and detained two men, aged 44 and 51, who are suspected of running the network. Several other people are being questioned.',
      },
      'Heating oil is taxed at a much lower rate than diesel for vehicles. Investigators say the fuel was sold on to petrol stations through a chain of companies registered at the same address in Ostrel.',
      'The investigation began after tax inspectors noticed that sales of heating oil in the Ostrel region had risen by a third in two years, while the number of homes heated with oil had fallen.',
      'Both suspects have been released on bail and have not been charged. Their lawyer said they denied any wrongdoing.',
      {
        quote: 'This kind of fraud is not victimless. It is paid for by every driver who buys honestly taxed fuel.',
        by: 'Ivo Tarnek, head of the financial police',
      },
    ],
  },
  {
    slug: 'by-election-date-set-in-solvik',
    title: 'Election commission sets the date for a municipal by-election in Solvik',
    standfirst: 'Voters in Solvik will choose a new mayor in the spring after the previous mayor resigned for health reasons.',
    section: 'politics',
    tags: ['local-government'],
    authors: ['tomas-berendt'],
    at: [7, '16:20'],
    hero: 'wind',
    heroCaption: 'Hills around Solvik. Illustrative image',
    source: 'assembly',
    body: [
      {
        details:
          'The Central Election Commission said the by-election would be held on the first Sunday of March, with a possible run-off two weeks later. Candidates have until the end of January to register.',
      },
      "Solvik, a town of about 26,000 people, has been run by the deputy mayor since the summer. The town council is controlled by a local independents' list that has governed since 2014.",
      "Turnout at Solvik's last municipal election was 47%, slightly above the national average for local polls.",
      {
        quote: 'The town needs a mayor with a full mandate before the money from the wind farm starts arriving.',
        by: 'Irena Halm, acting mayor of Solvik',
      },
      'Both New Direction and the Civic Alliance said they would field candidates. Local issues are expected to include the new wind farm on the hills above the town and the state of the road to Korvana.',
    ],
  },
  {
    slug: 'strong-winds-expected-on-the-coast',
    title: 'Strong winds expected on the coast; island ferries may be cancelled',
    standfirst: 'Gusts of up to 110 km/h are forecast for the coast around Ostrel overnight, and the ferry operator has warned of cancellations.',
    section: 'news',
    tags: ['weather'],
    authors: ['olena-marsh'],
    at: [3, '17:35'],
    hero: 'harbour',
    heroCaption: 'The harbour at Ostrel. Illustrative image',
    source: 'hydromet',
    citing: 'the-lowland-post',
    body: [
      {
        details:
          'The National Hydrometeorological Centre issued an orange wind warning for the coastal districts from 20:00 until noon the next day. Waves of up to five metres are expected off the Varnitsa islands.',
      },
      'The Port of Ostrel said it would suspend loading at its container terminal if gusts exceeded 70 km/h, which would delay several ships.',
      'Tidewater Ferries said sailings to the islands would probably be cancelled overnight and in the morning. Islanders with medical appointments on the mainland were advised to contact the regional health service.',
      {
        quote: 'Secure anything loose in gardens and on balconies tonight, and stay away from the sea walls in Ostrel.',
        by: 'Halina Orlik, hydrologist',
      },
      'The warning does not affect the Lower Vessa region, where forecasters expect dry weather for the rest of the week.',
    ],
  },
  {
    slug: 'island-ferry-service-resumes-after-storm',
    title: 'Ferry service to the Varnitsa islands resumes after the storm',
    standfirst: 'Ferries between Ostrel and the islands are running again after a two-day suspension, with extra sailings to clear the backlog.',
    section: 'news',
    tags: ['weather', 'infrastructure'],
    authors: ['olena-marsh'],
    at: [0, '07:30'],
    hero: 'harbour',
    source: 'the-lowland-post',
    body: [
      {
        details:
          'Tidewater Ferries said the first sailing left Ostrel at 06:15 and that two extra return trips would run today. About 400 passengers and 60 vehicles had been waiting to cross.',
      },
      'The storm brought down power lines on the largest island, leaving about 1,200 homes without electricity for most of a day. Power was restored overnight.',
      {
        quote: 'Islanders are used to this. What they are not used to is two days without a boat and a day without power at the same time.',
        by: 'Marta Ilvo, head of the Varnitsa island council',
      },
      'No serious injuries were reported. The port said container loading had resumed and that ships delayed by the storm would be cleared by the end of the week.',
    ],
    background: [['strong-winds-expected-on-the-coast', 'Forecasters warned of gusts of up to 110 km/h on the coast on {date}.']],
  },
];
