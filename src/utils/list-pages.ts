/**
 * The site's lists in the order their pages show them, and which list page holds the anchor of
 * each target, project, term and correction; built once (memo.ts; rules in paging.ts,
 * list-order.ts and route-data/tiers.ts).
 */
import {
  entries,
  getBlockIndex,
  getGoals,
  getIndustries,
  getPlan,
  getProjects,
  getTargets,
  type GoalEntry,
} from './data.ts';
import { correctionOrder, goalsOverallFirst, termOrder } from './list-order.ts';
import { pageCount, pageMap, PER_PAGE } from './paging.ts';
import { tierGroupsOf } from './route-data/tiers.ts';
import { memoise } from './memo.ts';
import { entityPathAt, type LinkKind } from './url.ts';

/**
 * The plan's categories in text order, each with its industries, then those in none (`id`
 * "none"): the groups the home page and industries/ show, whose concatenation industries/ lists.
 */
export async function getTierGroups() {
  const [industries, plan] = await Promise.all([getIndustries(), getPlan()]);
  return tierGroupsOf(industries, plan.tiers);
}

/** Goals as /goals/ lists them: plan-wide goals first. */
export async function goalsInListOrder(): Promise<GoalEntry[]> {
  return goalsOverallFirst(await getGoals());
}

/** Glossary terms in alphabetical order. */
export async function getTerms() {
  return termOrder(await entries('terms'));
}

/** Corrections in reading order of where they were applied. */
export async function getCorrections() {
  const [corrections, blocks] = await Promise.all([entries('corrections'), getBlockIndex()]);
  return correctionOrder(corrections, (id) => blocks.get(id)?.index);
}

/** Pages of the glossary: terms and corrections each fill pages from the first. */
export function glossaryPageCount(terms: number, corrections: number): number {
  return Math.max(pageCount(terms, PER_PAGE.terms), pageCount(corrections, PER_PAGE.corrections));
}

export interface ListLinks {
  /** `entityPathAt` with the list page of a target, project, term or correction filled in. */
  entityPath(kind: LinkKind, id: string): string;
}

type AnchorKind = 'target' | 'project' | 'term' | 'correction';

async function makeLinks(): Promise<ListLinks> {
  const [targets, projects, terms, corrections] = await Promise.all([
    getTargets(),
    getProjects(),
    getTerms(),
    getCorrections(),
  ]);
  const ids = (list: { id: string }[]) => list.map((e) => e.id);
  const pages: Record<AnchorKind, Map<string, number>> = {
    target: pageMap(ids(targets), PER_PAGE.targets),
    project: pageMap(ids(projects), PER_PAGE.projects),
    term: pageMap(ids(terms), PER_PAGE.terms),
    correction: pageMap(ids(corrections), PER_PAGE.corrections),
  };
  return {
    // An unknown id links to page 1, where it has no anchor: the integrity check reports it.
    entityPath: (kind, id) =>
      entityPathAt(kind, id, kind in pages ? (pages[kind as AnchorKind].get(id) ?? 1) : 1),
  };
}

/** Where to link an entity; built once (memo.ts). */
export const listLinks: () => Promise<ListLinks> = memoise(makeLinks);
