/**
 * What the search index knows about a page besides its text: Pagefind filters (kind, plan, level,
 * region, tier, industry) and metadata (title, other names, kind, plan, industry).
 * SearchMeta.astro renders these as <meta> tags; Pagefind reads `data-pagefind-filter` /
 * `data-pagefind-meta` anywhere in the page. Every page of a plan names its plan, so one index
 * over many plans (an atlas) can be narrowed to one, and a result says where it comes from.
 */
import type { BlockKind } from '../../pipeline/types.ts';
import { tierLabel } from '../../utils/format.ts';

/** Page kinds, as the "kind" filter shows them. */
export const KIND_LABELS = {
  industry: 'Industry',
  goal: 'Goal',
  target: 'Target',
  place: 'Place',
  project: 'Project',
  plan: 'Plan text',
  page: 'Page',
} as const;

export type SearchKind = keyof typeof KIND_LABELS;

/** An industry a page is about (the page's own industry, or those a goal concerns). */
export interface SearchIndustry {
  name: string;
  /** The plan's own category label, as the model has it. */
  tier?: string;
}

/** Levels of government, as the "level" filter shows them, from the top of the state down. */
export const LEVEL_LABELS = {
  national: 'National',
  provincial: 'Provincial',
  city: 'City',
  county: 'County',
} as const;

/** The plan a page belongs to, as the search filters need it. */
export interface SearchPlan {
  /** The plan's short title: the "plan" filter's value and the result's plan line. */
  title: string;
  level?: keyof typeof LEVEL_LABELS;
  region?: string;
}

/** Industries a page may be found under by the industry filter; a page naming more has none. */
export const MAX_INDUSTRY_FILTERS = 12;

/** Props of SearchMeta.astro. */
export interface SearchMetaProps {
  kind: SearchKind;
  /** Result title; defaults to the page's first h1. */
  title?: string;
  industries?: SearchIndustry[];
  /** The subject's other names (its Chinese name, "chips", "EVs"), searched as metadata. */
  aliases?: readonly (string | undefined)[];
  /** The plan the page belongs to; none for a page about several plans (the atlas layer). */
  plan?: SearchPlan;
}

/** One <meta> tag: `content` is captured by Pagefind as a filter value or a metadata field. */
export interface SearchField {
  name: string;
  content: string;
  filter?: string;
  meta?: string;
}

/** The <meta> tags that give Pagefind a page's filters and metadata, in a stable order. */
export function searchFields({
  kind,
  title,
  industries = [],
  aliases = [],
  plan,
}: SearchMetaProps): SearchField[] {
  const label = KIND_LABELS[kind];
  const fields: SearchField[] = [
    { name: 'atlas:kind', content: label, filter: 'kind', meta: 'kind' },
    ...planFields(plan),
  ];
  if (title?.trim()) fields.push({ name: 'atlas:title', content: title.trim(), meta: 'title' });
  // One-word names ("chips", "EVs", 集成电路) apart from longer ones ("new energy cars"): a
  // one-word query matches the first whole, the second only in part (see SEARCH_OPTIONS).
  const others = [...new Set(aliases.map((a) => a?.trim().replace(/\s+/g, ' ') ?? ''))];
  const words = others.filter((a) => a !== '' && !a.includes(' '));
  const phrases = others.filter((a) => a.includes(' '));
  if (words.length > 0) {
    fields.push({ name: 'atlas:alias-words', content: words.join(', '), meta: 'aliasWord' });
  }
  if (phrases.length > 0) {
    fields.push({ name: 'atlas:alias-phrases', content: phrases.join(', '), meta: 'aliasPhrase' });
  }
  const all = [...new Set(industries.map((i) => i.name.trim()).filter(Boolean))];
  // A page naming many industries (a goal that enumerates a tier) is about none of them in
  // particular: as a filter value under each it was noise, and its tags weighed more than its text.
  const names = all.length > MAX_INDUSTRY_FILTERS ? [] : all;
  for (const name of names)
    fields.push({ name: 'atlas:industry', content: name, filter: 'industry' });
  if (names.length > 0) {
    fields.push({ name: 'atlas:industries', content: names.join(', '), meta: 'industry' });
  }
  // The "tier" filter shows the plan's own category labels, in the order the page names them.
  const tiers = [...new Set(industries.flatMap((i) => (i.tier ? [tierLabel(i.tier)] : [])))];
  for (const tier of tiers) fields.push({ name: 'atlas:tier', content: tier, filter: 'tier' });
  return fields;
}

/** The plan's filters (plan, level, region) and its title as metadata for the result's plan line. */
function planFields(plan: SearchPlan | undefined): SearchField[] {
  const title = plan?.title.trim();
  if (!plan || !title) return [];
  const fields: SearchField[] = [
    { name: 'atlas:plan', content: title, filter: 'plan', meta: 'plan' },
  ];
  if (plan.level)
    fields.push({ name: 'atlas:level', content: LEVEL_LABELS[plan.level], filter: 'level' });
  const region = plan.region?.trim();
  if (region) fields.push({ name: 'atlas:region', content: region, filter: 'region' });
  return fields;
}

/** Pagefind's capture syntax for one field: `kind[content]`, both for filters and metadata. */
export function captureAttrs(field: SearchField): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (field.filter) attrs['data-pagefind-filter'] = `${field.filter}[content]`;
  if (field.meta) attrs['data-pagefind-meta'] = `${field.meta}[content]`;
  return attrs;
}

/** A block of the plan text, as far as its search title needs it. */
export interface TitledBlock {
  kind: BlockKind;
  number?: string;
  label?: string;
}

/**
 * Title of a block's search sub-result. With `id` and `data-pagefind-title` on the block's
 * element, Pagefind makes the block a sub-result whose link lands on its anchor.
 * `position` is the block's 1-based place in its section.
 */
export function blockSearchTitle(
  sectionTitle: string,
  block: TitledBlock,
  position: number,
): string {
  const section = sectionTitle.trim();
  const label = block.label?.trim();
  if (label) return `${section}: ${label}`;
  if (block.kind === 'item' && block.number) return `${section}: item ${block.number.trim()}`;
  return `${section}, paragraph ${position}`;
}
