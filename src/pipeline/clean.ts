/**
 * Stage 2, clean: split page chrome (breadcrumb, headline, dateline, translation notice,
 * publisher footer) from the plan's body, and remove noise by data rules, recording every
 * removal. The input is never mutated; body text is kept literally apart from removals and
 * trailing whitespace.
 */
import type { Chrome, CleanText, NoiseRemoval, SourceText } from './types.ts';
import type { ChromeRules, NoiseRule } from './editorial/types.ts';
import { compileChrome, compileRule, findFooter, splitHead, type Line } from './clean-head.ts';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Splits chrome from body and removes noise, recording each removal. */
export function clean(
  src: SourceText,
  rules: { chrome: ChromeRules; noise: NoiseRule[] },
): CleanText {
  const all: Line[] = src.lines.map((text, i) => ({ line: i + 1, text }));
  const matchers = compileChrome(rules.chrome);
  const noise = compileNoise(rules.noise);
  const head = splitHead(all, matchers, (text) => isFurniture(text, noise));
  const rest = all.filter((l) => !head.lines.has(l.line));
  const footerStart = findFooter(rest, matchers.footer);
  const bodyLines = footerStart === -1 ? rest : rest.slice(0, footerStart);
  const footer = footerStart === -1 ? [] : rest.slice(footerStart).filter((l) => !isBlank(l.text));

  const chrome: Chrome = {
    ...head.chrome,
    footer: footer.map((l) => l.text.trim()),
    contacts: unique(footer.flatMap((l) => l.text.match(EMAIL) ?? [])),
  };
  const removals: NoiseRemoval[] = [];
  const body = bodyLines.map((l) => ({
    line: l.line,
    text: removeNoise(l, noise, removals).trimEnd(),
  }));
  return { file: src.file, body, chrome, removals };
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

/** A line that noise rules remove whole: page furniture, not text. */
function isFurniture(text: string, noise: CompiledNoise[]): boolean {
  return !isBlank(text) && isBlank(removeNoise({ line: 0, text }, noise, []));
}

// ── helpers ─────────────────────────────────────────────────────────────

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
