/**
 * `npm run build` never hangs and never leaves anything behind: an internal error in the
 * check stage (a file system error injected by test/build/fault-injection.mjs), a check
 * stage stuck on the disk, Ctrl-C, SIGTERM or a closed terminal in the middle of the site
 * stage, a full disk while the PDFs are written, and a second build while one runs. Each
 * ends with a Swedish message and no stack trace, a non-zero exit within a generous bound
 * (it detects hangs; it is not a speed test), dist/ byte for byte as it was, no staging
 * folder, and no process left of any the build started (found by a tag in their
 * environment, which every child inherits, so also those in Astro's own process group).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noneLeft, runBuild as runBuildScript, type Kill } from './run-build';
import { treeHash } from './tree-hash';
import { commandArgs, commandProcess } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FAULTS = path.join(ROOT, 'test/build/fault-injection.mjs');
const PLAN = 'fou-jamt-2020';
/** Far above any clean exit: only a hang exceeds it. */
const CLEAN_EXIT_MS = 30_000;

let work: string;
let content: string;
let dist: string;
let distHash: string;

async function build(faults: object | undefined, killWhen?: (output: string) => boolean, kill?: Kill, extra: Record<string, string> = {}) {
  const tag = randomUUID();
  const started = Date.now();
  const run = await runBuildScript({
    PLANVERK_CONTENT: content,
    PLANVERK_DIST: dist,
    // A fresh model cache: every plan is read again, so a fault on reading one is met.
    PLANVERK_CACHE: path.join(work, `cache-${tag}`),
    PLANVERK_TEST_TAG: tag,
    ...(faults ? { NODE_OPTIONS: `--import ${FAULTS}`, PLANVERK_TEST_FAULT: JSON.stringify(faults) } : {}),
    ...extra,
  }, killWhen, kill);
  return { ...run, ms: Date.now() - started, tag };
}

const staging = async () => (await readdir(work)).filter((name) => /^dist\.(tmp|old)-\d+$/.test(name));
/** What a build may leave inside dist/ only while it runs (`.planverk-build.json` is published). */
const BUILD_LEFTOVER = /^\.planverk-(tmp|old|trash|probe)-|^\.planverk-lock$/;
const STACK = /\bat .*\.(ts|js|mjs|cjs):\d+|node:internal|Error: /;

async function expectCleanFailure(run: Awaited<ReturnType<typeof build>>): Promise<void> {
  expect(run.code, run.output).not.toBe(0);
  expect(run.output).not.toMatch(STACK);
  expect(await staging()).toEqual([]);
  expect(readdirSync(work).filter((name) => name.endsWith('.lock'))).toEqual([]);
  expect(readdirSync(dist).filter((name) => BUILD_LEFTOVER.test(name))).toEqual([]);
  expect(await treeHash(dist)).toBe(distHash);
  expect(await noneLeft(run.tag), run.output).toEqual([]);
}

