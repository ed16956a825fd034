/** `npm run check [plan …]`: validates plans and prints `file:line:col  path  message`. */
import { runCli } from '../src/cli/run-cli';
import { planDirFromArgument } from '../src/load/discover-plans';
import { checkPlans, resolveContentRoot } from '../src/pipeline';
import { formatProblem } from '../src/problems';

await runCli(async () => {
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const contentRoot = await resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
  const { results, problems } = await checkPlans(contentRoot, args.length ? args.map(planDirFromArgument) : undefined, { derive: false });
  for (const problem of problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plans = results.length === 1 ? '1 plan kontrollerad' : `${results.length} planer kontrollerade`;
  console.log(`${plans}: ${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}.`);
  return errors > 0 ? 1 : 0;
});
