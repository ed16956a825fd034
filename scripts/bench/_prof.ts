import { renderPlanPdfWithPages } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
const root = await resolveContentRoot('content');
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
