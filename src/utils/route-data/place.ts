/** What a place's page shows, decided here so the page only renders it (places/[id]). */
import { searchIndustries } from '../../components/search/industries.ts';
import type { Status } from '../../pipeline/types.ts';
import { getNames, goalsAt, projectsAt, type PlaceEntry } from '../data.ts';
import { contents, neighbours, type TocItem } from './entity.ts';

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

/** Everything places/[id] shows besides the entry's own fields. */
export async function placeRoute(entry: PlaceEntry, prev?: PlaceEntry, next?: PlaceEntry) {
  const [industries, names, projects, goals] = await Promise.all([
    searchIndustries(entry.data.industryIds.map((i) => i.id)),
    getNames(),
    projectsAt(entry.id),
    goalsAt(entry.id),
  ]);
  return {
    searchIndustries: industries,
    names,
    projects,
    goals,
    toc: placeToc(goals.length, projects.length),
    ...neighbours('place', (e) => e.data.name, prev, next),
  };
}
