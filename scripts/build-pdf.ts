/**
 * `npm run pdf [plan …] [--out dir] [--force]`: one PDF per valid plan under
 * dist/<plan-id>/<plan-id>.pdf. Any invalid plan: its problems are printed, nothing
 * is written, exit code 1. Nothing is ever written inside content/ (src/cli/output-dir.ts).
 */
import path from 'node:path';
import { outputDirProblem } from '../src/cli/output-dir';
import { runCli } from '../src/cli/run-cli';
import { planDirFromArgument } from '../src/load/discover-plans';
import { checkPlans, resolveContentRoot } from '../src/pipeline';
import { isSystemError } from '../src/cli/describe-error';
import { printProblems } from '../src/cli/print-problems';
import { escapeControl, hasErrors } from '../src/problems';
import { PdfInputError } from '../src/pdf';
import { renderAllPdfs } from '../src/build/pdf-pool/render-all';
import { readSourceInfos } from '../src/build/source-info';

await runCli(async () => {
  const argv = process.argv.slice(2);
  let outDir = 'dist';
  let force = false;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') outDir = argv[++i] ?? outDir;
    else if (arg === '--force') force = true;
    else if (!arg.startsWith('--')) dirs.push(arg);
  }
  const contentRoot = await resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
  const refuseOut = async (subfolders: string[]) => {
    const problem = await outputDirProblem(contentRoot, outDir, subfolders);
    if (problem) console.error(`planverk: ${problem}`);
    return problem !== undefined;
  };
  if (await refuseOut([])) return 1;
  const { plans, problems } = await checkPlans(contentRoot, dirs.length ? dirs.map(planDirFromArgument) : undefined);
  await printProblems(problems);
  if (hasErrors(problems)) {
    console.error('Inga PDF:er skrevs: rätta felen ovan först.');
    return 1;
  }
  // A plan's own folder under the output folder may itself be a link into content/.
  if (await refuseOut(plans.map((plan) => plan.id))) return 1;
  const started = performance.now();
  try {
    const result = await renderAllPdfs({ outDir: path.resolve(outDir), plans, contentRoot, force, sources: await readSourceInfos(contentRoot, plans.map((plan) => plan.id)) });
    const ms = Math.round(performance.now() - started);
    console.log(`${result.rendered.length} PDF:er skrivna till ${outDir}/, ${result.cached.length} oförändrade (${ms} ms).`);
    return 0;
  } catch (error) {
    // A plan's own problem (`file:line:col …`) as it is; a system error (a full disk) goes to runCli, which says it in Swedish.
    if (error instanceof PdfInputError || (error instanceof Error && !isSystemError(error) && /^[^\s:]+: /.test(error.message))) {
      console.error(error.message.split('\n').map(escapeControl).join('\n'));
      return 1;
    }
    throw error;
  }
});
