/** The plan's industries, with their tier, focus areas and links to the other facts. */
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

export const industry = z.object({
  id,
  /** Set when an editor added or changed it (editorial/edits.yaml). */
  editorial: editorialMark.optional(),
  /** Canonical English name (data), else the name as the text writes it. */
  name: z.string(),
  nameZh: z.string().optional(),
  /** The spellings found in this text, in order of first occurrence. */
  variants: z.array(z.string()).default([]),
  /** Other names the genre's vocabulary gives it ("chips", "EVs"), whether or not this text
   *  uses them: search finds the industry's page by them. Absent when it has none. */
  aliases: z.array(z.string()).optional(),
  /** The plan's own category for it, as the plan words it ("pillar industries"); absent when
   *  the text puts it in no category. Never from shared data. */
  tier: z.string().optional(),
  /** The paragraph that puts it in that category. */
  tierBlockId: id.optional(),
  /** The section devoted to it, if the text has one. */
  sectionId: id.optional(),
  /** Focus areas: the numbered items of its section. */
  focusAreas: z.array(
    z.object({ blockId: id, number: z.string().optional(), label: z.string().optional() }),
  ),
  goalIds: z.array(id),
  targetIds: z.array(id),
  placeIds: z.array(id),
  projectIds: z.array(id),
  /** Blocks that mention it anywhere (filled by link). */
  mentions: z.array(id).default([]),
  /** Industries mentioned in its section or sharing blocks with it (filled by link). */
  related: z.array(id),
});
