/**
 * The per-plan model cache behind `npm run build`: a plan is checked again only when the
 * content of its folder changes; touching a file without changing it, or serving problems
 * of an invalid plan, comes from the cache; removed plans leave no model behind. A first check
 * shared with a second process gives the same index and models as one in a single process.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { printProblems } from '../../src/cli/print-problems';
import { planInputHash, planInputSignature } from '../../src/incremental/fingerprint';
import { checkAndStore, checkPlansCached, modelCacheDir } from '../../src/incremental/model-cache';
import { checkShared } from '../../src/incremental/shared-check';
import { readPlanModel } from '../../src/incremental/read-model';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import type { Problem } from '../../src/problems';
import type { SourceExcerpt } from '../../src/load/source-excerpt';
import { TINY_PNG } from '../robustness/arbitraries';

const ROOT = path.resolve(import.meta.dirname, '../..');
let work: string;

/** What printProblems writes (to stderr, in one call). */
async function printed(problems: readonly Problem[], known?: ReadonlyMap<Problem, SourceExcerpt | undefined>): Promise<string> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await printProblems(problems, known);
    return spy.mock.calls.map((call) => call.join(' ')).join('\n');
  } finally {
    spy.mockRestore();
  }
}
let content: string;
const saved = process.env.PLANVERK_CACHE;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'planverk-model-cache-'));
  process.env.PLANVERK_CACHE = path.join(work, 'cache');
  for (const plan of ['fou-jamt-2020', 'fou-fyrbodal-2023']) await cp(path.join(ROOT, 'content', plan), path.join(work, 'content', plan), { recursive: true });
  content = await resolveContentRoot(path.join(work, 'content'));
});

afterAll(async () => {
  if (saved === undefined) delete process.env.PLANVERK_CACHE;
  else process.env.PLANVERK_CACHE = saved;
  await rm(work, { recursive: true, force: true });
});

