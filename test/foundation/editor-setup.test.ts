/**
 * Editing in VS Code (README, "Redigera i VS Code"): the workspace recommends the YAML
 * extension, ties the JSON schemas to the plan files by name (so completion and hover docs
 * work without the `# yaml-language-server` comment line), and its planverk snippets parse
 * and, with their placeholders filled in, make a plan without errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BLOCK_TYPES } from '../../schemas';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const work: string[] = [];

afterAll(async () => {
  for (const dir of work) await rm(dir, { recursive: true, force: true });
});

/** A VS Code glob (`**`, `*`) as a regular expression over forward-slash paths. */
function globPattern(glob: string): RegExp {
  const parts = glob.split('/');
  const source = parts.map((part, i) => (part === '**' ? '(?:[^/]+/)*' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}${i < parts.length - 1 ? '/' : ''}`)).join('');
  return new RegExp(`^${source}$`);
}

type Snippet = { scope: string; prefix: string; description: string; body: string[] };
const snippets = json('.vscode/planverk.code-snippets') as Record<string, Snippet>;

/** The snippet's text as VS Code inserts it when every placeholder keeps its default (the first choice). */
function filled(body: readonly string[]): string {
  return body.join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('VS Code workspace', () => {
  it('recommends the YAML extension', () => {
    expect((json('.vscode/extensions.json') as { recommendations: string[] }).recommendations).toContain('redhat.vscode-yaml');
  });

  it('ties the plan schema to every plan.yaml in content/ and templates/, and the other schemas to their files', () => {
    const schemas = (json('.vscode/settings.json') as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
    const planGlobs = schemas['./schemas/plan.schema.json']!;
    expect(planGlobs).toEqual(expect.arrayContaining(['content/**/plan.yaml', 'templates/**/plan.yaml']));
    expect((json('schemas/plan.schema.json') as { type: string }).type).toBe('object');
    const plans = [
      ...readdirSync('content').map((dir) => `content/${dir}/plan.yaml`),
      ...readdirSync('templates').map((dir) => `templates/${dir}/plan.yaml`),
    ];
    for (const file of plans) expect(planGlobs.some((glob) => globPattern(glob).test(file)), file).toBe(true);
    expect(globPattern('content/**/plan.yaml').test('content/webbplats.yaml')).toBe(false);
    expect(schemas['./schemas/uppfoljning.schema.json']).toEqual(expect.arrayContaining(['content/**/uppfoljning-*.yaml']));
    expect(globPattern('content/**/uppfoljning-*.yaml').test('content/fou-jamt-2020/uppfoljning-2020.yaml')).toBe(true);
    expect(schemas['./schemas/webbplats.schema.json']).toEqual(expect.arrayContaining(['content/webbplats.yaml']));
  });

  it('has Swedish, planverk-prefixed YAML snippets for the common blocks', () => {
    const names = Object.keys(snippets);
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const [name, snippet] of Object.entries(snippets)) {
      expect(snippet.scope, name).toBe('yaml');
      expect(snippet.prefix, name).toMatch(/^pv-[a-zåäö-]+$/);
      expect(snippet.description, name).toMatch(/^planverk: /);
    }
    const types = new Set(Object.values(snippets).flatMap((s) => [...filled(s.body).matchAll(/^- type: (\w+)$/gm)].map((m) => m[1])));
    for (const type of ['text', 'coreArea', 'table', 'figure', 'wheel', 'budget', 'budgetTable', 'staff', 'goalModel', 'actionPlan']) {
      expect(BLOCK_TYPES).toContain(type);
      expect(types, type).toContain(type);
    }
  });

  it.each(Object.keys(snippets))('the snippet "%s", filled in, makes a plan without errors', async (name) => {
    const items = parse(filled(snippets[name]!.body)) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    // Blocks go in a section, a section in sections, a decision in decisions.
    const plan: Record<string, unknown> = { title: 'Verksamhetsplan för FoU Test 2027', kind: 'verksamhetsplan', organisation: { name: 'FoU Test' }, period: { start: 2027 }, status: 'utkast', sections: [{ id: 'test', title: 'Test', blocks: items }] };
    if ('state' in items[0]!) { delete plan.status; plan.decisions = items; plan.sections = [{ id: 'test', title: 'Test', body: 'Text.' }]; }
    else if (!('type' in items[0]!)) plan.sections = items;
    const root = await mkdtemp(path.join(os.tmpdir(), 'planverk-snippet-'));
    work.push(root);
    await mkdir(path.join(root, 'plan'));
    await writeFile(path.join(root, 'plan', 'plan.yaml'), stringify(plan));
    const { problems, plans } = await checkPlans(root, [path.join(root, 'plan')]);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(plans).toHaveLength(1);
  });
});
