/**
 * Cold and warm render time of each plan in one process, for profiling the PDF renderer:
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-pdf.ts [content-dir] [runs]
 * "first" is each plan's first render (fonts already loaded for all but the first plan);
 * "warm" is the median (and minimum) of `runs` further renders (default 10).
 */
import { renderPlanPdfWithPages } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
const root = await resolveContentRoot(process.argv[2] ?? 'content');
const runs = Number(process.argv[3] ?? 10);
const { plans } = await checkPlans(root);
for (const plan of plans) {
  const t = performance.now();
  const r = await renderPlanPdfWithPages(plan, root);
  console.log('first', plan.id, r.pageCount, (performance.now() - t).toFixed(0));
}
for (const plan of plans) {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    pages = (await renderPlanPdfWithPages(plan, root)).pageCount;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log('warm', plan.id, pages, 'median', times[Math.floor(times.length / 2)]!.toFixed(0), 'min', times[0]!.toFixed(0));
}
