import type { ArticleSeed } from '../types.ts';
import { BUDGET_UK } from './budget.ts';
import { CULTURE_UK } from './culture.ts';
import { ECONOMY_UK } from './economy.ts';
import { FLOOD_UK } from './flood.ts';
import { NEWS_UK } from './news.ts';
import { OPINION_UK } from './opinion.ts';
import { RAIL_UK } from './rail.ts';
import { SOCIETY_UK } from './society.ts';
import { TECH_UK } from './tech.ts';

export { SHOWCASE_SLUG_UK } from './rail.ts';

/** The Ukrainian edition's demo articles (language 'uk'), by thread. */
export const ARTICLES_UK: ArticleSeed[] = [...FLOOD_UK, ...BUDGET_UK, ...RAIL_UK, ...TECH_UK, ...ECONOMY_UK, ...SOCIETY_UK, ...CULTURE_UK, ...OPINION_UK, ...NEWS_UK];
