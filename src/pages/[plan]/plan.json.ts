/** `/<plan-id>/plan.json`: the validated model plus every number planverk computes (src/site/plan-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { planJsonBody, planJsonWithPages } from '../../build/astro-site/plan-pages';
import { loadRenderedPlans } from '../../build/astro-site/site-plans';

// Under `npm run build` each plan.json is written with its page instead (plan-pages.ts).
export const getStaticPaths = (async () => (planJsonWithPages() ? [] : (await loadRenderedPlans()).map((plan) => ({ params: { plan: plan.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  return new Response(await planJsonBody(params.plan!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
