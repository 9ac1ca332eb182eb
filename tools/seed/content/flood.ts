import type { ArticleSeed } from './types.ts';

/** Thread: the Vessa river flood in the Lower Vessa region and the recovery. */
export const FLOOD: ArticleSeed[] = [
  {
    slug: 'vessa-bursts-banks-villages-near-marlovo-evacuated',
    title: 'Vessa bursts its banks after three days of rain; villages near Marlovo evacuated',
    standfirst:
      'The Vessa river has overflowed south of Marlovo after three days of continuous rain, and emergency crews have begun moving residents out of three riverside villages.',
    section: 'news',
    tags: ['floods', 'lower-vessa', 'emergency-services'],
    authors: ['olena-marsh'],
    at: [15, '07:40'],
    hero: 'flood',
    heroCaption: 'Water spreading across farmland south of Marlovo. Illustrative image',
    source: 'emergency',
    citing: 'hydromet',
    updated: 4,
    body: [
      {
        details:
          'The river rose by 1.6 metres overnight at the Marlovo gauge and broke through an earth embankment near the village of Brodek shortly before 05:00, the State Emergency Service said.',
      },
      'Residents of Brodek, Ledno and Hollin were asked to leave their homes by mid-morning. Buses were sent to collect people without cars, and a sports hall in Marlovo has been opened as a temporary shelter with 600 camp beds.',
      'The National Hydrometeorological Centre said a further 40 to 60 millimetres of rain could fall over the upper Vessa basin by the evening, and that the river was not expected to peak at Marlovo before the early hours of the next day.',
      {
        quote: 'We are not waiting for the water to reach the doors. If you are told to leave, leave, and take documents, medicines and a phone charger with you.',
        by: 'Roman Dudek, spokesperson for the State Emergency Service',
        context: 'speaking to reporters at the Brodek embankment',
      },
      'The regional road between Marlovo and Drevna has been closed at two points, and the regional rail operator has replaced trains on the valley line with buses.',
      '**Update:** By late morning the emergency service said 1,150 people had been moved from the three villages and that no injuries had been reported.',
    ],
  },
  {
    slug: 'vessa-level-at-marlovo-passes-1998-record',
    title: 'Water level at Marlovo passes the 1998 record',
    standfirst: 'The Vessa has risen above the highest level ever recorded at Marlovo, and the town authorities have begun evacuating two riverside districts.',
    section: 'news',
    tags: ['floods', 'lower-vessa', 'local-government'],
    authors: ['olena-marsh'],
    at: [15, '19:15'],
    hero: 'bridge',
    heroCaption: 'The Vessa bridge in Marlovo, where the river gauge stands. Illustrative image',
    source: 'vessa-today',
    citing: 'hydromet',
    body: [
      {
        details:
          'The gauge under the Old Bridge in Marlovo read 7.52 metres at 18:00, above the previous record of 7.40 metres set in July 1998, according to the National Hydrometeorological Centre.',
      },
      'Mayor Agata Prus ordered the evacuation of the Embankment and Mill Street districts, where about 2,300 people live. Volunteers were filling sandbags outside the town hall through the afternoon.',
      {
        quote: 'The town has prepared for a flood like 1998 for twenty-eight years. Tonight we find out whether we prepared enough.',
        by: 'Agata Prus, mayor of Marlovo',
      },
      'Hydrologists expect the crest to pass Marlovo during the night and to reach Drevna, 30 kilometres downstream, about a day later. The centre said the rain over the upper basin had eased but that water already in the river would keep levels high.',
      'Power has been switched off in the two districts as a precaution. The regional electricity company said about 5,000 customers were affected.',
    ],
    background: [
      [
        'vessa-bursts-banks-villages-near-marlovo-evacuated',
        'Earlier on {date}, the Vessa broke through an embankment near Brodek and three villages south of Marlovo were evacuated.',
      ],
    ],
  },
  {
    slug: 'thousands-evacuated-as-floodwater-reaches-drevna',
    title: 'Some 4,200 people evacuated as floodwater reaches the outskirts of Drevna',
    standfirst: 'Emergency crews have evacuated about 4,200 people from Drevna and the surrounding villages as the flood crest on the Vessa moves downstream.',
    section: 'news',
    tags: ['floods', 'lower-vessa', 'emergency-services'],
    authors: ['olena-marsh'],
    at: [14, '09:30'],
    hero: 'flood',
    heroCaption: 'Flooded fields on the edge of Drevna. Illustrative image',
    source: 'emergency',
    citing: 'rtv-north',
    updated: 3,
    body: [
      {
        details:
          'The State Emergency Service said 4,200 people had left their homes in Drevna and four nearby villages by 08:00, bringing the total number evacuated in the Lower Vessa region since the flood began to about 9,800.',
      },
      "In Drevna, water covered the lower part of the town's industrial zone and the approach to the railway station. Boats from the emergency service and from two local rowing clubs were used to reach houses on Meadow Street.",
      'The regional governor, Anton Feld, said 38 schools, gyms and community centres across the region were being used as shelters. Around 1,900 people were staying in them overnight; the rest were with relatives.',
      {
        quote: 'Nobody has died, and that is the result of people leaving when they were asked to. I thank them.',
        by: 'Anton Feld, governor of the Lower Vessa region',
      },
      'The river at Marlovo began to fall slowly during the night, but the emergency service warned residents not to return until engineers had checked the embankments.',
    ],
    background: [
      ['vessa-bursts-banks-villages-near-marlovo-evacuated', 'The Vessa burst its banks south of Marlovo on {date} after three days of rain.'],
      ['vessa-level-at-marlovo-passes-1998-record', 'That evening the river at Marlovo rose above its 1998 record and two town districts were evacuated.'],
    ],
  },
  {
    slug: 'government-declares-emergency-in-four-lower-vessa-districts',
    title: 'Government declares a state of emergency in four districts of the Lower Vessa region',
    standfirst:
      'The cabinet has declared a regional emergency in four flood-hit districts, allowing ministries to spend from the reserve fund and to requisition equipment without tenders.',
    section: 'politics',
    tags: ['floods', 'lower-vessa', 'local-government'],
    authors: ['tomas-berendt', 'olena-marsh'],
    at: [13, '12:10'],
    hero: 'parliament',
    source: 'assembly',
    citing: 'courier',
    body: [
      {
        details:
          'The emergency covers the Marlovo, Drevna, Hollin and Tesk districts and will last 30 days. It was approved at an extraordinary cabinet meeting on {weekday} morning.',
      },
      'Under the emergency, ministries may buy pumps, fuel, building materials and temporary housing without running public tenders, and the regional administration may order private companies to lend heavy machinery in exchange for compensation.',
      'Prime Minister Ilse Marenova said an initial 300 million crowns would be released from the government reserve fund for pumping, clean-up and payments to families.',
      {
        quote: 'The emergency is a tool for speed, not a blank cheque. Every contract signed under it will be published within a week.',
        by: 'Ilse Marenova, Prime Minister',
        context: 'at a press conference after the cabinet meeting',
      },
      'The opposition New Direction party said it supported the decision but asked for the Assembly\'s audit committee to receive a weekly report on spending. Its finance spokesperson, Dana Holst, said the 1998 flood had been followed by "two years of unexplained contracts".',
      'A state of emergency was last declared in the region in 2011, after a fire at a fuel depot near Tesk.',
    ],
    background: [
      ['vessa-level-at-marlovo-passes-1998-record', 'The Vessa at Marlovo rose above its highest recorded level on {date}.'],
      ['thousands-evacuated-as-floodwater-reaches-drevna', 'About 9,800 people had been evacuated across the region by {date}.'],
    ],
  },
  {
    slug: 'vessa-crest-passes-drevna-weeks-of-pumping-ahead',
    title: 'Vessa crest passes Drevna; emergency service warns of weeks of pumping',
    standfirst: "The flood peak has passed Drevna without breaching the town's main dyke, but officials say water will stand in low-lying streets and fields for weeks.",
    section: 'news',
    tags: ['floods', 'lower-vessa', 'emergency-services'],
    authors: ['olena-marsh'],
    at: [12, '16:45'],
    hero: 'flood',
    heroCaption: 'Standing water on the Vessa floodplain. Illustrative image',
    source: 'rtv-north',
    citing: 'emergency',
    body: [
      {
        details:
          'The river at Drevna peaked at 6.88 metres around 03:00 and has since fallen by 40 centimetres, according to the State Emergency Service. The main dyke protecting the town centre held.',
      },
      'About 60 high-capacity pumps, including 24 sent by neighbouring regions, are working in Drevna, Marlovo and the villages between them. The service said pumping would continue "for at least three weeks" in areas where the water has nowhere to drain.',
      "Drinking water in Drevna is being delivered by tanker after the town's waterworks was switched off to protect its wells. The utility said tap water would not be safe to drink until tests were complete.",
      {
        quote: "The river has gone down. The water in people's basements has not, and that is the part that takes time.",
        by: 'Roman Dudek, State Emergency Service',
      },
      'Engineers have found two places where the Marlovo embankment was weakened and are reinforcing them before residents of the Embankment district are allowed back.',
    ],
    background: [
      ['thousands-evacuated-as-floodwater-reaches-drevna', 'Around 4,200 people were evacuated from Drevna and nearby villages on {date}.'],
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The government declared a 30-day emergency in four districts of the region.'],
    ],
  },
  {
    slug: 'flooded-families-to-receive-one-off-payment',
    title: 'Flooded families to receive a one-off payment of 15,000 crowns',
    standfirst: 'Households whose homes were flooded in the Lower Vessa region will receive 15,000 crowns each, paid through local councils within ten days of registering.',
    section: 'society',
    tags: ['floods', 'lower-vessa', 'reconstruction'],
    authors: ['mira-castellan'],
    at: [11, '10:20'],
    hero: 'school',
    heroCaption: 'A school used as a temporary shelter. Illustrative image',
    source: 'courier',
    body: [
      {
        details:
          'The Ministry of Social Policy said the payment would go to every registered household whose home was flooded, regardless of income. Households that lost a home entirely may apply for a second payment of up to 60,000 crowns.',
      },
      'Residents register at their local council office, at one of the mobile desks set up in shelters or [online](https://socialpolicy.example.org/flood-payment). Officials will visit each address to confirm the damage, but the ministry said the first payment would not wait for the visit.',
      'Councils in Marlovo and Drevna estimate that about 3,400 homes were flooded. The cost of the first payment would therefore be around 51 million crowns, paid from the reserve fund released under the emergency.',
      {
        quote: 'Fifteen thousand will not rebuild a house. It is meant to buy a dehumidifier, a fridge and a week of peace.',
        by: 'Nadia Orel, deputy minister of social policy',
      },
      'Charities working in the shelters said many older residents did not have bank accounts and asked for payments in cash to be allowed. The ministry said post offices would pay in cash on request.',
    ],
    background: [
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The cabinet released 300 million crowns from its reserve fund when it declared the emergency.'],
      ['vessa-crest-passes-drevna-weeks-of-pumping-ahead', 'The flood crest passed Drevna on {date}, but pumping is expected to take weeks.'],
    ],
  },
  {
    slug: 'museum-of-the-vessa-valley-saves-most-of-its-collection',
    title: 'Marlovo museum saves most of its collection as staff carry objects upstairs through the night',
    standfirst: 'The Museum of the Vessa Valley says 11,000 of its 12,500 objects are safe after staff and volunteers moved them out of its flooded basement stores.',
    section: 'culture',
    tags: ['museums', 'floods', 'lower-vessa'],
    authors: ['mira-castellan'],
    at: [9, '14:00'],
    hero: 'museum',
    heroCaption: 'A gallery of the kind that stayed dry upstairs. Illustrative image',
    source: 'culture-weekly',
    citing: 'vessa-today',
    body: [
      {
        details:
          'The museum, in a nineteenth-century grain exchange 200 metres from the river, kept most of its reserve collection in two basement rooms. Water began entering them on the night the river passed its 1998 record.',
      },
      'Director Oleg Tamm said 14 staff and about 40 volunteers formed a chain up the main staircase and moved boxes until the water in the basement reached knee height. Textiles, paper archives and a collection of painted river-barge panels were moved first.',
      {
        quote: 'We had a written plan for this. What we did not have was enough stairs. Everything went up one staircase, hand to hand, for nine hours.',
        by: 'Oleg Tamm, director of the Museum of the Vessa Valley',
      },
      'About 1,500 objects, mostly farm tools and ceramics, stayed underwater for four days. Conservators from the National Museum in Korvana are drying them in a rented cold store, and Mr Tamm said he expected most to be saved.',
      "The museum will stay closed until the spring. Its ground-floor galleries were not flooded, but the building's heating and electrics were in the basement.",
    ],
    background: [['vessa-level-at-marlovo-passes-1998-record', 'The river in Marlovo rose above its 1998 record on {date}, flooding riverside streets.']],
  },
  {
    slug: 'lower-vessa-farmers-count-losses',
    title: 'Farmers in Lower Vessa count losses as 31,000 hectares remain under water',
    standfirst: 'Winter wheat sown this autumn on the Vessa floodplain is likely lost, and farmers say many of them were not insured against flooding.',
    section: 'economics',
    tags: ['agriculture', 'floods', 'lower-vessa'],
    authors: ['iryna-salk'],
    at: [8, '11:35'],
    hero: 'fields',
    heroCaption: 'Winter crops on the Vessa plain before the flood. Illustrative image',
    source: 'kbr',
    citing: 'vessa-today',
    body: [
      {
        details:
          'The regional agriculture department estimates that 31,000 hectares of farmland were still flooded at the start of the week, about 70% of it sown with winter wheat and rapeseed.',
      },
      'Standing water kills young winter crops within about ten days, agronomists say, so most of the area will have to be resown in spring with lower-yielding crops. The department put the direct loss at roughly 420 million crowns.',
      "The Lower Vessa Farmers' Association said fewer than a third of its members had insurance that covered floods, because premiums for land on the floodplain had doubled since 2019.",
      {
        quote: 'You cannot farm the valley without the river, and you cannot insure against it at a price that leaves a profit. That is the problem in one sentence.',
        by: "Marek Hollan, chair of the Lower Vessa Farmers' Association",
      },
      'The Ministry of Agriculture said it would extend its drought compensation scheme to flood losses this year, paying up to 4,000 crowns per hectare to uninsured farms.',
      'Livestock farms lost fewer animals than feared, the department said: about 300 cattle and 2,000 poultry died, most of them on two farms near Hollin.',
    ],
    background: [
      ['vessa-crest-passes-drevna-weeks-of-pumping-ahead', 'The flood peak passed Drevna on {date}, leaving water standing across the floodplain.'],
      ['flooded-families-to-receive-one-off-payment', 'Flooded households are receiving a one-off payment of 15,000 crowns.'],
    ],
  },
  {
    slug: 'drevna-schools-reopen-marlovo-pupils-bussed',
    title: 'Schools in Drevna reopen; Marlovo pupils to study in neighbouring towns',
    standfirst: "Most of Drevna's schools reopened on {weekday}, but three schools in Marlovo are too damaged to use before the new year.",
    section: 'society',
    tags: ['education', 'floods', 'lower-vessa'],
    authors: ['mira-castellan'],
    at: [6, '09:10'],
    hero: 'school',
    source: 'courier',
    citing: 'rtv-north',
    body: [
      {
        details:
          "Seven of Drevna's eight schools reopened after being used as shelters. Families still living in them have moved to a holiday camp outside the town run by the regional government.",
      },
      'In Marlovo, the Embankment Gymnasium and two primary schools took water on their ground floors. About 1,400 pupils will be taken by bus to schools in Tesk and Hollin, where lessons will run in afternoon shifts until the repairs are done.',
      'The Education Minister, Arkady Linn, said schools receiving flood-hit pupils would get extra funding for the shifts and that final-year students would be given priority places closest to home.',
      {
        quote: 'A child who has spent two weeks in a shelter does not need a timetable. She needs her friends and her own teacher, and we have tried to keep classes together.',
        by: 'Vera Stoll, head of the Embankment Gymnasium',
      },
      'Parents in Marlovo said the bus journey to Tesk took more than 50 minutes because of road closures. The regional transport department said an alternative route would open at the end of the week.',
    ],
    background: [
      ['thousands-evacuated-as-floodwater-reaches-drevna', 'Schools and gyms across the region were turned into shelters for evacuated families.'],
      ['flooded-families-to-receive-one-off-payment', 'The government is paying flooded households 15,000 crowns each.'],
    ],
  },
  {
    slug: 'audit-ordered-of-tesk-reservoir-releases',
    title: "Audit of Tesk reservoir releases ordered after residents' complaints",
    standfirst: 'The environment ministry has ordered an independent audit of how water was released from the Tesk reservoir in the days before the flood.',
    section: 'news',
    tags: ['floods', 'lower-vessa', 'infrastructure'],
    authors: ['olena-marsh'],
    at: [4, '13:25'],
    hero: 'mountains',
    heroCaption: 'The upper Vessa valley above Tesk. Illustrative image',
    source: 'vessa-today',
    body: [
      {
        details:
          'Residents of Brodek and Ledno have submitted a petition with 2,700 signatures saying that a sharp increase in releases from the reservoir on the second night of rain made the flood worse downstream.',
      },
      'The State Water Agency, which operates the dam, said the reservoir had reached its safe maximum and that releases were made according to the operating manual. It published its [hour-by-hour release figures](https://water.example.org/tesk/releases) on {weekday:-1}.',
      'The audit will be carried out by engineers from the Technical University of Korvana and is due to report within 60 days. The ministry said it would also review whether the operating manual, last revised in 2004, should be changed.',
      {
        quote: 'If the rules were followed and the result was this, then the rules need to change. If they were not followed, people need to know why.',
        by: 'Halina Orlik, hydrologist at the Technical University of Korvana',
      },
      'The agency said it welcomed the audit and would give the engineers full access to its control room logs.',
    ],
    background: [
      ['vessa-bursts-banks-villages-near-marlovo-evacuated', 'The flood began when the Vessa broke through an embankment near Brodek on {date}.'],
      ['vessa-crest-passes-drevna-weeks-of-pumping-ahead', 'The crest passed Drevna on {date}.'],
    ],
  },
  {
    slug: 'insurers-paid-a-fifth-of-flood-claims',
    title: 'Insurers have paid out a fifth of flood claims so far, association says',
    standfirst: 'Insurance companies have received about 6,300 claims for flood damage in the Lower Vessa region and have settled around 1,300 of them.',
    section: 'economics',
    tags: ['floods', 'reconstruction', 'lower-vessa'],
    authors: ['iryna-salk'],
    at: [2, '10:05'],
    hero: 'chart',
    source: 'kbr',
    citing: 'the-lowland-post',
    body: [
      {
        details:
          'The Insurance Association said the total value of claims was about 1.1 billion crowns, of which 240 million has been paid. Homes account for most claims by number and businesses for most by value.',
      },
      'Insurers said the main delay was the need for loss adjusters to see each property. Companies have brought in adjusters from other regions and started accepting video inspections for claims below 100,000 crowns.',
      {
        quote: 'A family that sends a clear video and receipts can be paid within a week. We would rather pay fast and check a sample later.',
        by: 'Tomasz Wren, director of the Insurance Association',
      },
      'Consumer groups said some policyholders had been told that damage from groundwater, rather than from the river, was not covered. The association said its members had agreed not to use that distinction for this flood.',
      'The finance ministry is considering a state-backed flood reinsurance scheme, modelled on schemes used elsewhere in Europe, to make cover cheaper on floodplains.',
    ],
    background: [
      ['lower-vessa-farmers-count-losses', 'Fewer than a third of farms on the floodplain were insured against floods, their association said.'],
      ['flooded-families-to-receive-one-off-payment', 'Households are receiving a one-off state payment of 15,000 crowns.'],
    ],
  },
  {
    slug: 'cabinet-approves-reconstruction-fund-for-lower-vessa',
    title: 'Cabinet approves 2.1 billion crown reconstruction fund for Lower Vessa',
    standfirst:
      "The government has approved a two-year fund to rebuild embankments, roads, schools and homes damaged by the flood, and will ask the Assembly to add it to next year's budget.",
    section: 'politics',
    tags: ['reconstruction', 'state-budget', 'lower-vessa'],
    authors: ['tomas-berendt'],
    at: [1, '15:40'],
    hero: 'parliament',
    source: 'finance-ministry',
    citing: 'assembly',
    updated: 3,
    body: [
      {
        details:
          'The fund will total 2.1 billion crowns: 900 million for flood defences and embankments, 600 million for roads and bridges, 350 million for schools and public buildings and 250 million in grants for rebuilding homes.',
      },
      'About 700 million will be spent next year. The Finance Minister, Pavel Rusanek, said the money would come from a smaller general reserve and from delaying two road projects, not from new borrowing.',
      {
        quote: 'We will rebuild the embankments to the standard the river now demands, not the standard of 1998.',
        by: 'Pavel Rusanek, Finance Minister',
      },
      'The government will submit the fund as an amendment to the 2027 budget, which is between its first and second readings in the National Assembly.',
      'The Lower Vessa governor, Anton Feld, welcomed the fund but said the grants for homes were "a first instalment". The region estimates total damage at more than 3 billion crowns.',
    ],
    background: [
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The government declared a state of emergency in four districts on {date}.'],
      ['flood-costs-force-rethink-of-budget-reserve', "The chair of the Assembly's budget committee said flood costs would force a rethink of the budget reserve."],
      ['insurers-paid-a-fifth-of-flood-claims', 'Insurers had paid about a fifth of the 6,300 flood claims by {date}.'],
    ],
  },
  {
    slug: 'marlovo-residents-begin-returning-home',
    title: 'Marlovo residents begin returning to homes in riverside districts',
    standfirst: "Families from Marlovo's Embankment district have been allowed home for the first time since the flood, after engineers declared the repaired embankment safe.",
    section: 'news',
    tags: ['floods', 'lower-vessa', 'reconstruction'],
    authors: ['olena-marsh'],
    at: [0, '09:20'],
    hero: 'bridge',
    heroCaption: 'The riverside in Marlovo. Illustrative image',
    source: 'vessa-today',
    citing: 'emergency',
    featured: true,
    updated: 2,
    body: [
      {
        details:
          'The town council said about 1,600 residents of the Embankment district could return from {weekday} morning. The neighbouring Mill Street district, where the water was deeper, will follow once electricians have checked every building.',
      },
      'Returning residents are given a cleaning kit, a moisture meter to borrow and a leaflet on drying out walls. Council staff are marking each house with a coloured tag: green for safe, yellow for safe with repairs, and red where a structural engineer must visit first.',
      'By midday, 14 houses had been tagged red, most of them older brick buildings closest to the river.',
      {
        quote: 'The smell is the worst thing. The furniture you can throw away; the smell stays in the walls.',
        by: 'Ludmila Sorn, a resident of Embankment Street',
      },
      'The mayor, Agata Prus, said the council would keep the sports-hall shelter open until every family had somewhere dry to sleep. About 300 people were still living there on {weekday:-1}.',
      'Power was restored to the district overnight. Tap water in Marlovo is safe to drink, the utility said, but residents should run taps for five minutes before first use.',
    ],
    background: [
      ['vessa-level-at-marlovo-passes-1998-record', 'The Embankment and Mill Street districts were evacuated on {date}, when the river passed its 1998 record.'],
      ['volunteers-have-cleaned-1300-flooded-homes', 'Volunteers have helped clean about 1,300 flooded homes across the region.'],
      ['cabinet-approves-reconstruction-fund-for-lower-vessa', 'The cabinet approved a 2.1 billion crown reconstruction fund for the region.'],
    ],
  },
];
