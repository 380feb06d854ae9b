/**
 * The editorial data files (content/editorial/*.yaml, and the same names under a plan folder's
 * editorial/ to add, override or drop entries by id). Knowledge lives in these files, never in
 * code: a second plan needs data, not code. Checked by src/pipeline/editorial/.
 */
import { z } from 'astro/zod';
import { status, text } from './common.ts';

/** One or more texts. */
const texts = z.array(text).min(1).meta({ what: 'a list of strings' });

/** A regular expression source that compiles with `flags`. */
export const regexSource = (flags = 'i') =>
  text.superRefine((source, ctx) => {
    const error = compileError(source, flags);
    if (error) ctx.addIssue({ code: 'custom', message: error, params: REGEX_PARAMS(error) });
  });
const regexes = z.array(regexSource()).min(1).meta({ what: 'a list of regular expressions' });

/** Why `source` does not compile with `flags`, or undefined when it does. */
export function compileError(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (error) {
    return `invalid regular expression /${source}/${flags}: ${(error as Error).message}`;
  }
}
const REGEX_PARAMS = (sentence: string) => ({
  sentence,
  hint: 'fix the pattern (YAML single quotes keep backslashes as written)',
});

/** industries.yaml: the genre's industry vocabulary. No tiers: a plan's categories come from
 *  its own text, never from data. */
export const industryData = z.strictObject({
  id: text,
  /** Canonical English name. */
  name: text,
  /** Spellings the texts use ("Integrated circuit", "IC industry", ...). */
  aliases: texts,
  zh: text.optional(),
});

/** places.yaml: places with their right English names. */
export const placeData = z.strictObject({
  id: text,
  name: text,
  /** The texts' spellings, including machine-translation errors. */
  aliases: texts,
  zh: text.optional(),
  /** province, autonomous-region, municipality, sar, city, new-area, region, district, ... */
  kind: text.optional(),
  district: text.optional(),
  /** How sure the identification is. */
  status,
  note: text.optional(),
});

/** glossary.yaml: terms and abbreviations. */
export const termData = z.strictObject({
  id: text,
  term: text,
  aliases: texts.optional(),
  zh: text.optional(),
  /** For abbreviations: the long form ("insulated-gate bipolar transistor"). */
  expansion: text.optional(),
  definition: text.optional(),
});

/** corrections.yaml: machine-translation errors and what they mean. */
export const correctionData = z.strictObject({
  id: text,
  /** Exact wording in the text (matched case-insensitively, on word boundaries). */
  find: text,
  /** What it means. */
  replace: text,
  status,
  note: text.optional(),
  zh: text.optional(),
});

/** Regular expression flags: each of d, g, i, m, s, u, v, y at most once. */
const FLAGS = /^(?!.*(.).*\1)[dgimsuvy]*$/;

/** noise.yaml: text removed from the body, each removal recorded. */
export const noiseRule = z
  .strictObject({
    id: text,
    /** JavaScript regular expression source, applied to each body line with `flags`. */
    pattern: text,
    /** Default "g". */
    flags: text
      .regex(FLAGS)
      .meta({
        what: 'regular expression flags',
        hint: 'use letters from d, g, i, m, s, u, v, y, each once',
      })
      .optional(),
    /** A replacement string (`$1` allowed); default "" deletes. */
    replace: z
      .string()
      .meta({ what: 'a string', hint: "quote the value: replace: '...'" })
      .optional(),
    note: text.optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.flags !== undefined && !FLAGS.test(rule.flags)) return; // reported on its own
    const error = compileError(rule.pattern, rule.flags ?? 'g');
    if (error)
      ctx.addIssue({
        code: 'custom',
        message: error,
        path: ['pattern'],
        params: REGEX_PARAMS(error),
      });
  });

/** A plan folder's entry that switches a shared entry off: `- { id: x, drop: true }`. */
export const dropEntry = z.strictObject({ id: text, drop: z.boolean(), note: text.optional() });

/** chrome.yaml: how to tell page furniture from the plan's text. Regex sources, case-insensitive. */
export const chromeRules = z.strictObject({
  /** A first line matching is the breadcrumb. */
  breadcrumb: regexes,
  /** A line in the head matching is the dateline. */
  dateline: regexes,
  /** Translation notices; the head ends after the notice. */
  notice: regexes,
  /** A trailing line matching starts the footer. */
  footer: regexes,
  /** A line in the head naming the source, editor or issuing office. */
  byline: regexes.optional(),
  /** A line in the head that is a document number ("... [2021] No. 46"). */
  documentNumber: regexes.optional(),
  /** A short line at the top matching is the plan's title (headline). */
  planTitle: regexes.optional(),
  /** The start of a news story's first paragraph ("HEFEI, Jan. 18 --"). */
  storyLead: regexes.optional(),
  /** Verbs that say a plan was issued: the plan's name stands next to them. */
  planIssued: regexes.optional(),
});

