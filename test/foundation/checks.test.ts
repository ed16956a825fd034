/**
 * Issue 18 §6, checks that real editing needs: table rows with the wrong number of cells,
 * placeholders and template sentences left behind (warnings in a draft, errors once
 * fastställd), elisions that are not placeholders, dash cells that stay dashes, and
 * duplicate ids naming both places. The exact messages of the broken plans are in
 * test/fixtures/invalid/<name>/expected.txt (invalid-fixtures.test.ts); this file tests
 * the rules behind them.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createPlan } from '../../src/authoring/create-plan';
import { isLoneDash, parseMarkdown } from '../../src/markdown/parse-markdown';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem, type Problem } from '../../src/problems';
import { templateSentences } from '../../src/validate/template-sentences';

async function problemsOf(plan: Record<string, unknown>, files: Record<string, string> = {}): Promise<Problem[]> {
  const contentRoot = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-checks-')));
  const dir = path.join(contentRoot, 'plan');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'plan.yaml'), stringify(plan));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return (await checkPlans(contentRoot, [dir])).problems;
}

const plan = (status: 'utkast' | 'fastställd', sections: unknown[]) => ({
  title: 'Testplan', kind: 'verksamhetsplan', organisation: { name: 'FoU Test' }, period: { start: 2024 }, status, sections,
});
const textSection = (body: string) => ({ id: 'text', title: 'Text', body });

describe('table rows must have as many cells as the table has columns', () => {
  it('names the row, the expected and the actual count, at the row’s line', async () => {
    const problems = await problemsOf(plan('utkast', [{
      id: 't', title: 'Tabell', blocks: [{ type: 'table', columns: ['A', 'B', 'C'], rows: [['1', '2', '3'], ['1'], ['1', '2', '3', '4', '5'], []] }],
    }]));
    expect(problems.map((p) => [p.code, p.severity, p.path, p.line])).toEqual([
      ['tabellrad-fel-antal-celler', 'error', 'sections[0].blocks[0].rows[1]', 21],
      ['tabellrad-fel-antal-celler', 'error', 'sections[0].blocks[0].rows[2]', 22],
      ['tabellrad-fel-antal-celler', 'error', 'sections[0].blocks[0].rows[3]', 27],
    ]);
    expect(problems[0]!.message).toBe('Rad 2 i tabellen har för få celler: 1 cell, men tabellen har 3 kolumner. Lägg till eller ta bort celler så att raden har 3; skriv "" för en tom cell.');
    expect(problems[1]!.message).toMatch(/^Rad 3 i tabellen har för många celler: 5 celler, men tabellen har 3 kolumner\./);
    expect(problems[2]!.message).toMatch(/^Rad 4 i tabellen har för få celler: 0 celler/);
  });
});

describe('placeholders', () => {
  const warned = async (body: string) => (await problemsOf(plan('utkast', [textSection(body)]))).filter((p) => p.code === 'platshallare').map((p) => p.message);

  it.each([
    ['Budgeten är xxx kronor.', '"XX" eller "xxx"'],
    ['Antal: XX.', '"XX" eller "xxx"'],
    ['Beslut fattas 20xx-xx-xx.', 'ett datum som inte är ifyllt'],
    ['Beslut fattas 2024-xx-xx.', 'ett datum som inte är ifyllt'],
    ['Beslut fattas 2024-05-xx.', 'ett datum som inte är ifyllt'],
    ['Deltagare: [fyll i antal kommuner].', 'en platshållare "[fyll i …]"'],
    ['Deltagare: [Fyll i].', 'en platshållare "[fyll i …]"'],
    ['Vem ansvarar???', 'frågetecken'],
  ])('warns about %j', async (body, what) => {
    const messages = await warned(body);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(what);
    expect(messages[0]).toMatch(/Fyll i eller ta bort\.$/);
  });

  it.each([
    'Kommunerna ska […] ges förutsättningar.',
    'Kommunerna ska [...] ges förutsättningar.',
    'Beslut fattades 2024-05-13.',
    'Taxxi och xx och XXI:a århundradet.',
    'Se rapporten [Fyllnadsgrad 2023].',
  ])('does not warn about %j', async (body) => {
    expect(await warned(body)).toEqual([]);
  });

  it('is a warning in a draft and an error once the plan is fastställd', async () => {
    const draft = await problemsOf(plan('utkast', [textSection('Budgeten är xxx kronor.')]));
    const adopted = await problemsOf(plan('fastställd', [textSection('Budgeten är xxx kronor.')]));
    expect(draft.map((p) => p.severity)).toEqual(['warning']);
    expect(adopted.map((p) => p.severity)).toEqual(['error']);
    expect(adopted[0]!.message).toMatch(/En fastställd plan får inte ha kvar platshållare eller mallens text\.$/);
  });
});

describe('template sentences left unchanged', () => {
  it('are read from templates/, not written again in the code', async () => {
    const sentences = templateSentences();
    const template = await readFile('templates/verksamhetsplan/plan.yaml', 'utf8');
    expect(sentences).toContain('Skriv en inledning: vilka ni är, vem som finansierar verksamheten och vem som fastställer planen.');
    expect(sentences).toContain('Beskriv målet.');
    expect(sentences).toContain('Beskriv syftet.');
    for (const sentence of sentences) expect(template.replace(/\s+/g, ' ') + (await readFile('templates/handlingsplan/plan.yaml', 'utf8')).replace(/\s+/g, ' ')).toContain(sentence);
    // Names and examples in the templates are not instructions.
    expect(sentences).not.toContain('Årshjul.');
  });

  it('a plan fresh from npm run new is warned about each instruction, and has no errors', async () => {
    const contentRoot = await mkdtemp(path.join(os.tmpdir(), 'planverk-checks-new-'));
    const dir = await createPlan({ contentRoot, templatesRoot: 'templates', id: 'ny-plan', template: 'verksamhetsplan', year: 2027, organisation: 'FoU Test' });
    const problems = (await checkPlans(contentRoot, [dir])).problems;
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const left = problems.filter((p) => p.code === 'malltext-kvar');
    expect(left.length).toBeGreaterThanOrEqual(5);
    expect(left.map((p) => p.path)).toContain('sections[1].body');
    expect(left.find((p) => p.path === 'sections[1].body')!.message).toBe('Texten är kvar från mallen: "Skriv en inledning: vilka ni är, vem som finansierar…". Skriv er egen text i stället.');
  });

  it('an edited sentence is no longer template text', async () => {
    const problems = await problemsOf(plan('utkast', [textSection('Beskriv målet tydligare än i fjol.')]));
    expect(problems).toEqual([]);
  });

  it('is an error once the plan is fastställd', async () => {
    const problems = await problemsOf(plan('fastställd', [textSection('Vi har arbetat länge.\n\nBeskriv årets prioriteringar.')]));
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['malltext-kvar', 'error']]);
  });

  it('is an error once every decision on the plan is taken, and a warning while one is planned', async () => {
    const withDecision = (state: 'fattat' | 'planerat') => {
      const { status: _, ...rest } = plan('utkast', [textSection('Beskriv årets prioriteringar.')]);
      return { ...rest, decisions: [{ body: 'FoU-rådet', state, date: '2026-12-01' }] };
    };
    expect((await problemsOf(withDecision('fattat'))).map((p) => [p.code, p.severity])).toEqual([['malltext-kvar', 'error']]);
    expect((await problemsOf(withDecision('planerat'))).map((p) => [p.code, p.severity])).toEqual([['malltext-kvar', 'warning']]);
  });
});

describe('a budget out of balance', () => {
  const budget = (costs: { label: string; amount: number }[], revenues: { label: string; amount: number }[]) =>
    plan('utkast', [{ id: 'budget', title: 'Budget', blocks: [{ type: 'budget', balanced: true, costs: [{ title: 'Kostnader', lines: costs }], revenues: [{ lines: revenues }] }] }]);

  it('names the one line whose swapped digits would balance it', async () => {
    const problems = await problemsOf(budget([{ label: 'Löner', amount: 1540000 }], [{ label: 'Kommuner', amount: 1111000 }, { label: 'Avgifter', amount: 339000 }]));
    expect(problems.map((p) => p.code)).toEqual(['budget-i-obalans']);
    expect(problems[0]!.message.replace(/\u00a0/g, ' ')).toMatch(/Troligen är raden "Löner" på rad \d+ felskriven: med 1 450 000 kr i stället för 1 540 000 kr går budgeten jämnt ut\./);
  });

  it('says which side to change, and by how much, when no single line explains it', async () => {
    const problems = await problemsOf(budget([{ label: 'Löner', amount: 1500000 }], [{ label: 'Kommuner', amount: 1456000 }]));
    expect(problems[0]!.message.replace(/\u00a0/g, ' ')).toContain('Intäkterna ska bli 44 000 kr högre, eller kostnaderna 44 000 kr lägre.');
  });
});

describe('a cell that is only a dash stays a dash', () => {
  it.each(['-', '–', '—', ' - '])('%j is text, not an empty bullet list', (text) => {
    expect(isLoneDash(text)).toBe(true);
    const tree = parseMarkdown(text);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: text.trim() }] });
  });

  it('a list with an item is still a list', () => {
    expect(isLoneDash('- punkt')).toBe(false);
    expect(parseMarkdown('- punkt').children[0]!.type).toBe('list');
  });
});

describe('duplicate ids name both places as file:line:col', () => {
  it('a section id and a table id', async () => {
    const problems = await problemsOf(plan('utkast', [
      { id: 'matt', title: 'Mått', body: 'Text.' },
      { id: 'tabeller', title: 'Tabeller', blocks: [{ type: 'table', id: 'matt', columns: ['A'], rows: [['1']] }] },
    ]));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/plan\.yaml:16:13 {2}sections\[1\]\.blocks\[0\]\.id {2}Id "matt" finns redan i plan\.yaml:9:9; varje id måste vara unikt i planen\.$/),
    ]);
  });
});
