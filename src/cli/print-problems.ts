/**
 * How every command prints problems: the `file:line:col  path  message` line, then the
 * source line with a caret under the column (see src/load/source-excerpt.ts). Errors go to
 * stderr, warnings too, each problem followed by a blank line, all in one write.
 */
import { formatProblem, type Problem } from '../problems';
import { formatExcerpt, problemExcerpt, readProblemSources } from '../load/source-excerpt';

/** Prints the problems; returns the number of errors among them. */
export async function printProblems(problems: readonly Problem[]): Promise<number> {
  const texts = await readProblemSources(problems);
  const blocks: string[] = [];
  for (const problem of problems) {
    const excerpt = problemExcerpt(problem, texts);
    blocks.push([formatProblem(problem), ...(excerpt ? [...formatExcerpt(excerpt), ''] : [])].join('\n'));
  }
  // One write: a write per problem to a terminal or pipe (synchronous in Node) took about
  // half a second for the 2000 warnings of 1000 plans.
  if (blocks.length > 0) console.error(blocks.join('\n'));
  return problems.filter((p) => p.severity === 'error').length;
}
