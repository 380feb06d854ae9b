/** Keep the gold honest: its names and texts occur in the source, tiers are declared, norms add up. */
import { GoldError, type GoldProblem } from './gold-error.ts';
import type { Gold } from './gold-types.ts';
import { looseWords, nameKey, occursIn, textKey } from './normalise.ts';
import { near, unitInfo } from './units.ts';

/** Throw a GoldError listing every gold entry the source text does not bear out. */
export function checkGold(gold: Gold, source: string): void {
  const loose = looseWords(source);
  const problems: GoldProblem[] = [];
  const missing = (line: number, what: string, text: string) =>
    problems.push({
      line,
      message: `${what} "${text}" does not occur in the source text`,
      hint: 'copy the words exactly as the text has them (case, hyphens and punctuation may differ)',
    });
  const check = (line: number, what: string, texts: string[]) =>
    texts.forEach((t) => occursIn(t, loose) || missing(line, what, t));

  for (const s of gold.sections) check(s.line, 'section title', [s.title]);
  for (const i of gold.industries) check(i.line, 'industry name', [i.name, ...i.also]);
  for (const p of gold.places) check(p.line, 'place name', [p.name, ...p.also]);
  for (const t of gold.tiers) check(t.line, 'tier label', [t.label, ...t.also]);
  const tierKeys = new Set(gold.tiers.flatMap((t) => [t.label, ...t.also].map((w) => nameKey(w))));
  for (const i of gold.industries) {
    if (i.tier !== undefined && !tierKeys.has(nameKey(i.tier)))
      problems.push({
        line: i.line,
        message: `tier "${i.tier}" of industry "${i.name}" is not listed under tiers`,
        hint: `add - { label: ${i.tier} } to tiers (or use a label listed there)`,
      });
  }
  const seen = new Map<string, number>();
  for (const g of gold.goals) {
    check(g.line, 'goal text', [g.text]);
    if (g.text.split(/\s+/).length < 5)
      problems.push({
        line: g.line,
        message: `goal text "${g.text}" has fewer than five words`,
        hint: "copy at least five consecutive words of the goal's sentence",
      });
    const key = textKey(g.text);
    if (seen.has(key))
      problems.push({
        line: g.line,
        message: `goal text "${g.text}" is the same as the goal on line ${seen.get(key)}`,
        hint: 'copy more words, enough to tell the goals apart',
      });
    seen.set(key, g.line);
  }
  for (const t of gold.targets) {
    check(t.line, 'target text', [t.text]);
    const info = unitInfo(t.unit);
    const scaled = (v: number | undefined) => (v === undefined ? undefined : v * info.scale);
    if (info.kind === t.kind && info.kind !== 'count' && info.kind !== 'other') {
      if (!near(scaled(t.value), t.norm))
        problems.push({
          line: t.line,
          message: `norm ${t.norm} is not ${t.value} ${t.unit}`,
          hint: `write norm: ${scaled(t.value)} (the value in the kind's base unit)`,
        });
      if (t.max !== undefined && !near(scaled(t.max), t.normMax))
        problems.push({
          line: t.line,
          message: `normMax ${t.normMax ?? '(none)'} is not ${t.max} ${t.unit}`,
          hint: `write normMax: ${scaled(t.max)}`,
        });
    }
    if (t.max === undefined && t.normMax !== undefined)
      problems.push({
        line: t.line,
        message: 'normMax without max',
        hint: 'add max: <value as written>',
      });
  }
  if (problems.length > 0) throw new GoldError(gold.file, problems);
}
