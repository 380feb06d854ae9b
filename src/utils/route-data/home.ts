/** What the home page shows, decided here so the page only renders it (index.astro). */
import {
  getGoals,
  getIndustries,
  getPlan,
  getPlaces,
  getProjects,
  getSections,
  getTargets,
} from '../data.ts';
import { plural } from '../format.ts';
import { getTierGroups } from '../list-pages.ts';
import { capped, HOME_PER_TIER, PER_PAGE } from '../paging.ts';
import { readerLinks } from '../reader.ts';
import { hasList, type Counts, type List } from '../site-lists.ts';
import { tierNamed, tierPath, type TierGroup } from './tiers.ts';

/**
 * The figures a reader asks for first: plan-wide numbers, then each industry's first number, in
 * the industries' order; at most `max`.
 */
export function headlineTargets<T extends { data: { industryId?: { id: string } } }>(
  targets: readonly T[],
  industries: readonly { id: string }[],
  max = 8,
): T[] {
  return [
    ...targets.filter((t) => !t.data.industryId),
    ...industries.flatMap((i) => targets.find((t) => t.data.industryId?.id === i.id) ?? []),
  ].slice(0, max);
}

/** A category's card: its first industries, how many more, and where the full list has it. */
export function tierCard<E>(group: TierGroup<E>) {
  const named = tierNamed(group);
  return {
    ...group,
    ...capped(group.items, HOME_PER_TIER),
    ...(named && { named }),
    path: tierPath(group, PER_PAGE.industries),
  };
}

/** How many of each thing the plan has, for the "Ways in" cards. */
export interface Sizes {
  sections: number;
  paragraphs: number;
  industries: number;
  goals: number;
  targets: number;
  places: number;
  projects: number;
}

/** The "Ways in" cards: a list is offered only when the plan has something for it. */
export function waysIn(
  counts: Counts,
  n: Sizes,
): { path: string; label: string; text: string; list?: List }[] {
  const ways: { path: string; label: string; text: string; list?: List }[] = [
    {
      path: 'plan/',
      label: 'Read the Plan',
      text: `${plural(n.sections, 'section', 'sections')}, ${plural(n.paragraphs, 'paragraph', 'paragraphs')}, each with a permalink.`,
    },
    {
      path: 'industries/',
      label: 'Industries',
      list: 'industries',
      text: `${plural(n.industries, 'industry', 'industries')} by the Plan’s categories.`,
    },
    {
      path: 'goals/',
      label: 'Goals',
      list: 'goals',
      text: `${plural(n.goals, 'goal', 'goals')} and where they are stated.`,
    },
    {
      path: 'targets/',
      label: 'Targets',
      list: 'targets',
      text: `${plural(n.targets, 'number', 'numbers')} in a table and a chart.`,
    },
    {
      path: 'places/',
      label: 'Places',
      list: 'places',
      text: `${plural(n.places, 'place', 'places')} with their right names.`,
    },
    {
      path: 'projects/',
      label: 'Projects',
      list: 'projects',
      text: `${plural(n.projects, 'major project', 'major projects')}.`,
    },
    {
      path: 'glossary/',
      label: 'Glossary',
      list: 'glossary',
      text: 'Terms, Chinese names and translation corrections.',
    },
    { path: 'about/', label: 'About', text: 'Sources, method and the translation caveat.' },
  ];
  return ways.filter((e) => e.list === undefined || hasList(counts, e.list));
}

/** Everything the home page shows besides the plan's metadata. */
export async function homeRoute() {
  const [plan, sections, industries, goals, targets, places, projects, tiers, links] =
    await Promise.all([
      getPlan(),
      getSections(),
      getIndustries(),
      getGoals(),
      getTargets(),
      getPlaces(),
      getProjects(),
      getTierGroups(),
      readerLinks(),
    ]);
  const paragraphs = sections.flatMap((s) => s.data.blocks);
  return {
    ...links,
    plan,
    lead: paragraphs[0],
    industries,
    targets,
    tiers,
    tierCards: tiers.map(tierCard),
    industryName: new Map(industries.map((i) => [i.id, i.data.name])),
    headline: headlineTargets(targets, industries),
    ways: waysIn(plan.counts, {
      sections: sections.filter((s) => !s.data.synthetic).length,
      paragraphs: paragraphs.length,
      industries: industries.length,
      goals: goals.length,
      targets: targets.length,
      places: places.length,
      projects: projects.length,
    }),
  };
}
