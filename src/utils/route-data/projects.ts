/** What each page of the projects list shows, decided here so the page only renders it (projects/[...page]). */
import { getBlockIndex, getNames, getProjects, type BlockRef } from '../data.ts';
import { readerLinks } from '../reader.ts';
import { anchorId, type LinkKind } from '../url.ts';
import { contents, named } from './entity.ts';
import { listRoute } from './list.ts';

interface ProjectLike {
  id: string;
  data: {
    name: string;
    blockId: string;
    industryIds: { id: string }[];
    placeIds: { id: string }[];
  };
}

/**
 * A page's projects grouped by the paragraph that names them, in the order they come (projects
 * are in reading order, so the groups are too); a paragraph's projects may continue on the next
 * page, and each page groups its own.
 */
export function byParagraph<P extends ProjectLike>(
  onPage: readonly P[],
): { blockId: string; members: P[] }[] {
  const groups = new Map<string, P[]>();
  for (const p of onPage) groups.set(p.data.blockId, [...(groups.get(p.data.blockId) ?? []), p]);
  return [...groups].map(([blockId, members]) => ({ blockId, members }));
}

/** A group's heading: "From “Key tasks”, ¶ b12", or "From “the Plan”" when the paragraph is unknown. */
export function paragraphHeading(blockId: string, source: BlockRef | undefined): string {
  return `From “${source?.section.title ?? 'the Plan'}”, ¶ ${blockId}`;
}

/** What a project's entry lists: its industries and places, by name. */
export function projectFacts(
  project: ProjectLike,
  names: { industry: ReadonlyMap<string, string>; place: ReadonlyMap<string, string> },
): { term: string; kind: LinkKind; items: { id: string; label: string }[] }[] {
  return [
    {
      term: 'Industries',
      kind: 'industry',
      items: named(project.data.industryIds, names.industry),
    },
    { term: 'Places', kind: 'place', items: named(project.data.placeIds, names.place) },
  ];
}

/** Everything page `page` of the projects list shows. */
export async function projectsRoute(page: number) {
  const [projects, names, blocks, links] = await Promise.all([
    getProjects(),
    getNames(),
    getBlockIndex(),
    readerLinks(),
  ]);
  const list = listRoute('projects', projects, page);
  return {
    ...list,
    ...links,
    total: projects.length,
    groups: byParagraph(list.items).map((g) => {
      const source = blocks.get(g.blockId);
      return {
        ...g,
        source,
        heading: paragraphHeading(g.blockId, source),
        members: g.members.map((p) => ({ ...p, facts: projectFacts(p, names) })),
      };
    }),
    toc: contents(list.items.map((p) => ({ id: anchorId('project', p.id), text: p.data.name }))),
  };
}
