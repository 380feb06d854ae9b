/** data/plan.json: the one "plan" entry with metadata, provenance and pipeline notes. */
import { z } from 'astro/zod';
import { editRecord, status, tierGroup, warning } from './common.ts';

/** One link of the chain from the plan to this text. */
export const sourceLink = z.object({
  label: z.string(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const meta = z.object({
  /** The plan folder's name. */
  id: z.string(),
  titleEn: z.string(),
  titleZh: z.string().optional(),
  shortTitle: z.string(),
  issuer: z.string().optional(),
  issuerZh: z.string().optional(),
  /** ISO date. */
  published: z.string().optional(),
  documentNumber: z.object({ value: z.string().optional(), status, note: z.string().optional() }),
  /** BCP 47 tag of the text: "en". */
  language: z.string(),
  translation: z.enum(['machine', 'human', 'none']),
  translationNote: z.string().optional(),
  /** Chain from the plan to this text: plan → news summary → machine translation. */
  sourceChain: z.array(sourceLink).default([]),
  metaSource: z.enum(['file', 'text']),
});

/** How the source file ends its lines. */
export const eol = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);

/** Page chrome around the plan text (news-site furniture), kept as provenance. */
export const chrome = z.object({
  breadcrumb: z.string().optional(),
  headline: z.string().optional(),
  /** As printed, e.g. "Jul 22,2021 08:26CST". */
  dateline: z.string().optional(),
  /** E.g. "The content below was translated by Tencent automatically ...". */
  notice: z.string().optional(),
  /** E.g. "Source: Chengdu Municipal Commission ... | Date: 2022-01-14". */
  byline: z.string().optional(),
  /** As printed, e.g. "Su Zheng Ban Fa [2021] No. 46". */
  documentNumber: z.string().optional(),
  /** Publisher lines after the body. */
  footer: z.array(z.string()).default([]),
  /** E-mail addresses found in the footer. */
  contacts: z.array(z.string()).default([]),
});

/** One noise removal, e.g. a stray "Cymbal" at a paragraph end. */
export const noiseRemoval = z.object({
  line: z.number().int(),
  /** 1-based, in the original line, counted in characters (code points). */
  column: z.number().int(),
  /** Exactly what was removed. */
  text: z.string(),
  /** Id of the noise rule (content/editorial/noise.yaml). */
  rule: z.string(),
  /** What the removed text was replaced by, when the rule replaces rather than deletes. */
  replacement: z.string().optional(),
});

export const plan = z.object({
  meta,
  source: z.object({
    file: z.string(),
    sha256: z.string(),
    bytes: z.number().int(),
    lines: z.number().int(),
    eol,
  }),
  chrome,
  /** The plan's categories of industries, in text order, with the counts the text states. */
  tiers: z.array(tierGroup).default([]),
  removals: z.array(noiseRemoval).default([]),
  counts: z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())])).default({}),
  /** Editors' fixes, as applied. */
  edits: z.array(editRecord).default([]),
  warnings: z.array(warning).default([]),
});
