import type { ArticleSeed } from './types.ts';

/** Economics: prices, the National Bank, trade, energy, jobs. */
export const ECONOMY: ArticleSeed[] = [
  {
    slug: 'annual-inflation-slows-to-4-1-percent',
    title: 'Annual inflation slows to 4.1% in {month:-1}',
    standfirst: 'Consumer prices rose more slowly than expected last month as food and fuel prices fell, the State Statistics Office has said.',
    section: 'economics',
    tags: ['inflation', 'national-bank'],
    authors: ['iryna-salk'],
    at: [14, '11:20'],
    hero: 'chart',
    source: 'stats',
    body: [
      {
        details:
          'Annual inflation fell to 4.1% in {month:-1} from 4.6% in {month:-2}. Economists surveyed by the Korvana Business Review had expected 4.4%. Prices fell 0.2% compared with the previous month.',
      },
      'Food prices fell for a second month as the harvest came in, and petrol was 3% cheaper than a year ago. Services inflation, which the National Bank watches most closely, stayed high at 6.3%, driven by rents and restaurant prices.',
      {
        quote: 'The headline number is good news. The services number is the one that decides interest rates, and it has barely moved.',
        by: 'Lukas Perr, economist at the Centre for Fiscal Studies',
      },
      'The figures do not yet reflect the flood in the Lower Vessa region, which economists expect to push up vegetable prices over the winter.',
      "The National Bank's monetary policy board meets next week. Most economists expect it to leave its key rate unchanged.",
    ],
  },
  {
    slug: 'national-bank-holds-key-rate',
    title: 'National Bank holds its key rate at 7.5%',
    standfirst: 'The central bank has kept interest rates unchanged for a third meeting and said it was too early to cut despite slowing inflation.',
    section: 'economics',
    tags: ['national-bank', 'inflation'],
    authors: ['iryna-salk'],
    at: [11, '12:00'],
    hero: 'skyline',
    source: 'national-bank',
    citing: 'kbr',
    updated: 2,
    body: [
      {
        details: "The bank's monetary policy board voted six to one to keep the key rate at 7.5%. One member voted for a cut of a quarter of a percentage point.",
      },
      'In its statement, the board said inflation in services remained "too high and too persistent" and that the flood in the Lower Vessa region added uncertainty about food prices.',
      {
        quote: 'We want to see services inflation falling for several months, not one. When we see it, we will act.',
        by: 'Stefan Lorre, governor of the National Bank',
        context: 'at a press conference after the decision',
      },
      "Mr Lorre said the bank's forecast still foresaw inflation returning to its 3% target by the end of next year. Markets now expect the first cut in the spring.",
      'The crown was little changed against major currencies after the decision.',
    ],
    background: [['annual-inflation-slows-to-4-1-percent', 'Annual inflation slowed to 4.1%, but services inflation stayed above 6%.']],
  },
  {
    slug: 'grain-exports-through-port-of-ostrel-rise',
    title: 'Grain exports through the Port of Ostrel up 12% year on year',
    standfirst: "The country's largest port has handled more grain so far this year than in any comparable period since 2014.",
    section: 'economics',
    tags: ['agriculture', 'infrastructure'],
    authors: ['iryna-salk'],
    at: [7, '09:40'],
    hero: 'harbour',
    source: 'the-lowland-post',
    citing: 'stats',
    body: [
      {
        details:
          'The Port of Ostrel has handled 7.8 million tonnes of grain since January, up 12% on the same period last year, the port authority said. Wheat made up about 60% of the total, followed by maize and barley.',
      },
      'The port authority said the rise came from a good harvest and from a new grain terminal that opened in the spring, which cut the time ships wait to load from four days to under two.',
      'It warned that the closure of the rail bridge at Drevna would reduce volumes in the coming weeks, because most grain reaches Ostrel by train.',
      {
        quote: 'Every train that has to go round the Kalden Highlands is a train that arrives half a day late. Ships do not wait for half a day.',
        by: 'Karel Dvoran, head of the Port of Ostrel authority',
      },
    ],
    background: [['flood-damage-to-vessa-rail-bridge-delays-freight', 'Flood damage to the rail bridge at Drevna has forced freight trains onto a longer route.']],
  },
  {
    slug: 'regulator-approves-electricity-tariff-rise',
    title: 'Regulator approves a 5% rise in household electricity tariffs from January',
    standfirst: 'Households will pay about 60 crowns a month more for electricity next year, the energy regulator has decided.',
    section: 'economics',
    tags: ['energy', 'inflation'],
    authors: ['iryna-salk'],
    at: [6, '15:10'],
    hero: 'wind',
    source: 'courier',
    body: [
      {
        details:
          'The Energy Regulatory Office approved a 5% increase in the regulated household tariff, less than the 9% requested by the main suppliers. The rise takes effect on 1 January.',
      },
      'The regulator said most of the increase reflected the cost of upgrading the transmission network to connect new wind and solar farms. Wholesale electricity prices have fallen this year.',
      {
        quote: 'People are being asked to pay for wires today so that they can pay less for power tomorrow. That is a fair bargain only if tomorrow actually comes.',
        by: "Olga Ferrant, director of the Consumers' Federation",
      },
      'The regulated tariff applies to about 80% of households; the rest buy electricity on market contracts, whose prices have mostly fallen this year.',
      'Households receiving heating subsidies will have the increase covered by the state, the social policy ministry said. The government estimates the cost at 210 million crowns.',
    ],
  },
  {
    slug: 'unemployment-falls-to-decade-low',
    title: 'Unemployment falls to 6.2%, the lowest in a decade',
    standfirst: 'The jobless rate fell in the third quarter as construction and technology companies hired, the State Statistics Office said.',
    section: 'economics',
    tags: ['labour'],
    authors: ['iryna-salk'],
    at: [4, '08:30'],
    hero: 'skyline',
    source: 'stats',
    citing: 'kbr',
    body: [
      {
        details: 'The unemployment rate was 6.2% in the third quarter, down from 6.8% a year earlier. The number of people in work rose by about 41,000.',
      },
      'Construction added the most jobs, followed by information technology and health care. Employment in manufacturing was flat.',
      'Youth unemployment remains high at 15.4%, and the gap between regions is wide: the rate is 3.9% in Korvana and 11.2% in the Kalden Highlands.',
      {
        quote: 'The national number hides two labour markets. One cannot find engineers; the other cannot find jobs.',
        by: 'Lukas Perr, economist at the Centre for Fiscal Studies',
      },
      'The figures were collected before the flood in the Lower Vessa region, where thousands of people were temporarily unable to work.',
    ],
    background: [['quillstone-labs-to-double-staff', 'Quillstone Labs said it would hire 150 people over the next year.']],
  },
  {
    slug: 'solvik-wind-farm-connected-to-grid',
    title: 'Wind farm near Solvik connected to the grid',
    standfirst: "The country's largest onshore wind farm has begun supplying electricity, adding about 2% to national generating capacity.",
    section: 'economics',
    tags: ['energy', 'infrastructure'],
    authors: ['iryna-salk', 'daniel-voss'],
    at: [2, '13:30'],
    hero: 'wind',
    heroCaption: 'Wind turbines on the hills near Solvik. Illustrative image',
    source: 'kbr',
    body: [
      {
        details:
          'The Solvik wind farm has 21 turbines with a total capacity of 84 megawatts. Its owner, Tidemark Energy, said it would produce enough electricity in an average year for about 90,000 households.',
      },
      'The project took six years from the first application to connection, including two years waiting for a new substation to be built by the grid operator.',
      {
        quote: 'Building the turbines took fourteen months. Everything else took the rest.',
        by: 'Anna Weir, chief executive of Tidemark Energy',
      },
      'The energy ministry said it wanted to halve the time needed to approve wind projects and would propose changes to planning law next year.',
    ],
    background: [
      ['regulator-approves-electricity-tariff-rise', 'The energy regulator approved a 5% rise in household tariffs, citing grid upgrades for new wind and solar farms.'],
    ],
  },
  {
    slug: 'retail-sales-grow-as-spending-recovers',
    title: 'Retail sales grow 3.4% as household spending recovers',
    standfirst: 'Shoppers spent more last month than a year earlier, helped by rising wages and lower fuel prices.',
    section: 'economics',
    tags: ['inflation', 'labour'],
    authors: ['iryna-salk'],
    at: [0, '11:00'],
    hero: 'chart',
    source: 'stats',
    body: [
      {
        details:
          'Retail sales rose 3.4% in real terms in {month:-1} compared with the same month last year, the fastest growth since the spring. Sales of furniture and electrical goods grew fastest.',
      },
      'Real wages, adjusted for inflation, have now risen for eleven consecutive months. Consumer confidence in {month} was at its highest level in three years, a separate survey showed.',
      {
        quote: 'Part of this is people in the Vessa valley replacing what the water destroyed. That is spending, but it is not prosperity.',
        by: 'Lukas Perr, economist at the Centre for Fiscal Studies',
      },
      'Online sales grew more than twice as fast as sales in shops and now account for about 14% of the total.',
    ],
    background: [
      ['annual-inflation-slows-to-4-1-percent', 'The statistics office reported on {date} that annual inflation had slowed to 4.1%.'],
      ['unemployment-falls-to-decade-low', 'Unemployment fell to 6.2% in the third quarter.'],
    ],
  },
];
