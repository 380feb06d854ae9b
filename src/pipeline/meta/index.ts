/**
 * Plan metadata: from the plan folder's plan.yaml when there is one (validated, with line
 * numbers in errors), else derived from the text's chrome and headings. Fields the file leaves
 * out are filled from the text.
 */
import { isMap } from 'yaml';
import { meta as metaSchema } from '../../schemas/plan.ts';
import { checkYaml, fail, parseYaml } from '../yaml-check.ts';
import { isoDate } from './date.ts';
import { parse } from '../parse.ts';
import { issuerFrom, officeAbove, signatoriesOf, titleFromText } from './title.ts';
import type { ChromeRules } from '../editorial/types.ts';
import type { CleanText, Place, PlanDocument, PlanMeta, SourceLink } from '../types.ts';
import type { PlaceData } from '../editorial/types.ts';
import { readScope } from './scope.ts';
import { shortTitleOf } from './short-title.ts';

/** PlanMeta's fields in the schema's order, so JSON output reads the same every time. */
const KEYS = Object.keys(metaSchema.shape);
/** What plan.yaml may set: the metadata but the fields the generator owns. */
const planFile = metaSchema.omit({ id: true, metaSource: true }).partial();

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
    shortTitle: file.shortTitle ?? shortTitleOf(titleEn),
    documentNumber: file.documentNumber ?? derived.documentNumber,
    metaSource: 'file',
  };
  // A file that sets the translation kind owns its note too.
  if (file.translation !== undefined && file.translationNote === undefined) {
    delete meta.translationNote;
  }
  return ordered(meta);
}

/** Characters of the body's opening read for a plan's scope when title and issuer name none. */
const OPENING = 800;

/**
 * Level, region and period from the text (scope.ts) where plan.yaml gives none; a national plan
 * has no region. Runs after the places step, whose places (with the gazetteer's kinds) say
 * whose plan it is.
 */
export function withScope(
  meta: PlanMeta,
  clean: CleanText,
  doc: PlanDocument,
  places: Place[],
  placeData: PlaceData[],
): PlanMeta {
  const kinds = new Map(placeData.map((p) => [p.id, p.kind]));
  const first = doc.sections[0];
  const opening = [...doc.preamble, ...(first ? [{ text: first.title }, ...first.blocks] : [])]
    .map((b) => b.text)
    .join('\n')
    .slice(0, OPENING);
  const read = readScope({
    title: meta.titleEn,
    issuer: meta.issuer,
    byline: clean.chrome.byline,
    headline: clean.chrome.headline,
    opening,
    places,
    kindOf: (id) => kinds.get(id),
  });
  const out: PlanMeta = { ...meta };
  out.level ??= read.level;
  if (out.region === undefined && read.region !== undefined && read.level === out.level)
    out.region = read.region;
  out.period ??= read.period;
  if (out.level === 'national') delete out.region;
  return ordered(out);
}

/** The same fields in the order PlanMeta declares them, so JSON output reads the same every time. */
function ordered(meta: PlanMeta): PlanMeta {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
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
    shortTitle: shortTitleOf(titleEn),
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
  const issuer =
    issuerFrom(chrome.byline) ?? signatoriesOf(doc.preamble) ?? officeAbove(doc.preamble, titleEn);
  if (issuer) meta.issuer = issuer;
  return meta;
}

// ── from plan.yaml ──────────────────────────────────────────────────────

type FileMeta = Partial<Omit<PlanMeta, 'id' | 'metaSource'>>;

function fromFile(source: string, file: string): FileMeta {
  const parsed = parseYaml(file, source);
  if (!isMap(parsed.root))
    fail(
      parsed.ctx,
      parsed.root,
      'plan.yaml must be a mapping of fields',
      'write `titleEn: ...` and the other fields at the top level',
    );
  const meta = checkYaml(parsed, [], planFile, { style: 'path', what: 'plan.yaml' });
  // Only what the file says: a schema default would hide what the text says.
  const given = parsed.data as Record<string, unknown>;
  return Object.fromEntries(Object.entries(meta).filter(([key]) => key in given)) as FileMeta;
}
