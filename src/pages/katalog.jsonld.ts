/**
 * The open data catalogue (DCAT-AP-SE) as JSON-LD at the site root: written by every
 * build (`npm run build` and a stand-alone `astro build`), from the plans' summaries and
 * the site settings; src/derive/catalogue.ts decides what it says.
 */
import type { APIRoute } from 'astro';
import { loadSiteModel, loadSitePlans } from '../build/astro-site/site-plans';
import { deriveCatalogue } from '../derive/catalogue';
import { absoluteSiteUrl, pdfIncluded } from '../site/site-links';

export const GET: APIRoute = async () => {
  const [site, plans] = await Promise.all([loadSiteModel(), loadSitePlans()]);
  const siteUrl = absoluteSiteUrl(site);
  const catalogue = deriveCatalogue(site, plans.map((plan) => plan.dataset), { ...(siteUrl ? { siteUrl } : {}), withPdf: pdfIncluded() });
  return new Response(`${JSON.stringify(catalogue, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
