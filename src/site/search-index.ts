/**
 * The Pagefind search index of a built site (lang="sv" on every page: Swedish stemming).
 *
 * A stand-alone `astro build` writes one index in `pagefind/`. `npm run build` splits the
 * plan pages into shards by a hash of the plan id (`pagefind/` and `pagefind-1/` …
 * `pagefind-<K-1>/`), and the search page merges them in the browser (Pagefind's
 * `mergeIndex`). Indexing is most of an incremental build's time, and Pagefind cannot
 * update an index; with shards, a rebuild re-indexes only the shards holding changed
 * plans and keeps the others.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { shardCount, shardFolder, shardOf } from './search-shards';

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind/`; returns the page count. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    return await indexPages(siteDir, undefined, path.join(siteDir, 'pagefind'));
  } finally {
    await pagefind.close();
  }
}

/** Indexes all HTML under `siteDir`, or only the given plans' pages, into `outputPath`. */
async function indexPages(siteDir: string, planIds: readonly string[] | undefined, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  if (!planIds) {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    pages = added.page_count;
  } else {
    // File by file rather than a glob: a plan's folder name may hold glob characters.
    for (const id of planIds) {
      const sourcePath = `${id}/index.html`;
      const added = await index.addHTMLFile({ sourcePath, content: await readFile(path.join(siteDir, sourcePath), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      pages++;
    }
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return pages;
}

/**
 * Writes the shards of `planIds` whose number is in `only` (all when undefined) under
 * `siteDir`; the others must be put in place by the caller. Returns the indexed pages.
 */
export async function writeShardedSearchIndex(siteDir: string, planIds: readonly string[], only?: ReadonlySet<number>): Promise<number> {
  const shards = shardCount(planIds.length);
  const members: string[][] = Array.from({ length: shards }, () => []);
  for (const id of planIds) members[shardOf(id, shards)]!.push(id);
  let pages = 0;
  try {
    for (let k = 0; k < shards; k++) {
      if (only && !only.has(k)) continue;
      // An empty shard still gets an index, so the search page can always merge it.
      pages += await indexPages(siteDir, members[k]!, path.join(siteDir, shardFolder(k)));
    }
  } finally {
    await pagefind.close();
  }
  return pages;
}
