/**
 * `npm run build`, in three steps into a staging folder that replaces dist/ only when all
 * succeed (docs/arkitektur.md, "npm run build steg för steg"):
 *
 * 1. check the plans (through the per-plan model cache); errors stop the build;
 * 2. side by side: Astro's build (which writes the search index when its pages are written)
 *    and the PDF pool;
 * 3. publish atomically.
 *
 * Incremental: when the code and settings are the same as for the previous dist/, only the
 * pages, search shards and PDFs of changed plans are made again; everything else is
 * hard-linked from the previous dist/ before step 2.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroChildEnv } from '../src/build/astro-child';
import { buildSettings, pagesToRender, readBuildManifest, writeBuildManifest, type BuildManifest } from '../src/build/build-manifest';
import { linkMissing } from '../src/build/carry-over';
import { fillPdfLinks } from '../src/build/pdf-link';
import { commitDates, contentLog, modifiedPlans, planCommits } from '../src/build/last-changed';
import { planPdfNames } from '../src/build/pdf-pool/pdf-job';
import { startGroupChild, type GroupChild } from '../src/build/child-process';
import { readSourceInfos } from '../src/build/source-info';
import { OutputError, prepareOutput, recoverInterruptedBuilds, type Output } from '../src/cli/atomic-output';
import { acquireBuildLock } from '../src/cli/build-lock';
import { outputDirProblem } from '../src/cli/output-dir';
import { errorLines, isSystemError } from '../src/cli/describe-error';
import { onFailure, runCli } from '../src/cli/run-cli';
import { emptyTrash } from '../src/cli/trash';
import { codeFingerprint } from '../src/incremental/fingerprint';
import { buildCacheFolder, checkPlansCached } from '../src/incremental/model-cache';
import { PARALLEL_CHECK_FROM } from '../src/incremental/shared-check';
import { checkSiteSettings, resolveContentRoot } from '../src/pipeline';
import { printProblems } from '../src/cli/print-problems';
import { escapeControl, hasErrors, sortProblems, UserError } from '../src/problems';
import { shardCount, shardFolder, shardOf } from '../src/site/search-shards';
import type { ModelManifest } from '../src/build/astro-site/site-plans';

const DIST = process.env.PLANVERK_DIST ?? 'dist';

/** Whether dist/ may have changed: after that, a failure must not claim it is untouched. */
let published = false;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** Wall time of each stage; printed at the end, and written as JSON to PLANVERK_TIMINGS (the benchmark). */
const timings: Record<string, number> = {};
let stageStart = performance.now();
function endStage(name: string): void {
  const now = performance.now();
  timings[name] = now - stageStart;
  stageStart = now;
}

