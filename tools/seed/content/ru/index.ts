import type { ArticleSeed } from '../types.ts';
import { BUDGET_RU } from './budget.ts';
import { CULTURE_RU } from './culture.ts';
import { ECONOMY_RU } from './economy.ts';
import { FLOOD_RU } from './flood.ts';
import { OPINION_RU } from './opinion.ts';
import { RAIL_RU } from './rail.ts';
import { SOCIETY_RU } from './society.ts';
import { TECH_RU } from './tech.ts';

export { SHOWCASE_SLUG_RU } from './rail.ts';

/** The Russian edition's demo articles (language 'ru'), by thread. */
export const ARTICLES_RU: ArticleSeed[] = [...FLOOD_RU, ...BUDGET_RU, ...RAIL_RU, ...TECH_RU, ...ECONOMY_RU, ...SOCIETY_RU, ...CULTURE_RU, ...OPINION_RU];