/** How plans name their categories of industries (tiers). Words and phrases, matched
 *  case-insensitively on word boundaries. */
export const tierRules = z.strictObject({
  /** Head nouns of a category phrase: "pillar industries", "key sectors", "... clusters". */
  nouns: texts,
  /** Head nouns that make a category only with a count or a number key ("the 9 key areas"). */
  countedNouns: texts,
  /** Words that make a phrase a category without a count ("pillar", "future-oriented"). */
  qualifiers: texts,
  /** Words that make a phrase no category ("other industries", "related industries"). */
  generic: texts,
});

/** How plans list industries. Words and phrases, matched case-insensitively on word boundaries. */
export const listRules = z.strictObject({
  /** A list follows: "such as", "including", "namely". */
  triggers: texts,
  /** A list follows only right after a category phrase: "the pillar industries are ...". */
  afterCategory: texts,
  /** The list comes before, its category after: "A and B have been selected as key industries". */
  reverse: texts,
  /** The list belongs to the previous sentence's category: "Among them, A, B ...". */
  anaphora: texts,
  /** Prefixes dropped from an item: "the development of", "developing". */
  prefixes: texts,
  /** Words that never belong to an industry's name (verbs, pronouns, clause words): an item
   *  ends before one; a list's first item starts after the last one. */
  clauseWords: texts,
  /** One-word names too general to link wherever they occur ("equipment"). */
  generic: texts,
  /** A vocabulary name counts as an industry of the plan only in an industry's context: in a
   *  list of industries, as a heading or lead-in, or between these words ("the development of
   *  X", "X industry"); elsewhere it is a passing mention ("laser crystal materials"). */
  contextBefore: texts,
  contextAfter: texts,
  /** Words of a category whose members are not the plan's industries ("traditional industries
   *  such as steel" are to be transformed, not developed). */
  excluded: texts.optional(),
  /** Verbs of development that lead a list with no trigger word ("develop A, B and C"). */
  leadVerbs: texts.optional(),
  /** Last words of industry names besides the vocabulary's ("materials", "batteries"): a list
   *  with no trigger word is one of industries when its names end in these. */
  heads: texts.optional(),
});

/** structure.yaml: phrases that say what a section or sentence is. Regex sources, case-insensitive. */
export const structureRules = z.strictObject({
  /** How the plan names its categories of industries (none: no tiers are read). */
  tiers: tierRules.default({ nouns: [], countedNouns: [], qualifiers: [], generic: [] }),
  /** How the plan lists industries (none: no lists are read). */
  industryLists: listRules.default({
    triggers: [],
    afterCategory: [],
    reverse: [],
    anaphora: [],
    prefixes: [],
    clauseWords: [],
    generic: [],
    contextBefore: [],
    contextAfter: [],
  }),
  /** Section titles that hold the overall development goals. */
  goalsHeading: regexes,
  /** Section titles of the spatial layout. */
  layoutHeading: regexes,
  /** Section titles of the major projects. */
  projectsHeading: regexes,
  /** Sentences that state a goal: "By 2025 ...", "During the 14th five-year Plan period ...". */
  goalSentence: regexes,
  /** Phrases that state an intended outcome on their own ("aims to", "is expected to"). */
  goalIntent: regexes.optional(),
  /** Future words that, with a target number, make a sentence a goal ("will", "is to"). */
  goalFuture: regexes.optional(),
  /** Sentences about the document itself ("the Plan sets out ..."): no goal by horizon alone. */
  goalNot: regexes.optional(),
  /** Year a period phrase stands for, e.g. { pattern: "14th five-year plan period", year: 2025 }. */
  periods: z.array(
    z.strictObject({
      pattern: regexSource(),
      year: z
        .number()
        .int()
        .min(1900)
        .max(2200)
        .meta({ what: 'a year such as 2025', hint: 'write the year as a number, e.g. year: 2025' }),
    }),
  ),
  /** Nouns that make a number a count target ("26,000 enterprises"). */
  countUnits: regexes.optional(),
  /** In a projects section, phrases that introduce a project's name ("construction of "). */
  projectLead: regexes.optional(),
});
