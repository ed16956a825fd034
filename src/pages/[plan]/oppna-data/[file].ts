/** `/<plan-id>/oppna-data/<file>.csv`: the plan's open data (src/site/open-data/files.ts, docs/oppna-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { planCsvBody, planJsonWithPages } from '../../../build/astro-site/plan-pages';
import { loadRenderedPlans } from '../../../build/astro-site/site-plans';
import { CSV_NAMES } from '../../../site/open-data/files';

// Under `npm run build` the files are written with each page instead (plan-pages.ts).
export const getStaticPaths = (async () => (planJsonWithPages()
  ? []
  : (await loadRenderedPlans()).flatMap((plan) => CSV_NAMES.map((file) => ({ params: { plan: plan.id, file } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  return new Response(await planCsvBody(params.plan!, params.file!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
