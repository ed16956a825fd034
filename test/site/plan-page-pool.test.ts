/**
 * The plan pages and plan.json files a build writes are the same as those rendered from
 * the model directly; under `npm run build` each plan.json is written with its page; a page
 * whose model cannot be read fails the build with a Swedish message naming the plan.
 * (The look-ahead pool of worker threads this file tested before is gone: pages are rendered
 * in Astro's thread, docs/prestanda.md.)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlansCached } from '../../src/incremental/model-cache';
import { openDataFiles } from '../../src/site/open-data/files';
import { planJsonText } from '../../src/site/plan-json';
import { planPage } from '../../src/site/plan-page/plan-body';
import { planJsonBody, planJsonWithPages, planPageBody } from '../../src/build/astro-site/plan-pages';
import { clearSiteContent, loadRenderedPlans, loadSitePlan, type ModelManifest } from '../../src/build/astro-site/site-plans';
import { assembleContent } from './harness';

const links = { base: '/planverk/', withPdf: true };
let content: string;
let work: string;
const saved = { ...process.env };

beforeEach(async () => {
  content = await assembleContent();
  work = await mkdtemp(path.join(tmpdir(), 'planverk-pages-'));
  process.env.PLANVERK_CONTENT = content;
  clearSiteContent();
});

afterEach(async () => {
  clearSiteContent();
  process.env = { ...saved };
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

/** The model as `npm run build` hands it to Astro: the model cache's files. */
async function useModelFromParent(siteDir: string) {
  process.env.PLANVERK_CACHE = path.join(work, 'cache');
  const checked = await checkPlansCached(content);
  const manifest = path.join(work, 'model.json');
  await writeFile(manifest, JSON.stringify({ indexFile: checked.indexFile, render: null, searchShards: 1, reindex: null, siteDir } satisfies ModelManifest));
  process.env.PLANVERK_MODEL = manifest;
  clearSiteContent();
  return checked;
}

describe('plan pages for the Astro routes', () => {
  it('gives the same page and plan.json as rendering the model, in any order', async () => {
    const ids = (await loadRenderedPlans()).map((plan) => plan.id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect(planJsonWithPages()).toBe(false);
    const expected = new Map(await Promise.all(ids.map(async (id) => {
      const derived = await loadSitePlan(id);
      return [id, { page: planPage(derived, links), json: planJsonText(derived) }] as const;
    })));
    const order = [ids[3]!, ...ids.filter((id) => id !== ids[3])];
    for (const id of order) expect(await planPageBody(id, links)).toEqual(expected.get(id)!.page);
    for (const id of [...ids].reverse()) expect(await planJsonBody(id)).toBe(expected.get(id)!.json);
    expect(expected.get('fou-jamt-2020')!.page.html).toContain('href="/planverk/fou-jamt-2020/fou-jamt-2020.pdf"');
  }, 60_000);

  it('under npm run build, writes each plan.json and its open data files with its page', async () => {
    const site = path.join(work, 'site');
    await useModelFromParent(site);
    expect(planJsonWithPages()).toBe(true);
    const ids = (await loadRenderedPlans()).map((plan) => plan.id);
    for (const id of ids) expect((await planPageBody(id, links)).html).toContain('plan.json');
    // Written with each page, before it is returned.
    for (const id of ids) {
      expect(await readFile(path.join(site, id, 'plan.json'), 'utf8')).toBe(planJsonText(await loadSitePlan(id)));
      const files = openDataFiles(await loadSitePlan(id));
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const file of files) expect(await readFile(path.join(site, id, ...file.path.split('/')), 'utf8')).toBe(file.text);
    }
  }, 60_000);

  it('fails with a Swedish message naming the plan when its model cannot be read', async () => {
    const checked = await useModelFromParent(path.join(work, 'site'));
    const entry = checked.index.plans.find((plan) => plan.result.loaded.id === 'fou-jamt-2020')!;
    await rm(entry.modelFile!);
    await expect(planPageBody('fou-jamt-2020', links)).rejects.toThrow(/^planverk: sidan för planen "fou-jamt-2020" kunde inte byggas: planverk: modellfilen .* saknas eller är trasig; kör bygget igen\.$/);
    // The other plans are not held back by the failed one.
    expect((await planPageBody('fou-fyrbodal-2023', links)).title).toMatch(/Fyrbodal/);
  }, 60_000);
});
