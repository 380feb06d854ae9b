/**
 * Plan metadata: from the plan folder's plan.yaml when there is one (validated, with line
 * numbers in errors), else derived from the text's chrome and headings. Fields the file leaves
 * out are filled from the text.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import { status } from '../../schemas/common.ts';
import { meta as metaSchema } from '../../schemas/plan.ts';
import { Checker } from './check.ts';
import { isoDate } from './date.ts';
import { parse } from '../parse.ts';
import { issuerFrom, titleFromText } from './title.ts';
import type { ChromeRules } from '../editorial/types.ts';
import {
  PlanInputError,
  type CleanText,
  type PlanDocument,
  type PlanMeta,
  type SourceLink,
} from '../types.ts';

const MAX_SHORT_TITLE = 60;
const STATUS = status.options;
const TRANSLATION = metaSchema.shape.translation.options;
const TOP_KEYS = [
  'titleEn',
  'titleZh',
  'shortTitle',
  'issuer',
  'issuerZh',
  'published',
  'documentNumber',
  'language',
  'translation',
  'translationNote',
  'sourceChain',
];
const DOC_NUMBER_KEYS = ['value', 'status', 'note'];
const LINK_KEYS = ['label', 'url', 'date', 'note'];

/** Builds PlanMeta from plan.yaml (if given) over what the text itself says. */
export function planMeta(
  id: string,
  metaYaml: string | undefined,
  metaFile: string,
  clean: CleanText,
  text: TitleContext = {},
): PlanMeta {
  const derived = fromText(id, clean, text);
  if (metaYaml === undefined) return ordered(derived);
  const file = fromFile(metaYaml, metaFile);
  const titleEn = file.titleEn ?? derived.titleEn;
  const meta: PlanMeta = {
    ...derived,
    ...file,
    id,
    titleEn,
    shortTitle: file.shortTitle ?? shorten(titleEn),
    documentNumber: file.documentNumber ?? derived.documentNumber,
    metaSource: 'file',
  };
  // A file that sets the translation kind owns its note too.
  if (file.translation !== undefined && file.translationNote === undefined) {
    delete meta.translationNote;
  }
  return ordered(meta);
}

