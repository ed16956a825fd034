/**
 * The sharded search index lets Pagefind read the pages from disk, by a glob of the
 * shard's folders; folder names a glob would misread are added file by file. (Pages kept
 * from a previous build are linked into the site folder before the index is written.)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeShardedSearchIndex } from '../../src/site/search-index';
import { shardCount, shardFolder } from '../../src/site/search-shards';

let work: string;
beforeEach(async () => { work = await mkdtemp(path.join(tmpdir(), 'planverk-search-')); });
afterEach(async () => { await rm(work, { recursive: true, force: true }); });

async function page(site: string, id: string, word: string): Promise<void> {
  await mkdir(path.join(site, id), { recursive: true });
  await writeFile(path.join(site, id, 'index.html'), `<!doctype html><html lang="sv"><head><title>${id}</title></head><body><main data-pagefind-body><h1>${word}</h1><p>Planen ${word} för året.</p></main></body></html>`);
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
});
