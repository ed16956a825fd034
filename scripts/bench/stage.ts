/**
 * One benchmark stage in its own process, so that its peak memory (maxRSS, which includes
 * worker threads) is its own: `tsx scripts/bench/stage.ts <stage> <json options>`.
 * Prints one JSON line: the timings of a warm-up plus `runs` runs, and the peak RSS.
 *
 * - check: `checkPlans(root, { derive: false })`, what `npm run check` does.
 * - yaml: reading the same files and parsing the YAML ones with js-yaml, the fastest
 *   parser the project has and the one check's fast path uses (the baseline).
 * - pdf: check + derive once into the model cache (untimed), then `renderAllPdfs({ force:
 *   true })` per run, the bounded pool of worker processes `npm run build` uses; peak memory
 *   is this process's plus the workers'; pages are counted in the written PDFs.
 * - pdf-each: each plan alone, in this process, warm: per-plan times and page counts.
 * - model: writes the model manifest `npm run build` gives the Astro child (untimed).
 * - pagefind: the search index of a built site, as `npm run build` writes it.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { checkPlansCached } from '../../src/incremental/model-cache';
import { renderAllPdfs, renderPlanPdfWithPages } from '../../src/pdf';
import { hasErrors } from '../../src/problems';
import { writeSearchIndex } from '../../src/site/search-index';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { timeRuns } from './measure';

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
    const out = options.out!;
    let workersPeakRssMb = 0;
    times = await timeRuns(options.runs, options.warmUp ?? true, async () => {
      const result = await renderAllPdfs({ outDir: out, plans, contentRoot: root, force: true });
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
  case 'model': {
    // What `npm run build` hands the Astro child: the checked model, from the per-plan cache.
    const checked = await checkPlansCached(root);
    if (hasErrors(checked.problems)) throw new Error('corpus has errors');
    await writeFile(options.out!, JSON.stringify({ indexFile: checked.indexFile, render: null }));
    times = [];
    break;
  }
  case 'pagefind':
    times = await timeRuns(options.runs, options.warmUp ?? false, () => writeSearchIndex(options.out!));
    break;
  default:
    throw new Error(`unknown stage ${stage}`);
}

const ownRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ times, maxRssMb: ownRssMb + (Number(extra.workersPeakRssMb) || 0), ...extra }));
