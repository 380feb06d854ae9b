/** Industries: the vocabulary's industries the text names, the industries its lists name that
 *  the vocabulary lacks, and the plan's own categories (tiers), worded as the text words them. */
import type { Editorial, IndustryData } from '../editorial/types.ts';
import type { Block, Industry, TierGroup } from '../types.ts';
import { distinct, industryNamer, type Context } from './context.ts';
import type { FoundList } from './lists.ts';
import { capitalise, normaliseName, slug, uniqueId } from './text.ts';

/** Names the lists give that the vocabulary lacks, as vocabulary entries of this plan only (id
 *  from the name, the spellings found as aliases; a too general one-word name is not linked). */
export function discoverIndustries(lists: FoundList[], editorial: Editorial): IndustryData[] {
  const named = industryNamer(editorial);
  const generic = new Set(editorial.structure.industryLists.generic.map((w) => w.toLowerCase()));
  const taken = new Set(editorial.industries.map((industry) => industry.id));
  const found = new Map<string, IndustryData>();
  for (const list of lists) {
    if (!list.accepted) continue;
    for (const [index, item] of list.items.entries()) {
      if (itemId(named, item, index)) continue;
      // "the Pearl River Delta" in a sentence: a proper name, not an industry (titles excepted).
      if (!list.sectionIds && properName(item.text)) continue;
      const key = normaliseName(item.name);
      if (key === '' || generic.has(key)) continue;
      let entry = found.get(key);
      if (!entry) {
        entry = {
          id: uniqueId(slug(item.name, 6), taken),
          name: capitalise(item.name),
          aliases: [],
        };
        found.set(key, entry);
      }
      for (const alias of [item.text, item.name, item.abbreviation]) {
        if (!alias || generic.has(alias.toLowerCase()) || named(alias)) continue;
        if (!entry.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()))
          entry.aliases.push(alias);
      }
    }
  }
  return [...found.values()];
}

/** Every word capitalised, two words or more: a place or a body, not an industry. */
function properName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 3);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The industry an item names: the vocabulary's (this plan's included) by name or alias, also
 *  after one or two leading words a list's first item kept ("big semiconductor display"). */
function itemId(
  named: (text: string) => string | undefined,
  item: FoundList['items'][number],
  index = 0,
) {
  const direct = named(item.name) ?? named(item.text);
  if (direct || index > 0) return direct;
  // Only a first item may carry words of the sentence; a later one's words are its own
  // ("marine new materials" is not "new materials").
  const words = item.name.split(/\s+/);
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const id = named(words.slice(k).join(' '));
    if (id) return id;
  }
  return undefined;
}

/** A list that names exactly as many members as its category counts ("the five leading
 *  clusters, namely A; B; C; D; and E"): the plan's own statement of that category. */
const counted = (list: FoundList) =>
  list.accepted && list.category?.tier === true && list.category.count === list.items.length;

/** Each industry's category, first statement first (a counted statement before any other: a
 *  heading over the same industries only titles them), and the categories in text order. */