/** The same fields in the order PlanMeta declares them, so JSON output reads the same every time. */
function ordered(meta: PlanMeta): PlanMeta {
  const out: Record<string, unknown> = {};
  for (const key of ['id', ...TOP_KEYS, 'metaSource']) {
    const value = (meta as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as PlanMeta;
}

// ── from the text ───────────────────────────────────────────────────────

/** What the title is read from besides the chrome: the parsed text and the chrome rules. */
export interface TitleContext {
  doc?: PlanDocument;
  rules?: Pick<ChromeRules, 'planTitle' | 'planIssued'>;
}

function fromText(id: string, clean: CleanText, text: TitleContext): PlanMeta {
  const { chrome } = clean;
  const doc = text.doc ?? parse(clean);
  const titleEn =
    titleFromText(clean, doc, text.rules ?? {}) ?? chrome.headline ?? doc.sections[0]?.title ?? id;
  const notice = chrome.notice;
  const translation = !notice ? 'none' : /machine|automatic/i.test(notice) ? 'machine' : 'human';
  const sourceChain: SourceLink[] = [];
  if (chrome.headline || chrome.dateline) {
    const link: SourceLink = { label: chrome.headline ?? titleEn };
    const dated = chrome.dateline ?? chrome.byline;
    const date = dated ? isoDate(dated) : undefined;
    if (date) link.date = date;
    if (notice) link.note = notice;
    sourceChain.push(link);
  }
  const meta: PlanMeta = {
    id,
    titleEn,
    shortTitle: shorten(titleEn),
    // A number printed on the page is likely the document's; nobody has checked it.
    documentNumber: chrome.documentNumber
      ? { value: chrome.documentNumber, status: 'likely' }
      : { status: 'unknown' },
    language: 'en',
    translation,
    sourceChain,
    metaSource: 'text',
  };
  if (notice) meta.translationNote = notice;
  const issuer = issuerFrom(chrome.byline);
  if (issuer) meta.issuer = issuer;
  return meta;
}

/** A title short enough for navigation: cut at a word boundary with an ellipsis. */
function shorten(title: string): string {
  if (title.length <= MAX_SHORT_TITLE) return title;
  const cut = title.slice(0, MAX_SHORT_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

// ── from plan.yaml ──────────────────────────────────────────────────────

type FileMeta = Partial<Omit<PlanMeta, 'id' | 'metaSource'>>;

function fromFile(source: string, file: string): FileMeta {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new PlanInputError(
      file,
      error.linePos?.[0].line ?? 1,
      `invalid YAML: ${error.message.split('\n')[0]}`,
      'quote values that contain ": ", " #", quotes or a leading special character',
    );
  }
  // An unknown tag (!foo, !!js/function) would be dropped silently, keeping only the value.
  const unresolved = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unresolved) {
    throw new PlanInputError(
      file,
      unresolved.linePos?.[0].line ?? 1,
      `unknown YAML tag: ${unresolved.message.split(' at line ')[0]}`,
      'remove the tag (the word starting with "!") or quote the whole value',
    );
  }
  const check = new Checker(doc, lineCounter, file);
  if (!isMap(doc.contents))
    check.fail(
      [],
      'plan.yaml must be a mapping of fields',
      'write `titleEn: ...` and the other fields at the top level',
    );
  let data: Record<string, unknown>;
  try {
    data = doc.toJS() as Record<string, unknown>;
  } catch (error) {
    // The YAML library refuses alias "bombs" (aliases that expand to huge values).
    throw new PlanInputError(
      file,
      1,
      `invalid YAML: ${(error as Error).message}`,
      'write the values out instead of repeating anchors and aliases (&name, *name)',
    );
  }
  check.keys([], data, TOP_KEYS);
  const meta: FileMeta = {};
  for (const key of [
    'titleEn',
    'titleZh',
    'shortTitle',
    'issuer',
    'issuerZh',
    'translationNote',
  ] as const) {
    if (key in data) meta[key] = check.text([key], data[key]);
  }
  if ('language' in data)
    meta.language = check.matches(
      ['language'],
      data.language,
      /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      'a BCP 47 language tag such as "en"',
    );
  if ('published' in data) meta.published = check.date(['published'], data.published);
  if ('translation' in data)
    meta.translation = check.oneOf(['translation'], data.translation, TRANSLATION);
  if ('documentNumber' in data) {
    const d = check.object(['documentNumber'], data.documentNumber, DOC_NUMBER_KEYS);
    const value = 'value' in d ? check.text(['documentNumber', 'value'], d.value) : undefined;
    const status = check.oneOf(['documentNumber', 'status'], d.status, STATUS);
    const note = 'note' in d ? check.text(['documentNumber', 'note'], d.note) : undefined;
    meta.documentNumber = {
      ...(value !== undefined && { value }),
      status,
      ...(note !== undefined && { note }),
    };
  }
  if ('sourceChain' in data) {
    const chain = data.sourceChain;
    if (!Array.isArray(chain))
      check.fail(
        ['sourceChain'],
        'sourceChain must be a list',
        'write one `- label: ...` entry per link of the chain',
      );
    meta.sourceChain = (chain as unknown[]).map((entry, i) => {
      const e = check.object(['sourceChain', i], entry, LINK_KEYS);
      const link: SourceLink = { label: check.text(['sourceChain', i, 'label'], e.label) };
      if ('url' in e)
        link.url = check.matches(
          ['sourceChain', i, 'url'],
          e.url,
          /^https?:\/\/[^\s<>"]+$/,
          'an http(s) address',
        );
      if ('date' in e) link.date = check.date(['sourceChain', i, 'date'], e.date);
      if ('note' in e) link.note = check.text(['sourceChain', i, 'note'], e.note);
      return link;
    });
  }
  return meta;
}
