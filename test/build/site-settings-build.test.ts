/**
 * A broken webbplats.yaml stops `npm run build` like a broken plan: the same
 * file:line:col  field  message lines as `npm run check`, exit 1, no stack trace, and
 * dist/ byte for byte as it was (nothing half-written, no staging folder left).
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './run-build';
import { treeHash } from './tree-hash';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(ROOT, 'test-output/builds');

let work: string;
let content: string;
let dist: string;

beforeAll(async () => {
  await mkdir(BUILD_DIR, { recursive: true });
  work = await mkdtemp(path.join(BUILD_DIR, 'settings-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  await cp(path.join(ROOT, 'test/site/fixtures/alla-block'), path.join(content, 'alla-block'), { recursive: true });
  await cp(path.join(ROOT, 'test/fixtures/site-settings/ogiltig/webbplats.yaml'), path.join(content, 'webbplats.yaml'));
  // A previous site, which must survive the failed build untouched.
  await mkdir(path.join(dist, 'alla-block'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>förra bygget</title>\n');
  await writeFile(path.join(dist, 'alla-block', 'index.html'), 'förra sidan\n');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run build with a broken webbplats.yaml', () => {
  it('stops before anything is built, prints the settings errors as file:line:col lines, and leaves dist/ as it was', async () => {
    const before = await treeHash(dist);
    const run = await runBuild({ PLANVERK_CONTENT: content, PLANVERK_DIST: dist, PLANVERK_CACHE: path.join(work, 'cache') });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/content\/webbplats\.yaml:9:11  accessibility\.status  Ogiltigt värde "delvis"\./);
    expect(run.output).toMatch(/content\/webbplats\.yaml:7:10  contact\.email  Ogiltig e-postadress\./);
    expect(run.output).toContain('webbplats.yaml har fel; inget byggdes och dist/ är orörd.');
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(await treeHash(dist)).toBe(before);
    expect((await readdir(work)).sort()).toEqual(['cache', 'content', 'dist']);
  }, 120_000);
});
