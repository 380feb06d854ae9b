/** A bad gold file: every problem with its file, line and what to do. */

export interface GoldProblem {
  line: number;
  message: string;
  hint: string;
}

export class GoldError extends Error {
  readonly file: string;
  readonly problems: GoldProblem[];
  constructor(file: string, problems: GoldProblem[]) {
    super(problems.map((p) => `${file}:${p.line}: ${p.message}\n  hint: ${p.hint}`).join('\n'));
    this.name = 'GoldError';
    this.file = file;
    this.problems = problems;
  }
}
