/**
 * The site stage of `npm run build`: the Astro child writes the pages while this process
 * indexes them for search as they appear (Pagefind runs in a process of its own, so the
 * two use both cores). The bench times this same function.
 */
import path from 'node:path';
import { writeShardedSearchIndex } from '../site/search-index';
import { whenWritten, type PageWriter } from './when-written';

export interface SiteAndSearchOptions {
  /** Runs `astro build` into `outDir` and resolves with its exit code. */
  runAstro: () => Promise<number>;
  /** Astro's output folder (the build's staging folder); the shards are written there too. */
  outDir: string;
  /** Every plan of the site. */
  planIds: readonly string[];
  /** Plans whose pages Astro renders now. */
  rendered: ReadonlySet<string>;
  /**
   * Settles when the other plans' pages are in `outDir` (linked from the previous dist/).
   * The indexer then reads every page of a shard from one folder in one call, as in a full
   * build: Pagefind's index bytes depend on how its pages were added, not only on them.
   */
  keptPages: Promise<unknown>;
  /** Search shards to write (all when undefined). */
  reindex?: ReadonlySet<number>;
}

export interface SiteAndSearchResult {
  astroExitCode: number;
  /** Milliseconds from the start until Astro exited, and until the last shard was written. */
  siteMs: number;
  searchMs: number;
  /** Settled outcome of the indexing: pages indexed, or why it failed. */
  search: PromiseSettledResult<number>;
}

export async function buildSiteAndSearch(options: SiteAndSearchOptions): Promise<SiteAndSearchResult> {
  const started = performance.now();
  const writer: PageWriter = { state: 'running' };
  let siteMs = 0;
  let searchMs = 0;
  const astro = options.runAstro().then((code) => {
    writer.state = code === 0 ? 'done' : 'failed';
    siteMs = performance.now() - started;
    return code;
  }, (error: unknown) => {
    writer.state = 'failed';
    throw error;
  });
  const pageFolder = async (id: string) => {
    if (options.rendered.has(id)) await whenWritten(path.join(options.outDir, id, 'index.html'), writer);
    else await options.keptPages;
    return options.outDir;
  };
  const search = writeShardedSearchIndex({ planIds: options.planIds, outDir: options.outDir, only: options.reindex, pageFolder })
    .finally(() => { searchMs = performance.now() - started; });
  const [astroExitCode, searched] = await Promise.all([astro, Promise.allSettled([search])]);
  return { astroExitCode, siteMs, searchMs, search: searched[0] };
}
