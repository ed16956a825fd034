/**
 * How every command prints problems: the `file:line:col  path  message` line, then the
 * source line with a caret under the column (see src/load/source-excerpt.ts). Errors go to
 * stderr, warnings too (console.warn), each problem followed by a blank line.
 */
import { formatProblem, type Problem } from '../problems';
import { formatExcerpt, problemExcerpt, readProblemSources } from '../load/source-excerpt';

/** Prints the problems; returns the number of errors among them. */
export async function printProblems(problems: readonly Problem[]): Promise<number> {
  const texts = await readProblemSources(problems);
  for (const problem of problems) {
    const excerpt = problemExcerpt(problem, texts);
    const lines = [formatProblem(problem), ...(excerpt ? [...formatExcerpt(excerpt), ''] : [])];
    (problem.severity === 'error' ? console.error : console.warn)(lines.join('\n'));
  }
  return problems.filter((p) => p.severity === 'error').length;
}
