import type { ArticleSeed } from './types.ts';

/** Thread: the 2027 state budget in the National Assembly. */
export const BUDGET: ArticleSeed[] = [
  {
    slug: 'finance-ministry-submits-2027-draft-budget',
    title: 'Finance ministry submits the 2027 draft budget to the National Assembly',
    standfirst: 'The government has sent its draft budget for 2027 to the National Assembly, promising to hold spending growth below inflation for a second year.',
    section: 'politics',
    tags: ['state-budget', 'national-assembly', 'taxes'],
    authors: ['tomas-berendt'],
    at: [15, '12:00'],
    hero: 'parliament',
    source: 'finance-ministry',
    body: [
      {
        details:
          'The draft foresees revenues of 612 billion crowns and spending of 668 billion crowns. The Finance Minister, Pavel Rusanek, delivered the document to the Speaker of the Assembly shortly before noon.',
      },
      "Spending on transport infrastructure and on healthcare rises, while most ministries' running costs are frozen at this year's level. Public-sector wages, including teachers' pay, are also frozen, with the exception of doctors and nurses.",
      'No major tax rates change. The draft extends a reduced VAT rate on heating until the end of 2027 and raises excise duty on tobacco by 8%.',
      {
        quote: 'This is a budget for a country that wants to pay its debts on time. It will not make anyone cheer, and it is not meant to.',
        by: 'Pavel Rusanek, Finance Minister',
      },
      "The Assembly has until mid-December to pass the budget in two readings. The governing coalition of the Civic Alliance and the Farmers' and Regions Party holds 84 of the Assembly's 150 seats.",
    ],
  },
  {
    slug: 'draft-budget-assumes-growth-and-deficit',
    title: 'Draft budget assumes 2.8% growth and a deficit of 3.4% of GDP',
    standfirst:
      'The government expects the economy to grow faster next year than this year and the budget deficit to narrow slightly, according to documents published with the draft.',
    section: 'economics',
    tags: ['state-budget', 'taxes', 'inflation'],
    authors: ['iryna-salk'],
    at: [14, '17:30'],
    hero: 'chart',
    source: 'finance-ministry',
    citing: 'kbr',
    body: [
      {
        details:
          "The ministry's macroeconomic forecast assumes real growth of 2.8% in 2027, up from an expected 2.1% this year, and average inflation of 3.6%. The deficit is projected to fall from 3.7% to 3.4% of GDP.",
      },
      'Public debt would rise to 54.2% of GDP by the end of 2027, the ministry estimates, before starting to fall in 2028. Interest payments are the fastest-growing item in the budget, up 14% to 31 billion crowns.',
      'Economists said the growth forecast was at the top of the range of private forecasts. The median of eleven forecasts collected by the Korvana Business Review last month was 2.3%.',
      {
        quote: 'Every half a point of growth the economy does not deliver is roughly four billion crowns of revenue the budget will not get.',
        by: 'Lukas Perr, economist at the Centre for Fiscal Studies',
      },
      'The ministry said the forecast reflected the first spending from the Northern Rail Link project and a recovery in exports through the Port of Ostrel.',
    ],
    background: [['finance-ministry-submits-2027-draft-budget', 'The draft 2027 budget was submitted to the National Assembly on {date}.']],
  },
  {
    slug: 'opposition-calls-draft-budget-a-spreadsheet-without-a-plan',
    title: 'Opposition calls the draft budget "a spreadsheet without a plan"',
    standfirst: "The main opposition party says the government's draft budget cuts investment in the regions and will propose its own alternative before the first reading.",
    section: 'politics',
    tags: ['state-budget', 'opposition', 'national-assembly'],
    authors: ['tomas-berendt'],
    at: [13, '15:20'],
    hero: 'skyline',
    source: 'assembly',
    citing: 'courier',
    body: [
      {
        details:
          "New Direction, which holds 52 seats, said regional development spending fell by 9% in real terms in the draft. Its finance spokesperson, Dana Holst, presented the party's analysis at a press conference in the Assembly.",
      },
      {
        quote: 'The government has balanced a spreadsheet. It has not told anyone in Hollin or Pellin what their town will look like in five years.',
        by: 'Dana Holst, finance spokesperson for New Direction',
      },
      "Ms Holst said the party would table an alternative budget that keeps the deficit target but shifts 6 billion crowns from ministries' administration into regional roads, rural clinics and flood defences.",
      'The party also wants to end the pay freeze for teachers, which it says would cost 2.4 billion crowns a year.',
      'The chair of the Assembly\'s budget committee, Mirek Sobran of the Civic Alliance, said the opposition was welcome to propose amendments "as long as every one of them says where the money comes from".',
    ],
    background: [
      ['finance-ministry-submits-2027-draft-budget', 'The government submitted a draft budget with spending of 668 billion crowns on {date}.'],
      ['draft-budget-assumes-growth-and-deficit', 'The draft assumes growth of 2.8% and a deficit of 3.4% of GDP.'],
    ],
  },
  {
    slug: 'teachers-union-threatens-protest-over-pay-freeze',
    title: "Teachers' union threatens protest over pay freeze in draft budget",
    standfirst: "The largest teachers' union says it will organise a national day of protest if the pay freeze in next year's draft budget is not lifted.",
    section: 'society',
    tags: ['education', 'labour', 'state-budget'],
    authors: ['mira-castellan'],
    at: [12, '11:00'],
    hero: 'school',
    source: 'courier',
    body: [
      {
        details:
          'The Union of Education Workers, which represents about 140,000 teachers and school staff, said its board had voted unanimously to prepare a protest for early December.',
      },
      "Teachers' pay rose by 10% at the start of this year after two years without an increase. The union says inflation since then has eaten most of the rise and that young teachers are leaving for the private sector.",
      {
        quote: 'We are not asking for a miracle. We are asking not to go backwards for the third time in five years.',
        by: 'Vera Stoll, chair of the Union of Education Workers',
      },
      'The Education Minister, Arkady Linn, said he had asked the finance ministry to find room for a rise "in the second half of the year" and would meet the union in the coming days.',
      "A national teachers' protest would be the first since 2019, when schools in most large towns closed for a day.",
    ],
    background: [
      ['finance-ministry-submits-2027-draft-budget', 'The draft budget freezes public-sector wages except for doctors and nurses.'],
      ['opposition-calls-draft-budget-a-spreadsheet-without-a-plan', "The opposition New Direction party has called for the teachers' pay freeze to end."],
    ],
  },
  {
    slug: 'budget-committee-hearings-finance-minister-defends-spending-cap',
    title: 'Budget committee begins hearings; finance minister defends spending cap',
    standfirst: 'Pavel Rusanek told deputies that the limit on spending growth was the only way to keep borrowing costs from rising further.',
    section: 'politics',
    tags: ['state-budget', 'national-assembly'],
    authors: ['tomas-berendt'],
    at: [10, '13:45'],
    hero: 'parliament',
    source: 'assembly',
    body: [
      {
        details:
          'The committee heard the Finance Minister for three hours on the first day of its hearings. Ministers of health, education, infrastructure and agriculture will appear over the next week.',
      },
      "Mr Rusanek said the government's rule that spending may not grow faster than inflation had brought yields on ten-year government bonds down by almost a percentage point since it was introduced.",
      {
        quote: 'The spending cap is not an ideology. It is the reason we pay less to borrow than we did two years ago, and those savings are in this budget.',
        by: 'Pavel Rusanek, Finance Minister',
        context: "to the Assembly's budget committee",
      },
      'Several deputies from both the coalition and the opposition asked how the cap would apply to spending on the flood in the Lower Vessa region. Mr Rusanek said emergency spending was outside the cap but that reconstruction over several years would have to fit within it.',
      'The committee chair, Mirek Sobran, said he expected the budget to reach the floor for its first reading within a week.',
    ],
    background: [
      ['finance-ministry-submits-2027-draft-budget', 'The government sent its draft 2027 budget to the Assembly on {date}.'],
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The government declared a state of emergency in four flood-hit districts on {date}.'],
    ],
  },
  {
    slug: 'flood-costs-force-rethink-of-budget-reserve',
    title: 'Flood costs force a rethink of the budget reserve, committee chair says',
    standfirst: "The chair of the Assembly's budget committee says next year's general reserve must be rebuilt after most of this year's was spent on the Lower Vessa flood.",
    section: 'politics',
    tags: ['state-budget', 'floods', 'national-assembly'],
    authors: ['tomas-berendt', 'iryna-salk'],
    at: [9, '18:10'],
    hero: 'flood',
    heroCaption: 'Flooded land in the Lower Vessa region. Illustrative image',
    source: 'assembly',
    citing: 'rtv-north',
    body: [
      {
        details:
          "The government's reserve fund for this year stood at 1.2 billion crowns before the flood. Mirek Sobran said about 800 million had been committed or spent on the emergency response so far.",
      },
      'The draft budget for 2027 sets the reserve at 1.5 billion crowns. Mr Sobran said that was "not enough for a country that has had two hundred-year floods in thirty years" and that the committee would look for a way to raise it.',
      {
        quote: 'We are going to spend this money either way. The only question is whether we plan for it in December or scramble for it in July.',
        by: 'Mirek Sobran, chair of the budget committee',
      },
      'The opposition welcomed the idea but said a larger reserve should not become "a slush fund". Dana Holst of New Direction proposed that any spending from the reserve above 100 million crowns require the committee\'s approval.',
      "The finance ministry said it was preparing a separate reconstruction programme for the region, which would be presented before the budget's second reading.",
    ],
    background: [
      ['government-declares-emergency-in-four-lower-vessa-districts', 'The cabinet released 300 million crowns from the reserve when it declared the emergency.'],
      [
        'budget-committee-hearings-finance-minister-defends-spending-cap',
        'The Finance Minister told the committee that multi-year reconstruction would have to fit within the spending cap.',
      ],
    ],
  },
  {
    slug: 'fiscal-council-warns-revenue-forecasts-optimistic',
    title: 'Fiscal Council warns that revenue forecasts in the draft budget are optimistic',
    standfirst: "The independent Fiscal Council says tax revenues next year could fall up to 7 billion crowns short of the government's estimate.",
    section: 'economics',
    tags: ['state-budget', 'taxes'],
    authors: ['iryna-salk'],
    at: [7, '10:30'],
    hero: 'chart',
    source: 'fiscal-council',
    citing: 'kbr',
    body: [
      {
        details:
          'In its [opinion on the draft](https://fiscalcouncil.example.org/opinions/draft-budget-2027), the council said the government\'s growth assumption of 2.8% was "plausible but at the upper end" and that revenue from corporate income tax looked particularly high.',
      },
      "The council's central scenario has growth of 2.3% and revenues 4 billion crowns lower than the draft. In a weaker scenario, the shortfall reaches 7 billion crowns and the deficit rises to 3.9% of GDP.",
      'It also said the draft did not yet include the cost of the flood in the Lower Vessa region, which it estimated at between 1.5 and 3 billion crowns spread over three years.',
      {
        quote: 'The budget is not wrong. It simply leaves very little room for anything to go wrong, and something usually does.',
        by: 'Jana Lisk, chair of the Fiscal Council',
      },
      'The finance ministry said its forecasts were "prudent" and noted that revenues this year had come in above plan.',
    ],
    background: [
      ['draft-budget-assumes-growth-and-deficit', 'The draft budget assumes 2.8% growth and a deficit of 3.4% of GDP.'],
      ['flood-costs-force-rethink-of-budget-reserve', "The budget committee chair said the flood had exhausted most of this year's reserve."],
    ],
  },
  {
    slug: 'assembly-passes-budget-at-first-reading',
    title: 'National Assembly passes the budget at first reading by 87 votes to 61',
    standfirst: "Deputies have approved the government's draft budget in principle, with three opposition deputies voting in favour.",
    section: 'politics',
    tags: ['state-budget', 'national-assembly', 'opposition'],
    authors: ['tomas-berendt'],
    at: [5, '16:00'],
    hero: 'parliament',
    source: 'assembly',
    updated: 2,
    body: [
      {
        details:
          'The vote followed a debate of almost nine hours. All 84 coalition deputies voted in favour, as did three members of the small Regional Voice group. New Direction voted against, and two deputies abstained.',
      },
      "The first reading approves the budget's main figures: total revenue, total spending and the deficit. Amendments to individual items can be tabled before the second reading.",
      {
        quote: 'We have voted for a framework. Now the real work begins, line by line.',
        by: 'Mirek Sobran, chair of the budget committee',
      },
      'During the debate, the Prime Minister, Ilse Marenova, said the government would "find a solution for teachers before the second reading", her first public comment on the dispute over pay.',
      "Dana Holst of New Direction said her party would table amendments on flood defences, rural clinics and teachers' pay.",
    ],
    background: [
      ['finance-ministry-submits-2027-draft-budget', 'The draft budget was submitted on {date}.'],
      ['teachers-union-threatens-protest-over-pay-freeze', "The teachers' union has threatened a national protest over the pay freeze."],
      ['fiscal-council-warns-revenue-forecasts-optimistic', 'The Fiscal Council warned that revenue forecasts in the draft were optimistic.'],
    ],
  },
  {
    slug: 'government-agrees-pay-rise-for-teachers',
    title: 'Government agrees a 6% pay rise for teachers from April',
    standfirst: "The government and the largest teachers' union have reached a deal that ends the threat of a national protest.",
    section: 'society',
    tags: ['education', 'labour', 'state-budget'],
    authors: ['mira-castellan', 'tomas-berendt'],
    at: [3, '12:40'],
    hero: 'school',
    source: 'courier',
    citing: 'assembly',
    body: [
      {
        details:
          "Teachers' salaries will rise by 6% from 1 April. The Education Minister, Arkady Linn, said the rise would cost about 1.7 billion crowns next year and would be paid for by cutting the ministry's own administration and delaying a school IT programme.",
      },
      'The union had demanded 8% from January. Its chair, Vera Stoll, said the board accepted the deal because it also includes a guaranteed review of pay every autumn.',
      {
        quote: 'It is less than we asked for and more than we were offered. That is what an agreement looks like.',
        by: 'Vera Stoll, chair of the Union of Education Workers',
      },
      'The government will table the rise as an amendment to the budget before its second reading.',
      'New Direction said the deal showed that "the money was always there" and said it would still propose an increase from January.',
    ],
    background: [
      ['teachers-union-threatens-protest-over-pay-freeze', 'The union threatened a national day of protest over the pay freeze.'],
      ['assembly-passes-budget-at-first-reading', 'The budget passed its first reading on {date} by 87 votes to 61.'],
    ],
  },
  {
    slug: 'deputies-file-amendments-before-budget-second-reading',
    title: "Deputies file 412 amendments before the budget's second reading",
    standfirst: 'The deadline for amendments to the 2027 budget has passed, with requests that would together add more than 40 billion crowns in spending.',
    section: 'politics',
    tags: ['state-budget', 'national-assembly', 'opposition'],
    authors: ['tomas-berendt'],
    at: [1, '11:15'],
    hero: 'parliament',
    source: 'assembly',
    body: [
      {
        details: "Of the 412 amendments, 251 came from opposition deputies, 139 from coalition deputies and 22 from the government itself, the Assembly's press service said.",
      },
      "The largest single request, from New Direction, would move 6 billion crowns from ministries' administration to regional investment. The government's own amendments include the teachers' pay rise and the first year of the Lower Vessa reconstruction programme.",
      'Most amendments by individual deputies ask for money for specific roads, schools or hospitals in their constituencies. By tradition few of them pass.',
      {
        quote: 'Four hundred amendments is about average. What matters is which twenty the committee supports.',
        by: 'Mirek Sobran, chair of the budget committee',
      },
      'The committee will vote on the amendments over two days before the budget returns to the floor.',
    ],
    background: [
      ['assembly-passes-budget-at-first-reading', 'The budget passed its first reading on {date}.'],
      ['government-agrees-pay-rise-for-teachers', 'The government agreed a 6% pay rise for teachers from April.'],
    ],
  },
  {
    slug: 'budget-committee-backs-reconstruction-fund-amendment',
    title: 'Budget committee backs reconstruction fund amendment with cross-party support',
    standfirst: "The Assembly's budget committee has unanimously approved adding the first 700 million crowns of the Lower Vessa reconstruction fund to next year's budget.",
    section: 'politics',
    tags: ['state-budget', 'reconstruction', 'national-assembly'],
    authors: ['tomas-berendt'],
    at: [0, '14:10'],
    hero: 'parliament',
    source: 'assembly',
    citing: 'rtv-north',
    body: [
      {
        details:
          "All 21 members of the committee voted for the amendment. The committee also adopted an opposition proposal requiring quarterly reports to the Assembly on how the fund's money is spent.",
      },
      "It was the first day of voting on amendments. The committee approved 9 of the 64 amendments it considered, including the teachers' pay rise, and rejected New Direction's proposal to move 6 billion crowns into regional investment.",
      {
        quote: 'On the flood we agree. On almost everything else, we will keep arguing tomorrow.',
        by: 'Dana Holst, finance spokesperson for New Direction',
      },
      'The committee resumes voting on the remaining amendments in the morning. The budget is expected to return to the floor for its second reading next week.',
    ],
    background: [
      ['cabinet-approves-reconstruction-fund-for-lower-vessa', 'The cabinet approved a 2.1 billion crown reconstruction fund for the region on {date}.'],
      ['deputies-file-amendments-before-budget-second-reading', 'Deputies filed 412 amendments before the second reading.'],
    ],
  },
];
