/** What a goal's page shows, decided here so the page only renders it (goals/[id]). */
import { render } from 'astro:content';
import { searchIndustries } from '../../components/search/industries.ts';
import { blocksFor, entriesById, getNames, type GoalEntry } from '../data.ts';
import { mdxOriginalText } from '../mdx-text.ts';
import type { Neighbours } from '../paths.ts';
import { capped } from '../paging.ts';
import { readerLinks } from '../reader.ts';
import type { SearchIndustry } from '../../components/search/meta.ts';
import { contents, entityHead, folded, inRefOrder, named, neighbours } from './entity.ts';
import type { CrossRefSection, TocItem } from './entity.ts';

type Goal = GoalEntry['data'];

/** "Overall goal" or "Industry goal". */
export function goalKindLabel(kind: Goal['kind']): string {
  return kind === 'overall' ? 'Overall goal' : 'Industry goal';
}

/**
 * Whether the statement (the goal's MDX body) is its whole paragraph: the page then does not show
 * the paragraph a second time; otherwise the paragraph waits behind a disclosure, so the
 * statement's sentences are not read twice.
 */
export function statementIsParagraph(body: string, paragraph: string | undefined): boolean {
  return paragraph !== undefined && mdxOriginalText(body) === folded(paragraph);
}

/** The sections a goal's page shows, in order: "Source" only when its paragraph is known. */
export function goalToc(hasSource: boolean): TocItem[] {
  return contents([
    { id: 'statement', text: 'Statement' },
    hasSource && { id: 'source', text: 'Source' },
    { id: 'targets', text: 'Targets' },
    { id: 'industries', text: 'Industries' },
    { id: 'places', text: 'Places' },
  ]);
}

/** The head of a goal's page: "Industry goal for 2025: Build a world-class cluster." */
export function goalHead(
  d: Pick<Goal, 'title' | 'kind' | 'year'>,
  hasSource: boolean,
  searchIndustries: SearchIndustry[],
) {
  const description = `${goalKindLabel(d.kind)}${d.year ? ` for ${d.year}` : ''}: ${d.title}.`;
  return entityHead('goal', d.title, description, goalToc(hasSource), searchIndustries);
}

/** Industries a goal's page lists; the rest of a goal that enumerates a whole tier are named
 *  (and linked) in its statement, so the page says how many more there are and points there. */
export const GOAL_INDUSTRIES_SHOWN = 24;

/** The industries a goal's page lists, and the rest as a count with a link to the statement. */
export function shownIndustries(
  items: CrossRefSection['items'],
): Pick<CrossRefSection, 'items' | 'more'> {
  const { shown, more } = capped(items, GOAL_INDUSTRIES_SHOWN);
  return more > 0
    ? { items: shown, more: { count: more, where: 'statement', href: '#statement' } }
    : { items: shown };
}

/** Everything goals/[id] shows besides the entry's own fields and its MDX body. */
export async function goalRoute({ entry, prev, next }: Neighbours<GoalEntry>) {
  const d = entry.data;
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const [{ Content }, industries, names, [source], targets, places, links] = await Promise.all([
    render(entry),
    searchIndustries(ids(d.industries)),
    getNames(),
    blocksFor([d.block]),
    entriesById('targets', ids(d.targets)),
    entriesById('places', ids(d.places)),
    readerLinks(),
  ]);
  return {
    d,
    Content,
    ...links,
    head: goalHead(d, source !== undefined, industries),
    names,
    source,
    showParagraph: !statementIsParagraph(entry.body ?? '', source?.block.text),
    targets: inRefOrder(targets, d.targets),
    kindLabel: goalKindLabel(d.kind),
    industries: {
      id: 'industries',
      title: 'Industries',
      kind: 'industry',
      ...shownIndustries(named(d.industries, names.industry)),
      empty: 'An overall goal: no single industry.',
    } satisfies CrossRefSection,
    places: {
      id: 'places',
      title: 'Places',
      kind: 'place',
      items: places.map((p) => ({ id: p.id, label: p.data.name, zh: p.data.nameZh })),
      empty: 'No place named.',
    } satisfies CrossRefSection,
    ...neighbours('goal', (e) => e.data.title, prev, next),
  };
}
