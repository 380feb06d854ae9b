/**
 * Find the editorial layer's names in a text: industry, place and term aliases and correction
 * wordings. Shared by extract and link so both see exactly the same mentions.
 */
import type { Editorial } from '../editorial/types.ts';
import type { Status } from '../types.ts';

export type MentionKind = 'industry' | 'place' | 'term';
export type HitKind = MentionKind | 'correction';

/** One spelling to look for. */
export interface MatchEntry {
  kind: HitKind;
  id: string;
  alias: string;
}

/** An occurrence in a text: [start, end) offsets; `viaCorrection` when found in a correction's
 *  replacement (then the offsets are those of the corrected wording). */
export interface Hit {
  kind: HitKind;
  id: string;
  start: number;
  end: number;
  text: string;
  viaCorrection?: string;
}

export interface Matcher {
  /** Entries by the first word of their spelling (lowercase), so a text only tries the names
   *  whose first word it contains. */
  byHead: Map<string, Compiled[]>;
  /** Entries whose spelling starts with a symbol: always tried. */
  always: Compiled[];
  /** Corrections by id: their replacement and status. */
  corrections: Map<string, { replace: string; status: Status }>;
}

/** An entry and its pattern, compiled on first use. */
interface Compiled {
  entry: MatchEntry;
  /** The spelling in the form `probeText` gives a text: a cheap test before the pattern. */
  probe: string;
  /** Its first word, lowercase, when it starts with a letter or digit. */
  head?: string;
  /** Its other words, lowercase: each must be a word of a text that contains the name. */
  rest: string[];
  wordStart: boolean;
  wordEnd: boolean;
  pattern?: RegExp;
}

/** Lowercase, separators as single spaces, curly apostrophes straight. */
function probeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s‐‑–-]+/g, ' ')
    .replace(/’/g, "'");
}

export interface Scan {
  /** Corrections that apply, non-overlapping, in text order. */
  corrections: Hit[];
  /** Mentions shown as links: non-overlapping, outside corrections, in text order. */
  runs: Hit[];
  /** Every entity the text mentions: the runs, names under or inside corrections, and a second
   *  kind for the same words (a term and an industry spelled "6G"). In text order. */
  mentions: Hit[];
}

const KIND_ORDER: Record<HitKind, number> = { correction: 0, industry: 1, place: 2, term: 3 };
const WORD = /[\p{L}\p{N}]/u;
const HEAD = /^[\p{L}\p{N}]+/u;
const WORDS = /[\p{L}\p{N}]+/gu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body of a pattern for `alias` (case-insensitive, sticky): a space and a hyphen match each
 *  other, a straight apostrophe matches a curly one. Word boundaries are checked by `bounded`. */
function aliasBody(alias: string): RegExp {
  const body = alias
    .trim()
    .split(/[\s‐‑–-]+/)
    .map((part) => escape(part).replace(/['’]/g, "['’]"))
    .join('[\\s‐‑–-]+');
  return new RegExp(body, 'iy');
}

function isWordAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && WORD.test(String.fromCodePoint(code));
}

function isWordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return isWordAt(text, from);
}

/** Whether text[start, end) stands on word boundaries where the alias starts or ends with a letter or digit. */
function bounded(text: string, start: number, end: number, compiled: Compiled): boolean {
  return (
    !(compiled.wordStart && isWordBefore(text, start)) && !(compiled.wordEnd && isWordAt(text, end))
  );
}

/** Occurrences of `alias` in `text` (case-insensitive, on word boundaries): the matcher's rule for one name. */
export function findAlias(
  text: string,
  alias: string,
): { start: number; end: number; text: string }[] {
  const compiled = compile({ kind: 'term', id: '', alias });
  return occurrences(text, text.toLowerCase(), compiled).map(([start, end]) => ({
    start,
    end,
    text: text.slice(start, end),
  }));
}

function compile(entry: MatchEntry): Compiled {
  const alias = entry.alias.trim().toLowerCase();
  const head = HEAD.exec(alias)?.[0];
  return {
    entry,
    probe: probeText(alias),
    ...(WORD.test(alias[0] ?? '') && head ? { head } : {}),
    rest: (alias.match(WORDS) ?? []).slice(1),
    wordStart: WORD.test(alias[0] ?? ''),
    wordEnd: WORD.test(alias.slice(-1)),
  };
}

/** [start, end) of every occurrence: from each place the first word occurs (or each position,
 *  for a name that starts with a symbol), a sticky match, then the boundary check. */
function occurrences(
  text: string,
  lower: string,
  compiled: Compiled,
  starts?: readonly number[],
): [number, number][] {
  const pattern = (compiled.pattern ??= aliasBody(compiled.entry.alias));
  const out: [number, number][] = [];
  const tryAt = (at: number) => {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m && bounded(text, at, at + m[0].length, compiled)) out.push([at, at + m[0].length]);
  };
  if (compiled.head && lower.length === text.length && starts) {
    // The text's words spelled like the name's first word: a match can start nowhere else.
    for (const at of starts) tryAt(at);
  } else if (compiled.head && lower.length === text.length) {
    for (let at = lower.indexOf(compiled.head); at >= 0; at = lower.indexOf(compiled.head, at + 1))
      tryAt(at);
  } else {
    for (let at = 0; at < text.length; at++) tryAt(at);
  }
  return out;
}

