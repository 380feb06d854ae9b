/**
 * Find the editorial layer's names in a text: industry, place and term aliases and correction
 * wordings. Shared by extract and link so both see exactly the same mentions.
 */
import type { Editorial } from '../editorial-types.ts';
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
  entries: { entry: MatchEntry; pattern: RegExp }[];
  /** Corrections by id: their replacement and status. */
  corrections: Map<string, { replace: string; status: Status }>;
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for `alias`: case-insensitive, on word boundaries, where a space and a hyphen
 *  match each other and a straight apostrophe matches a curly one. */
export function aliasPattern(alias: string): RegExp {
  const body = alias
    .trim()
    .split(/[\s‐‑–-]+/)
    .map((part) => escape(part).replace(/['’]/g, "['’]"))
    .join('[\\s‐‑–-]+');
  const before = WORD.test(alias.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD.test(alias.trim().slice(-1)) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/** Matcher over the editorial names, plus `extra` entries (names found only in this text). */
export function buildMatcher(editorial: Editorial, extra: MatchEntry[] = []): Matcher {
  const entries: MatchEntry[] = [
    ...editorial.corrections.map((c) => ({ kind: 'correction' as const, id: c.id, alias: c.find })),
    ...editorial.industries.flatMap((i) => i.aliases.map((alias) => ({ kind: 'industry' as const, id: i.id, alias }))),
    ...editorial.places.flatMap((p) => p.aliases.map((alias) => ({ kind: 'place' as const, id: p.id, alias }))),
    ...editorial.terms.flatMap((t) =>
      [t.term, ...(t.aliases ?? [])].map((alias) => ({ kind: 'term' as const, id: t.id, alias })),
    ),
    ...extra,
  ];
  return {
    entries: entries.map((entry) => ({ entry, pattern: aliasPattern(entry.alias) })),
    corrections: new Map(editorial.corrections.map((c) => [c.id, { replace: c.replace, status: c.status }])),
  };
}

/** Every occurrence of every entry in `text`, overlapping ones included. */
export function allHits(text: string, matcher: Matcher, kinds?: readonly HitKind[]): Hit[] {
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const { entry, pattern } of matcher.entries) {
    if (kinds && !kinds.includes(entry.kind)) continue;
    // Cheap pre-check: the alias's first letters must occur somewhere.
    const head = entry.alias.trim().toLowerCase().split(/[\s‐‑–'’-]/)[0];
    if (head && !lower.includes(head)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push({ kind: entry.kind, id: entry.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      pattern.lastIndex = m.index + 1;
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
    .sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
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
      mentions.push({ ...hit, start: correction.start, end: correction.end, viaCorrection: correction.id });
    }
  }
  return { corrections, runs, mentions: byPosition(mentions) };
}