function categories(
  lists: FoundList[],
  named: (text: string) => string | undefined,
): { tierOf: Map<string, { label: string; blockId?: string }>; tiers: TierGroup[] } {
  const tierOf = new Map<string, { label: string; blockId?: string }>();
  const groups = new Map<string, TierGroup>();
  const ids = new Set<string>();
  const position = new Map<TierGroup, number>();
  const ordered = [...lists.filter(counted), ...lists.filter((list) => !counted(list))];
  for (const list of ordered) {
    const category = list.category;
    if (!list.accepted || !category?.tier) continue;
    let group = groups.get(category.key);
    // A new label on a list mostly of industries the plan has already put in other categories
    // describes them in passing ("A, B, C and other emerging industries"); it is no category.
    const placed = list.items.filter((item, index) => {
      const id = itemId(named, item, index);
      return id !== undefined && tierOf.has(id);
    }).length;
    if (!group?.industryIds.length && placed * 2 > list.items.length) continue;
    if (!group) {
      group = {
        id: uniqueId(slug(category.label), ids),
        label: category.label,
        ...(list.blockId ? { blockId: list.blockId } : {}),
        industryIds: [],
      };
      groups.set(category.key, group);
      position.set(group, lists.indexOf(list));
    }
    if (group.count === undefined && category.count !== undefined) group.count = category.count;
    for (const [index, item] of list.items.entries()) {
      const id = itemId(named, item, index);
      if (!id || tierOf.has(id)) continue;
      tierOf.set(id, { label: group.label, ...(list.blockId ? { blockId: list.blockId } : {}) });
      group.industryIds.push(id);
    }
  }
  const tiers = [...groups.values()]
    .filter((group) => group.industryIds.length > 0)
    .sort((a, b) => position.get(a)! - position.get(b)!)
    .map(({ id, label, count, blockId, industryIds }) => ({
      id,
      label,
      ...(count !== undefined ? { count } : {}),
      ...(blockId ? { blockId } : {}),
      industryIds,
    }));
  return { tierOf, tiers };
}

const alternation = (phrases: string[]) =>
  phrases
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    )
    .join('|') || '(?!)';

/** Industries the text names in an industry's context: items of its lists, headings and
 *  lead-ins, "the development of X", "the X industry"; and every industry its lists add. */
function inContext(
  ctx: Context,
  lists: FoundList[],
  named: (text: string) => string | undefined,
  discovered: IndustryData[],
): Set<string> {
  const ids = new Set<string>(discovered.map((entry) => entry.id));
  for (const list of lists)
    if (list.accepted)
      for (const [index, item] of list.items.entries()) {
        const id = itemId(named, item, index);
        if (id) ids.add(id);
      }
  for (const id of ctx.industrySection.keys()) ids.add(id);
  for (const view of ctx.views) if (view.leadIndustry && view.industryId) ids.add(view.industryId);
  const rules = ctx.editorial.structure.industryLists;
  // With no context words at all, every mention of a vocabulary name counts.
  if (rules.contextBefore.length + rules.contextAfter.length === 0) {
    for (const scan of ctx.sequence)
      for (const hit of scan.mentions) if (hit.kind === 'industry') ids.add(hit.id);
    return ids;
  }
  const before = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(?:${alternation(rules.contextBefore)})\\s+(?:the\\s+)?$`,
    'iu',
  );
  const qualified = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(?:${alternation(ctx.editorial.structure.tiers.qualifiers)})\\s+$`,
    'iu',
  );
  const after = new RegExp(`^\\s+(?:${alternation(rules.contextAfter)})(?![\\p{L}\\p{N}])`, 'iu');
  const check = (
    text: string,
    hits: { kind: string; id: string; start: number; end: number }[],
  ) => {
    for (const hit of hits) {
      if (hit.kind !== 'industry' || ids.has(hit.id)) continue;
      const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
      // "the core X industries" is a category of the plan, not an industry X.
      const category = qualified.test(lead);
      if ((!category && after.test(text.slice(hit.end, hit.end + 40))) || before.test(lead))
        ids.add(hit.id);
    }
  };
  for (const view of ctx.views) check(view.block.text, view.scan.mentions);
  // "A, B, C and D" of four or more vocabulary names alone: a list, whatever stands around it.
  for (const view of ctx.views) {
    const hits = view.scan.runs.filter((hit) => hit.kind === 'industry');
    let chain = hits.slice(0, 1);
    const close = () => {
      if (chain.length >= 4) for (const hit of chain) ids.add(hit.id);
    };
    for (let k = 1; k < hits.length; k++) {
      const gap = view.block.text.slice(hits[k - 1].end, hits[k].start);
      if (/^\s*(?:,|、|，)?\s*(?:and\s+|or\s+)?$/i.test(gap)) chain.push(hits[k]);
      else {
        close();
        chain = [hits[k]];
      }
    }
    close();
  }
  for (const title of ctx.titles) check(title.section.title, title.scan.mentions);
  return ids;
}