beforeAll(async () => {
  await mkdir(path.join(ROOT, 'test-output/builds'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, 'test-output/builds/failures-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  await cp(path.join(ROOT, 'content', PLAN), path.join(content, PLAN), { recursive: true });
  await mkdir(path.join(dist, PLAN), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Förra bygget</title>');
  await writeFile(path.join(dist, PLAN, `${PLAN}.pdf`), Buffer.from('%PDF-1.7 förra bygget'));
  distHash = await treeHash(dist);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run build on failure', () => {
  it('cleans up after an internal error in the check stage', async () => {
    const run = await build({ calls: ['readFile'], match: `${PLAN}/plan.yaml`, code: 'EIO', script: commandProcess('build') });
    expect(run.code, run.output).toBe(2);
    expect(run.output).toContain('planverk: internt fel: läs- eller skrivfel på disken (EIO).');
    expect(run.output).toContain('dist/ är orörd');
    expect(run.ms).toBeLessThan(CLEAN_EXIT_MS);
    await expectCleanFailure(run);
  }, 120_000);

  it('stops an internal error in a stage that never settles no later than a signal', async () => {
    // The check stage hangs on a stuck disk; SIGTERM (CI cancelling the job) still ends everything.
    const hanging = path.join(work, `hanging-${randomUUID()}`);
    const run = await build(
      { calls: ['readFile'], match: `${PLAN}/plan.yaml`, code: 'EIO', hang: true, hangMarker: hanging, script: commandProcess('build') },
      () => existsSync(hanging),
      { signal: 'SIGTERM', group: false },
    );
    expect(run.output).toContain('planverk: avbröts (SIGTERM).');
    await expectCleanFailure(run);
  }, 120_000);

  for (const [signal, group] of [['SIGINT', true], ['SIGTERM', false], ['SIGHUP', true]] as const) {
    it(`stops every child and cleans up on ${signal} during the site stage`, async () => {
      const run = await build(undefined, (output) => output.includes('bygger webbplatsen'), { signal, group });
      expect(run.output).toContain(`planverk: avbröts (${signal}).`);
      expect(run.output).toContain('dist/ är orörd');
      await expectCleanFailure(run);
    }, 180_000);
  }

  it('reports a full disk while the PDFs are written in Swedish', async () => {
    const run = await build({ calls: ['writeFile'], match: `${PLAN}.pdf.`, code: 'ENOSPC' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('disken är full (ENOSPC)');
    expect(run.output).toContain('PDF-steget misslyckades; dist/ är orörd');
    await expectCleanFailure(run);
  }, 300_000);

  it('reports a full disk while Astro writes the pages in Swedish, without its stack trace', async () => {
    const run = await build({ calls: ['writeFile', 'writeFileSync'], match: `${PLAN}/index.html`, code: 'ENOSPC', script: 'astro build' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('planverk: fel: disken är full (ENOSPC).');
    expect(run.output).toContain('Webbplatsbygget misslyckades; dist/ är orörd');
    await expectCleanFailure(run);
  }, 300_000);

  it('reports a full disk while the open data beside the pages is written in Swedish, without a stack trace', async () => {
    // Written with the plan's page, in synchronous calls (src/site/write-plan-files.ts).
    const run = await build({ calls: ['writeFileSync'], match: `${PLAN}/oppna-data/budget.csv`, code: 'ENOSPC', script: 'astro build' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('planverk: fel: disken är full (ENOSPC).');
    expect(run.output).toContain('Webbplatsbygget misslyckades; dist/ är orörd');
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    await expectCleanFailure(run);
  }, 300_000);

  it('reports a full disk at the last write before publishing in Swedish', async () => {
    const run = await build({ calls: ['writeFile'], match: '.planverk-build.json', code: 'ENOSPC', script: commandProcess('build') });
    expect(run.code, run.output).toBe(2);
    expect(run.output).toContain('planverk: internt fel: disken är full (ENOSPC).');
    expect(run.output).toContain('dist/ är orörd');
    await expectCleanFailure(run);
  }, 300_000);

  it('refuses a second build while one runs, which is unaffected', async () => {
    let second: ReturnType<typeof spawnSync> | undefined;
    // The first build's publishing is held at its first rename (dist/ → dist.old-*) until the
    // second has been refused, so the second always meets it running, however fast either is.
    const gate = path.join(work, 'publicering-vantar');
    writeFileSync(gate, '');
    const safety = setTimeout(() => rmSync(gate, { force: true }), 120_000);
    const heldPublish = { calls: ['rename'], match: '.old-', script: commandProcess('build'), delayWhileExists: gate, times: 1 };
    const first = await build(heldPublish, (output) => {
      if (!second && output.includes('bygger webbplatsen')) {
        second = spawnSync(process.execPath, commandArgs('build'), {
          cwd: ROOT, encoding: 'utf8', timeout: CLEAN_EXIT_MS,
          env: { ...process.env, PLANVERK_CONTENT: content, PLANVERK_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' },
        });
        rmSync(gate, { force: true });
      }
      return false;
    });
    clearTimeout(safety);
    rmSync(gate, { force: true });
    expect(second, first.output).toBeDefined();
    const refused = `${second!.stdout}${second!.stderr}`;
    expect(second!.status, refused).toBe(1);
    expect(refused).toMatch(/planverk: ett annat bygge pågår \(process \d+\)/);
    expect(refused).not.toMatch(STACK);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('klart');
    expect(readFileSync(path.join(dist, PLAN, 'index.html'), 'utf8')).toContain('</html>');
    expect(await staging()).toEqual([]);
    expect(readdirSync(work).filter((name) => name.endsWith('.lock'))).toEqual([]);
    expect(await noneLeft(first.tag)).toEqual([]);
  }, 300_000);

  it('publishes a whole build into a dist/ that a rename from beside cannot reach, in place', async () => {
    // As for a mounted volume: the probe rename into dist/ fails with EXDEV, so Astro, the
    // search index and the PDFs are staged inside dist/ and moved into place.
    const inode = statSync(dist).ino;
    const run = await build({ calls: ['rename'], match: '.planverk-probe-', code: 'EXDEV', script: commandProcess('build') });
    expect(run.code, run.output).toBe(0);
    expect(statSync(dist).ino).toBe(inode);
    expect(readFileSync(path.join(dist, PLAN, 'index.html'), 'utf8')).toContain('</html>');
    expect(readFileSync(path.join(dist, PLAN, `${PLAN}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dist).filter((name) => BUILD_LEFTOVER.test(name))).toEqual([]);
    expect(await staging()).toEqual([]);
    expect(await noneLeft(run.tag)).toEqual([]);
  }, 300_000);
});
