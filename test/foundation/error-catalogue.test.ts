/**
 * docs/fel.md lists every problem code, and every code it lists is produced by a fixture
 * (a plan in test/fixtures/invalid, or a webbplats.yaml in test/fixtures/site-settings),
 * or, for files that cannot be committed, by hostile-files.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans, checkSiteSettings, resolveContentRoot } from '../../src/pipeline';

/** Codes proven by test/foundation/hostile-files.test.ts (huge files, symlinks, folders). */
const RUNTIME_ONLY = ['fil-for-stor', 'fil-utanfor-content', 'inte-en-fil', 'bild-for-stor'];
/** Produced by the content plans themselves (their figures are missing in the sources). */
const FROM_CONTENT = ['figur-saknas'];

const documented = [...readFileSync('docs/fel.md', 'utf8').matchAll(/^### (.+)$/gm)]
  .flatMap((m) => [...m[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((c) => c[1]!));

describe('error catalogue docs/fel.md', () => {
  it('documents every code the fixture corpus produces, and nothing unproven', async () => {
    const root = await resolveContentRoot('test/fixtures/invalid');
    const produced = new Set<string>();
    for (const name of readdirSync(root)) {
      const { problems } = await checkPlans(root, [path.join(root, name)]);
      for (const problem of problems) produced.add(problem.code);
    }
    // The site settings: a webbplats.yaml per folder of test/fixtures/site-settings, and none at all.
    for (const name of readdirSync('test/fixtures/site-settings')) {
      for (const problem of (await checkSiteSettings(path.resolve('test/fixtures/site-settings', name))).problems) produced.add(problem.code);
    }
    for (const problem of (await checkSiteSettings(path.resolve('test/fixtures/valid'))).problems) produced.add(problem.code);
    for (const code of produced) expect(documented, `${code} saknas i docs/fel.md`).toContain(code);
    for (const code of documented) {
      expect(produced.has(code) || RUNTIME_ONLY.includes(code) || FROM_CONTENT.includes(code), `${code} har inget prov`).toBe(true);
    }
  });

  it('names only fixture folders that exist', () => {
    const text = readFileSync('docs/fel.md', 'utf8');
    const named = [...text.matchAll(/\*Prov:\*([^\n]*(?:\n(?!\n|#)[^\n]*)*)/g)].flatMap((m) => [...m[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((c) => c[1]!));
    const folders = readdirSync('test/fixtures/invalid');
    expect(named.length).toBeGreaterThan(30);
    for (const name of named) expect(folders, name).toContain(name);
  });
});