describe('checkPlansCached', () => {
  it('checks every plan the first time and gives the same models as checkPlans', async () => {
    const first = await checkPlansCached(content);
    expect(first.checked.sort()).toEqual(['fou-fyrbodal-2023', 'fou-jamt-2020']);
    const direct = await checkPlans(content);
    for (const plan of direct.plans) {
      const entry = first.index.plans.find((e) => e.result.loaded.id === plan.id)!;
      expect(await readPlanModel(entry.modelFile!)).toEqual(plan);
      expect(entry.summary?.plan.title).toBe(plan.plan.title);
    }
  });

  it('checks nothing again when nothing changed, or when a file is only touched', async () => {
    expect((await checkPlansCached(content)).checked).toEqual([]);
    const file = path.join(content, 'fou-jamt-2020', 'plan.yaml');
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect((await checkPlansCached(content)).checked).toEqual([]);
  });

  it('checks a plan again when its content changes, and keeps serving its problems', async () => {
    const file = path.join(content, 'fou-fyrbodal-2023', 'plan.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^kind: .*$/m, 'kind: klar'));
    const broken = await checkPlansCached(content);
    expect(broken.checked).toEqual(['fou-fyrbodal-2023']);
    const errors = broken.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.file).toContain('plan.yaml');
    // From the cache the second time: the same problems, no model file for the invalid plan.
    const again = await checkPlansCached(content);
    expect(again.checked).toEqual([]);
    expect(again.problems).toEqual(broken.problems);
    expect(again.index.plans.find((e) => e.result.loaded.id === 'fou-fyrbodal-2023')!.modelFile).toBeUndefined();
    expect(existsSync(path.join(modelCacheDir(content), 'fou-fyrbodal-2023.v8'))).toBe(false);
  });

  it('keeps each problem\'s source excerpt, so that printing the problems of unchanged plans reads no file', async () => {
    const cached = await checkPlansCached(content);
    expect(cached.checked).toEqual([]);
    expect(cached.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    expect(cached.problems.filter((p) => p.severity === 'warning').length).toBeGreaterThan(0);
    // Every problem here is in a file of its own plan, so every excerpt is kept.
    expect(cached.excerpts.size).toBe(cached.problems.length);
    const fromFiles = await printed(cached.problems);
    expect(fromFiles).toContain('^');
    expect(await printed(cached.problems, cached.excerpts)).toBe(fromFiles);
    // A kept excerpt is printed as kept: the file is not read (here it does not exist).
    const elsewhere = { ...cached.problems[0]!, file: path.join(work, 'finns-inte.yaml') };
    const kept = new Map([[elsewhere, { lines: [{ number: elsewhere.line, text: 'ur cachen' }], caretOffset: 3 }]]);
    expect(await printed([elsewhere], kept)).toContain(`${elsewhere.line} | ur cachen`);
    expect(await printed([elsewhere])).not.toContain('|');
  });

  it('forgets a removed plan', async () => {
    await rm(path.join(content, 'fou-fyrbodal-2023'), { recursive: true });
    const result = await checkPlansCached(content);
    expect(result.index.plans.map((e) => e.result.loaded.id)).toEqual(['fou-jamt-2020']);
    expect(existsSync(path.join(modelCacheDir(content), 'fou-jamt-2020.v8'))).toBe(true);
  });

  it('leaves alone a cache folder another build is making, and drops stale ones of content folders that are gone', async () => {
    const caches = path.dirname(modelCacheDir(content));
    // What a concurrent build has made aside and not yet renamed into place (claimCacheDir).
    const making = path.join(caches, '.new-andra-bygget');
    await mkdir(making, { recursive: true });
    const gone = path.join(caches, 'borttagen-mapp');
    await mkdir(gone);
    await writeFile(path.join(gone, 'content-root.txt'), path.join(work, 'finns-inte'));
    const other = await mkdtemp(path.join(work, 'annan-'));
    await checkPlansCached(other);
    expect(existsSync(making)).toBe(true);
    expect(existsSync(gone)).toBe(false);
    // Every cache folder names its content folder from the moment it is there.
    expect(await readFile(path.join(modelCacheDir(other), 'content-root.txt'), 'utf8')).toBe(other);
    // Left for a long time, it is a crashed build's and goes too.
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(making, old, old);
    await checkPlansCached(other);
    expect(existsSync(making)).toBe(false);
    expect(existsSync(modelCacheDir(content))).toBe(true);
  });
});

describe('checkPlansCached signs what a plan reads through links', () => {
  let root: string;
  let shared: string;
  let secret: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'planverk-model-cache-links-'));
    secret = path.join(base, 'hemlig.md');
    await writeFile(secret, 'HEMLIGT-INNEHALL');
    root = await resolveContentRoot(await mkdir(path.join(base, 'content'), { recursive: true }).then(() => path.join(base, 'content')));
    const dir = path.join(root, 'plan');
    await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), dir, { recursive: true });
    // content/delat holds shared text; the plan reaches it through the link plan/delat -> ../delat.
    shared = path.join(root, 'delat', 'inledning.md');
    await mkdir(path.dirname(shared));
    await cp(path.join(dir, 'inledning.md'), shared);
    await symlink('../delat', path.join(dir, 'delat'));
    // A link out of content/ that the plan does not read: the signature must not open it either.
    await symlink(secret, path.join(dir, 'ut.md'));
    const yaml = path.join(dir, 'plan.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('file: inledning.md', 'file: delat/inledning.md'));
  });

  it('checks the plan again when a file behind an allowed link changes, and reports an error there', async () => {
    const first = await checkPlansCached(root);
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect((await checkPlansCached(root)).checked).toEqual([]);

    await writeFile(shared, (await readFile(shared, 'utf8')).replace('gemensam resurs', 'delad resurs'));
    const edited = await checkPlansCached(root);
    expect(edited.checked).toEqual(['plan']);
    const model = await readFile(edited.index.plans[0]!.modelFile!, 'utf8');
    expect(model).toContain('delad resurs');

    await writeFile(shared, '---\nnumbered: [\n---\nText.\n');
    const broken = await checkPlansCached(root);
    expect(broken.checked).toEqual(['plan']);
    expect(broken.problems.some((p) => p.severity === 'error' && p.file.endsWith('inledning.md'))).toBe(true);
    expect(broken.index.plans[0]!.modelFile).toBeUndefined();
  });

  it('checks the plan again when the link is pointed at another folder inside content/', async () => {
    await mkdir(path.join(root, 'annat'));
    await writeFile(path.join(root, 'annat', 'inledning.md'), 'Annan text.\n');
    await checkPlansCached(root);
    await rm(path.join(root, 'plan', 'delat'));
    await symlink('../annat', path.join(root, 'plan', 'delat'));
    const relinked = await checkPlansCached(root);
    expect(relinked.checked).toEqual(['plan']);
    expect(await readFile(relinked.index.plans[0]!.modelFile!, 'utf8')).toContain('Annan text.');
  });

  it('checks the plan again when an image behind an allowed link changes', async () => {
    await writeFile(path.join(root, 'plan', 'delat', 'bild.png'), TINY_PNG);
    const yaml = path.join(root, 'plan', 'plan.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('        generated: wheel\n', '        image: delat/bild.png\n'));
    const first = await checkPlansCached(root);
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect((await checkPlansCached(root)).checked).toEqual([]);
    // Not an image any more: the plan is checked again and the figure refused.
    await writeFile(path.join(root, 'plan', 'delat', 'bild.png'), 'ingen bild');
    const broken = await checkPlansCached(root);
    expect(broken.checked).toEqual(['plan']);
    expect(broken.problems.map((p) => p.code)).toContain('bild-trasig');
  });

  it('signs the files a plan read in its own folder as the link-following resolver does', async () => {
    const dir = path.join(root, 'plan');
    const reads = [path.join(dir, 'plan.yaml'), path.join(dir, 'delat', 'inledning.md'), path.join(dir, 'ut.md'), path.join(dir, 'saknas.md')];
    // The signature takes a read listed in a plain plan folder from the listing; with the
    // content root spelled with a trailing slash it cannot tell the folder is plain, and
    // resolves every read (realpath, stat). Both must sign alike.
    const listed = planInputSignature(root, dir, reads);
    expect(planInputSignature(`${root}/`, dir, reads)).toBe(listed);
    // A read file replaced by a link to a copy with the same times signs differently.
    const copy = path.join(root, 'delat', 'plan-kopia.yaml');
    await cp(reads[0]!, copy, { preserveTimestamps: true });
    await rm(reads[0]!);
    await symlink('../delat/plan-kopia.yaml', reads[0]!);
    try {
      expect(planInputSignature(root, dir, reads)).not.toBe(listed);
    } finally {
      await rm(reads[0]!);
      await cp(copy, reads[0]!, { preserveTimestamps: true });
      await rm(copy);
    }
  });

  it('never reads a linked file outside content/ for the hash', async () => {
    const dir = path.join(root, 'plan');
    const reads = [path.join(dir, 'plan.yaml'), path.join(dir, 'ut.md')];
    const before = planInputHash(root, dir, reads);
    await writeFile(secret, 'ANNAT-HEMLIGT-INNEHALL');
    // What lies behind the link cannot change the hash: it was never opened.
    expect(planInputHash(root, dir, reads)).toBe(before);
    await checkPlansCached(root);
    expect(await readFile(path.join(modelCacheDir(root), 'index.json'), 'utf8')).not.toContain('HEMLIGT');
  });
});

