/**
 * Which list pages a plan has: a kind of page the plan has nothing for (no places, no projects,
 * ...) is not built, so navigation, the home page, the sitemap and every link leave it out.
 * Pure: decided from the counts in data/plan.json.
 */

/** The site's lists, in the order the navigation shows them. */
export const LISTS = ['industries', 'goals', 'targets', 'places', 'projects', 'glossary'] as const;
export type List = (typeof LISTS)[number];

/** Counts of a plan (data/plan.json `counts`, or ModelCounts); other keys are ignored. */
export type Counts = object;

const LABELS: Record<List, string> = {
  industries: 'Industries',
  goals: 'Goals',
  targets: 'Targets',
  places: 'Places',
  projects: 'Projects',
  glossary: 'Glossary',
};

/** A list's name as navigation and its pages' titles say it: "Industries". */
export function listLabel(list: List): string {
  return LABELS[list];
}

const count = (counts: Counts, key: string): number => {
  const value = (counts as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
};

/** Whether the plan has anything for the list page `list` (the glossary: terms or corrections). */
export function hasList(counts: Counts, list: List): boolean {
  if (list === 'glossary') return count(counts, 'terms') + count(counts, 'corrections') > 0;
  return count(counts, list) > 0;
}

/** The lists the plan has, in navigation order. */
export function listsOf(counts: Counts): List[] {
  return LISTS.filter((list) => hasList(counts, list));
}

/** Main navigation: the Plan, the lists the plan has, About (site paths without the base). */
export function navItems(counts: Counts): { label: string; path: string }[] {
  return [
    { label: 'Plan', path: 'plan/' },
    ...listsOf(counts).map((list) => ({ label: listLabel(list), path: `${list}/` })),
    { label: 'About', path: 'about/' },
  ];
}

/** Static paths of a list route: none when the plan has nothing for it, else `paths()`. */
export function pathsIfAny<T>(counts: Counts, list: List, paths: () => T[]): T[] {
  return hasList(counts, list) ? paths() : [];
}