/** An industry's links before link fills them (extract and an editor's added industry). */
export function unlinkedIndustry(): Pick<
  Industry,
  'goalIds' | 'targetIds' | 'placeIds' | 'projectIds' | 'mentions' | 'related'
> {
  return { goalIds: [], targetIds: [], placeIds: [], projectIds: [], mentions: [], related: [] };
}

/** Industries in order of first mention, with the spellings found and the text's category;
 *  goal, target, place and project ids are filled later. `ctx` knows the discovered names. */
export function extractIndustries(
  ctx: Context,
  lists: FoundList[],
  discovered: IndustryData[],
): { industries: Industry[]; tiers: TierGroup[] } {
  const hits = ctx.sequence.flatMap((scan) =>
    scan.mentions.filter((hit) => hit.kind === 'industry' && !hit.viaCorrection),
  );
  const corrected = ctx.sequence.flatMap((scan) =>
    scan.mentions.filter((hit) => hit.kind === 'industry' && hit.viaCorrection),
  );
  const named = industryNamer(ctx.editorial);
  const context = inContext(ctx, lists, named, discovered);
  const mentioned = distinct([...hits, ...corrected].map((hit) => hit.id)).filter((id) =>
    context.has(id),
  );
  const isMentioned = new Set(mentioned);
  const mention = (id: string) => {
    if (isMentioned.has(id)) return;
    isMentioned.add(id);
    mentioned.push(id);
  };
  // An industry with a section of its own exists even if no sentence names it.
  for (const id of ctx.industrySection.keys()) mention(id);
  for (const entry of discovered) mention(entry.id);
  const { tierOf, tiers } = categories(lists, named);
  const spelt = new Map<string, string[]>();
  const spell = (id: string, text: string) => {
    const list = spelt.get(id) ?? [];
    if (!list.some((s) => s.toLowerCase() === text.toLowerCase())) list.push(text);
    spelt.set(id, list);
  };
  for (const hit of hits) spell(hit.id, hit.text);
  for (const list of lists)
    for (const [index, item] of list.items.entries()) {
      const id = itemId(named, item, index);
      if (!id) continue;
      spell(id, item.text);
      // A list names it though no alias is written out ("tourism" for "tourism industry").
      if (list.accepted) mention(id);
    }
  const byId = new Map(ctx.editorial.industries.map((industry) => [industry.id, industry]));
  // Each industry's focus areas: its items, and the blocks whose lead-in names it (grouped
  // once: filtering every block per industry made this quadratic).
  const areas = new Map<string, Block[]>();
  for (const view of ctx.views) {
    if (!view.industryId || !(view.block.kind === 'item' || view.leadIndustry)) continue;
    const list = areas.get(view.industryId);
    if (list) list.push(view.block);
    else areas.set(view.industryId, [view.block]);
  }
  return {
    industries: mentioned.flatMap((id) => {
      const data = byId.get(id);
      if (!data) return [];
      const tier = tierOf.get(id);
      const sectionId = ctx.industrySection.get(id);
      const aliases = data.aliases.filter((a) => a.toLowerCase() !== data.name.toLowerCase());
      const industry: Industry = {
        id,
        name: data.name,
        ...(data.zh ? { nameZh: data.zh } : {}),
        variants: spelt.get(id) ?? [],
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(tier ? { tier: tier.label } : {}),
        ...(tier?.blockId ? { tierBlockId: tier.blockId } : {}),
        ...(sectionId ? { sectionId } : {}),
        focusAreas: (areas.get(id) ?? []).map((block) => {
          const area: Industry['focusAreas'][number] = { blockId: block.id };
          if (block.number !== undefined) area.number = block.number;
          if (block.label !== undefined) area.label = block.label;
          return area;
        }),
        ...unlinkedIndustry(),
      };
      return [industry];
    }),
    tiers,
  };
}
