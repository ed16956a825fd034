/**
 * The open data catalogue (DCAT-AP-SE) as JSON-LD at the site root, `katalog.jsonld`, from
 * the plans' summaries and the site settings; src/derive/catalogue.ts decides what it says.
 *
 * Every build writes it when the pages are written (the integration's `astro:build:done`),
 * beside the search index, which Pagefind writes in a process of its own meanwhile: as an
 * Astro page it was rendered before the pages, with 1000 plans 0,27 s of every build
 * (docs/prestanda.md). `npm run dev` serves the same text
 * (src/build/astro-site/catalogue-route.ts).
 */
import path from 'node:path';
import { CATALOGUE_PATH, deriveCatalogue, type DatasetFacts } from '../../derive/catalogue';
import type { SiteModel } from '../../derive/site-model';
import { writeFileAtomic } from '../../shared/write-atomic';
import { pdfIncluded } from '../site-links';

/** Where the site is published: Astro's `site` (PLANVERK_SITE) and `base` (PLANVERK_BASE). */
export interface SiteAddress { site?: string; base: string }

/** The catalogue's text: PLANVERK_SITE with the base path, else `baseUrl` from webbplats.yaml, else relative IRIs. */
export function catalogueText(site: SiteModel, datasets: readonly DatasetFacts[], address: SiteAddress): string {
  const siteUrl = address.site ? new URL(address.base, address.site).href : site.baseUrl;
  const catalogue = deriveCatalogue(site, datasets, { ...(siteUrl ? { siteUrl } : {}), withPdf: pdfIncluded() });
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

/** Replaced by rename, never written into, like every file of the site folder that may be a hard link into the previous dist/. */
export async function writeCatalogue(siteDir: string, site: SiteModel, datasets: readonly DatasetFacts[], address: SiteAddress): Promise<void> {
  await writeFileAtomic(path.join(siteDir, CATALOGUE_PATH), catalogueText(site, datasets, address));
}
