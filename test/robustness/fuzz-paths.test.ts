/**
 * Hostile plan folder names and `file:`/`image:` paths (issue 16, classes 1 and 5): `..`,
 * `%2e`, `#`, `?`, control characters, Unicode, very long segments, and links in the middle
 * of a path that lead into content/ or out of it. checkPlans never throws or hangs, never
 * returns a byte of a secret file outside content/, accepts a file only when its real path
 * lies inside content/, and either accepts a name that is URL- and file-safe or refuses it
 * at plan.yaml:1:1. Fixed seed and few runs here; `npm run fuzz` runs thousands.
 */
import fc from 'fast-check';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPlanDirs } from '../../src/load/discover-plans';
import { isInside } from '../../src/load/resolve-plan-file';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { TINY_PNG } from './arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? Date.now() % 2 ** 31 : 20261206;
const PER_CASE_MS = 5000;
const SECRET = 'HEMLIGT-7f3a9c-UTANFOR-CONTENT';

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hängde i mer än ${ms} ms`)), ms))]);

/**
 * What the site writes at the top of dist/ besides the plans; kept apart from
 * src/load/plan-name.ts on purpose, so the test is an independent oracle.
 */
const SITE_NAMES = ['index', 'sok', 'pagefind', '_astro', 'favicon.svg', 'index.html'];
const isPublishable = (name: string) =>
  name.length <= 80 && encodeURIComponent(name) === name && name === name.toLowerCase() && !/[._~!*'()]/.test(name)
  && !name.startsWith('-') && !name.endsWith('-') && !SITE_NAMES.includes(name) && !/^pagefind-\d+$/.test(name);

/** A name the file system can hold as given (one component, UTF-8 round trip, ≤ 255 bytes). */
const storable = (name: string) =>
  name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\0') && !name.startsWith('_')
  && Buffer.byteLength(name) <= 255 && Buffer.from(name).toString() === name;

const nameArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('sok', 'pagefind', 'pagefind-4', 'index', 'favicon.svg', 'index.html', 'a#b?c', '%2e%2e', '%2E%2e%2f', '..%2f', '.dold', '...', 'Åre-2020', 'göteborg', 'min plan', 'con', 'lpt1', 'x'.repeat(253), 'a'.repeat(81), 'a'.repeat(80), '-a', 'a-', 'a\u001b[31mb', 'a\u200bb', '\u202eabc', 'a\\b', 'a:b', 'a"b', 'ny\nrad', 'fou-jamt-2099') },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 70, max: 250 }).map((n) => 'p'.repeat(n)) },
).filter(storable);

/** Segments of a path: links into and out of content/, escapes, odd characters. */
const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('in', 'ut', 'in/ut2', 'utfil.md', 'infil.md', 'inledning.md', 'delat.md', 'hemlighet.md', 'bild.png', 'hemlig.png', '..', '.', '', '%2e%2e', '%2e%2e%2fut', 'a#b', 'q?x.png', 'ÅÄÖ.md', '\u0007', '\t', '~', '$HOME', 'file:', 'C:', 'ut\\hemlighet.md', '..\\..', 'x'.repeat(300)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
);
const hostilePath = fc.tuple(fc.constantFrom('', '', '', '/', 'ABS'), fc.array(segment, { minLength: 1, maxLength: 4 }))
  .map(([prefix, parts]) => ({ prefix, parts }));
/** Half of the time a path that may be read (also through a link that stays in content/). */
const pathArbitrary = (...allowed: string[]) => fc.oneof(
  fc.constantFrom(...allowed).map((written) => ({ prefix: '', parts: [written] })),
  hostilePath,
);
const fileArbitrary = pathArbitrary('inledning.md', './inledning.md', 'in/delat.md', 'infil.md');
const imageArbitrary = pathArbitrary('bild.png', 'in/bild.png');

describe('fuzzing plan names and paths', () => {
  let base: string;
  let root: string;
  let template: string;

  beforeAll(async () => {
    base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'planverk-fuzz-paths-')));
    // Outside content/: a folder with a secret text and a secret image.
    await mkdir(path.join(base, 'hemlig'));
    await writeFile(path.join(base, 'hemlig', 'hemlighet.md'), `${SECRET}\n`);
    await writeFile(path.join(base, 'hemlig', 'hemlig.png'), Buffer.concat([TINY_PNG, Buffer.from(SECRET)]));
    root = await resolveContentRoot(await mkdir(path.join(base, 'content'), { recursive: true }).then(() => path.join(base, 'content')));
    // Inside content/: shared files, and a link from there back out (in/ut2 goes in, then out).
    await mkdir(path.join(root, '_delat'));
    await writeFile(path.join(root, '_delat', 'delat.md'), 'Delad text.\n');
    await writeFile(path.join(root, '_delat', 'bild.png'), TINY_PNG);
    await symlink('../../hemlig', path.join(root, '_delat', 'ut2'));
    template = path.join(root, '_mall');
    await cp('test/fixtures/valid/minimal', template, { recursive: true });
  });

  /** A plan folder named `name` whose section file and figure image are the given paths. */
  async function writePlan(name: string, file: string, image: string): Promise<string> {
    const dir = path.join(root, name);
    await cp(template, dir, { recursive: true });
    await writeFile(path.join(dir, 'bild.png'), TINY_PNG);
    await symlink('../_delat', path.join(dir, 'in'));
    await symlink(path.join(base, 'hemlig'), path.join(dir, 'ut'));
    await symlink('../_delat/delat.md', path.join(dir, 'infil.md'));
    await symlink(path.join(base, 'hemlig', 'hemlighet.md'), path.join(dir, 'utfil.md'));
    await symlink(path.join(base, 'hemlig', 'hemlig.png'), path.join(dir, 'hemlig.png'));
    const yaml = (await readFile(path.join(template, 'plan.yaml'), 'utf8'))
      .replace('file: inledning.md', `file: ${JSON.stringify(file)}`)
      .replace('        generated: wheel\n', `        image: ${JSON.stringify(image)}\n`);
    await writeFile(path.join(dir, 'plan.yaml'), yaml);
    return dir;
  }

  const join = ({ prefix, parts }: { prefix: string; parts: string[] }) =>
    (prefix === 'ABS' ? `${base}/` : prefix) + parts.join('/');

  /** Where a path written in the plan really leads (all links followed), or undefined. */
  const realTarget = (dir: string, written: string) => realpath(path.resolve(dir, written)).catch(() => undefined);

  it(`never throws, never reads outside content/, and judges every name (${RUNS} runs, seed ${SEED})`, async () => {
    let accepted = 0;
    let refusedNames = 0;
    await fc.assert(
      fc.asyncProperty(nameArbitrary, fileArbitrary, imageArbitrary, async (name, fileParts, imageParts) => {
        const file = join(fileParts);
        const image = join(imageParts);
        if (file.includes('\0') || image.includes('\0')) return;
        const dir = await writePlan(name, file, image);
        try {
          const result = await withTimeout(checkPlans(root, [dir]), PER_CASE_MS);
          // Nothing of the secret file travels in problems or models.
          expect(JSON.stringify(result)).not.toContain(SECRET);
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.column).toBeGreaterThanOrEqual(1);
            // Located in a file of the plan, as written (never a path outside content/).
            expect(isInside(root, path.resolve(problem.file)), problem.file).toBe(true);
            expect(problem.message).not.toMatch(/\b(undefined|NaN|ENOENT|ENAMETOOLONG|EISDIR|ELOOP)\b|\n\s+at /);
          }
          // A name is accepted only when it is publishable, and refused at plan.yaml:1:1 otherwise.
          const refusal = result.problems.find((p) => p.code === 'ogiltigt-mappnamn');
          if (refusal) {
            refusedNames++;
            expect(refusal).toMatchObject({ severity: 'error', line: 1, column: 1, path: '' });
            expect(refusal.file.endsWith(`/plan.yaml`)).toBe(true);
            expect(refusal.message).toMatch(/t\.ex\. till "[a-z0-9-]+"\.$/);
          } else {
            expect(isPublishable(name), JSON.stringify(name)).toBe(true);
          }
          // A plan that passes read its files from inside content/ only.
          if (result.plans.length > 0) {
            accepted++;
            for (const written of [file, image]) {
              const real = await realTarget(dir, written);
              expect(real !== undefined && isInside(root, real), written).toBe(true);
            }
          }
          // Discovery finds the folder (no page is silently left out).
          expect((await discoverPlanDirs(root)).map((d) => path.basename(d))).toContain(name);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The generators reach both sides of each judgement.
    expect(refusedNames).toBeGreaterThan(0);
    expect(refusedNames).toBeLessThan(RUNS);
    if (RUNS >= 50) expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
