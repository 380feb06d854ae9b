/**
 * Plan metadata: from the plan folder's plan.yaml when there is one (validated, with line
 * numbers in errors), else derived from the text's chrome and headings. Fields the file leaves
 * out are filled from the text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parse } from './parse.ts';
import { PlanInputError, type CleanText, type PlanMeta, type SourceLink } from './types.ts';
import { isoDate } from './meta-date.ts';

const MAX_SHORT_TITLE = 60;
const STATUS = ['verified', 'likely', 'unknown'] as const;
const TRANSLATION = ['machine', 'human', 'none'] as const;
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

type Path = (string | number)[];

/** Builds PlanMeta from plan.yaml (if given) over what the text itself says. */
export function planMeta(
  id: string,
  metaYaml: string | undefined,
  metaFile: string,
  clean: CleanText,
): PlanMeta {
  const derived = fromText(id, clean);
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

function fromText(id: string, clean: CleanText): PlanMeta {
  const { chrome } = clean;
  const titleEn = chrome.headline ?? parse(clean).sections[0]?.title ?? id;
  const notice = chrome.notice;
  const translation = !notice
    ? 'none'
    : /machine|automatic/i.test(notice)
      ? 'machine'
      : 'human';
  const sourceChain: SourceLink[] = [];
  if (chrome.headline || chrome.dateline) {
    const link: SourceLink = { label: chrome.headline ?? titleEn };
    const date = chrome.dateline ? isoDate(chrome.dateline) : undefined;
    if (date) link.date = date;
    if (notice) link.note = notice;
    sourceChain.push(link);
  }
  const meta: PlanMeta = {
    id,
    titleEn,
    shortTitle: shorten(titleEn),
    documentNumber: { status: 'unknown' },
    language: 'en',
    translation,
    sourceChain,
    metaSource: 'text',
  };
  if (notice) meta.translationNote = notice;
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
  const check = new Checker(doc, lineCounter, file);
  if (!isMap(doc.contents)) check.fail([], 'plan.yaml must be a mapping of fields', 'write `titleEn: ...` and the other fields at the top level');
  const data = doc.toJS() as Record<string, unknown>;
  check.keys([], data, TOP_KEYS);
  const meta: FileMeta = {};
  for (const key of ['titleEn', 'titleZh', 'shortTitle', 'issuer', 'issuerZh', 'translationNote'] as const) {
    if (key in data) meta[key] = check.text([key], data[key]);
  }
  if ('language' in data) meta.language = check.matches(['language'], data.language, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en"');
  if ('published' in data) meta.published = check.date(['published'], data.published);
  if ('translation' in data) meta.translation = check.oneOf(['translation'], data.translation, TRANSLATION);
  if ('documentNumber' in data) {
    const d = check.object(['documentNumber'], data.documentNumber, DOC_NUMBER_KEYS);
    const value = 'value' in d ? check.text(['documentNumber', 'value'], d.value) : undefined;
    const status = check.oneOf(['documentNumber', 'status'], d.status, STATUS);
    const note = 'note' in d ? check.text(['documentNumber', 'note'], d.note) : undefined;
    meta.documentNumber = { ...(value !== undefined && { value }), status, ...(note !== undefined && { note }) };
  }
  if ('sourceChain' in data) {
    const chain = data.sourceChain;
    if (!Array.isArray(chain)) check.fail(['sourceChain'], 'sourceChain must be a list', 'write one `- label: ...` entry per link of the chain');
    meta.sourceChain = (chain as unknown[]).map((entry, i) => {
      const e = check.object(['sourceChain', i], entry, LINK_KEYS);
      const link: SourceLink = { label: check.text(['sourceChain', i, 'label'], e.label) };
      if ('url' in e) link.url = check.matches(['sourceChain', i, 'url'], e.url, /^https?:\/\/[^\s<>"]+$/, 'an http(s) address');
      if ('date' in e) link.date = check.date(['sourceChain', i, 'date'], e.date);
      if ('note' in e) link.note = check.text(['sourceChain', i, 'note'], e.note);
      return link;
    });
  }
  return meta;
}

/** Field checks that report the line of the offending node. */
class Checker {
  private readonly doc: Document;
  private readonly lines: LineCounter;
  private readonly file: string;
  constructor(doc: Document, lines: LineCounter, file: string) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }

  fail(path: Path, message: string, hint: string): never {
    throw new PlanInputError(this.file, this.line(path), message, hint);
  }

  text(path: Path, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(path, `${name(path)} must be a non-empty string`, 'quote the value if YAML reads it as a number, date or boolean');
    }
    return value;
  }

  matches(path: Path, value: unknown, re: RegExp, what: string): string {
    const text = this.text(path, value);
    if (!re.test(text)) this.fail(path, `${name(path)} must be ${what}, not ${JSON.stringify(text)}`, `write ${what}`);
    return text;
  }

  date(path: Path, value: unknown): string {
    const text = this.matches(path, value, /^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
    if (isoDate(text) !== text) this.fail(path, `${name(path)}: ${text} is not a calendar date`, 'check the month and day');
    return text;
  }

  oneOf<T extends string>(path: Path, value: unknown, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) {
      this.fail(path, `${name(path)} must be one of ${allowed.join(', ')}`, `write one of: ${allowed.join(', ')}`);
    }
    return value as T;
  }

  object(path: Path, value: unknown, known: string[]): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `${name(path)} must be a mapping`, `write its fields (${known.join(', ')}) indented below it`);
    }
    const record = value as Record<string, unknown>;
    this.keys(path, record, known);
    return record;
  }

  keys(path: Path, record: Record<string, unknown>, known: string[]): void {
    for (const key of Object.keys(record)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      const where = path.length ? ` in ${name(path)}` : '';
      this.fail([...path, key], `unknown key "${key}"${where}`, near ? `did you mean "${near}"? Known keys: ${known.join(', ')}` : `known keys: ${known.join(', ')}`);
    }
  }

  /** Line of the node at `path` (the key's line for a map entry), else of the nearest parent. */
  private line(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const parent = n <= 1 ? this.doc.contents : this.doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      let node: unknown = n === 0 ? this.doc.contents : undefined;
      if (n > 0 && isMap(parent)) {
        node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
      } else if (n > 0 && isSeq(parent) && typeof key === 'number') {
        node = parent.items[key];
      }
      const offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
      if (offset !== undefined) return Math.max(1, this.lines.linePos(offset).line);
    }
    return 1;
  }
}

function name(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[') || 'plan.yaml';
}

/** The known key within edit distance 2 of `key`, if any (for "did you mean"). */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    // "title" and "issuer" should find "titleEn" and "issuerZh".
    const bare = k.replace(/(En|Zh)$/, '').toLowerCase();
    const d = Math.min(distance(key.toLowerCase(), k.toLowerCase()), distance(key.toLowerCase(), bare));
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
