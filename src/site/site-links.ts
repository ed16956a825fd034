/// <reference types="astro/client" />
import { underBase, type SiteLinks } from './plan-page/links';
import { shardFolder } from './search-shards';
/** Internal links honour the configured base path (PLANVERK_BASE → import.meta.env.BASE_URL). */
export function sitePath(relative = ''): string {
  return underBase(import.meta.env.BASE_URL, relative);
}

export const planPath = (planId: string) => sitePath(`${planId}/`);

/** The base path and whether PDFs are published, for the plan pages' links. */
export function siteLinks(): SiteLinks {
  return { base: import.meta.env.BASE_URL, withPdf: pdfIncluded() };
}

/** The PDF exists only when the full build (`npm run build`) runs the PDF stage beside Astro (PLANVERK_WITH_PDF=1). */
export function pdfIncluded(): boolean {
  return process.env.PLANVERK_WITH_PDF === '1';
}

/**
 * Extra Pagefind indexes the search page merges: `npm run build` shards the index
 * (src/site/search-index.ts); a stand-alone build has one index.
 */
export function searchShardPaths(shards: number): string[] {
  return Array.from({ length: shards - 1 }, (_, i) => sitePath(`${shardFolder(i + 1)}/`));
}
