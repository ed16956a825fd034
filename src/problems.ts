/**
 * Problems are data until the edge: loaders and checks return them, and only the CLI
 * and the Astro integration decide how to print them.
 */
export type Severity = 'error' | 'warning';

export interface SourceLocation {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
}

export interface Problem extends SourceLocation {
  severity: Severity;
  /** Stable code, listed in docs/fel.md. */
  code: string;
  /** Field path in the plan, e.g. `sections[2].blocks[0].amount`; empty for file-level problems. */
  path: string;
  /** Swedish, one line, says what is wrong and how to fix it. */
  message: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `file:line:col  path  message` — the one format every tool prints. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? 'varning: ' : '';
  return [where, problem.path || '-', `${label}${problem.message}`].join('  ');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path),
  );
}

/** Error thrown at the edge when a plan cannot be built; carries its problems. */
export class PlanProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PlanProblemsError';
  }
}
