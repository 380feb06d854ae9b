/** The plan's goals: the development goals and each industry's goals by a year. */
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

export const goalKind = z.enum(['overall', 'industry']);

export const goal = z.object({
  id,
  editorial: editorialMark.optional(),
  kind: goalKind,
  /** Bullet lead clause, or "<Industry> by <year>". */
  title: z.string(),
  /** The sentence(s) as written. */
  statement: z.string(),
  year: z.number().int().optional(),
  blockId: id,
  industryIds: z.array(id),
  placeIds: z.array(id),
  targetIds: z.array(id),
});
