/**
 * One benchmark stage in its own process, so that its peak memory (maxRSS, which includes
 * worker threads) is its own: `tsx scripts/bench/stage.ts <stage> <json options>`.
 * Prints one JSON line: the timings of a warm-up plus `runs` runs, and the peak RSS.
 *
 * - check: `checkPlans(root, { derive: false })`, what `npm run check` does.
 * - yaml: reading the same files and parsing the YAML ones with js-yaml, the fastest
 *   parser the project has and the one check's fast path uses (the baseline).
 * - model-cache: check + derive into the model cache, untimed (run before pdf).
 * - pdf: the models from the model cache (filled by model-cache), then `renderAllPdfs({ force:
 *   true })` per run, the bounded pool of worker processes `npm run build` uses; peak memory
 *   is this process's plus the workers'; pages are counted in the written PDFs.
 * - pdf-each: each plan alone, in this process, warm: per-plan times and page counts.
 * - site-in-build: the site stage of `npm run build` (Astro, which writes the sharded search
 *   index in its astro:build:done) from the model cache, which is filled untimed first; peak
 *   memory is the Astro child's (Pagefind's own process is not counted).
 * - site-pages: the same without the search index.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { checkPlansCached } from '../../src/incremental/model-cache';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { renderAllPdfs } from '../../src/build/pdf-pool/render-all';
import { hasErrors } from '../../src/problems';
import { astroChildEnv } from '../../src/build/astro-child';
import type { ModelManifest } from '../../src/build/astro-site/site-plans';
import { shardCount } from '../../src/site/search-shards';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { runNode, timeRuns } from './measure';

interface StageOptions {
  corpus: string;
  runs: number;
  /** One untimed run first (default true). */
  warmUp?: boolean;
  out?: string;
}

const [stage, json] = process.argv.slice(2);
const options = JSON.parse(json ?? '{}') as StageOptions;
const root = await resolveContentRoot(options.corpus);

async function corpusFiles(): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(ya?ml|md)$/.test(entry.name)) files.push(full);
    }
  };
  await walk(root);
  return files;
}

async function derived() {
  const { plans, problems } = await checkPlans(root);
  if (problems.some((p) => p.severity === 'error')) throw new Error('corpus has errors');
  return plans;
}

function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

let extra: Record<string, unknown> = {};
let times: number[];
switch (stage) {
  case 'check':
    times = await timeRuns(options.runs, options.warmUp ?? true, async () => {
      const { problems } = await checkPlans(root, undefined, { derive: false });
      if (problems.some((p) => p.severity === 'error')) throw new Error('corpus has errors');
    });
    break;
  case 'yaml': {
    const files = await corpusFiles();
    times = await timeRuns(options.runs, options.warmUp ?? true, async () => {
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        if (!file.endsWith('.md')) load(text);
      }
    });
    extra = { files: files.length };
    break;
  }
  case 'pdf': {
    // As `npm run build` renders: the models come from the model cache (checked untimed
    // here), and each worker reads the model of the plan it renders.
    const checked = await checkPlansCached(root);
    if (hasErrors(checked.problems)) throw new Error('corpus has errors');
    const plans = checked.index.plans.map((entry) => ({ id: entry.result.loaded.id, modelFile: entry.modelFile! }));
    // The plans' keys from the model cache stand for their content, as npm run build passes
    // them: without them this process would read every model to hash it.
    const hashes = Object.fromEntries(checked.index.plans.map((entry) => [entry.result.loaded.id, entry.key]));
    const out = options.out!;
    let workersPeakRssMb = 0;
    times = await timeRuns(options.runs, options.warmUp ?? true, async () => {
      const result = await renderAllPdfs({ outDir: out, plans, contentRoot: root, force: true, hashes });
      if (result.rendered.length !== plans.length) throw new Error('not every PDF was rendered');
      workersPeakRssMb = Math.max(workersPeakRssMb, result.workersPeakRssMb ?? 0);
    });
    let pages = 0;
    for (const plan of plans) pages += countPages(await readFile(path.join(out, plan.id, `${plan.id}.pdf`)));
    // Peak memory of the stage: this process plus its worker processes (their peaks summed).
    extra = { pages, workersPeakRssMb };
    await rm(out, { recursive: true, force: true });
    break;
  }
  case 'pdf-each': {
    const plans = await derived();
    const perPlan: Record<string, { times: number[]; pages: number; bytes: number }> = {};
    for (const plan of plans) {
      const first = await renderPlanPdfWithPages(plan, root);
      perPlan[plan.id] = { times: [], pages: first.pageCount, bytes: first.pdf.length };
    }
    for (let run = 0; run < options.runs; run++) {
      for (const plan of plans) {
        const started = performance.now();
        await renderPlanPdfWithPages(plan, root);
        perPlan[plan.id]!.times.push(performance.now() - started);
      }
    }
    times = [];
    extra = { perPlan };
    break;
  }
  case 'model-cache': {
    // Fills the model cache (untimed) in a process of its own, before the pdf stage: the
    // check's memory then counts in the check's row, not in the PDF stage's peak.
    if (hasErrors((await checkPlansCached(root)).problems)) throw new Error('corpus has errors');
    times = [];
    break;
  }
  case 'site-pages':
  case 'site-in-build': {
    // The site stage of `npm run build`: Astro reads the model the check stage wrote
    // (prepared untimed here, like the check stage's own output) and writes the search
    // shards when the pages are written. One timed build per call, into an output folder
    // that does not exist yet (bench.ts: nothing is deleted while it measures).
    // `site-pages` is Astro alone, as in npm run build but indexing no shard.
    const withSearch = stage === 'site-in-build';
    const checked = await checkPlansCached(root);
    if (hasErrors(checked.problems)) throw new Error('corpus has errors');
    const planIds = checked.index.plans.map((entry) => entry.result.loaded.id);
    const out = options.out!;
    if (options.runs !== 1 || options.warmUp || existsSync(out)) throw new Error(`${stage}: one run into a new folder, not ${out}`);
    const manifest = `${out}.model.json`;
    await writeFile(manifest, JSON.stringify({ indexFile: checked.indexFile, render: null, searchShards: shardCount(planIds.length), reindex: withSearch ? null : [], siteDir: out } satisfies ModelManifest));
    const env = { PLANVERK_CONTENT: options.corpus, ...await astroChildEnv({ outDir: out, modelFile: manifest }) };
    let astroRssMb = 0;
    times = await timeRuns(1, false, async () => {
      const astro = await runNode([path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], { env });
      astroRssMb = Math.max(astroRssMb, astro.maxRssMb);
      if (astro.code !== 0) {
        console.error(astro.stdout, astro.stderr);
        throw new Error('astro build failed');
      }
    });
    extra = { astroRssMb };
    await rm(manifest, { force: true });
    break;
  }
  default:
    throw new Error(`unknown stage ${stage}`);
}

const ownRssMb = Math.max(process.resourceUsage().maxRSS / 1024, Number(extra.astroRssMb) || 0);
console.log(JSON.stringify({ times, maxRssMb: ownRssMb + (Number(extra.workersPeakRssMb) || 0), ...extra }));
