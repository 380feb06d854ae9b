/** What a place's page shows, decided here so the page only renders it (places/[id]). */
import { searchIndustries } from '../../components/search/industries.ts';
import type { Status } from '../../pipeline/types.ts';
import { getNames, goalsAt, projectsAt, type PlaceEntry } from '../data.ts';
import type { Neighbours } from '../paths.ts';
import type { SearchIndustry } from '../../components/search/meta.ts';
import {
  contents,
  entityHead,
  named,
  neighbours,
  type CrossRefSection,
  type TocItem,
} from './entity.ts';

const IDENTIFIED: Record<Status, string> = {
  verified: 'confirmed in a public source',
  likely: 'a strong inference, not confirmed',
  unknown: 'could not be settled',
};

/** What a place's identification status means: "confirmed in a public source". */
export function identification(status: Status): string {
  return IDENTIFIED[status];
}

/** The sections a place's page shows, in order: goals and projects only when it has some. */
export function placeToc(goals: number, projects: number): TocItem[] {
  return contents([
    { id: 'industries', text: 'Industries' },
    goals > 0 && { id: 'goals', text: 'Goals' },
    projects > 0 && { id: 'projects', text: 'Projects' },
    { id: 'mentions', text: 'Mentions' },
  ]);
}

/** The head of a place's page: "Zhangjiang, Pudong: where the Plan names it and ...". */
export function placeHead(
  d: Pick<PlaceEntry['data'], 'name' | 'district'>,
  toc: TocItem[],
  searchIndustries: SearchIndustry[],
) {
  const description = `${d.name}${d.district ? `, ${d.district}` : ''}: where the Plan names it and for which industries.`;
  return entityHead('place', d.name, description, toc, searchIndustries);
}

/** Everything places/[id] shows besides the entry's own fields. */
export async function placeRoute({ entry, prev, next }: Neighbours<PlaceEntry>) {
  const [industries, names, projects, goals] = await Promise.all([
    searchIndustries(entry.data.industryIds.map((i) => i.id)),
    getNames(),
    projectsAt(entry.id),
    goalsAt(entry.id),
  ]);
  return {
    d: entry.data,
    head: placeHead(entry.data, placeToc(goals.length, projects.length), industries),
    projects,
    industries: {
      id: 'industries',
      title: 'Industries',
      kind: 'industry',
      items: named(entry.data.industryIds, names.industry),
      empty: 'No industry is tied to this place.',
    } satisfies CrossRefSection,
    goals: {
      id: 'goals',
      title: 'Goals',
      kind: 'goal',
      items: goals.map((g) => ({ id: g.id, label: g.data.title })),
    } satisfies CrossRefSection,
    ...neighbours('place', (e) => e.data.name, prev, next),
  };
}
