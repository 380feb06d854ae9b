/** data/plan.json: the one "plan" entry with metadata, provenance and pipeline notes. */
import { z } from 'astro/zod';
import { status, tierGroup, warning } from './common.ts';

const editRecord = z.object({
  op: z.enum(['add', 'change', 'drop']),
  kind: z.enum(['goal', 'target', 'industry', 'tier', 'place']),
  id: z.string(),
  fields: z.array(z.string()),
  why: z.string(),
  file: z.string(),
  line: z.number().int(),
});

const sourceLink = z.object({
  label: z.string(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const meta = z.object({
  id: z.string(),
  titleEn: z.string(),
  titleZh: z.string().optional(),
  shortTitle: z.string(),
  issuer: z.string().optional(),
  issuerZh: z.string().optional(),
  published: z.string().optional(),
  documentNumber: z.object({ value: z.string().optional(), status, note: z.string().optional() }),
  language: z.string(),
  translation: z.enum(['machine', 'human', 'none']),
  translationNote: z.string().optional(),
  sourceChain: z.array(sourceLink).default([]),
  metaSource: z.enum(['file', 'text']),
});

export const plan = z.object({
  meta,
  source: z.object({
    file: z.string(),
    sha256: z.string(),
    bytes: z.number().int(),
    lines: z.number().int(),
    eol: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  }),
  chrome: z.object({
    breadcrumb: z.string().optional(),
    headline: z.string().optional(),
    dateline: z.string().optional(),
    notice: z.string().optional(),
    byline: z.string().optional(),
    documentNumber: z.string().optional(),
    footer: z.array(z.string()).default([]),
    contacts: z.array(z.string()).default([]),
  }),
  /** The plan's categories of industries, in text order, with the counts the text states. */
  tiers: z.array(tierGroup).default([]),
  removals: z
    .array(
      z.object({
        line: z.number().int(),
        column: z.number().int(),
        text: z.string(),
        rule: z.string(),
        replacement: z.string().optional(),
      }),
    )
    .default([]),
  counts: z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())])).default({}),
  /** Editors' fixes, as applied. */
  edits: z.array(editRecord).default([]),
  warnings: z.array(warning).default([]),
});
