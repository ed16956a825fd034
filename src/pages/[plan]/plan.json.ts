/** `/<plan-id>/plan.json`: the validated model plus every number planverk computes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { planComputedNumbers } from '../../site/plan-json';
import { loadRenderedPlans, loadSitePlan } from '../../site/site-plans';

export const getStaticPaths = (async () => (await loadRenderedPlans()).map((plan) => ({ params: { plan: plan.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const derived = await loadSitePlan(params.plan!);
  const body = { id: derived.id, ...derived.plan, computed: planComputedNumbers(derived) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
