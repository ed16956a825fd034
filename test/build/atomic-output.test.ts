/**
 * How dist/ is replaced (src/cli/atomic-output.ts), each case in a process of its own with
 * the file system's failures injected by test/build/fault-injection.mjs: a symbolic link
 * stays a link and its target gets the site; a dist/ that cannot be renamed (a mount
 * point: EBUSY) or that a rename from beside cannot reach (another mount: EXDEV) is filled
 * in place; a failure half-way through, or a read-only dist/, leaves the old site as it was
 * and no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyTrash } from '../../src/cli/trash';
import { treeHash } from './tree-hash';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FAULTS = path.join(ROOT, 'test/build/fault-injection.mjs');
let work: string;
let dist: string;
const made: string[] = [];

interface Result { ok: boolean; inPlace?: boolean; swedish?: boolean; message?: string; code?: string; lock?: string }

function driver(action: 'publish' | 'recover' | 'lock', target: string, faults?: object[], trash?: string): Result {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/build/publish-driver.ts', action, target, ...(trash ? [trash] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: `--import ${FAULTS}`, PLANVERK_TEST_FAULT: JSON.stringify((faults ?? []).map((f) => ({ script: 'publish-driver', ...f }))) },
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  expect(line, run.stderr).toMatch(/^\{/);
  return JSON.parse(line) as Result;
}

/** Entries a build leaves beside or inside dist/ only while it runs. */
const leftovers = (dir: string) => [
  ...readdirSync(path.dirname(dir)).filter((name) => name.startsWith(`${path.basename(dir)}.`)),
  ...(existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('.planverk-')) : []),
];

async function oldSite(at: string): Promise<void> {
  await mkdir(path.join(at, 'plan'), { recursive: true });
  await writeFile(path.join(at, 'index.html'), 'förra bygget');
  await writeFile(path.join(at, 'plan', 'index.html'), 'förra planen');
  await writeFile(path.join(at, 'FORRA-BYGGET'), 'markör');
}

const isNewSite = async (at: string) =>
  (await readFile(path.join(at, 'index.html'), 'utf8')) === 'nytt bygge' && (await readFile(path.join(at, 'plan', 'index.html'), 'utf8')) === 'ny plan' && !existsSync(path.join(at, 'FORRA-BYGGET'));

beforeEach(async () => {
  await mkdir(path.join(ROOT, 'test-output/builds'), { recursive: true });
  work = await mkdtemp(path.join(ROOT, 'test-output/builds/output-'));
  made.push(work);
  dist = path.join(work, 'dist');
  await oldSite(dist);
});

