/**
 * Render time of each plan in one process, for profiling the PDF renderer:
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-pdf.ts [content-dir] [runs] [--cold]
 * "first" is each plan's first render (fonts already loaded for all but the first plan);
 * "warm" is the median (and minimum) of `runs` further renders (default 10).
 * With many plans (e.g. a corpus from scripts/bench/make-corpus.ts) and runs 0, the
 * "first-after-warm-up" line is the time per page for plans the process has not seen.
 * With --cold every further render starts with empty text caches (widths, shaped runs,
 * hyphenation), i.e. a warm process meeting text it has not seen: "cold" lines.
 * Each line also gives milliseconds per page, of wall time and of the process's CPU time
 * (user + system; steadier than wall time on a shared machine).
 */
import { renderPlanPdfWithPages } from '../../src/pdf';
import { clearTextCaches } from '../../src/pdf/engine/fonts';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

const args = process.argv.slice(2);
const cold = args.includes('--cold');
const [dir, runArg] = args.filter((a) => !a.startsWith('--'));
const root = await resolveContentRoot(dir ?? 'content');
const runs = Number(runArg ?? 10);
const { plans } = await checkPlans(root);
const perPage = (ms: number, pages: number) => `${(ms / pages).toFixed(1)} ms/page`;
const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
let totalPages = 0;
let totalMedian = 0;
let totalCpu = 0;
// First renders; after the first WARM_UP plans (JIT and fonts warm), summed as
// "first-after-warm-up": the case of many different plans in one process.
const WARM_UP = 5;
let firstPages = 0;
let firstMs = 0;
let firstCpu = 0;
for (const [i, plan] of plans.entries()) {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await renderPlanPdfWithPages(plan, root);
  const ms = performance.now() - t;
  const cpu = cpuMs(c);
  if (i >= WARM_UP) { firstPages += r.pageCount; firstMs += ms; firstCpu += cpu; }
  if (plans.length <= 20) console.log('first', plan.id, r.pageCount, ms.toFixed(0), perPage(ms, r.pageCount), 'cpu', perPage(cpu, r.pageCount));
}
if (firstPages > 0) console.log('first-after-warm-up', plans.length - WARM_UP, 'plans', firstPages, 'pages', perPage(firstMs, firstPages), 'cpu', perPage(firstCpu, firstPages));
// runs 0: only the first renders above.
for (const plan of runs > 0 ? plans : []) {
  const times: number[] = [];
  const cpu: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    if (cold) clearTextCaches();
    const t = performance.now();
    const c = process.cpuUsage();
    pages = (await renderPlanPdfWithPages(plan, root)).pageCount;
    times.push(performance.now() - t);
    cpu.push(cpuMs(c));
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const cpuMedian = cpu[Math.floor(cpu.length / 2)]!;
  totalPages += pages;
  totalMedian += median;
  totalCpu += cpuMedian;
  console.log(cold ? 'cold' : 'warm', plan.id, pages, 'median', median.toFixed(0), 'min', times[0]!.toFixed(0), perPage(median, pages), 'cpu', perPage(cpuMedian, pages));
}
if (runs > 0) console.log(cold ? 'cold' : 'warm', 'all', totalPages, 'pages', perPage(totalMedian, totalPages), 'cpu', perPage(totalCpu, totalPages));
