/**
 * The extract stage: entities from the document tree, by rules (structure.yaml) and data
 * (industries, places, glossary, corrections), never by known sentences.
 */
import type { Editorial } from '../editorial/types.ts';
import type { Goal, Industry, Place, PlanDocument, PlanModel, Project, Target } from '../types.ts';
import { buildContext, industryNamer } from './context.ts';
import { extractCorrections } from './corrections.ts';
import { extractGoals } from './goals.ts';
import { discoverIndustries, extractIndustries } from './industries.ts';
import { findLists } from './lists.ts';
import { withoutNonIndustries } from './not-industries.ts';
import { extractPlaces } from './places.ts';
import { extractProjects } from './projects.ts';
import { extractTargets } from './targets.ts';
import { extractTerms } from './terms.ts';

export type Extracted = Pick<
  PlanModel,
  | 'industries'
  | 'tiers'
  | 'goals'
  | 'targets'
  | 'places'
  | 'projects'
  | 'terms'
  | 'corrections'
  | 'warnings'
>;

/** Extract every entity kind from `doc`; cross-references between entities are filled here,
 *  mentions and backlinks by link. `heads`: the plan's title and issuer (for its own places);
 *  `issued`: the year the plan was issued, when known. */
export function extract(
  doc: PlanDocument,
  editorial: Editorial,
  file: string,
  heads: string[] = [],
  issued?: number,
): Extracted {
  // Lists first: the industries they name that the vocabulary lacks become this plan's own.
  const lists = findLists(doc, editorial);
  const discovered = discoverIndustries(lists, editorial);
  const vocabulary =
    discovered.length > 0
      ? { ...editorial, industries: [...editorial.industries, ...discovered] }
      : editorial;
  const ctx = buildContext(doc, vocabulary, file);
  const read = extractIndustries(ctx, lists, discovered);
  const goalSources = extractGoals(ctx, heads);
  const goals = goalSources.map((source) => source.goal);
  const targets = extractTargets(ctx, goalSources, heads, issued);
  const places = extractPlaces(ctx, heads);
  const { industries, tiers } = withoutNonIndustries(
    read.industries,
    read.tiers,
    places,
    heads[0] ?? '',
  );
  const projects = extractProjects(ctx);
  const terms = extractTerms(ctx);
  const corrections = extractCorrections(ctx);

  keepExtracted(industries, goals, targets, places, projects);
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  for (const target of targets)
    if (target.goalId) goalById.get(target.goalId)?.targetIds.push(target.id);
  // Each industry's goals, targets, places and projects, in their own order (indexed once:
  // filtering every list per industry was quadratic).
  const goalsOf = byIndustry(goals.map((goal) => [goal.id, goal.industryIds]));
  const targetsOf = byIndustry(
    targets.map((target) => [target.id, target.industryId ? [target.industryId] : []]),
  );
  const placesOf = byIndustry(places.map((place) => [place.id, place.industryIds]));
  const projectsOf = byIndustry(projects.map((project) => [project.id, project.industryIds]));
  for (const industry of industries) {
    const id = industry.id;
    industry.goalIds = goalsOf.get(id) ?? [];
    industry.targetIds = targetsOf.get(id) ?? [];
    industry.placeIds = placesOf.get(id) ?? [];
    industry.projectIds = projectsOf.get(id) ?? [];
  }
  return {
    industries,
    tiers,
    goals,
    targets,
    places,
    projects,
    terms,
    corrections,
    warnings: ctx.warnings,
  };
}

/** Entity ids by the industries each names, in entity order, each id once per industry. */
function byIndustry(entries: [string, string[]][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [entity, industryIds] of entries) {
    for (const id of new Set(industryIds)) {
      const list = out.get(id);
      if (list) list.push(entity);
      else out.set(id, [entity]);
    }
  }
  return out;
}

/** A vocabulary name the industries or places extractor did not take (no industry context, a
 *  name inside a longer place name) is no entity of this plan: nothing may point at it. */
function keepExtracted(
  industries: Industry[],
  goals: Goal[],
  targets: Target[],
  places: Place[],
  projects: Project[],
): void {
  const ids = new Set(industries.map((industry) => industry.id));
  const placeIds = new Set(places.map((place) => place.id));
  const keep = (list: string[]) => list.filter((id) => ids.has(id));
  const keepPlaces = (list: string[]) => list.filter((id) => placeIds.has(id));
  for (const goal of goals) {
    goal.industryIds = keep(goal.industryIds);
    goal.placeIds = keepPlaces(goal.placeIds);
  }
  for (const place of places) place.industryIds = keep(place.industryIds);
  for (const project of projects) {
    project.industryIds = keep(project.industryIds);
    project.placeIds = keepPlaces(project.placeIds);
  }
  for (const target of targets)
    if (target.industryId !== undefined && !ids.has(target.industryId)) delete target.industryId;
}

/** For parse: whether an unmarked heading names an industry (then it is a level-2 subheading). */
export function isIndustryHeading(editorial: Editorial): (title: string) => boolean {
  const named = industryNamer(editorial);
  return (title) => named(title) !== undefined;
}
