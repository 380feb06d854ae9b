/**
 * Terms: glossary entries the text uses, plus abbreviations the text defines itself as
 * "long name (ABBR)" (source "text").
 */
import type { Term } from '../types.ts';
import type { Context } from './context.ts';
import { uniqueId } from './text.ts';

/** "(ABBR)" or "((ABBR))": two or more capitals, or a capital and a digit ("SoC", "IPv6+", "6G"). */
const DEFINITION = /\(\(?([A-Za-z0-9][A-Za-z0-9+./-]{0,11})\)?\)/g;

function isAbbreviation(token: string): boolean {
  const capitals = token.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 || (capitals === 1 && /\d/.test(token));
}

/**
 * The long form an abbreviation stands for, from the words just before it (Schwartz & Hearst:
 * the abbreviation's letters in order, its first at a word start); else the words whose
 * initials are its capitals ("system-level chip" for "SoC").
 */
export function longForm(before: string, abbreviation: string): string | undefined {
  const letters = abbreviation.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return undefined;
  const words = before.trimEnd().split(/\s+/);
  const window = words.slice(-Math.min(letters.length + 5, letters.length * 2)).join(' ');
  const text = window.toLowerCase();
  let t = text.length - 1;
  for (let a = letters.length - 1; a >= 0; a--) {
    const first = a === 0;
    while (t >= 0 && (text[t] !== letters[a] || (first && t > 0 && /[a-z0-9]/.test(text[t - 1]))))
      t--;
    if (t < 0) return initialsForm(window, abbreviation);
    t--;
  }
  return clean(window.slice(t + 1));
}

function initialsForm(window: string, abbreviation: string): string | undefined {
  const capitals = abbreviation.replace(/[^A-Z]/g, '').toLowerCase();
  const parts = [...window.matchAll(/[A-Za-z0-9]+/g)];
  let c = capitals.length - 1;
  for (let p = parts.length - 1; p >= 0 && c >= 0; p--) {
    if (parts[p][0][0].toLowerCase() !== capitals[c]) continue;
    c--;
    if (c < 0) return clean(window.slice(parts[p].index));
  }
  return undefined;
}

function clean(form: string): string | undefined {
  const trimmed = form
    .trim()
    .replace(/^[("'“]+/, '')
    .trim();
  return trimmed.split(/\s+/).length >= 2 || trimmed.includes('-') ? trimmed : undefined;
}

/** Glossary terms the text uses and abbreviations it defines, in order of first use. */
export function extractTerms(ctx: Context): Term[] {
  const out = new Map<string, Term>();
  const taken = new Set(ctx.editorial.terms.map((term) => term.id));
  const known = new Map<string, string>();
  for (const term of ctx.editorial.terms) {
    for (const name of [term.term, ...(term.aliases ?? [])]) known.set(name.toLowerCase(), term.id);
  }
  const addData = (id: string) => {
    if (out.has(id)) return;
    const data = ctx.editorial.terms.find((term) => term.id === id);
    if (!data) return;
    out.set(id, {
      id,
      term: data.term,
      ...(data.zh ? { nameZh: data.zh } : {}),
      ...(data.expansion ? { expansion: data.expansion } : {}),
      ...(data.definition ? { definition: data.definition } : {}),
      source: 'data',
      mentions: [],
    });
  };
  for (const view of ctx.views) {
    const text = view.block.text;
    const events: { at: number; run: () => void }[] = [];
    for (const hit of view.scan.mentions)
      if (hit.kind === 'term') events.push({ at: hit.start, run: () => addData(hit.id) });
    for (const m of text.matchAll(DEFINITION)) {
      const abbreviation = m[1];
      if (!isAbbreviation(abbreviation) || known.has(abbreviation.toLowerCase())) continue;
      const expansion = longForm(text.slice(0, m.index), abbreviation);
      if (!expansion) continue;
      events.push({
        at: m.index,
        run: () => {
          if (known.has(abbreviation.toLowerCase())) return;
          const id = uniqueId(
            abbreviation
              .toLowerCase()
              .replace(/\+/g, '-plus')
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, ''),
            taken,
          );
          known.set(abbreviation.toLowerCase(), id);
          out.set(id, { id, term: abbreviation, expansion, source: 'text', mentions: [] });
        },
      });
    }
    for (const event of events.sort((a, b) => a.at - b.at)) event.run();
  }
  return [...out.values()];
}
