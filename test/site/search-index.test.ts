/**
 * The sharded search index lets Pagefind read the pages from disk, by a glob of the
 * shard's folders; folder names a glob would misread are added file by file. (Pages kept
 * from a previous build are linked into the site folder before the index is written.)
 * Under `npm run build` the shards are indexed while Astro still writes later pages.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startShardedSearchIndex, writeShardedSearchIndex } from '../../src/site/search-index';
import { renderOrder, shardCount, shardFolder, shardOf } from '../../src/site/search-shards';

let work: string;
beforeEach(async () => { work = await mkdtemp(path.join(tmpdir(), 'planverk-search-')); });
afterEach(async () => { await rm(work, { recursive: true, force: true }); });

async function page(site: string, id: string, word: string): Promise<void> {
  await mkdir(path.join(site, id), { recursive: true });
  await writeFile(path.join(site, id, 'index.html'), `<!doctype html><html lang="sv"><head><title>${id}</title></head><body><main data-pagefind-body><h1>${word}</h1><p>Planen ${word} för året.</p></main></body></html>`);
}

/** Runs `test` with PLANVERK_SEARCH_SHARD_SIZE set, and restores it (the test files share one process). */
async function withShardSize(size: string, test: () => Promise<void>): Promise<void> {
  const saved = process.env.PLANVERK_SEARCH_SHARD_SIZE;
  process.env.PLANVERK_SEARCH_SHARD_SIZE = size;
  try {
    await test();
  } finally {
    if (saved === undefined) delete process.env.PLANVERK_SEARCH_SHARD_SIZE;
    else process.env.PLANVERK_SEARCH_SHARD_SIZE = saved;
  }
}

async function indexedPages(site: string, shards: number): Promise<number> {
  let pages = 0;
  for (let k = 0; k < shards; k++) {
    const entry = JSON.parse(await readFile(path.join(site, shardFolder(k), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  }
  return pages;
}

describe('sharded search index', () => {
  it('indexes pages in glob-safe and glob-unsafe folders', async () => {
    const site = path.join(work, 'site');
    const fresh = ['plan-a', 'plan b 2024', 'plan{c,d}', 'plan[e]'];
    const kept = ['kept-plan', 'kept*plan'];
    for (const id of fresh) await page(site, id, 'Jämtbus');
    for (const id of kept) await page(site, id, 'Kommunbesök');
    const planIds = [...fresh, ...kept];
    const pages = await writeShardedSearchIndex({ planIds, siteDir: site });
    expect(pages).toBe(planIds.length);
    expect(await indexedPages(site, shardCount(planIds.length))).toBe(planIds.length);
  }, 60_000);

  it('indexes each shard while later pages are still written, with the same files as indexing after all pages', () => withShardSize('2', async () => {
    const planIds = ['plan-a', 'plan-b', 'plan-c', 'plan-d', 'plan-e', 'plan-f', 'plan-g'];
    const shards = shardCount(planIds.length);
    expect(shards).toBe(4);
    const order = renderOrder(planIds.map((id) => ({ id })), shards).map((plan) => plan.id);
    const shardsInOrder = order.map((id) => shardOf(id, shards));
    expect(shardsInOrder).toEqual([...shardsInOrder].sort((a, b) => a - b));
    const last = shardsInOrder.at(-1)!;
    expect(last, 'the plans should fill more than one shard').toBeGreaterThan(shardsInOrder[0]!);

    const after = path.join(work, 'after');
    for (const id of planIds) await page(after, id, `Ordet ${id}`);
    await writeShardedSearchIndex({ planIds, siteDir: after });

    // As Astro does it: each page is announced, then written, one at a time in render order.
    const during = path.join(work, 'during');
    const indexing = startShardedSearchIndex({ planIds, siteDir: during });
    for (const id of order) {
      indexing.pageStarting(id);
      if (shardOf(id, shards) === last && !existsSync(path.join(during, shardFolder(last)))) {
        // The earlier shards are indexed before the build is done with its pages.
        const first = shardFolder(shardsInOrder[0]!);
        await expect.poll(() => existsSync(path.join(during, first, 'pagefind-entry.json')), { timeout: 30_000 }).toBe(true);
      }
      await page(during, id, `Ordet ${id}`);
    }
    expect(await indexing.finish()).toBe(planIds.length);

    for (let k = 0; k < shards; k++) {
      const folder = shardFolder(k);
      const files = (await readdir(path.join(after, folder), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(path.join(after, folder), path.join(e.parentPath, e.name))).sort();
      expect(files.length, folder).toBeGreaterThan(0);
      for (const file of files) {
        expect((await readFile(path.join(during, folder, file))).equals(await readFile(path.join(after, folder, file))), `${folder}/${file}`).toBe(true);
      }
    }
  }), 60_000);

  it('in an incremental build, indexes exactly the named shards, also one where no page is rendered (a removed plan)', () => withShardSize('2', async () => {
    const planIds = ['plan-a', 'plan-b', 'plan-c', 'plan-d', 'plan-e', 'plan-f', 'plan-g'];
    const shards = shardCount(planIds.length);
    const site = path.join(work, 'site');
    // The kept pages are in place before Astro starts; one plan's page is rendered again.
    for (const id of planIds) await page(site, id, `Ordet ${id}`);
    const changed = 'plan-c';
    const changedShard = shardOf(changed, shards);
    const removedShard = [...Array(shards).keys()].find((k) => k !== changedShard && planIds.some((id) => shardOf(id, shards) === k))!;
    const only = new Set([changedShard, removedShard]);
    const indexing = startShardedSearchIndex({ planIds, siteDir: site, only });
    indexing.pageStarting(changed);
    await page(site, changed, 'Ordet ändrat');
    const expected = planIds.filter((id) => only.has(shardOf(id, shards))).length;
    expect(await indexing.finish()).toBe(expected);
    for (let k = 0; k < shards; k++) expect(existsSync(path.join(site, shardFolder(k), 'pagefind-entry.json')), shardFolder(k)).toBe(only.has(k));
  }), 60_000);
});
