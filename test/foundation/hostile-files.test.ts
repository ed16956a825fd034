/**
 * Files an editor should never be able to hurt us with: huge, out-of-tree, not a file,
 * absurdly nested. Each ends in a clear Swedish problem naming the file, quickly.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import type { Problem } from '../../src/problems';

async function planWith(setup: (dir: string) => Promise<void>): Promise<{ problems: Problem[]; ms: number }> {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-hostile-')));
  const dir = path.join(root, 'plan');
  await cp('test/fixtures/valid/minimal', dir, { recursive: true });
  await setup(dir);
  const started = performance.now();
  const { problems } = await checkPlans(root, [dir]);
  return { problems, ms: performance.now() - started };
}

/** Replaces one piece of the fixture plan's YAML. */
async function editPlan(dir: string, from: string, to: string): Promise<void> {
  const file = path.join(dir, 'plan.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(from, to));
}

export const RUNTIME_CODES = new Set<string>();
const codes = (problems: Problem[]) => {
  for (const p of problems) RUNTIME_CODES.add(p.code);
  return problems.map((p) => p.code);
};

describe('hostile files', () => {
  it('rejects a 50 MB plan file without reading it', async () => {
    const { problems, ms } = await planWith(async (dir) => {
      await writeFile(path.join(dir, 'plan.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    });
    expect(codes(problems)).toEqual(['fil-for-stor']);
    expect(problems[0]!.message).toMatch(/för stor \(50 MB\)/);
    expect(problems[0]!.file).toMatch(/plan\.yaml$/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a section file that is a symlink out of content/', async () => {
    const { problems } = await planWith(async (dir) => {
      await writeFile(path.join(os.tmpdir(), 'planverk-secret.md'), 'hemligt');
      await symlink(path.join(os.tmpdir(), 'planverk-secret.md'), path.join(dir, 'lank.md'));
      await editPlan(dir, 'file: inledning.md', 'file: lank.md');
    });
    expect(codes(problems)).toEqual(['fil-utanfor-content']);
    expect(problems[0]!.message).toMatch(/pekar utanför mappen content/);
  });

  it('refuses a figure image that is a symlink to /etc/passwd', async () => {
    const { problems } = await planWith(async (dir) => {
      await symlink('/etc/passwd', path.join(dir, 'bild.png'));
      await editPlan(dir, '        generated: wheel\n', '        image: bild.png\n');
    });
    expect(codes(problems)).toEqual(['fil-utanfor-content']);
  });

  it('refuses a section file behind a linked folder in the middle of the path (ext -> /etc)', async () => {
    const { problems } = await planWith(async (dir) => {
      await symlink('/etc', path.join(dir, 'ext'));
      await editPlan(dir, 'file: inledning.md', 'file: ext/passwd');
    });
    expect(codes(problems)).toEqual(['fil-utanfor-content']);
    expect(problems[0]!.message).toMatch(/mapp på vägen dit/);
  });

  it('refuses a figure image behind a linked folder that climbs out of content/ (up -> ../..)', async () => {
    const { problems } = await planWith(async (dir) => {
      await symlink('../..', path.join(dir, 'up'));
      await writeFile(path.join(path.dirname(path.dirname(dir)), 'planverk-secret.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      await editPlan(dir, '        generated: wheel\n', '        image: up/planverk-secret.png\n');
    });
    expect(codes(problems)).toEqual(['fil-utanfor-content']);
    expect(problems[0]!.path).toMatch(/\.image$/);
  });

  it('reads a section file behind a linked folder that stays inside content/', async () => {
    const { problems } = await planWith(async (dir) => {
      await mkdir(path.join(path.dirname(dir), 'delat'));
      await cp(path.join(dir, 'inledning.md'), path.join(path.dirname(dir), 'delat', 'inledning.md'));
      await symlink('../delat', path.join(dir, 'delat'));
      await editPlan(dir, 'file: inledning.md', 'file: delat/inledning.md');
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads a section file whose name starts with two dots (it lies inside the folder)', async () => {
    const { problems } = await planWith(async (dir) => {
      await cp(path.join(dir, 'inledning.md'), path.join(dir, '..inledning.md'));
      await editPlan(dir, 'file: inledning.md', 'file: ..inledning.md');
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a named pipe given as an image instead of blocking on it', async () => {
    const { problems, ms } = await planWith(async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'ror.png')]);
      await editPlan(dir, '        generated: wheel\n', '        image: ror.png\n');
    });
    expect(codes(problems)).toEqual(['inte-en-fil']);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a folder given as an image', async () => {
    const { problems } = await planWith(async (dir) => {
      await mkdir(path.join(dir, 'mapp.png'));
      await editPlan(dir, '        generated: wheel\n', '        image: mapp.png\n');
    });
    expect(codes(problems)).toEqual(['inte-en-fil']);
  });

  it('reports a figure image over 10 MB', async () => {
    const { problems } = await planWith(async (dir) => {
      const png = Buffer.alloc(11 * 1024 * 1024);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
      await writeFile(path.join(dir, 'stor.png'), png);
      await editPlan(dir, '        generated: wheel\n', '        image: stor.png\n');
    });
    expect(codes(problems)).toEqual(['bild-for-stor']);
  });

  it('reports a section file that is a folder', async () => {
    const { problems } = await planWith(async (dir) => {
      await mkdir(path.join(dir, 'mapp.md'));
      await editPlan(dir, 'file: inledning.md', 'file: mapp.md');
    });
    expect(codes(problems)).toEqual(['inte-en-fil']);
  });

  it('survives YAML nested ten thousand levels deep', async () => {
    const { problems, ms } = await planWith(async (dir) => {
      await writeFile(path.join(dir, 'plan.yaml'), `${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'error' && p.file.endsWith('plan.yaml'))).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Filen är för djupt nästlad/)]);
    codes(problems);
    expect(ms).toBeLessThan(5000);
  });
});
