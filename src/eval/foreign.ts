/**
 * Foreign knowledge: places, corrections and term definitions that came from shared data
 * (content/editorial) rather than this plan's own folder. A shared place the gold lists is the
 * plan's own; one whose name the text writes is a gazetteer hit (a false hit at worst), not foreign.
 */
import { looseWords, occursIn } from './normalise.ts';
import type { Tally } from './score-types.ts';
import type { ModelView } from './view-types.ts';

/** Ids of entries in the shared data and in the plan's own editorial folder. */
export interface Knowledge {
  shared: { places: string[]; corrections: string[]; glossary: string[] };
  local: { places: string[]; corrections: string[]; glossary: string[] };
}

/** `goldPlaces[j]`: whether found place j matched a gold place; `source`: the plan's text. */
export function foreignKnowledge(
  view: ModelView,
  knowledge: Knowledge,
  goldPlaces: boolean[],
  source: string,
): Tally {
  const { shared, local } = knowledge;
  const loose = looseWords(source);
  const fromShared = (kind: keyof Knowledge['shared'], id: string) =>
    shared[kind].includes(id) && !local[kind].includes(id);
  const items = [
    ...view.places.flatMap((p, j) =>
      fromShared('places', p.id) && !goldPlaces[j] && !occursIn(p.names[0] ?? '', loose)
        ? [`place ${p.id} (${p.names.join(' / ')})`]
        : [],
    ),
    ...view.corrections.flatMap((c) =>
      fromShared('corrections', c.id) ? [`correction ${c.id} ("${c.original}")`] : [],
    ),
    ...view.terms.flatMap((t) =>
      t.hasDefinition && !t.fromText && fromShared('glossary', t.id)
        ? [`definition of ${t.term} (${t.id})`]
        : [],
    ),
  ];
  return { count: items.length, items };
}
