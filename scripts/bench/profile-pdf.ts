/**
 * Cold and warm render time of each plan in one process, for profiling the PDF renderer:
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-pdf.ts [content-dir]
 */
import { renderPlanPdfWithPages } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
const root = await resolveContentRoot(process.argv[2] ?? 'content');
const { plans } = await checkPlans(root);
for (const plan of plans) {
  const t = performance.now();
  const r = await renderPlanPdfWithPages(plan, root);
  console.log('first', plan.id, r.pageCount, (performance.now() - t).toFixed(0));
}
for (const plan of plans) {
  const t = performance.now();
  const r = await renderPlanPdfWithPages(plan, root);
  console.log('warm', plan.id, r.pageCount, (performance.now() - t).toFixed(0));
}
