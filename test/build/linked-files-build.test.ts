/**
 * `npm run build` follows what a plan reads through a link that stays inside content/
 * (content/plan/delat -> ../delat): an edit behind the link rebuilds the plan's page and
 * PDF, and an error behind it stops the build with dist/ left as it was (it used to say
 * `klart` with the old text while check failed). A plan folder whose name the site
 * cannot publish (`sok`, the search page) stops the build instead of losing its page.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './run-build';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(ROOT, 'test-output/builds');

let work: string;
let content: string;
let dist: string;
let shared: string;

const build = () => runBuild({ PLANVERK_CONTENT: content, PLANVERK_DIST: dist, PLANVERK_CACHE: path.join(work, 'cache') });

async function distHashes(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const full = path.join(file.parentPath, file.name);
    out[path.relative(dist, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return out;
}

beforeAll(async () => {
  await mkdir(BUILD_DIR, { recursive: true });
  work = await mkdtemp(path.join(BUILD_DIR, 'linked-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  const dir = path.join(content, 'testenheten');
  await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), dir, { recursive: true });
  shared = path.join(content, '_delat', 'inledning.md');
  await mkdir(path.dirname(shared));
  await cp(path.join(dir, 'inledning.md'), shared);
  await symlink('../_delat', path.join(dir, 'delat'));
  const yaml = path.join(dir, 'plan.yaml');
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('file: inledning.md', 'file: delat/inledning.md'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run build and files behind a link inside content/', () => {
  it('rebuilds the page and PDF after an edit behind the link', async () => {
    const first = await build();
    expect(first.code, first.output).toBe(0);
    const before = await distHashes();
    expect(await readFile(path.join(dist, 'testenheten/index.html'), 'utf8')).toContain('gemensam resurs');

    await writeFile(shared, (await readFile(shared, 'utf8')).replace('gemensam resurs', 'delad resurs'));
    const again = await build();
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('bygger webbplatsen (1 av 1 planer ändrade)');
    expect(await readFile(path.join(dist, 'testenheten/index.html'), 'utf8')).toContain('delad resurs');
    const after = await distHashes();
    expect(after['testenheten/testenheten.pdf']).not.toBe(before['testenheten/testenheten.pdf']);
  }, 300_000);

  it('stops on an error behind the link and leaves dist/ as it was', async () => {
    const before = await distHashes();
    await writeFile(shared, '---\nnumbered: [\n---\nText.\n');
    const run = await build();
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/_delat\/inledning\.md:\d+:\d+|delat\/inledning\.md:\d+:\d+/);
    expect(run.output).toContain('dist/ är orörd');
    expect(run.output).not.toContain('klart');
    expect(await distHashes()).toEqual(before);
  }, 300_000);

  it('stops on a plan folder named sok instead of losing its page behind the search page', async () => {
    await writeFile(shared, 'Text.\n');
    await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), path.join(content, 'sok'), { recursive: true });
    const before = await distHashes();
    const run = await build();
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/sok\/plan\.yaml:1:1 {2}- {2}Mappnamnet "sok" är upptaget.*t\.ex\. till "sok-plan"/);
    expect(await distHashes()).toEqual(before);
  }, 300_000);
});
