/// <reference types="astro/client" />
import { shardFolder } from './search-shards';
/** Internal links honour the configured base path (PLANVERK_BASE → import.meta.env.BASE_URL). */
export function sitePath(relative = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${relative.replace(/^\//, '')}`;
}

export const planPath = (planId: string) => sitePath(`${planId}/`);
export const planJsonPath = (planId: string) => sitePath(`${planId}/plan.json`);
export const planPdfPath = (planId: string) => sitePath(`${planId}/${planId}.pdf`);
export const planImagePath = (planId: string, image: string) => sitePath(`${planId}/bilder/${image}`);

/** The PDF exists only when the full build (`npm run build`) runs the PDF stage after Astro. */
export function pdfIncluded(): boolean {
  return process.env.PLANVERK_WITH_PDF === '1';
}

/**
 * Extra Pagefind indexes the search page merges: `npm run build` shards the index
 * (src/site/search-index.ts) and passes the shard count; a stand-alone build has one index.
 */
export function searchShardPaths(): string[] {
  const shards = searchShards() ?? 1;
  return Array.from({ length: shards - 1 }, (_, i) => sitePath(`${shardFolder(i + 1)}/`));
}

/** The shard count `npm run build` passes (PLANVERK_SEARCH_SHARDS); undefined in a stand-alone build. */
export function searchShards(): number | undefined {
  return Number(process.env.PLANVERK_SEARCH_SHARDS) || undefined;
}
