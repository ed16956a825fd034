/**
 * The home page with many plans (issue 20 §4): a generated corpus (scripts/bench/make-corpus.ts,
 * each plan with an organisation of its own) built with `astro build`. The list keeps every
 * plan grouped by organisation, offers jump links and a filter field, and stays at 0 axe
 * violations without scrolling sideways at 360 and 1280 px.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/bench/make-corpus';
import { HOME_PAGE } from '../../src/shared/words-sv';
import { axeViolations, buildSite, connectChromium, pageWalker, ROOT, SCREENSHOT_DIR, serveStatic, type StaticServer } from './harness';

const PLANS = 60;
let corpus: string;
let outDir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'planverk-many-'));
  await makeCorpus(corpus, PLANS, { contentDir: path.join(ROOT, 'content') });
  const build = await buildSite(corpus);
  outDir = build.outDir;
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(build.outDir);
  browser = await connectChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
  if (corpus) await rm(corpus, { recursive: true, force: true });
});

/** One page per width that goes from test to test (harness.ts pageWalker): a page of its own for each cost a renderer process. */
const walk = pageWalker((width) => browser!.newPage({ viewport: { width, height: 900 } }));

describe(`the home page with ${PLANS} plans`, () => {
  it('lists every plan under its organisation, with jump links to each organisation', async () => {
    const page = await walk(1280, `${server!.url}/`);
    expect(await page.locator('.plankort').count()).toBe(PLANS);
    const sections = await page.locator('section.organisation').count();
    expect(sections).toBe(PLANS);
    expect(await page.locator('nav.organisationer summary').textContent()).toBe(HOME_PAGE.organisations(sections));
    const jumps = await page.locator('nav.organisationer a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    const ids = await page.locator('section.organisation h2').evaluateAll((headings) => headings.map((h) => h.id));
    expect(jumps).toEqual(ids);
  });

  it('narrows the list to the plans whose words match, at 360 px', async () => {
    const page = await walk(360, `${server!.url}/`);
    await page.fill('#planfilter', 'Gävleborg handlingsplan');
    const shown = page.locator('.plankort:visible');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    const count = await shown.count();
    expect(count).toBeLessThan(PLANS);
    for (const text of await shown.allInnerTexts()) expect(text.toLowerCase()).toContain('handlingsplan');
    expect(await page.locator('#planfilter-status').textContent()).toBe(HOME_PAGE.filtered(count, PLANS));
  });

  it('reports no axe violations and never scrolls sideways, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await walk(width, `${server!.url}/`);
      expect(await axeViolations(page), `${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `startsida-${PLANS}-planer-${width}.png`) });
    }
  });
});
