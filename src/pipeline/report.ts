/** What `npm run generate` prints: one line per kind of thing, then the warnings. */
import type { ModelCounts } from './counts.ts';
import type { PlanInputError, PlanModel } from './types.ts';

const n = (value: number) => value.toLocaleString('en-US');

/** Summary lines for a generated model (no trailing newline). */
export function summaryLines(
  model: PlanModel,
  counts: ModelCounts,
  wrote: { files: number; dir: string },
): string[] {
  const tiers = counts.industriesByTier;
  const byTier = Object.entries(tiers)
    .map(([label, count]) => (label === 'none' ? `no tier ${count}` : `${label} ${count}`))
    .join(', ');
  const rows: [string, string][] = [
    [
      'source',
      `${model.source.file}: ${n(counts.sourceLines)} lines, ${n(counts.sourceBytes)} bytes`,
    ],
    ['sections', n(counts.sections)],
    ['blocks', n(counts.blocks)],
    ['industries', byTier ? `${n(counts.industries)} (${byTier})` : n(counts.industries)],
    ['goals', n(counts.goals)],
    ['targets', n(counts.targets)],
    ['places', n(counts.places)],
    ['projects', n(counts.projects)],
    ['terms', n(counts.terms)],
    [
      'corrections',
      `${n(counts.correctionsApplied)} applied, from ${n(counts.corrections)} entries`,
    ],
    ['noise', `${n(counts.noiseRemoved)} removed`],
    ['warnings', n(counts.warnings)],
  ];
  return [
    `plan ${model.meta.id}: ${model.meta.titleEn}`,
    ...rows.map(([label, value]) => `  ${label.padEnd(13)}${value}`),
    ...model.warnings.map((w) => `  warning: ${w.file}:${w.line}: ${w.message}`),
    `wrote ${n(wrote.files)} files to ${wrote.dir}`,
  ];
}

/** The parts of a PlanInputError for printing: its own message without the file:line prefix. */
export function errorLines(error: PlanInputError): string[] {
  const prefix = `${error.file}:${error.line}: `;
  const head = error.message.split('\n  hint: ')[0] ?? error.message;
  const message = head.startsWith(prefix) ? head.slice(prefix.length) : head;
  return [`error: ${error.file}:${error.line}: ${message}`, `hint: ${error.hint}`];
}
