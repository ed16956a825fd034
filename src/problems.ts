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

/**
 * Characters a terminal acts on rather than shows: C0 controls (ESC starts escape
 * sequences, BEL, backspace, CR and LF could forge or hide a line), DEL, C1 controls (CSI)
 * and the bidi overrides and isolates that reorder what is shown. Tab is harmless.
 */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shows every terminal control character of `text` visibly, e.g. ESC as `\u{1b}`. */
export function escapeControl(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * `file:line:col  path  message` — the one format every tool prints. Messages quote plan
 * text, so control characters in it are shown escaped and never reach a terminal raw.
 */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? 'varning: ' : '';
  return escapeControl([where, problem.path || '-', `${label}${problem.message}`].join('  '));
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

/**
 * A refusal the user can act on (a missing content folder, an output folder inside
 * content/): the message is Swedish and complete, and the command exits 1 without the
 * "internal error" wording.
 */
export class UserError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'UserError';
  }
}
