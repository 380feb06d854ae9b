/** The industries a page is about, as the search filters need them (name and tier). */
import { getIndustries } from '../../utils/data.ts';
import type { SearchIndustry } from './meta.ts';

/** Names and tiers of the given industry ids, in the generator's order; unknown ids are skipped. */
export async function searchIndustries(ids: readonly string[]): Promise<SearchIndustry[]> {
  const wanted = new Set(ids);
  return (await getIndustries())
    .filter((e) => wanted.has(e.id))
    .map((e) => ({ name: e.data.name, tier: e.data.tier }));
}
