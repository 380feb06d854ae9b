/** data/plan.json: the one "plan" entry with metadata, provenance and pipeline notes. */
import { z } from 'astro/zod';
import { editRecord, status, text, tierGroup, warning } from './common.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date written YYYY-MM-DD. */
const isoDate = z
  .string()
  .regex(ISO_DATE)
  .superRefine((date, ctx) => {
    if (ISO_DATE.test(date) && !isCalendarDate(date))
      ctx.addIssue({
        code: 'custom',
        message: 'not a calendar date',
        params: { sentence: `${date} is not a calendar date`, hint: 'check the month and day' },
      });
  })
  .meta({ what: 'an ISO date (YYYY-MM-DD)' });

function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** One link of the chain from the plan to this text (plan.yaml's sourceChain). */
export const sourceLink = z.strictObject({
  label: text,
  url: z
    .url({ protocol: /^https?$/ })
    .regex(/^https?:\/\/[^\s<>"]+$/)
    .meta({ what: 'an http(s) address' })
    .optional(),
  date: isoDate.optional(),
  note: text.optional(),
});

/** Whose plan it is, from the top of the state down. */
export const planLevel = z.enum(['national', 'provincial', 'city', 'county']);

const year = z.number().int().min(1949).max(2100).meta({ what: 'a year such as 2025' });
/** The years a plan covers, both included. */
export const period = z.strictObject({ start: year, end: year }).superRefine((p, ctx) => {
  if (p.start > p.end)
    ctx.addIssue({
      code: 'custom',
      message: 'the period ends before it starts',
      params: {
        sentence: `the period ends (${p.end}) before it starts (${p.start})`,
        hint: 'write the earlier year as `start`',
      },
    });
});

/** Plan metadata: from plan.yaml (all but `id` and `metaSource`), else read from the text. */
export const meta = z.strictObject({
  /** The plan folder's name. */
  id: z.string(),
  titleEn: text,
  titleZh: text.optional(),
  /**
   * For navigation, search filters and lists of plans. Read from the text, it is the title
   * without genre wording a long one can spare, never cut (src/pipeline/meta/short-title.ts).
   */
  shortTitle: text,
  issuer: text.optional(),
  issuerZh: text.optional(),
  /** Whose plan it is: the State Council's or a ministry's, a province's, a city's, a county's. */
  level: planLevel.optional(),
  /** The plan's own province, municipality, city or county, in English; none for national plans. */
  region: text.optional(),
  /** The years the plan covers ("(2021-2025)"; a 14th Five-Year Plan is 2021-2025). */
  period: period.optional(),
  published: isoDate.optional(),
  documentNumber: z.strictObject({ value: text.optional(), status, note: text.optional() }),
  /** BCP 47 tag of the text: "en". */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .meta({ what: 'a BCP 47 language tag such as "en"' }),
  translation: z.enum(['machine', 'human', 'none']),
  translationNote: text.optional(),
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
