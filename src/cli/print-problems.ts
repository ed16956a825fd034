/**
 * How every command prints problems: the `file:line:col  path  message` line, then the
 * source line with a caret under the column (see src/load/source-excerpt.ts). Errors go to
 * stderr, warnings too, each problem followed by a blank line, all in one write.
 */
import { formatProblem, type Problem } from '../problems';
import { formatExcerpt, problemExcerpt, readProblemSource, type SourceExcerpt } from '../load/source-excerpt';

/**
 * Prints the problems; returns the number of errors among them. `known` holds excerpts
 * already made (the model cache keeps those of unchanged plans); the other problems' files are read.
 */
export async function printProblems(problems: readonly Problem[], known?: ReadonlyMap<Problem, SourceExcerpt | undefined>): Promise<number> {
  const blocks: string[] = [];
  // One file's text at a time (problems come sorted by file): holding all of them, 25 MB
  // for the benchmark's 1600 warnings, made the collector copy them over and over.
  let file: string | undefined;
  let texts = new Map<string, string>();
  for (const problem of problems) {
    const kept = known?.has(problem) ?? false;
    // Read once per file, also when it cannot be read (too large, not text).
    if (!kept && problem.line > 0 && problem.file !== file) {
      file = problem.file;
      const text = readProblemSource(file);
      texts = new Map(text === undefined ? [] : [[file, text]]);
    }
    const excerpt = kept ? known!.get(problem) : problemExcerpt(problem, texts);
    blocks.push([formatProblem(problem), ...(excerpt ? [...formatExcerpt(excerpt), ''] : [])].join('\n'));
  }
  // One write: a write per problem to a terminal or pipe (synchronous in Node) took about
  // half a second for the 2000 warnings of 1000 plans.
  if (blocks.length > 0) console.error(blocks.join('\n'));
  return problems.filter((p) => p.severity === 'error').length;
}
