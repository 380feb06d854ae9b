/**
 * Stage 2, clean: split page chrome (breadcrumb, headline, dateline, translation notice,
 * publisher footer) from the plan's body, and remove noise by data rules, recording every
 * removal. The input is never mutated; body text is kept literally apart from removals and
 * trailing whitespace.
 */
import type { Chrome, CleanText, NoiseRemoval, SourceText } from './types.ts';
import type { ChromeRules, NoiseRule } from './editorial-types.ts';

/** How many non-blank lines at the head may hold chrome, and at the tail the footer. */
const HEAD_WINDOW = 6;
const TAIL_WINDOW = 5;
/** Chrome lines are short; a long line is the plan's prose even if a rule matches it. */
const MAX_CHROME_LINE = 300;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

interface Line {
  line: number;
  text: string;
}

/** Splits chrome from body and removes noise, recording each removal. */
export function clean(
  src: SourceText,
  rules: { chrome: ChromeRules; noise: NoiseRule[] },
): CleanText {
  const all: Line[] = src.lines.map((text, i) => ({ line: i + 1, text }));
  const matchers = compileChrome(rules.chrome);
  const head = splitHead(all, matchers);
  const rest = all.filter((l) => !head.lines.has(l.line));
  const footerStart = findFooter(rest, matchers.footer);
  const bodyLines = footerStart === -1 ? rest : rest.slice(0, footerStart);
  const footer = footerStart === -1 ? [] : rest.slice(footerStart).filter((l) => !isBlank(l.text));

  const chrome: Chrome = {
    ...head.chrome,
    footer: footer.map((l) => l.text.trim()),
    contacts: unique(footer.flatMap((l) => l.text.match(EMAIL) ?? [])),
  };
  const noise = compileNoise(rules.noise);
  const removals: NoiseRemoval[] = [];
  const body = bodyLines.map((l) => ({
    line: l.line,
    text: removeNoise(l, noise, removals).trimEnd(),
  }));
  return { file: src.file, body, chrome, removals };
}

// ── chrome ──────────────────────────────────────────────────────────────

interface ChromeMatchers {
  breadcrumb: RegExp[];
  dateline: RegExp[];
  notice: RegExp[];
  footer: RegExp[];
}

function compileChrome(rules: ChromeRules): ChromeMatchers {
  const compile = (kind: keyof ChromeRules) =>
    rules[kind].map((source) => compileRule(`chrome ${kind}`, source, 'i'));
  return {
    breadcrumb: compile('breadcrumb'),
    dateline: compile('dateline'),
    notice: compile('notice'),
    footer: compile('footer'),
  };
}

