/** What a goal's page shows, decided here so the page only renders it (goals/[id]). */
import { searchIndustries } from '../../components/search/industries.ts';
import { blocksFor, entriesById, getNames, type GoalEntry } from '../data.ts';
import { mdxOriginalText } from '../mdx-text.ts';
import { readerLinks } from '../reader.ts';
import { contents, folded, inRefOrder, neighbours, type TocItem } from './entity.ts';

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

/** Everything goals/[id] shows besides the entry's own fields and its MDX body. */
export async function goalRoute(entry: GoalEntry, prev?: GoalEntry, next?: GoalEntry) {
  const d = entry.data;
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const [industries, names, [source], targets, places, links] = await Promise.all([
    searchIndustries(ids(d.industries)),
    getNames(),
    blocksFor([d.block]),
    entriesById('targets', ids(d.targets)),
    entriesById('places', ids(d.places)),
    readerLinks(),
  ]);
  return {
    ...links,
    searchIndustries: industries,
    names,
    source,
    showParagraph: !statementIsParagraph(entry.body ?? '', source?.block.text),
    targets: inRefOrder(targets, d.targets),
    places,
    kindLabel: goalKindLabel(d.kind),
    toc: goalToc(source !== undefined),
    ...neighbours('goal', (e) => e.data.title, prev, next),
  };
}
