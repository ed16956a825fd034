/** `/<plan-id>/arshjul.ics`: the plan's annual wheel as a calendar, for plans that have one (docs/oppna-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { planCalendarBody, planJsonWithPages } from '../../build/astro-site/plan-pages';
import { loadRenderedPlans } from '../../build/astro-site/site-plans';

// Under `npm run build` the calendar is written with each page instead (plan-pages.ts).
export const getStaticPaths = (async () => {
  if (planJsonWithPages()) return [];
  const paths = [];
  for (const plan of await loadRenderedPlans()) if (await planCalendarBody(plan.id)) paths.push({ params: { plan: plan.id } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await planCalendarBody(params.plan!);
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
