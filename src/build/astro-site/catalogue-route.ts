/// <reference types="astro/client" />
/**
 * `katalog.jsonld` under `npm run dev` (a route the integration adds only there; builds
 * write the file when the pages are written, src/site/open-data/catalogue-file.ts).
 */
import type { APIRoute } from 'astro';
import { catalogueText } from '../../site/open-data/catalogue-file';
import { loadSiteModel, loadSitePlans } from './site-plans';

export const GET: APIRoute = async () => {
  const [site, plans] = await Promise.all([loadSiteModel(), loadSitePlans()]);
  return new Response(catalogueText(site, plans.map((plan) => plan.dataset), { site: import.meta.env.SITE, base: import.meta.env.BASE_URL }), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