afterAll(async () => {
  // Only this file's folders: other build tests share test-output/builds/ and may be running.
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('replacing dist/', () => {
  it('swaps an ordinary folder', async () => {
    const result = driver('publish', dist);
    expect(result).toMatchObject({ ok: true, inPlace: false });
    expect(await isNewSite(dist)).toBe(true);
    expect(leftovers(dist)).toEqual([]);
  });

  it('moves the replaced site into the trash folder, for the next build to empty', async () => {
    const trash = path.join(work, 'cache', 'trash');
    expect(driver('publish', dist, [], trash)).toMatchObject({ ok: true, inPlace: false });
    expect(await isNewSite(dist)).toBe(true);
    expect(leftovers(dist)).toEqual([]);
    const [replaced, ...more] = readdirSync(trash);
    expect(more).toEqual([]);
    expect(await readFile(path.join(trash, replaced!, 'FORRA-BYGGET'), 'utf8')).toBe('markör');
    await emptyTrash(trash);
    expect(readdirSync(trash)).toEqual([]);
  });

  it('removes the replaced site at once when it cannot be moved into the trash (EXDEV)', async () => {
    const trash = path.join(work, 'cache', 'trash');
    const result = driver('publish', dist, [{ calls: ['rename'], match: '/cache/trash/', code: 'EXDEV' }], trash);
    expect(result).toMatchObject({ ok: true, inPlace: false });
    expect(await isNewSite(dist)).toBe(true);
    expect(leftovers(dist)).toEqual([]);
    expect(readdirSync(trash)).toEqual([]);
  });

  it('empties a trash folder of nested entries, and takes a missing one in its stride', async () => {
    const trash = path.join(work, 'trash');
    await oldSite(path.join(trash, '1-1'));
    await oldSite(path.join(trash, '2-2'));
    await emptyTrash(trash);
    expect(readdirSync(trash)).toEqual([]);
    await expect(emptyTrash(path.join(work, 'saknas'))).resolves.toBeUndefined();
  });

  it('keeps a symbolic link and publishes into the folder it points to', async () => {
    const real = path.join(work, 'elsewhere', 'site');
    await mkdir(path.dirname(real));
    await rm(dist, { recursive: true });
    await oldSite(real);
    await symlink(real, dist);
    const result = driver('publish', dist);
    expect(result).toMatchObject({ ok: true });
    expect((await lstat(dist)).isSymbolicLink()).toBe(true);
    expect(await readlink(dist)).toBe(real);
    expect(await isNewSite(real)).toBe(true);
    expect(leftovers(real)).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['dist', 'elsewhere']);
  });

  it('fills a mount point in place when dist/ itself cannot be renamed (EBUSY)', async () => {
    const inode = statSync(dist).ino;
    const result = driver('publish', dist, [{ calls: ['rename'], match: dist, exact: true, code: 'EBUSY' }]);
    expect(result).toMatchObject({ ok: true });
    expect(statSync(dist).ino).toBe(inode);
    expect(await isNewSite(dist)).toBe(true);
    expect(leftovers(dist)).toEqual([]);
  });

  it('stages inside dist/ when a rename from beside it cannot cross into it (EXDEV)', async () => {
    const inode = statSync(dist).ino;
    const result = driver('publish', dist, [{ calls: ['rename'], match: '.planverk-probe-', code: 'EXDEV' }]);
    expect(result).toMatchObject({ ok: true, inPlace: true });
    expect(statSync(dist).ino).toBe(inode);
    expect(await isNewSite(dist)).toBe(true);
    expect(leftovers(dist)).toEqual([]);
  });

  it('puts the old site back when filling in place fails half-way', async () => {
    const before = await treeHash(dist);
    // dist/ cannot be renamed; moving the new plan folder in fails after the old one moved out.
    const result = driver('publish', dist, [
      { calls: ['rename'], match: dist, exact: true, code: 'EBUSY' },
      { calls: ['rename'], match: path.join(dist, 'plan'), exact: true, after: 1, times: 1, code: 'EIO' },
    ]);
    expect(result).toMatchObject({ ok: false, code: 'EIO' });
    expect(await treeHash(dist)).toBe(before);
    expect(leftovers(dist)).toEqual([]);
  });

  it('refuses a read-only dist/ in Swedish before anything is built', async () => {
    const before = await treeHash(dist);
    const result = driver('publish', dist, [{ calls: ['mkdir'], match: 'tmp-', code: 'EROFS' }]);
    expect(result).toMatchObject({ ok: false, swedish: true });
    expect(result.message).toMatch(/går inte att skriva till \(EROFS\).*gamla webbplatsen är orörd/);
    expect(await treeHash(dist)).toBe(before);
    expect(leftovers(dist)).toEqual([]);
  });

  it('refuses in Swedish when dist/ turns out not to be replaceable at publish (EACCES)', async () => {
    const before = await treeHash(dist);
    const result = driver('publish', dist, [{ calls: ['rename'], match: dist, exact: true, code: 'EACCES' }]);
    expect(result).toMatchObject({ ok: false, swedish: true });
    expect(result.message).toMatch(/går inte att skriva till \(EACCES\)/);
    expect(await treeHash(dist)).toBe(before);
    expect(leftovers(dist)).toEqual([]);
  });

  it('restores the old site after a fill in place was killed half-way', async () => {
    // What a build killed while filling leaves: the old site in the hidden folder, part of the new one in dist/.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const hidden = path.join(dist, `.planverk-old-${dead}`);
    const expected = await treeHash(dist);
    await oldSite(hidden);
    for (const name of ['index.html', 'FORRA-BYGGET']) await rm(path.join(dist, name));
    await rm(path.join(dist, 'plan'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), 'halvt nytt bygge');
    expect(driver('recover', dist)).toMatchObject({ ok: true });
    expect(await treeHash(dist)).toBe(expected);
  });
});

describe('the build lock', () => {
  it('refuses while another live process holds it, and takes over a dead one\'s', async () => {
    const lock = `${dist}.lock`;
    await writeFile(lock, `${process.pid}\n`);
    const refused = driver('lock', dist);
    expect(refused).toMatchObject({ ok: false, swedish: true });
    expect(refused.message).toContain(`ett annat bygge pågår (process ${process.pid})`);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);

    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(lock, `${dead}\n`);
    expect(driver('lock', dist)).toMatchObject({ ok: true, lock });
    // Released at exit.
    expect(existsSync(lock)).toBe(false);
  });

  it('lies inside dist/ when nothing may be written beside it', async () => {
    const result = driver('lock', dist, [{ calls: ['open'], match: `${dist}.lock`, code: 'EACCES' }]);
    expect(result).toMatchObject({ ok: true, lock: path.join(dist, '.planverk-lock') });
    // Filling dist/ in place leaves a lock there where it is (it is not part of the old site).
    await writeFile(path.join(dist, '.planverk-lock'), `${process.pid}\n`);
    expect(driver('publish', dist, [{ calls: ['rename'], match: dist, exact: true, code: 'EBUSY' }])).toMatchObject({ ok: true });
    expect(await isNewSite(dist)).toBe(true);
    expect(await readFile(path.join(dist, '.planverk-lock'), 'utf8')).toBe(`${process.pid}\n`);
  });
});
