/**
 * The commands as a person editing a plan meets them: `npm run check` prints each problem's
 * source line with a caret under its column (and, for a mis-indented line, the lines above
 * it), and `npm run new --fran` ends with every mention of the old year left in the new
 * plan, as file:line:col.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandArgs, type Command } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAN = 'fou-jamt-2020';
let work: string;

function run(command: Command, args: string[], content: string) {
  const result = spawnSync(process.execPath, commandArgs(command, ...args), {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLANVERK_CONTENT: content, FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'planverk-editing-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run check shows where', () => {
  it('prints the source line and a caret under the column, after the problem line', async () => {
    const content = path.join(work, 'check');
    await cp(path.join(ROOT, 'content', PLAN), path.join(content, PLAN), { recursive: true });
    const file = path.join(content, PLAN, 'plan.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.trim() === '- type: coreArea');
    // A misspelt block type.
    lines[at] = lines[at]!.replace('- type: coreArea', '- type: coreAera');
    await writeFile(file, lines.join('\n'));
    const result = run('check', [], content);
    expect(result.code).toBe(1);
    const printed = result.stderr.split('\n');
    const problem = printed.findIndex((line) => line.includes(`plan.yaml:${at + 1}:`) && line.includes('Okänd blocktyp "coreAera". Menade du "coreArea"?'));
    expect(problem, result.stderr).toBeGreaterThanOrEqual(0);
    const column = Number(/plan\.yaml:\d+:(\d+)/.exec(printed[problem]!)![1]);
    const number = String(at + 1);
    expect(printed[problem + 1]).toBe(`  ${number} | ${lines[at]!.trimEnd()}`);
    expect(printed[problem + 2]).toBe(`  ${' '.repeat(number.length)} | ${' '.repeat(column - 1)}^`);
    // The caret is under the misspelt word.
    expect(lines[at]!.slice(column - 1).startsWith('coreAera')).toBe(true);
  });

  it('explains a mis-indented block at its line, with the lines above it', async () => {
    const content = path.join(work, 'indrag');
    await cp(path.join(ROOT, 'content', PLAN), path.join(content, PLAN), { recursive: true });
    const file = path.join(content, PLAN, 'plan.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line === '      - type: budget');
    lines[at] = '    - type: budget';
    await writeFile(file, lines.join('\n'));
    const result = run('check', [], content);
    expect(result.code).toBe(1);
    const printed = result.stderr.trim().split('\n');
    // One problem, not the parser's cascade of follow-on messages.
    expect(printed.filter((line) => /plan\.yaml:\d+:\d+/.test(line))).toHaveLength(1);
    // After it, only the warning that the copied content folder has no webbplats.yaml.
    const start = printed.findIndex((line) => /plan\.yaml:\d+:\d+/.test(line));
    expect(printed[start]).toContain(`plan.yaml:${at + 2}:9  -  Fel indrag: Nyckeln "year:" börjar i kolumn 9, längre in än "type:" på rad ${at + 1} (kolumn 7).`);
    expect(printed.slice(start + 1, start + 6)).toEqual([
      `  ${at - 5} |     title: Preliminär budget för verksamhetsåret 2020`,
      `  ${at - 4} |     blocks:`,
      `  ${at + 1} |     - type: budget`,
      `  ${at + 2} |         year: 2020`,
      `      |         ^`,
    ]);
  });
});

describe('npm run new --fran lists what it left', () => {
  it('names every mention of the old year in the new plan with file:line:col', async () => {
    const content = path.join(work, 'ny');
    await cp(path.join(ROOT, 'content', PLAN), path.join(content, PLAN), { recursive: true });
    const result = run('new-plan', ['--fran', PLAN, '--ar', '2021', '--id', 'fou-jamt-2021'], content);
    expect(result.code, result.stderr).toBe(0);
    const printed = result.stdout.trim().split('\n');
    const heading = printed.findIndex((line) => line.startsWith('Året 2020 står kvar på 40 ställen i den nya planen.'));
    expect(heading, result.stdout).toBeGreaterThan(0);
    expect(printed[heading]).toContain('ändra till 2021 där texten gäller den nya planen');
    const mentions = printed.slice(heading + 1);
    expect(mentions).toHaveLength(40);
    // Every line points at a "2020" in the file it names.
    const files = new Map<string, string[]>();
    for (const mention of mentions) {
      const [, file, line, column] = /^(\S+):(\d+):(\d+) {2}/.exec(mention) ?? [];
      expect(file, mention).toBeDefined();
      if (!files.has(file!)) files.set(file!, (await readFile(path.resolve(ROOT, file!), 'utf8')).split('\n'));
      expect(files.get(file!)![Number(line) - 1]!.slice(Number(column) - 1, Number(column) + 3), mention).toBe('2020');
    }
    // Section titles and the wheel's caption are among them; plan.yaml comes first.
    // The work folder is outside the repository, so paths are printed absolute.
    const planFile = path.join(content, 'fou-jamt-2021', 'plan.yaml');
    const titled = (text: string) => mentions.filter((m) => m.startsWith(`${planFile}:`) && m.endsWith(text));
    expect(titled('title: Personal 2020')).toHaveLength(1);
    expect(titled('caption: Årshjul FoU Jämt 2020')).toHaveLength(1);
    expect(mentions[0]!.startsWith(`${planFile}:`)).toBe(true);
    expect(mentions.some((m) => m.includes('(kommentar) # Verksamhetsplan för FoU Jämt 2020.'))).toBe(true);
    expect(mentions.some((m) => /mal-och-karnuppdrag\.md:5:\d+ {2}Under 2019–2020/.test(m))).toBe(true);
  });
});
