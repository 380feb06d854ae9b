/**
 * Projects: in a projects section, the noun phrase after "construction of" / "build" (the
 * structure rules' projectLead), up to the end of its clause, with the industries and places
 * it names.
 */
import type { Project } from '../types.ts';
import { distinct, type Context } from './context.ts';
import { slug, uniqueId } from './text.ts';

// A phrase ends at punctuation, or at "and"/"to" followed by a verb ("... lines and support ...").
const END =
  /[,;:.!?，；：。]|\s(?:and|to|so as to|in order to)\s+(?=(?:support|promote|build|speed|accelerate|strengthen|create|enhance|expand|cultivate|develop|focus|improve|form|make|realise|realize|achieve|drive|lead|\w+ing)\b)|\s(?:so as|in order|by means of|through)\s/i;
const DETERMINERS = /^(?:(?:an? )?(?:number|batch|group|series) of|several|some|a|an|the)\s+/i;
const MAX_WORDS = 12;

/** The project name that starts at `from` in `text`, or undefined if there is none. */
export function projectPhrase(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const end = END.exec(rest);
  let phrase = (end ? rest.slice(0, end.index) : rest).trim();
  while (DETERMINERS.test(phrase)) phrase = phrase.replace(DETERMINERS, '');
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= MAX_WORDS ? phrase : undefined;
}

/** Projects named in the projects sections, in document order. */
export function extractProjects(ctx: Context): Project[] {
  const taken = new Set<string>();
  const out: Project[] = [];
  for (const view of ctx.views) {
    const title = view.section?.title.trim() ?? '';
    if (!view.section || !ctx.rules.projectsHeading.some((re) => re.test(title))) continue;
    const starts: number[] = [];
    for (const lead of ctx.rules.projectLead) {
      const global = new RegExp(lead.source, 'gi');
      for (const m of view.block.text.matchAll(global))
        if (m[0]) starts.push(m.index + m[0].length);
    }
    for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
      const name = projectPhrase(view.block.text, start);
      if (!name || out.some((p) => p.blockId === view.block.id && p.name === name)) continue;
      const end = start + view.block.text.slice(start).indexOf(name) + name.length;
      const inside = view.scan.mentions.filter((hit) => hit.start >= start && hit.end <= end);
      out.push({
        id: uniqueId(slug(name, 8), taken),
        name,
        blockId: view.block.id,
        industryIds: distinct(inside.filter((h) => h.kind === 'industry').map((h) => h.id)),
        placeIds: distinct(inside.filter((h) => h.kind === 'place').map((h) => h.id)),
      });
    }
  }
  return out;
}