describe('a first check shared with a second process', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'planverk-model-cache-shared-'));
    await cp(path.join(ROOT, 'content'), path.join(base, 'content'), { recursive: true });
    // An invalid plan too: its problems come back from whichever process checked it.
    await cp(path.join(ROOT, 'content', 'fou-fyrbodal-2023'), path.join(base, 'content', 'trasig'), { recursive: true });
    const yaml = path.join(base, 'content', 'trasig', 'plan.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^kind: .*$/m, 'kind: klar'));
    root = await resolveContentRoot(path.join(base, 'content'));
  });

  afterAll(async () => {
    process.env.PLANVERK_CACHE = path.join(work, 'cache');
    await rm(base, { recursive: true, force: true });
  });

  it('gives the same index, problems and models as a check in one process', async () => {
    process.env.PLANVERK_CACHE = path.join(base, 'cache-alone');
    const alone = await checkPlansCached(root);
    process.env.PLANVERK_CACHE = path.join(base, 'cache-shared');
    // One plan per chunk; which process checks which depends on how fast the child loads.
    const shared = await checkPlansCached(root, { from: 1, chunk: 1 });
    expect(shared.checked).toEqual(alone.checked);
    expect(shared.problems).toEqual(alone.problems);
    expect(shared.problems.some((p) => p.severity === 'error' && p.file.includes('trasig'))).toBe(true);
    const withoutFile = (entries: typeof alone.index.plans) => entries.map(({ modelFile, ...entry }) => ({ ...entry, model: modelFile && path.basename(modelFile) }));
    expect(withoutFile(shared.index.plans)).toEqual(withoutFile(alone.index.plans));
    for (const [i, entry] of shared.index.plans.entries()) {
      if (entry.modelFile) expect(await readPlanModel(entry.modelFile)).toEqual(await readPlanModel(alone.index.plans[i]!.modelFile!));
    }
  }, 120_000);

  it('lets the child check plans: chunks the build process did not take come back checked and in order', async () => {
    process.env.PLANVERK_CACHE = path.join(base, 'cache-split');
    const here: string[] = [];
    const dirs = (await checkPlans(root)).results.map((r) => r.loaded.dir);
    const job = { contentRoot: root, cacheDir: path.join(base, 'cache-split-models'), code: 'test', cwd: process.cwd(), dirs, inputs: dirs.map((dir) => ({ hash: planInputHash(root, dir), signature: '', reads: [] })) };
    await mkdir(job.cacheDir, { recursive: true });
    // The child takes chunks once it has loaded; a slow build process leaves it some.
    const entries = await checkShared(job, async (chunk) => {
      here.push(...chunk.dirs);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return checkAndStore(chunk);
    }, { from: 1, chunk: 1 });
    expect(entries.map((e) => e.result.loaded.dir)).toEqual(dirs);
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThan(dirs.length);
  }, 120_000);
});
