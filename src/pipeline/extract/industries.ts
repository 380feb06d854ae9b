/** Industries: every taxonomy industry the text names, with the tier the text gives it. */
import type { Industry, Tier } from '../types.ts';
import { distinct, hitsIn, type BlockView, type Context } from './context.ts';
import type { Span } from './text.ts';

interface TierMatch {
  tier: Tier;
  at: number;
}

function tierMatches(sentence: Span, ctx: Context): TierMatch[] {
  const out: TierMatch[] = [];
  for (const { tier, patterns } of ctx.rules.tiers) {
    for (const pattern of patterns) {
      const global = new RegExp(pattern.source, 'gi');
      for (let m = global.exec(sentence.text); m; m = global.exec(sentence.text)) {
        out.push({ tier, at: sentence.start + m.index });
        if (m[0] === '') global.lastIndex++;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Tier for a mention at `at`: the only tier of the sentence, else the nearest pattern after it,
 *  else the nearest before it. */
function tierFor(matches: TierMatch[], at: number): Tier {
  if (new Set(matches.map((m) => m.tier)).size === 1) return matches[0].tier;
  const after = matches.find((m) => m.at >= at);
  return (after ?? matches[matches.length - 1]).tier;
}

/** A sentence's parts between semicolons: "the 5 are A, B; X refers to C" speaks of two groups. */
function semicolonParts(sentence: Span): Span[] {
  const parts: Span[] = [];
  let start = 0;
  for (const piece of sentence.text.split(/(?<=[;；])/)) {
    parts.push({
      start: sentence.start + start,
      end: sentence.start + start + piece.length,
      text: piece,
    });
    start += piece.length;
  }
  return parts;
}

/** Tiers the text gives, first statement wins; a contradicting later one is a warning. */
function textTiers(ctx: Context): Map<string, { tier: Tier; line: number }> {
  const tiers = new Map<string, { tier: Tier; line: number }>();
  const visit = (view: BlockView, part: Span) => {
    const matches = tierMatches(part, ctx);
    if (matches.length === 0) return;
    const hits = hitsIn(view.scan.mentions, part, 'industry');
    for (const hit of hits) {
      const tier = tierFor(matches, hit.start);
      const known = tiers.get(hit.id);
      if (!known) {
        tiers.set(hit.id, { tier, line: view.block.line });
      } else if (known.tier !== tier) {
        ctx.warnings.push({
          file: ctx.file,
          line: view.block.line,
          message: `industry "${hit.id}" is called ${tier} here but ${known.tier} at line ${known.line}; kept ${known.tier}`,
        });
      }
    }
  };
  for (const view of ctx.views) {
    for (const sentence of view.sentences)
      for (const part of semicolonParts(sentence)) visit(view, part);
  }
  return tiers;
}

/** Industries in order of first mention; goal, target, place and project ids are filled later. */
export function extractIndustries(ctx: Context): Industry[] {
  const mentioned = distinct(
    ctx.sequence.flatMap((scan) =>
      scan.mentions.filter((hit) => hit.kind === 'industry').map((hit) => hit.id),
    ),
  );
  // An industry with a section of its own exists even if no sentence names it.
  for (const id of ctx.industrySection.keys()) if (!mentioned.includes(id)) mentioned.push(id);
  const tiers = textTiers(ctx);
  return mentioned.flatMap((id) => {
    const data = ctx.editorial.industries.find((industry) => industry.id === id);
    if (!data) return [];
    const fromText = tiers.get(id)?.tier;
    const tier = fromText ?? data.tier;
    const industry: Industry = {
      id,
      name: data.name,
      tierSource: fromText ? 'text' : data.tier ? 'data' : 'none',
      focusAreas: ctx.views
        .filter(
          (view) => view.industryId === id && (view.block.kind === 'item' || view.leadIndustry),
        )
        .map(({ block }) => {
          const area: Industry['focusAreas'][number] = { blockId: block.id };
          if (block.number !== undefined) area.number = block.number;
          if (block.label !== undefined) area.label = block.label;
          return area;
        }),
      goalIds: [],
      targetIds: [],
      placeIds: [],
      projectIds: [],
      mentions: [],
      related: [],
    };
    if (data.zh) industry.nameZh = data.zh;
    if (tier) industry.tier = tier;
    const sectionId = ctx.industrySection.get(id);
    if (sectionId) industry.sectionId = sectionId;
    return [reorder(industry)];
  });
}

/** Same keys in the contract's order, so serialised output reads naturally. */
function reorder(industry: Industry): Industry {
  const { id, name, nameZh, tier, tierSource, sectionId, ...rest } = industry;
  return {
    id,
    name,
    ...(nameZh ? { nameZh } : {}),
    ...(tier ? { tier } : {}),
    tierSource,
    ...(sectionId ? { sectionId } : {}),
    ...rest,
  };
}
