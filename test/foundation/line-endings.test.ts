/**
 * Plans saved with CR (old Mac), CRLF (Windows) or LF line endings read the same: the same
 * problems at the same line and column, and the same text in the model.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../src/derive/derive-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

const ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

/** The minimal plan with `edit` applied to its files, saved with the given line ending. */
async function planWithEndings(eol: string, edit: (file: string, text: string) => string = (_, text) => text) {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-eol-')));
  const dir = path.join(root, 'plan');
  await cp('test/fixtures/valid/minimal', dir, { recursive: true });
  for (const file of ['plan.yaml', 'inledning.md']) {
    const target = path.join(dir, file);
    await writeFile(target, edit(file, await readFile(target, 'utf8')).replace(/\n/g, eol));
  }
  return checkPlans(root, [dir]);
}

const located = (problems: { code: string; line: number; column: number; path: string }[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.path}`);

const lines = (text: string, at: number, replacement: string) => {
  const all = text.split('\n');
  all[at - 1] = replacement;
  return all.join('\n');
};

describe.each(Object.entries(ENDINGS))('%s line endings', (_, eol) => {
  it('locate a model error on line 5 at line 5', async () => {
    const { problems } = await planWithEndings(eol, (file, text) => (file === 'plan.yaml' ? lines(text, 5, '  name: [1, 2]') : text));
    expect(located(problems)).toEqual(['5:9 fel-typ organisation.name']);
  });

  it('locate a YAML syntax error on line 5 at line 5', async () => {
    const { problems } = await planWithEndings(eol, (file, text) => (file === 'plan.yaml' ? lines(text, 5, '  name: "Testenheten') : text));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 5]]);
  });

  it('locate an error in a Markdown file\'s front matter at its line', async () => {
    const { problems } = await planWithEndings(eol, (file, text) => (file === 'inledning.md' ? text.replace('numbered: true', 'numbered: kanske') : text));
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.line}:${p.column} ${p.code}`)).toEqual(['inledning.md:2:11 fel-typ']);
  });

  it('locate a byte that is not UTF-8 on line 3 at line 3', async () => {
    const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-eol-')));
    const dir = path.join(root, 'plan');
    await cp('test/fixtures/valid/minimal', dir, { recursive: true });
    const text = (await readFile(path.join(dir, 'plan.yaml'), 'utf8')).replace(/\n/g, eol);
    const bytes = Buffer.from(text.replace('kind: verksamhetsplan', 'kind: verksamhets\u0000plan'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xff;
    await writeFile(path.join(dir, 'plan.yaml'), bytes);
    const { problems } = await checkPlans(root, [dir]);
    expect(located(problems)).toEqual(['3:18 inte-utf8 ']);
  });

  it('read text as if written with LF', async () => {
    const { problems, plans } = await planWithEndings(eol, (file, text) => (file === 'plan.yaml'
      ? text.replace('caption: Årshjul 2020.', 'caption: |\n          Årshjul\n          2020.')
      : text));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sections = [...walkSections(plans[0]!.sections)];
    const figure = sections.flatMap((s) => s.blocks).find((b) => b.type === 'figure');
    // The caption is in the figure's derived part (the written block is not passed through).
    const part = figure?.type === 'figure' ? figure.parts[0] : undefined;
    expect(part?.kind === 'figure' && part.caption?.text).toBe('Årshjul\n2020.\n');
    const intro = sections.find((s) => s.title === 'Inledning')!;
    expect(intro.body).toBe('Testenheten är en **gemensam resurs** för länets kommuner.\n\n- första punkten\n  - underpunkt\n');
    expect(JSON.stringify(plans[0]!.plan)).not.toContain('\\r');
  });
});
