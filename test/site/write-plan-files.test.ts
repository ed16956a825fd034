/**
 * plan.json and the open data files that `npm run build` writes beside each plan's page
 * (src/site/write-plan-files.ts): every file with the text its renderer gives, and a file
 * already there (a hard link into the previous dist/) replaced, never written into.
 */
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { openDataFiles } from '../../src/site/open-data/files';
import { planJsonText } from '../../src/site/plan-json';
import { writePlanFiles } from '../../src/site/write-plan-files';

const ROOT = path.resolve(import.meta.dirname, '../..');
let work: string;
let derived: DerivedPlan;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'planverk-plan-files-'));
  await cp(path.join(ROOT, 'content', 'fou-jamt-2020'), path.join(work, 'content', 'fou-jamt-2020'), { recursive: true });
  const { plans } = await checkPlans(await resolveContentRoot(path.join(work, 'content')));
  derived = plans[0]!;
});

afterAll(() => rm(work, { recursive: true, force: true }));

const expected = () => [{ path: 'plan.json', text: planJsonText(derived) }, ...openDataFiles(derived)];

describe('writePlanFiles', () => {
  it('writes plan.json and every open data file into a new plan folder', async () => {
    const site = path.join(work, 'site-new');
    writePlanFiles(site, derived);
    const files = expected();
    expect(files.map((f) => f.path)).toContain('oppna-data/budget.csv');
    for (const file of files) expect(await readFile(path.join(site, derived.id, ...file.path.split('/')), 'utf8')).toBe(file.text);
  });

  it('replaces a file that is a hard link into the previous site without changing the old one', async () => {
    const old = path.join(work, 'site-old', derived.id);
    const site = path.join(work, 'site-linked');
    await mkdir(path.join(old, 'oppna-data'), { recursive: true });
    await mkdir(path.join(site, derived.id, 'oppna-data'), { recursive: true });
    for (const name of ['plan.json', 'oppna-data/budget.csv']) {
      await writeFile(path.join(old, name), 'förra bygget');
      await link(path.join(old, name), path.join(site, derived.id, name));
    }
    writePlanFiles(site, derived);
    for (const name of ['plan.json', 'oppna-data/budget.csv']) {
      expect(await readFile(path.join(old, name), 'utf8')).toBe('förra bygget');
      expect(await readFile(path.join(site, derived.id, name), 'utf8')).toBe(expected().find((f) => f.path === name)!.text);
    }
    // No temporary file is left behind.
    expect((await readdir(path.join(site, derived.id, 'oppna-data'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
