/** How many worker threads render a build's plan pages (plan-page-bodies.ts). */
import { availableParallelism } from 'node:os';

/** Fewer pages than this (a small site, an incremental build) are not worth starting workers for. */
const MIN_POOLED = 16;

/** PLANVERK_PAGE_WORKERS when set; else one per core beside Astro's own (none on one core, or for a handful of pages). */
export function pageWorkerCount(pages: number): number {
  const configured = Number(process.env.PLANVERK_PAGE_WORKERS);
  if (process.env.PLANVERK_PAGE_WORKERS && Number.isInteger(configured) && configured >= 0) return configured;
  return pages < MIN_POOLED ? 0 : Math.min(4, availableParallelism() - 1);
}
