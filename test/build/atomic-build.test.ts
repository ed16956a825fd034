/**
 * Atomic builds: `scripts/build.ts` on a temporary copy of content with PLANVERK_DIST
 * pointing to a temporary dist/ that holds a previous good build. A build killed in the
 * site stage or in the PDF stage, an invalid plan and a file system error injected in the
 * PDF stage (test/build/fault-injection.mjs) all leave that dist/ byte for byte untouched; the next build
 * recovers and leaves no staging folders behind. No build ever writes under content/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild as runBuildScript } from './run-build';
import { treeHash } from './tree-hash';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(ROOT, 'test-output/builds');
const PLANS = ['fou-jamt-2020', 'fou-fyrbodal-2023'];

let work: string;
let content: string;
let dist: string;
let faultInjections = 0;

const runBuild = (env: Record<string, string> = {}, killWhen?: (output: string) => boolean) =>
  runBuildScript({ PLANVERK_CONTENT: content, PLANVERK_DIST: dist, ...env }, killWhen);

const leftovers = async () => (await readdir(work)).filter((name) => /^dist\.(tmp|old)-\d+$/.test(name));

beforeAll(async () => {
  // Inside the project, like a real dist/: otherwise Astro's prerender chunks go to the shared ./.astro/.
  await mkdir(BUILD_DIR, { recursive: true });
  work = await mkdtemp(path.join(BUILD_DIR, 'atomic-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  for (const plan of PLANS) await cp(path.join(ROOT, 'content', plan), path.join(content, plan), { recursive: true });
  // A previous good build: a page, a PDF and a marker file.
  await mkdir(path.join(dist, 'fou-jamt-2020'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Förra bygget</title>');
  await writeFile(path.join(dist, 'fou-jamt-2020', 'fou-jamt-2020.pdf'), Buffer.from('%PDF-1.7 förra bygget'));
  await writeFile(path.join(dist, 'FORRA-BYGGET'), 'markör');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('atomic npm run build', () => {
  let distHash: string;
  let contentHash: string;

  beforeAll(async () => {
    distHash = await treeHash(dist);
    contentHash = await treeHash(content);
  });

  it('leaves dist/ untouched when killed while the site is being built', async () => {
    // Killed as soon as Astro has started writing into the staging folder.
    const staging = stagingOfNextBuild();
    const run = await runBuild({}, () => staging().includes('_astro'));
    faultInjections++;
    expect(run.signal ?? run.code, run.output).toBe('SIGKILL');
    expect(await treeHash(dist)).toBe(distHash);
    expect(await treeHash(content)).toBe(contentHash);
  }, 120_000);

  it('leaves dist/ untouched when killed in the PDF stage', async () => {
    // Killed as soon as a new PDF is being written (the site is built at the same time).
    const staging = stagingOfNextBuild();
    const run = await runBuild({}, () => staging('fou-fyrbodal-2023').some((name) => name.includes('.pdf')));
    faultInjections++;
    expect(run.signal ?? run.code, run.output).toBe('SIGKILL');
    expect(run.output).toContain('bygger webbplatsen');
    expect(await treeHash(dist)).toBe(distHash);
    // The killed builds left their staging folders; the next build clears them.
    expect((await leftovers()).length).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('exits 1 on an invalid plan and leaves dist/ untouched', async () => {
    const file = path.join(content, 'fou-fyrbodal-2023', 'plan.yaml');
    const good = await readFile(file);
    await writeFile(file, good.toString('utf8').replace(/^kind: .*$/m, 'kind: klar'));
    try {
      const before = await leftovers();
      const run = await runBuild();
      faultInjections++;
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(/plan\.yaml:\d+:\d+/);
      expect(run.output).toContain('inget byggdes och dist/ är orörd');
      // Astro, started before the check, was stopped unheard, and its staging folder removed.
      expect(run.output).not.toContain('[build]');
      expect((await leftovers()).filter((name) => !before.includes(name))).toEqual([]);
      expect(await treeHash(dist)).toBe(distHash);
    } finally {
      await writeFile(file, good);
    }
    expect(await treeHash(content)).toBe(contentHash);
  }, 120_000);

  it('exits 1 on a crash in the PDF stage and leaves dist/ untouched', async () => {
    // Every PDF's final rename fails (in the worker processes, which inherit the preload).
    const run = await runBuild({
      NODE_OPTIONS: `--import ${path.join(ROOT, 'test/build/fault-injection.mjs')}`,
      PLANVERK_TEST_FAULT: JSON.stringify({ calls: ['rename'], match: '.pdf.', code: 'EIO' }),
    });
    faultInjections++;
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('PDF-steget misslyckades; dist/ är orörd');
    expect(await treeHash(dist)).toBe(distHash);
    expect(await treeHash(content)).toBe(contentHash);
  }, 300_000);

  it('recovers at the next build: new site published, no staging folders left, content untouched', async () => {
    const run = await runBuild();
    expect(run.code, run.output).toBe(0);
    expect(await leftovers()).toEqual([]);
    expect(existsSync(path.join(dist, 'FORRA-BYGGET'))).toBe(false);
    for (const plan of PLANS) {
      expect(existsSync(path.join(dist, plan, 'index.html')), plan).toBe(true);
      const pdf = await readFile(path.join(dist, plan, `${plan}.pdf`));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The old fake PDF must not have been reused as if it were current.
      expect(pdf.toString('latin1')).not.toContain('förra bygget');
    }
    expect(await treeHash(content)).toBe(contentHash);
    console.log(`atomic-build: ${faultInjections} felinjiceringar, dist/ orörd efter varje`);
  }, 300_000);
});

/**
 * Lists a folder in the staging folder of the build about to start (not in those that
 * killed builds left behind); empty until that build has made it.
 */
function stagingOfNextBuild(): (...folder: string[]) => string[] {
  const before = new Set(readdirSyncSafe(work));
  return (...folder) => {
    const name = readdirSyncSafe(work).find((entry) => entry.startsWith('dist.tmp-') && !before.has(entry));
    return name ? readdirSyncSafe(work, name, ...folder) : [];
  };
}

function readdirSyncSafe(...dir: string[]): string[] {
  try {
    return readdirSync(path.join(...dir));
  } catch {
    return [];
  }
}
