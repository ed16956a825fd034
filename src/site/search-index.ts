/**
 * The Pagefind search index of a built site (lang="sv" on every page: Swedish stemming).
 *
 * A stand-alone `astro build` writes one index in `pagefind/`. `npm run build` splits the
 * plan pages into shards by a hash of the plan id (`pagefind/` and `pagefind-1/` …
 * `pagefind-<K-1>/`), and the search page merges them in the browser (Pagefind's
 * `mergeIndex`). Pagefind cannot update an index; with shards, a rebuild re-indexes only
 * the shards holding changed plans and keeps the others. Under `npm run build` the
 * shards are indexed while Astro is still writing pages (see `whenWritten`):
 * Astro renders the plans shard by shard, so each shard is written as soon as its last
 * page is, and only the last shard is left when Astro finishes. Pagefind reads a shard's
 * pages from disk itself (`addDirectory` with a glob of the shard's folders): about twice
 * as fast as sending each page's HTML through its Node API (docs/prestanda.md).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { inShardOrder, shardCount, shardFolder, shardOf } from './search-shards';

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind/`; returns the page count. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    const index = await newIndex();
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    await writeIndex(index, path.join(siteDir, 'pagefind'));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return index;
}

async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

export interface ShardedIndexOptions {
  /** Every plan of the site. */
  planIds: readonly string[];
  /** Where the shard folders are written (the site root). */
  outDir: string;
  /** Shards to write (all when undefined); the caller puts the others in place. */
  only?: ReadonlySet<number>;
  /**
   * The site folder holding a plan's complete page (`<folder>/<id>/index.html`); may wait
   * until the page is written. Pages may come from several folders, each added in a call
   * of its own (`npm run build` links kept pages beside the new ones, so that an incremental
   * build adds them as a full build does: Pagefind's bytes depend on the calls).
   */
  pageFolder: (planId: string) => Promise<string>;
}

/** Folder names a glob would read as a pattern are added file by file instead. */
const GLOB_SAFE = /^[\p{L}\p{N}._ -]+$/u;

async function addShardPages(index: pagefind.PagefindIndex, ids: readonly string[], folderOf: (id: string) => Promise<string>): Promise<number> {
  const byFolder = new Map<string, string[]>();
  for (const id of ids) {
    const folder = await folderOf(id);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), id]);
  }
  let pages = 0;
  for (const [folder, members] of byFolder) {
    const globbed = members.filter((id) => GLOB_SAFE.test(id));
    if (globbed.length > 0) {
      const added = await index.addDirectory({ path: folder, glob: `{${globbed.join(',')}}/index.html` });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      if (added.page_count !== globbed.length) throw new Error(`Pagefind läste ${added.page_count} av ${globbed.length} sidor i ${folder}.`);
      pages += added.page_count;
    }
    for (const id of members.filter((id) => !GLOB_SAFE.test(id))) {
      const added = await index.addHTMLFile({ sourcePath: `${id}/index.html`, content: await readFile(path.join(folder, id, 'index.html'), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      pages++;
    }
  }
  return pages;
}

/**
 * Writes the shards of the site's plans, shard by shard in the order of `inShardOrder`
 * (the order in which Astro renders them). Returns the indexed pages.
 */
export async function writeShardedSearchIndex(options: ShardedIndexOptions): Promise<number> {
  const shards = shardCount(options.planIds.length);
  const members: string[][] = Array.from({ length: shards }, () => []);
  for (const id of inShardOrder(options.planIds, shards)) members[shardOf(id, shards)]!.push(id);
  let pages = 0;
  // A shard's files are written while the next shard's pages are added.
  const writes: Promise<void>[] = [];
  try {
    for (let k = 0; k < shards; k++) {
      if (options.only && !options.only.has(k)) continue;
      // An empty shard still gets an index, so the search page can always merge it.
      const index = await newIndex();
      pages += await addShardPages(index, members[k]!, options.pageFolder);
      const write = writeIndex(index, path.join(options.outDir, shardFolder(k)));
      write.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      writes.push(write);
    }
    await Promise.all(writes);
  } finally {
    await Promise.allSettled(writes);
    await pagefind.close();
  }
  return pages;
}
