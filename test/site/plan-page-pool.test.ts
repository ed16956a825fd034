/**
 * The plan pages and plan.json files a build renders ahead in worker threads are the same
 * as those the dev server renders on request, whatever order Astro asks for them in; under
 * `npm run build` each plan.json is written with its page; a worker that cannot build a
 * page fails the build with a Swedish message naming the plan.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlansCached } from '../../src/incremental/model-cache';
import { planJsonText } from '../../src/site/plan-json';
import { planPage } from '../../src/site/plan-page/plan-body';
import { planJsonBody, planPageBody, startPlanPages, stopPlanPages, writePlanJsonInto } from '../../src/build/astro-site/plan-page-bodies';
import { clearSiteContent, loadRenderedPlans, loadSitePlan } from '../../src/build/astro-site/site-plans';
import { assembleContent, ROOT } from './harness';

const links = { base: '/planverk/', withPdf: true };
let content: string;
let work: string;
const saved = { ...process.env };

beforeEach(async () => {
  content = await assembleContent();
  work = await mkdtemp(path.join(tmpdir(), 'planverk-pool-'));
  process.env.PLANVERK_CONTENT = content;
  process.env.PLANVERK_PAGE_WORKERS = '2';
  clearSiteContent();
});

afterEach(async () => {
  stopPlanPages();
  clearSiteContent();
  process.env = { ...saved };
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

/** The model as `npm run build` hands it to Astro: the model cache's files. */
async function useModelFromParent() {
  process.env.PLANVERK_CACHE = path.join(work, 'cache');
  const checked = await checkPlansCached(content);
  const manifest = path.join(work, 'model.json');
  await writeFile(manifest, JSON.stringify({ indexFile: checked.indexFile, render: null }));
  process.env.PLANVERK_MODEL = manifest;
  clearSiteContent();
  return checked;
}

describe('plan pages rendered ahead in worker threads', () => {
  it('gives the same page and plan.json as rendering on request, in any order', async () => {
    const ids = (await loadRenderedPlans()).map((plan) => plan.id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    const expected = new Map(await Promise.all(ids.map(async (id) => {
      const derived = await loadSitePlan(id);
      return [id, { page: planPage(derived, links), json: planJsonText(derived) }] as const;
    })));
    expect(startPlanPages(ids, links, ROOT)).toBe(true);
    // Astro asks in the order given, but a page may be asked for out of turn.
    const order = [ids[3]!, ...ids.filter((id) => id !== ids[3])];
    for (const id of order) expect(await planPageBody(id, links)).toEqual(expected.get(id)!.page);
    for (const id of [...ids].reverse()) expect(await planJsonBody(id)).toBe(expected.get(id)!.json);
    expect(expected.get('fou-jamt-2020')!.page.html).toContain('href="/planverk/fou-jamt-2020/fou-jamt-2020.pdf"');
  }, 60_000);

  it.each([['worker threads', '2'], ["Astro's thread", '0']])('under npm run build, writes each plan.json with its page (%s)', async (_, workers) => {
    process.env.PLANVERK_PAGE_WORKERS = workers;
    await useModelFromParent();
    const ids = (await loadRenderedPlans()).map((plan) => plan.id);
    const site = path.join(work, 'site');
    writePlanJsonInto(site);
    expect(startPlanPages(ids, links, ROOT)).toBe(workers !== '0');
    for (const id of ids) {
      expect((await planPageBody(id, links)).html).toContain('plan.json');
      expect(await readFile(path.join(site, id, 'plan.json'), 'utf8')).toBe(planJsonText(await loadSitePlan(id)));
    }
  }, 60_000);

  it('fails with a Swedish message naming the plan when a worker cannot read its model', async () => {
    const checked = await useModelFromParent();
    const entry = checked.index.plans.find((plan) => plan.result.loaded.id === 'fou-jamt-2020')!;
    await rm(entry.modelFile!);
    const ids = (await loadRenderedPlans()).map((plan) => plan.id);
    expect(startPlanPages(ids, links, ROOT)).toBe(true);
    await expect(planPageBody('fou-jamt-2020', links)).rejects.toThrow(/^planverk: sidan för planen "fou-jamt-2020" kunde inte byggas: planverk: modellfilen .* saknas eller är trasig; kör bygget igen\.$/);
    // The other plans are not held back by the failed one.
    expect((await planPageBody('fou-fyrbodal-2023', links)).title).toMatch(/Fyrbodal/);
  }, 60_000);
});