/** Matcher over the editorial names, plus `extra` entries (names found only in this text). */
export function buildMatcher(editorial: Editorial, extra: MatchEntry[] = []): Matcher {
  const entries: MatchEntry[] = [
    ...editorial.corrections.map((c) => ({ kind: 'correction' as const, id: c.id, alias: c.find })),
    ...editorial.industries.flatMap((i) =>
      i.aliases.map((alias) => ({ kind: 'industry' as const, id: i.id, alias })),
    ),
    ...editorial.places.flatMap((p) =>
      p.aliases.map((alias) => ({ kind: 'place' as const, id: p.id, alias })),
    ),
    ...editorial.terms.flatMap((t) =>
      [t.term, ...(t.aliases ?? [])].map((alias) => ({ kind: 'term' as const, id: t.id, alias })),
    ),
    ...extra,
  ];
  const byHead = new Map<string, Compiled[]>();
  const always: Compiled[] = [];
  for (const entry of entries) {
    const compiled = compile(entry);
    if (compiled.head === undefined) always.push(compiled);
    else if (byHead.has(compiled.head)) byHead.get(compiled.head)!.push(compiled);
    else byHead.set(compiled.head, [compiled]);
  }
  const corrections = new Map(
    editorial.corrections.map((c) => [c.id, { replace: c.replace, status: c.status }]),
  );
  return { byHead, always, corrections };
}

/** Every occurrence of every entry in `text`, overlapping ones included. */
export function allHits(text: string, matcher: Matcher, kinds?: readonly HitKind[]): Hit[] {
  const lower = text.toLowerCase();
  const candidates = [...matcher.always];
  // Where each word of the text starts: a name starts on its first word and ends on a boundary.
  const words = new Map<string, number[]>();
  for (const m of lower.matchAll(WORDS)) {
    const starts = words.get(m[0]);
    if (starts) starts.push(m.index);
    else words.set(m[0], [m.index]);
  }
  for (const word of words.keys()) {
    const list = matcher.byHead.get(word);
    // A name matches on word boundaries, so each of its words is a word of the text: a set
    // lookup rules most names out before the text is searched for them.
    if (list)
      for (const compiled of list)
        if (compiled.rest.every((w) => words.has(w))) candidates.push(compiled);
  }
  const probe = probeText(text);
  const hits: Hit[] = [];
  for (const compiled of candidates) {
    const { entry } = compiled;
    if ((kinds && !kinds.includes(entry.kind)) || !probe.includes(compiled.probe)) continue;
    const starts = compiled.head === undefined ? undefined : words.get(compiled.head);
    for (const [start, end] of occurrences(text, lower, compiled, starts)) {
      hits.push({ kind: entry.kind, id: entry.id, start, end, text: text.slice(start, end) });
    }
  }
  return hits;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest first, then leftmost, then kind, then id; keep those that overlap nothing kept. */
export function pickLongest(hits: Hit[], blocked: { start: number; end: number }[] = []): Hit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept: Hit[] = [];
  for (const hit of sorted) {
    if (blocked.some((span) => overlaps(span, hit)) || kept.some((k) => overlaps(k, hit))) continue;
    kept.push(hit);
  }
  return byPosition(kept);
}

/** Sort hits in text order (then kind, then id); drop exact duplicates of kind + id + span. */
export function byPosition(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return [...hits]
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .filter((hit) => {
      const key = `${hit.kind}:${hit.id}:${hit.start}:${hit.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Corrections, link runs and all mentions in `text` (see Scan). */
export function scan(text: string, matcher: Matcher): Scan {
  const hits = allHits(text, matcher);
  const corrections = pickLongest(hits.filter((hit) => hit.kind === 'correction'));
  const names = hits.filter((hit) => hit.kind !== 'correction');
  const runs = pickLongest(names, corrections);
  const mentions: Hit[] = [...runs];
  // The same words as a run, under another kind or id ("6G": an industry and a term).
  for (const hit of names) {
    if (runs.some((run) => run.start === hit.start && run.end === hit.end)) mentions.push(hit);
  }
  for (const correction of corrections) {
    // Names the original wording spells under the correction ("the new area near Hong Kong").
    const under = names.filter((hit) => hit.start >= correction.start && hit.end <= correction.end);
    mentions.push(...pickLongest(under));
    // Names in the corrected wording ("the Lin-gang Special Area").
    const replace = matcher.corrections.get(correction.id)?.replace ?? '';
    const inside = pickLongest(allHits(replace, matcher, ['industry', 'place', 'term']));
    for (const hit of inside) {
      mentions.push({
        ...hit,
        start: correction.start,
        end: correction.end,
        viaCorrection: correction.id,
      });
    }
  }
  return { corrections, runs, mentions: byPosition(mentions) };
}
