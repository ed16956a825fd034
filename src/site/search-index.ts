/**
 * The Pagefind search index of a built site (lang="sv" on every page: Swedish stemming).
 *
 * A stand-alone `astro build` writes one index in `pagefind/`. `npm run build` splits the
 * plan pages into shards by a hash of the plan id (`pagefind/` and `pagefind-1/` …
 * `pagefind-<K-1>/`), and the search page merges them in the browser (Pagefind's
 * `mergeIndex`). Pagefind cannot update an index; with shards, a rebuild re-indexes only
 * the shards holding changed plans and keeps the others. The single index is written when
 * Astro has written every page (the integration's `astro:build:done`); the shards while it
 * writes them (`startShardedSearchIndex`). Pagefind reads a shard's
 * pages from disk itself (`addDirectory` with a glob of the shard's folders): about twice
 * as fast as sending each page's HTML through its Node API (docs/prestanda.md).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { shardCount, shardFolder, shardOf } from './search-shards';

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
  /**
   * The site root: every plan's page is in `<siteDir>/<id>/index.html` (an incremental
   * build has linked the kept pages beside the new ones, so a shard is added in one call
   * as in a full build: Pagefind's bytes depend on the calls), and the shards are written there.
   */
  siteDir: string;
  /** Shards to write (all when undefined); the caller puts the others in place. */
  only?: ReadonlySet<number>;
}

/** Folder names a glob would read as a pattern are added file by file instead. */
const GLOB_SAFE = /^[\p{L}\p{N}._ -]+$/u;

async function addShardPages(index: pagefind.PagefindIndex, siteDir: string, ids: readonly string[]): Promise<number> {
  let pages = 0;
  const globbed = ids.filter((id) => GLOB_SAFE.test(id));
  if (globbed.length > 0) {
    const added = await index.addDirectory({ path: siteDir, glob: `{${globbed.join(',')}}/index.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count !== globbed.length) throw new Error(`Pagefind läste ${added.page_count} av ${globbed.length} sidor i ${siteDir}.`);
    pages += added.page_count;
  }
  for (const id of ids.filter((id) => !GLOB_SAFE.test(id))) {
    const added = await index.addHTMLFile({ sourcePath: `${id}/index.html`, content: await readFile(path.join(siteDir, id, 'index.html'), 'utf8') });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    pages++;
  }
  return pages;
}

/**
 * Indexes the shards of `npm run build` while Astro is still writing pages (issue 17: the
 * site stage against bare Astro + Pagefind). Astro renders the plan pages one at a time in
 * shard order (`renderOrder`), so when the page of a plan in shard j starts, every page of
 * the shards before j is on disk, and Pagefind (a process of its own) indexes them on the
 * other core meanwhile. The calls per shard are the same as indexing after the build, so the
 * bytes are too.
 */
export interface ShardedIndexing {
  /** Astro is about to render this plan's page (in `renderOrder`). */
  pageStarting(planId: string): void;
  /** Every page is written: indexes the remaining shards and waits for all. Returns the indexed pages. */
  finish(): Promise<number>;
}

export function startShardedSearchIndex(options: ShardedIndexOptions): ShardedIndexing {
  const shards = shardCount(options.planIds.length);
  const members: string[][] = Array.from({ length: shards }, () => []);
  for (const id of [...options.planIds].sort()) members[shardOf(id, shards)]!.push(id);
  let pages = 0;
  let queued = 0;
  // One shard's pages are added at a time; its files are written while the next is added.
  let adding: Promise<void> = Promise.resolve();
  const writes: Promise<void>[] = [];
  const indexShard = async (k: number) => {
    // An empty shard still gets an index, so the search page can always merge it.
    const index = await newIndex();
    pages += await addShardPages(index, options.siteDir, members[k]!);
    const write = writeIndex(index, path.join(options.siteDir, shardFolder(k)));
    write.catch(() => undefined); // awaited in finish(); not an unhandled rejection meanwhile
    writes.push(write);
  };
  const queueBefore = (end: number) => {
    for (; queued < end; queued++) {
      if (options.only && !options.only.has(queued)) continue;
      const k = queued;
      adding = adding.then(() => indexShard(k));
      adding.catch(() => undefined); // reported by finish()
    }
  };
  return {
    pageStarting: (planId) => queueBefore(shardOf(planId, shards)),
    finish: async () => {
      queueBefore(shards);
      try {
        await adding;
        await Promise.all(writes);
      } finally {
        await adding.catch(() => undefined);
        await Promise.allSettled(writes);
        await pagefind.close();
      }
      return pages;
    },
  };
}

/** Writes the shards of the site's plans (each shard's pages by id). Returns the indexed pages. */
export function writeShardedSearchIndex(options: ShardedIndexOptions): Promise<number> {
  return startShardedSearchIndex(options).finish();
}
