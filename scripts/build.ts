/**
 * `npm run build`: check → site (Astro + Pagefind) → PDFs, into a staging folder that
 * replaces dist/ only when all stages succeed. PDFs of unchanged plans are reused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { publishStaging, recoverInterruptedBuilds, stagingDir } from '../src/cli/atomic-output';
import { runCli } from '../src/cli/run-cli';
import { renderAllPdfs } from '../src/pdf';
import { checkPlans, resolveContentRoot } from '../src/pipeline';
import { formatProblem, hasErrors } from '../src/problems';

const DIST = process.env.PLANVERK_DIST ?? 'dist';

let currentChild: ChildProcess | undefined;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    currentChild = child;
    child.on('exit', (code, signal) => {
      currentChild = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Carries the previous build's PDFs and cache into the staging folder. */
async function reusePreviousPdfs(from: string, to: string): Promise<void> {
  if (!existsSync(from)) return;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === '.pdf-cache.json') await copyFile(path.join(from, entry.name), path.join(to, entry.name));
    if (!entry.isDirectory()) continue;
    const pdf = path.join(from, entry.name, `${entry.name}.pdf`);
    if (existsSync(pdf)) {
      await mkdir(path.join(to, entry.name), { recursive: true });
      if (!existsSync(path.join(to, entry.name, `${entry.name}.pdf`))) await copyFile(pdf, path.join(to, entry.name, `${entry.name}.pdf`));
    }
  }
}

await runCli(async () => {
  await recoverInterruptedBuilds(DIST);
  const contentRoot = await resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
  const { plans, problems } = await checkPlans(contentRoot);
  for (const problem of problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  if (hasErrors(problems)) {
    console.error('planverk: planerna har fel; inget byggdes och dist/ är orörd.');
    return 1;
  }

  const staging = stagingDir(DIST);
  const fail = async (stage: string) => {
    await rm(staging, { recursive: true, force: true });
    console.error(`planverk: ${stage} misslyckades; dist/ är orörd.`);
    return 1;
  };
  // Interrupted: stop the child, remove the staging folder, and stop — never publish.
  const abort = (signal: NodeJS.Signals) => {
    currentChild?.kill(signal);
    rmSync(staging, { recursive: true, force: true });
    console.error(`planverk: bygget avbröts (${signal}); dist/ är orörd.`);
    process.exit(1);
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);

  console.log('planverk: bygger webbplatsen …');
  const astro = path.join('node_modules', '.bin', 'astro');
  if ((await run(astro, ['build'], { PLANVERK_OUT_DIR: staging, PLANVERK_WITH_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1' })) !== 0) return fail('Webbplatsbygget');

  console.log('planverk: skapar PDF …');
  try {
    await reusePreviousPdfs(DIST, staging);
    const result = await renderAllPdfs({ outDir: staging, plans, contentRoot });
    // Fault injection for test/build: a crash after the PDFs were written must still leave dist/ alone.
    if (process.env.PLANVERK_FAIL_PDF === '1') throw new Error('PLANVERK_FAIL_PDF=1: simulerat fel i PDF-steget.');
    console.log(`planverk: ${result.rendered.length} PDF skapade, ${result.cached.length} oförändrade.`);
  } catch (error) {
    console.error(`planverk: ${error instanceof Error ? error.message : String(error)}`);
    return fail('PDF-steget');
  }

  await publishStaging(staging, DIST);
  console.log(`planverk: klart, ${plans.length} planer i ${DIST}/.`);
  return 0;
});