function compileRule(what: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${what} rule /${source}/: ${(error as Error).message}`);
  }
}

const matchesAny = (res: RegExp[], text: string) =>
  text.length <= MAX_CHROME_LINE && res.some((re) => re.test(text));

/**
 * The head is recognised only when rules match: a breadcrumb on the first line, or a dateline
 * or notice within the first few lines. It ends at the last matching line; one unmatched line
 * inside it is the headline. Without a match, every line stays in the body.
 */
function splitHead(
  all: Line[],
  m: ChromeMatchers,
): { chrome: Omit<Chrome, 'footer' | 'contacts'>; lines: Set<number> } {
  const window = all.filter((l) => !isBlank(l.text)).slice(0, HEAD_WINDOW);
  const chrome: Omit<Chrome, 'footer' | 'contacts'> = {};
  const kinds = window.map((l, i) => {
    if (i === 0 && matchesAny(m.breadcrumb, l.text)) return 'breadcrumb';
    if (matchesAny(m.notice, l.text)) return 'notice';
    if (matchesAny(m.dateline, l.text)) return 'dateline';
    return undefined;
  });
  let end = -1;
  kinds.forEach((kind, i) => {
    if (kind) end = i;
  });
  // The head ends after the first notice: what follows it is the article.
  const firstNotice = kinds.indexOf('notice');
  if (firstNotice !== -1) end = firstNotice;
  // A breadcrumb alone: the next line is the headline if the breadcrumb ends with it.
  if (end === 0 && kinds[0] === 'breadcrumb' && window[1]) {
    if (lastCrumb(window[0].text) === window[1].text.trim()) end = 1;
  }
  const lines = new Set<number>();
  if (end === -1) return { chrome, lines };
  for (let i = 0; i <= end; i++) {
    const l = window[i];
    const kind = kinds[i];
    if (kind) {
      if (chrome[kind] !== undefined) continue; // keep the first; a second one stays in the body
      chrome[kind] = l.text.trim();
    } else if (chrome.headline === undefined) {
      chrome.headline = l.text.trim();
    } else continue; // a second unexplained line is the plan's, not chrome
    lines.add(l.line);
  }
  // Blank lines inside the head go with it.
  const last = window[end].line;
  for (const l of all) if (l.line < last && isBlank(l.text)) lines.add(l.line);
  return { chrome, lines };
}

function lastCrumb(breadcrumb: string): string {
  const parts = breadcrumb.split(/\s[/>»›|]\s/);
  return parts[parts.length - 1].trim();
}

/** Index in `rest` where the footer starts: the earliest matching line among the last few. */
function findFooter(rest: Line[], footer: RegExp[]): number {
  let seen = 0;
  let start = -1;
  for (let i = rest.length - 1; i >= 0 && seen < TAIL_WINDOW; i--) {
    if (isBlank(rest[i].text)) continue;
    seen++;
    if (matchesAny(footer, rest[i].text)) start = i;
  }
  return start;
}

// ── noise ───────────────────────────────────────────────────────────────

interface CompiledNoise {
  id: string;
  re: RegExp;
  replace: string;
}

function compileNoise(rules: NoiseRule[]): CompiledNoise[] {
  return rules.map((r) => ({
    id: r.id,
    re: compileRule(`noise "${r.id}"`, r.pattern, r.flags ?? 'g'),
    replace: r.replace ?? '',
  }));
}

/** A replacement made by one rule, at `at` in the text the rule ran on. */
interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

/**
 * Applies each rule in turn; returns the new text and appends one removal per match. Columns
 * refer to the original line: `origin` maps each index of the edited text back to it (linear
 * time per rule that matched, so a megabyte line with many removals stays fast).
 */
function removeNoise(l: Line, rules: CompiledNoise[], out: NoiseRemoval[]): string {
  let text = l.text;
  let origin: Int32Array | undefined; // undefined while the text is unchanged
  const column = columns(l.text);
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    if (!rule.re.test(text)) continue;
    rule.re.lastIndex = 0;
    const edits: Edit[] = [];
    const next = text.replace(rule.re, (...args: unknown[]) => {
      const match = args[0] as string;
      const at = args.find((a, i) => i > 0 && typeof a === 'number') as number;
      const replacement = expand(rule.replace, args);
      if (match === replacement) return match;
      const removal: NoiseRemoval = {
        line: l.line,
        column: column(origin ? origin[at] : at),
        text: match,
        rule: rule.id,
      };
      if (replacement !== '') removal.replacement = replacement;
      out.push(removal);
      edits.push({ at, removed: match.length, inserted: replacement.length });
      return replacement;
    });
    if (edits.length > 0) origin = remap(origin, text.length, edits, next.length);
    text = next;
  }
  return text;
}

/** The origin map after `edits` (sorted, non-overlapping): inserted text maps to its match's start. */
function remap(
  origin: Int32Array | undefined,
  oldLength: number,
  edits: Edit[],
  newLength: number,
): Int32Array {
  const from = (i: number) => (origin ? origin[i] : i);
  const next = new Int32Array(newLength + 1);
  let o = 0;
  let n = 0;
  for (const e of edits) {
    while (o < e.at) next[n++] = from(o++);
    for (let k = 0; k < e.inserted; k++) next[n++] = from(e.at);
    o += e.removed;
  }
  while (o <= oldLength) next[n++] = from(o++);
  return next;
}

/** 1-based column, in characters (code points, not UTF-16 units), of an index in `line`. */
function columns(line: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(line)) return (index) => index + 1;
  // Count the low halves of surrogate pairs before each index, once per line.
  const pairsBefore = new Int32Array(line.length + 1);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && /[\uD800-\uDBFF]/.test(line[i - 1]);
    pairsBefore[i + 1] = pairsBefore[i] + (low ? 1 : 0);
  }
  return (index) => index - pairsBefore[index] + 1;
}

/** Expands `$1`…`$9` and `$&` in a replacement string from the callback arguments. */
function expand(template: string, args: unknown[]): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(\$|&|\d)/g, (_, token: string) => {
    if (token === '$') return '$';
    if (token === '&') return String(args[0]);
    const group = args[Number(token)];
    return typeof group === 'string' ? group : '';
  });
}

// ── helpers ─────────────────────────────────────────────────────────────

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
