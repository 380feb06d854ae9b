/** The part each number plays in its sentence: a target, the baseline of one ("from 6.5% in
 *  2020 to 9%", "50, up from 18 in 2020", "(2020: 35.4%)"), a past fact ("reached 5.2 billion
 *  yuan in 2020"), a note ("($3.1 billion)") or an attribute of a kind of thing ("enterprises
 *  with revenue over 10 billion yuan"). */
import type { Quantity } from './quantities/read.ts';

export type Role =
  | { kind: 'target' }
  | { kind: 'baseline'; of: number; year?: number }
  | { kind: 'note'; of: number }
  | { kind: 'fact'; year?: number }
  | { kind: 'attribute' };

// How far back a number's context is read.
const WINDOW = 300;
const FROM = /\bfrom\s+(?:about\s+|around\s+)?$/i;
const TO =
  /^(?:\s+(?!to\b)[\w'-]+){0,4}?[\s,]*(?:(?:in|at the end of) (\d{4})[\s,]*)?(?:to|into)\s+(?:about\s+|around\s+|over\s+|more than\s+)?$/i;
const UP_FROM =
  /\b(?:up|down|rising|increasing|growing|compared (?:with|to)|as against|versus|vs\.?|against|from)\s+(?:about\s+|around\s+)?$/i;
const COMPARED_YEAR = /\bcompared (?:with|to) (\d{4}),? (?:the |its )?$/i;
const AND_GAP = /^\s*(?:and|,)\s*$/i;
const RESPECTIVELY = /^\s*(?:respectively\b|,?\s*respectively\b|[^,;.]{0,20}\brespectively\b)/i;
// "28.7 million TEU of 2020" (machine translation) too.
const YEAR_AFTER = /^\s*(?:in|at the end of|by the end of|as of|of)\s+(\d{4})\b(?!['’]s)/i;
// "2022 year, X reached" (machine translation of 2022年) too.
const YEAR_BEFORE = /\b(?:(?:in|at the end of|as of)\s+(\d{4})\b|(\d{4})\s+year\b(?!s))/gi;
const PAST =
  /\b(?:reached|was|were|had|has been|have been|has|have|totall?ed|amounted to|stood at|grew|rose|increased|accounted for|achieved|generated|gathers|gathered|ranked|became|realized|realised|registered|hit)\b/i;
const FUTURE_WORD =
  /\b(?:will|shall|strive|strives|aim|aims|aiming|expected|to reach|to exceed|is to|are to|(?:is|are) set to|should|target|goal)\b/i;
// "Seven platforms were set up": a past verb after the figure, in its clause.
const PAST_AFTER = /^[^,;:]{0,80}?(?<!\bwill\s)\b(?:were|was|had been|have been|has been)\b/i;
const BY_YEAR = /\bby (?:the end of )?(20\d\d)\b/gi;
// "By 2025" looks ahead; "By the end of 2020, X had reached" looks back.
const future = (text: string, baseYear: number) =>
  FUTURE_WORD.test(text) || [...text.matchAll(BY_YEAR)].some((m) => Number(m[1]) > baseYear);
const ATTRIBUTE = [
  // "firms with revenue over": not past an "and" ("firms with X and more than 200 ...").
  /\bwith (?:a |an |the )?(?:(?!and\s)[\w&-]+\s+){1,5}?(?:of|above|over|exceeding|more than|at least|reaching)?\s*$/i,
  /\b(?:of|whose) (?:annual |operating |sales |main business )?(?:revenue|output|output value|sales|income|scale|turnover)\s+(?:of\s+)?(?:over|above|exceeding|more than|at least)?\s*$/i,
  // "each enterprise will get 1 million yuan"; "each year" is a frequency, not a kind.
  /\beach (?!year\b|month\b|annum\b)(?:\w+\s+){0,5}$/i,
];
const SINGLE_WITH =
  /\b(?:a|an)\s+(?:[\w"“”+-]+\s+){0,4}?[\w"”+-]*[^s\W"”+-]["”]?\s+with\s+(?:a |an |the )?(?:[\w&-]+\s+){1,5}?(?:of|above|over|exceeding|more than|at least|reaching)?\s*$/i;
const KIND_AFTER =
  /^\s*(?:-?level\s+)?(?:(?!(?:in|into|for|of|to|on|at|from|by|with|and|or|the)\b)[\w-]+\s+){0,2}?(?:enterprises?|companies|company|firms?|clusters?|parks?|projects?)\b/i;
const EACH_AFTER = /^\s*(?:each|apiece|per (?:enterprise|company|project|year))\b/i;
const BRACKET_ONLY =
  /^(?:about |around |approx\.? |approximately |or |i\.e\. )?[^\s()]*\s*[\d.,]+\s*[\p{L}$¥. ]*$/iu;

/** Roles of `qs` in `text` (the sentence); `baseYear` is the last year before the plan;
 *  `ahead` when the sentence has a horizon. */
export function roles(text: string, qs: Quantity[], baseYear: number, ahead = false): Role[] {
  const out: Role[] = qs.map(() => ({ kind: 'target' }));
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const prev = qs[i - 1];
    const next = qs[i + 1];
    const before = text.slice(Math.max(prev ? prev.end : 0, q.start - WINDOW), q.start);
    const clauseBefore = before.split(/[;；]|,\s(?=\D)/).at(-1) ?? before;
    const after = text.slice(q.end, Math.min(next ? next.start : text.length, q.end + WINDOW));
    const yearAfter = Number(YEAR_AFTER.exec(after)?.[1]) || undefined;
    if (q.bracket && prev) {
      if (q.bracket.label) {
        out[i] = { kind: 'baseline', of: i - 1, year: Number(q.bracket.label) };
        continue;
      }
      if (BRACKET_ONLY.test(q.bracket.text)) {
        out[i] = { kind: 'note', of: i - 1 };
        continue;
      }
    }
    // "from X (in 2020) to Y": X is Y's baseline.
    if (next && FROM.test(text.slice(Math.max(0, q.start - WINDOW), q.start)) && TO.test(after)) {
      const year = Number(TO.exec(after)?.[1]) || undefined;
      out[i] = { kind: 'baseline', of: i + 1, ...(year ? { year } : {}) };
      continue;
    }
    // "A and B, compared with X and Y respectively in 2020": X is A's baseline, Y is B's.
    if (
      prev &&
      i >= 3 &&
      out[i - 1].kind === 'baseline' &&
      AND_GAP.test(before) &&
      RESPECTIVELY.test(text.slice(q.end, q.end + 60))
    ) {
      const first = out[i - 1] as { kind: 'baseline'; of: number; year?: number };
      const yearAfter =
        Number(/\bin (\d{4})\b/.exec(text.slice(q.end, q.end + 60))?.[1]) || undefined;
      out[i - 1] = { ...first, of: first.of - 1 };
      out[i] = { kind: 'baseline', of: first.of, ...(yearAfter ? { year: yearAfter } : {}) };
      if (yearAfter && first.year === undefined)
        out[i - 1] = { ...out[i - 1], year: yearAfter } as Role;
      continue;
    }
    // "about 15%, compared to 2020 the 13.9%" (machine translation).
    const comparedYear = COMPARED_YEAR.exec(before);
    if (prev && out[i - 1].kind === 'target' && comparedYear) {
      out[i] = { kind: 'baseline', of: i - 1, year: Number(comparedYear[1]) };
      continue;
    }
    // "Y, up from X in 2020", "Y, compared with X in 2020"; "Y ($Z), up from X": past the note.
    let t = i - 1;
    while (t > 0 && out[t].kind === 'note') t--;
    const target = qs[t];
    const gap = target ? text.slice(target.end, q.start) : '';
    if (
      target &&
      out[t].kind === 'target' &&
      UP_FROM.test(t === i - 1 ? before : gap.slice(-WINDOW)) &&
      !FROM.test(text.slice(Math.max(0, target.start - WINDOW), target.start))
    ) {
      out[i] = { kind: 'baseline', of: t, ...(yearAfter ? { year: yearAfter } : {}) };
      continue;
    }
    // ", with installed capacity of more than 200 GW" describes the subject, not a kind of thing.
    const apposed =
      /^with\b/i.test(clauseBefore.trim()) &&
      /,\s*$/.test(before.slice(0, before.length - clauseBefore.length));
    // "four clusters each worth 100 billion yuan": "each" speaks of the amount after a count.
    const each = EACH_AFTER.test(after) && q.unitKind !== 'count';
    // "a fund with a scale of 10 billion yuan": the size of one thing the plan sets up.
    const single = SINGLE_WITH.test(clauseBefore);
    if ((!apposed && !single && ATTRIBUTE.some((re) => re.test(clauseBefore))) || each) {
      out[i] = { kind: 'attribute' };
      continue;
    }
    // "Cultivate output value over 10 billion yuan enterprise": a threshold before the kind of
    // thing it describes (machine translation keeps the Chinese order).
    if (
      (q.unitKind === 'yuan' || q.unitKind === 'usd') &&
      q.qualifier !== 'exactly' &&
      KIND_AFTER.test(after)
    ) {
      out[i] = { kind: 'attribute' };
      continue;
    }
    // "12 kWh per 100 kilometres": the denominator of a rate is no figure of its own.
    if (/\b(?:per|for every|for each|every)\s*$/i.test(before)) {
      out[i] = { kind: 'attribute' };
      continue;
    }
    // "... were built in 2019": a past year later in the clause.
    const clauseAfter = after.split(/[,;；]/)[0];
    const laterYear = Number(/\b(?:in|at the end of|as of)\s+(\d{4})\b/i.exec(clauseAfter)?.[1]);
    if (laterYear && laterYear <= baseYear && !future(clauseAfter, baseYear)) {
      out[i] = { kind: 'fact', year: laterYear };
      continue;
    }
    if (yearAfter !== undefined && yearAfter <= baseYear) {
      out[i] = { kind: 'fact', year: yearAfter };
      continue;
    }
    // "... from 3.1% in 2020 to 3.5% in 2025": its own year looks ahead.
    if (yearAfter !== undefined) continue;
    if (PAST_AFTER.test(clauseAfter) && !future(clauseAfter, baseYear) && !ahead) {
      out[i] = { kind: 'fact' };
      continue;
    }
    // "In 2020, output reached ..." / "output reached ...": the past, unless the clause looks ahead.
    const clause =
      text
        .slice(Math.max(0, q.start - WINDOW), q.start)
        .split(/[;；]/)
        .at(-1) ?? '';
    const years = [...clause.matchAll(YEAR_BEFORE)].map((m) => Number(m[1] ?? m[2]));
    const pastYear = years.find((y) => y <= baseYear);
    // A sentence with a horizon ("During the 14th Five-Year Plan period ... grew at 20%") looks
    // ahead whatever its tense (machine translation often puts goals in the past).
    const past = pastYear !== undefined || (PAST.test(clauseBefore) && !ahead);
    if (past && !future(clause, baseYear)) {
      out[i] = { kind: 'fact', ...(pastYear ? { year: pastYear } : {}) };
    }
  }
  // "Seven platforms and 4 centres were set up": counts joined by "and" share the past verb.
  for (let i = qs.length - 2; i >= 0; i--) {
    const next = out[i + 1];
    if (
      out[i].kind === 'target' &&
      next.kind === 'fact' &&
      /^\s*(?:and|,)\s*$/i.test(text.slice(qs[i].end, qs[i + 1].start))
    )
      out[i] = { kind: 'fact', ...(next.year ? { year: next.year } : {}) };
  }
  return out;
}
