/**
 * Where a plan's pages put its facts inside an atlas, by the same helpers the plan's own pages
 * use (reader-pages.ts, url.ts), so a link from the atlas always lands on the built page.
 */
import { sectionEntries } from '../../pipeline/emit/data.ts';
import type { PlanModel } from '../../pipeline/types.ts';
import { readerPages } from '../../utils/reader-pages.ts';
import { blockPathAt, entityPathAt } from '../../utils/url.ts';

/** A plan's home inside the atlas: "plans/<id>/". */
export function planHome(planId: string): string {
  return `plans/${planId}/`;
}

export interface PlanPaths {
  home: string;
  industry(id: string): string;
  goal(id: string): string;
  place(id: string): string;
  /** The reader page and anchor of a paragraph (block) or section heading. */
  block(id: string): string;
}

/** Site paths (no base) of a plan's pages and paragraphs inside the atlas. */
export function planPaths(model: PlanModel): PlanPaths {
  const home = planHome(model.meta.id);
  const sections = sectionEntries(model).map((s) => ({
    id: s.id,
    data: { title: s.title, level: s.level, parent: s.parent, blocks: s.blocks },
  }));
  const { blockPaths, sectionPaths } = readerPages(sections);
  return {
    home,
    industry: (id) => home + entityPathAt('industry', id),
    goal: (id) => home + entityPathAt('goal', id),
    place: (id) => home + entityPathAt('place', id),
    // As readerLinks(): an unknown id lands on the reader, where the link check reports it.
    block: (id) => home + (blockPaths.get(id) ?? sectionPaths.get(id) ?? blockPathAt('plan/', id)),
  };
}
