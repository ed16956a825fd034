/**
 * Search over a sharded index, as `npm run build` writes it: the plan pages are split
 * into several Pagefind indexes that the search page merges in Chromium. Every plan is
 * found whichever shard it is in, and after one plan changes only its shard is indexed
 * again while the kept shards still answer.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../build/run-build';
import { checkPlans } from '../../src/pipeline';
import { periodYears } from '../../src/site/plan-page/plan-body';
import { shardCount, shardFolder, shardOf } from '../../src/site/search-shards';
import { BUILD_DIR, connectChromium, ROOT, serveStatic, type StaticServer } from './harness';

const SHARD_SIZE = '2';
/**
 * A word that only the plan's own page holds, in any case (checked below against the built
 * pages): finding the plan by it proves that its shard was searched. (Pagefind may list
 * other plans too, for partial matches.)
 */
const WORDS: Record<string, string> = {
  'fou-fyrbodal-2023': 'Fyrbodalskommunerna',
  'fou-jamt-2020': 'Fallprevention',
  'fou-jamt-handlingsplan-ebp': 'Fredagsgruppen',
  'fou-nordvast-2021': 'Nordväst',
  'fourum-jonkoping-2021-2023': 'Jönköping',
};
const PLANS = Object.keys(WORDS);

let work: string;
let content: string;
let dist: string;
let browser: Browser;
let server: StaticServer;

const build = () => runBuild({
  PLANVERK_CONTENT: content, PLANVERK_DIST: dist, PLANVERK_CACHE: path.join(work, 'cache'), PLANVERK_SEARCH_SHARD_SIZE: SHARD_SIZE,
});

/**
 * One page (in a context of its own) for the searches of one build: a new context per search
 * cost a renderer process each time. Dropped after a rebuild, so nothing cached survives it.
 */
let searchPage: Page | undefined;
async function dropSearchPage(): Promise<void> {
  await searchPage?.close();
  searchPage = undefined;
}
const searchErrors: string[] = [];

async function searchHits(query: string): Promise<string[]> {
  if (!searchPage) {
    searchPage = await browser.newPage();
    searchPage.on('pageerror', (error) => searchErrors.push(error.message));
  }
  const page = searchPage;
  await page.goto(`${server.url}/sok/?q=${encodeURIComponent(query)}`);
  await expect.poll(async () => (await page.locator('#sok-status').textContent()) ?? '', { timeout: 20_000 }).toMatch(/träff/);
  expect(searchErrors).toEqual([]);
  return await page.locator('#sok-traffar a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

beforeAll(async () => {
  await mkdir(BUILD_DIR, { recursive: true });
  work = await mkdtemp(path.join(BUILD_DIR, 'shards-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  for (const plan of PLANS) await cp(path.join(ROOT, 'content', plan), path.join(content, plan), { recursive: true });
  browser = await connectChromium();
}, 60_000);

afterAll(async () => {
  await dropSearchPage();
  await server?.close();
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('sharded search index (npm run build)', () => {
  /** The shards the build makes with its PLANVERK_SEARCH_SHARD_SIZE (this process's environment is left alone). */
  const shards = () => shardCount(PLANS.length, Number(SHARD_SIZE));

  it('splits the plans over several shards and finds each plan by a word of its own', async () => {
    const k = shards();
    expect(k).toBe(3);
    // The test means something only if the plans really are in different shards.
    expect(new Set(PLANS.map((id) => shardOf(id, k))).size).toBeGreaterThan(1);
    const run = await build();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`sökindex för ${PLANS.length} sidor i ${k} av ${k} delar`);
    for (let i = 0; i < k; i++) expect(existsSync(path.join(dist, shardFolder(i), 'pagefind.js')), shardFolder(i)).toBe(true);
    for (const [id, word] of Object.entries(WORDS)) {
      for (const other of PLANS.filter((p) => p !== id)) {
        expect((await readFile(path.join(dist, other, 'index.html'), 'utf8')).toLowerCase().includes(word.toLowerCase()), `${word} also in ${other}`).toBe(false);
      }
    }
    server = await serveStatic(dist);
    for (const [id, word] of Object.entries(WORDS)) expect(await searchHits(word), word).toContain(`/${id}/`);
  }, 300_000);

  it('filters across the shards: every organisation and year is offered, and a year lists its plans from every shard', async () => {
    const { plans } = await checkPlans(content);
    expect(plans.length).toBe(PLANS.length);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const year = 2021;
      await page.goto(`${server.url}/sok/?ar=${year}`);
      await expect.poll(async () => (await page.locator('#sok-status').textContent()) ?? '', { timeout: 20_000 }).toMatch(/planer?\./);
      const organisations = (await page.locator('#filter-organisation option').allTextContents()).slice(1).sort();
      expect(organisations).toEqual([...new Set(plans.map((p) => p.plan.organisation.name))].sort());
      const years = (await page.locator('#filter-ar option').allTextContents()).slice(1).map(Number).sort();
      expect(years).toEqual([...new Set(plans.flatMap((p) => periodYears(p.plan.period)))].sort());
      const covering = plans.filter((p) => periodYears(p.plan.period).includes(year)).map((p) => p.id);
      const hits = await page.locator('#sok-traffar h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hits.sort()).toEqual(covering.map((id) => `/${id}/`).sort());
      const k = shards();
      expect(new Set(covering.map((id) => shardOf(id, k))).size, 'the year\'s plans should lie in different shards').toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('after one plan changes, indexes only its shard; the kept shards still answer', async () => {
    const changed = 'fou-nordvast-2021';
    const file = path.join(content, changed, 'plan.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: (.*)$/m, 'title: $1 Zebrafinkplanen'));
    const run = await build();
    expect(run.code, run.output).toBe(0);
    await dropSearchPage();
    const k = shards();
    const sameShard = PLANS.filter((id) => shardOf(id, k) === shardOf(changed, k)).length;
    expect(run.output).toContain(`sökindex för ${sameShard} sidor i 1 av ${k} delar`);
    expect(await searchHits('Zebrafinkplanen')).toContain(`/${changed}/`);
    for (const [id, word] of Object.entries(WORDS)) expect(await searchHits(word), word).toContain(`/${id}/`);
  }, 300_000);
});
