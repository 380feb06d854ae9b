/** EVAL.md: the corpus total, F1 per plan and kind, what each column means, and per plan what to fix. */
import type { CorpusScores } from './corpus.ts';
import { capped, planProblems } from './problems.ts';
import { fig, HEADER, KIND_NAMES, planRows } from './rows.ts';
import { KINDS, type PlanScores } from './score-types.ts';

/** Markdown-safe cell text: no pipes, no line breaks, no markup characters. */
const cell = (s: string) => s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

const MATRIX = [
  'plan',
  ...KINDS.map((k) => KIND_NAMES[k]),
  'tiers right',
  'tier counts',
  'tiers invented',
  'baselines paired',
  'qualifiers',
  'scopes',
  'level/region',
  'foreign',
];

function matrixRow(p: PlanScores): string[] {
  return [
    p.plan,
    ...KINDS.map((k) => fig(p[k].f1)),
    fig(p.tiersRight.share),
    fig(p.tierCountsRight.share),
    `${p.tiersInvented.count}`,
    fig(p.baselinesPaired.share),
    fig(p.qualifiersRight.share),
    fig(p.scopesRight.share),
    fig(p.levelRegionRight.share),
    `${p.foreign.count}`,
  ];
}

const MEANING = [
  '## What the columns mean',
  '',
  'Scoring rules: `tests/corpus/README.md`. A dash means there is nothing to measure.',
  '',
  '- **found**: items the pipeline extracted; **gold**: items in the gold file; **right**: gold items matched one to one by an extracted item.',
  '- **P** (precision) = right / found: how much of what the pipeline shows is true.',
  '- **R** (recall) = right / gold: how much of what the text holds the pipeline finds.',
  '- **F1** = 2 · right / (found + gold). The corpus total is micro: counts summed over plans, then divided.',
  '- **tier labels**: the plan’s categories (PlanModel.tiers) against the gold `tiers`.',
  '- **tiers right**: of the gold industries with a tier, those matched with the same tier label.',
  '- **tier counts right**: of the gold tiers whose count the text states, those found with that count.',
  '- **tiers invented**: extracted industries with a tier where the gold has none (must be 0).',
  '- **baselines paired**: of the gold targets with a baseline, those matched with the same baseline value and year.',
  '- **qualifiers right**, **scopes right**: of the matched targets, those with the gold qualifier or scope.',
  '- **level/region right**: the plan’s level (national, provincial, city, county) and its own place equal the gold `level` and `region` (a trailing “County”, “City” or “Province” aside).',
  '- **foreign knowledge**: places, corrections and term definitions from shared data rather than the plan’s own folder (must be 0).',
];

/** EVAL.md text (deterministic: sorted plans, no dates). */
export function evalMarkdown(scores: CorpusScores, maxItems = 12): string {
  const plans = [...scores.plans].sort((a, b) => a.plan.localeCompare(b.plan));
  const out = [
    '# Eval: what the pipeline understands of the gold corpus',
    '',
    `Written by \`npm run eval\` from \`tests/corpus/\` (${plans.length} plans); do not edit by hand.`,
    '`npm run eval -- --plan <id>` prints one plan’s misses in full.',
    '',
    '## Corpus total',
    '',
    ...table(HEADER, planRows(scores.total)),
    '',
    '## F1 per plan and kind',
    '',
    ...table(MATRIX, plans.map(matrixRow)),
    '',
    ...MEANING,
    '',
    '## Per plan: figures and what to fix',
  ];
  for (const p of plans) {
    out.push('', `### ${p.plan}`, '', ...table(HEADER, planRows(p)), '');
    const lists = planProblems(p);
    if (lists.length === 0) out.push('Nothing to fix.');
    for (const list of lists) {
      out.push(`- ${list.label} (${list.items.length}):`);
      out.push(...capped(list.items, maxItems).map((i) => `  - ${cell(i)}`));
    }
  }
  return `${out.join('\n')}\n`;
}
