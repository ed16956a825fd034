/**
 * Plan folder names become addresses and file names: check refuses every name planverk
 * cannot publish (reserved top-level names of the site, characters that are not URL- or
 * file-safe, hidden and over-long names) at plan.yaml:1:1 with a valid suggestion, and
 * `npm run new --id` applies the same rule with the same suggestion.
 */
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/authoring/create-plan';
import { planNameProblem, suggestPlanName } from '../../src/load/plan-name';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

/** Every name the issue gives, and the other kinds of name the rule is for. */
const REFUSED: [string, string][] = [
  ['sok', 'sok-plan'],
  ['pagefind', 'pagefind-plan'],
  ['pagefind-3', 'pagefind-3-plan'],
  ['favicon.svg', 'favicon-svg'],
  ['index.html', 'index-html'],
  ['a#b?c', 'a-b-c'],
  ['%2e%2e', '2e-2e'],
  ['min plan', 'min-plan'],
  ['Stora-Bokstaver', 'stora-bokstaver'],
  ['göteborg-älvsborg-åre', 'goteborg-alvsborg-are'],
  ['.dold', 'dold'],
  ['-inleds-med-bindestreck', 'inleds-med-bindestreck'],
  ['aux', 'aux-plan'],
  ['x'.repeat(253), 'x'.repeat(80)],
];

async function contentWith(names: string[]): Promise<string> {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-names-')));
  for (const name of names) await cp('test/fixtures/valid/minimal', path.join(root, name), { recursive: true });
  return root;
}

describe('plan folder names', () => {
  it.each(REFUSED)('check refuses %j at plan.yaml:1:1 and suggests %j', async (name, suggestion) => {
    const root = await contentWith([name]);
    const { problems, plans } = await checkPlans(root);
    expect(plans).toEqual([]);
    const refusal = problems.find((p) => p.code === 'ogiltigt-mappnamn')!;
    expect(refusal).toMatchObject({ severity: 'error', line: 1, column: 1, path: '' });
    expect(refusal.file.endsWith(`${name}/plan.yaml`)).toBe(true);
    expect(refusal.message).toContain(`t.ex. till "${suggestion}"`);
    // The plan is otherwise valid: the name is its only problem.
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(1);
    expect(planNameProblem(suggestion)).toBeUndefined();
  });

  it.each(REFUSED)('npm run new --id refuses %j the same way and suggests %j', async (name, suggestion) => {
    const root = await contentWith([]);
    await expect(createPlan({ contentRoot: root, templatesRoot: 'templates', id: name, template: 'verksamhetsplan' }))
      .rejects.toThrow(`--id ${suggestion}.`);
    expect(readdirSync(root)).toEqual([]);
  });

  it('accepts every plan in content/ and every fixture, and a name of exactly 80 characters', async () => {
    for (const dir of ['content', 'test/fixtures/valid']) {
      for (const name of readdirSync(dir)) expect(planNameProblem(name), name).toBeUndefined();
    }
    const longest = `a${'-b'.repeat(39)}c`;
    expect(longest).toHaveLength(80);
    const root = await contentWith([longest]);
    const { problems, plans } = await checkPlans(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plans.map((plan) => plan.id)).toEqual([longest]);
  });

  it('refuses every name the site itself uses at the top of dist/', () => {
    // A page src/pages/sok.astro is published as /sok/; a file in public/ under its own name.
    const pages = readdirSync('src/pages').filter((name) => !name.startsWith('[')).map((name) => name.replace(/\.(astro|ts|js|md)$/, ''));
    const own = [...pages, ...readdirSync('public')];
    expect(own).toContain('sok');
    for (const name of [...own, '_astro', 'pagefind', 'pagefind-1', 'pagefind-15', 'index.html', 'kalender']) {
      expect(planNameProblem(name), name).toBeDefined();
    }
  });

  it('suggests a name that passes for any input', () => {
    for (const name of ['', '---', '🙂', 'ÅÄÖ', 'a\u001b[31mb', 'com1', 'Ærø', 'straße']) {
      expect(planNameProblem(suggestPlanName(name)), name).toBeUndefined();
    }
  });
});