await runCli(async () => {
  const started = performance.now();
  stageStart = started;
  const contentRoot = await resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
  const outputProblem = await outputDirProblem(contentRoot, DIST, [], 't.ex. PLANVERK_DIST=dist');
  if (outputProblem) throw new UserError(outputProblem);
  let output: Output;
  const trash = buildCacheFolder('trash');
  // The site the previous build replaced is removed while this one works (src/cli/trash.ts):
  // from when the first of the site and the PDFs is done, when a core is free.
  let emptying: Promise<void> | undefined;
  const startEmptying = () => { emptying ??= emptyTrash(trash); };
  try {
    const lock = await acquireBuildLock(DIST);
    onFailure(() => lock.release(), () => lock.release());
    await recoverInterruptedBuilds(DIST);
    output = await prepareOutput(DIST, { trash });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    console.error(`planverk: ${error.message}`);
    return 1;
  }
  const staging = output.staging;
  let work: string | undefined;
  let astro: GroupChild | undefined;
  let publishing: Promise<void> | undefined;
  /** Stops Astro and everything it started, and removes everything this build wrote; dist/ is never touched. */
  const discard = async () => {
    await astro?.stop();
    // Interrupted while publishing: let the renames finish (or undo themselves) first.
    await publishing?.catch(() => undefined);
    await output.discard();
    if (work) await rm(work, { recursive: true, force: true });
  };
  // Interrupted (a signal) or an internal error anywhere: the same clean-up, then exit;
  // at exit, whatever is still there is killed and removed synchronously.
  onFailure(discard, () => {
    astro?.killNow();
    if (!published) output.discardNow();
    if (work) rmSync(work, { recursive: true, force: true });
  });
  const fail = async (stage: string) => {
    await discard();
    console.error(`planverk: ${stage} misslyckades; dist/ är orörd.`);
    return 1;
  };

  work = await mkdtemp(path.join(tmpdir(), 'planverk-build-'));
  const modelFile = path.join(work, 'model.json');
  const astroEnv = await astroChildEnv({ outDir: staging, modelFile });
  const startAstro = (gated: boolean) => startGroupChild(path.join('node_modules', '.bin', 'astro'), ['build'], astroEnv, { gated });
  // When the previous dist/ was built by this code, the build is probably incremental: the
  // check is short and Astro's start (about 1,5 s) most of the site stage. Then Astro loads
  // while the plans are checked and waits at its build:start until the manifest is written
  // (a gated child, src/build/child-process.ts, its output held back until then). In a full
  // build it would take a core from the check, which the PDFs wait for. Measured in
  // docs/prestanda.md ("Bygget: första kontrollen, Astro under kontrollen …").
  const previous = await readBuildManifest(DIST);
  if (previous?.code === await codeFingerprint()) astro = startAstro(true);

  // git (each plan's last commit and whether it is modified, for "Senast ändrad" and the
  // colophons) runs in processes of its own while the plans are checked.
  const history = { log: contentLog(contentRoot), modified: modifiedPlans(contentRoot) };

  // 1. Check (the plans and the site settings, webbplats.yaml).
  const [checked, settings] = await Promise.all([checkPlansCached(contentRoot, { from: PARALLEL_CHECK_FROM }), checkSiteSettings(contentRoot)]);
  endStage('check');
  const problems = [...settings.problems, ...checked.problems];
  await printProblems(sortProblems(problems), checked.excerpts);
  if (hasErrors(problems) || !settings.site) {
    await discard();
    console.error(hasErrors(checked.problems)
      ? 'planverk: planerna har fel; inget byggdes och dist/ är orörd.'
      : `planverk: ${settings.file} har fel; inget byggdes och dist/ är orörd.`);
    return 1;
  }
  // Only summaries are held here; each plan's model is read by whoever renders it.
  const plans = checked.index.plans.filter((entry) => entry.modelFile)
    .map((entry) => ({ id: entry.result.loaded.id, key: entry.key, modelFile: entry.modelFile!, followUps: entry.summary?.followUps ?? [] }));
  const planIds = new Set(plans.map((plan) => plan.id));
  const pdfNames = new Map(plans.map((plan) => [plan.id, new Set(planPdfNames(plan.id, plan.followUps))]));

  // One git log for both: the pages' "Senast ändrad" and the PDFs' colophons.
  const commits = await planCommits(contentRoot, planIds, history.log);
  const lastChanged = commitDates(commits);
  const sources = await readSourceInfos(contentRoot, [...planIds], { commits, modified: history.modified });
  const manifest: BuildManifest = {
    code: await codeFingerprint(),
    settings: buildSettings(settings.site),
    plans: Object.fromEntries(plans.map((plan) => [plan.id, plan.key])),
    searchShards: shardCount(plans.length),
    lastChanged,
  };
  const render = pagesToRender(previous, manifest);
  // A kept page must really be there (someone may have deleted files in dist/).
  if (render) {
    const missing = plans.filter((plan) => !render.includes(plan.id) && !existsSync(path.join(DIST, plan.id, 'index.html')));
    render.push(...missing.map((plan) => plan.id));
  }
  const rendered = new Set(render ?? planIds);

  // Search index shards: re-index those holding a changed, new or removed plan; keep the rest.
  let reindex: Set<number> | undefined;
  const keptShards: number[] = [];
  if (render && previous?.searchShards === manifest.searchShards) {
    const touched = [...render, ...Object.keys(previous.plans).filter((id) => !planIds.has(id))];
    reindex = new Set(touched.map((id) => shardOf(id, manifest.searchShards)));
    for (let k = 0; k < manifest.searchShards; k++) {
      if (reindex.has(k)) continue;
      if (existsSync(path.join(DIST, shardFolder(k), 'pagefind.js'))) keptShards.push(k);
      else reindex.add(k);
    }
  }

  // From the previous dist/, before Astro starts: every current plan's PDF and the PDF
  // cache (the PDF stage re-renders only changed plans), all files of unchanged plans
  // (Astro never writes into their folders, and the search index reads their pages beside
  // the new ones) and the search shards that are not rebuilt. Safe to link: a PDF is
  // replaced by rename, never written into.
  linkMissing(DIST, staging, (rel) => {
    const [top, ...rest] = rel.split('/');
    if (rest.length === 0) return top !== '.pdf-cache.json' && !planIds.has(top!);
    // A re-rendered plan keeps only its current PDFs, its own and its follow-ups' (the PDF cache may skip it).
    return rendered.has(top!) && !(rest.length === 1 && pdfNames.get(top!)?.has(rest[0]!));
  });
  for (const k of keptShards) linkMissing(path.join(DIST, shardFolder(k)), path.join(staging, shardFolder(k)));
  endStage('carryOver');

  // 2. Astro (pages, then the search index in its astro:build:done) and the PDFs (worker
  // processes) side by side; each is timed from here.
  const modelManifest: ModelManifest = {
    indexFile: checked.indexFile,
    render,
    searchShards: manifest.searchShards,
    reindex: reindex ? [...reindex] : null,
    siteDir: staging,
    parentPid: process.pid,
    site: settings.site,
    lastChanged,
  };
  await writeFile(modelFile, JSON.stringify(modelManifest));
  // The PDF code (pdfkit, fonts, hyphenation patterns) is loaded only now: at start it would
  // hold up the check. The PDF worker is bundled before the workers start, so that an
  // interruption from here on finds no bundler running.
  const { renderAllPdfs, renderWorkerScript } = await import('../src/build/pdf-pool/render-all');
  await renderWorkerScript();
  console.log(render
    ? `planverk: bygger webbplatsen (${render.length} av ${plans.length} planer ändrade), sökindexet och PDF …`
    : `planverk: bygger webbplatsen (${plans.length} planer), sökindexet och PDF …`);
  const parallelStart = performance.now();
  // Astro has a process group of its own, so that stopping it stops everything it started;
  // it stops itself when this process is gone (src/build/astro-site/integration.ts).
  if (astro) astro.open();
  else astro = startAstro(false);
  const [site, pdf] = await Promise.allSettled([
    astro.exited.then((code) => {
      timings.site = performance.now() - parallelStart;
      startEmptying();
      return code;
    }),
    renderAllPdfs({ outDir: staging, plans, contentRoot, hashes: manifest.plans, sources }).then((result) => {
      timings.pdf = performance.now() - parallelStart;
      startEmptying();
      return result;
    }),
  ]);
  stageStart = performance.now();
  // A system error (a full disk, a read-only folder) in Swedish; planverk's own messages as they are.
  const message = (reason: unknown) => {
    const lines = isSystemError(reason) ? errorLines('fel', reason) : [`planverk: ${escapeControl(reason instanceof Error ? reason.message : String(reason))}`];
    for (const line of lines) console.error(line);
  };
  if (site.status === 'rejected') { message(site.reason); return fail('Webbplatsbygget'); }
  if (site.value !== 0) {
    // Astro's own report is English; a system error in it (a full disk) is named in Swedish.
    const line = astro.recentOutput().split('\n').find((text) => /\bE[A-Z0-9]{2,}: /.test(text));
    const code = line && /\b(E[A-Z0-9]{2,}): /.exec(line)![1];
    if (code) message(Object.assign(new Error(line.trim()), { code }));
    return fail('Webbplatsbygget');
  }
  if (pdf.status === 'rejected') { message(pdf.reason); return fail('PDF-steget'); }
  console.log(`planverk: ${pdf.value.rendered.length} PDF skapade, ${pdf.value.cached.length} oförändrade.`);
  // The PDF link of each page Astro wrote gets the PDF's pages and size (src/build/pdf-link.ts).
  fillPdfLinks(staging, rendered);

  // After Astro, which writes into existing files rather than replacing them: Astro's
  // assets (incremental builds).
  if (render) linkMissing(path.join(DIST, '_astro'), path.join(staging, '_astro'));
  timings.carryOver! += performance.now() - stageStart;
  stageStart = performance.now();

  // 3. Publish.
  await writeBuildManifest(staging, manifest);
  await rm(work, { recursive: true, force: true });
  startEmptying();
  await emptying;
  publishing = output.publish();
  try {
    await publishing;
  } catch (error) {
    await discard();
    if (error instanceof OutputError) console.error(`planverk: ${error.message}`);
    else message(error);
    console.error('planverk: publiceringen misslyckades; dist/ är orörd.');
    return 1;
  }
  published = true;
  endStage('publish');
  const total = performance.now() - started;
  const parts = [['kontroll', 'check'], ['webbplats med sökindex', 'site'], ['PDF', 'pdf']].map(([label, key]) => `${label} ${seconds(timings[key!]!)}`);
  console.log(`planverk: klart, ${plans.length} planer i ${DIST}/ på ${seconds(total)} (${parts.join(', ')}).`);
  if (process.env.PLANVERK_TIMINGS) {
    await writeFile(process.env.PLANVERK_TIMINGS, JSON.stringify({ ...timings, total, renderedPages: render?.length ?? plans.length, pdfWorkersPeakRssMb: pdf.value.workersPeakRssMb ?? 0 }));
  }
  return 0;
}, { afterFailure: () => (published ? undefined : 'planverk: bygget stoppades; dist/ är orörd.') });
