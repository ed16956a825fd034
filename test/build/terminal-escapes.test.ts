/**
 * Plan text never reaches a terminal raw: problem messages quote plan text (an unknown
 * key, a title), and ESC (escape sequences that recolour, clear or retitle a terminal),
 * C1 controls, BEL, backspace, CR and the bidi overrides are shown escaped by the one
 * formatter every command prints problems with.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControl, formatProblem } from '../../src/problems';
import { commandArgs } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('terminal control characters from plan text', () => {
  it('are escaped visibly by formatProblem', () => {
    const message = 'Okänd nyckel "\u001b]0;ägd\u0007\u001b[2J\u009b31m\u202eevil\u2066\b\r"';
    const line = formatProblem({ severity: 'error', code: 'x', file: 'p/plan.yaml', line: 3, column: 1, path: 'a\u001b[1m', message });
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toContain('\n');
    expect(line).toContain('\\u{1b}]0;ägd\\u{7}\\u{1b}[2J\\u{9b}31m\\u{202e}evil\\u{2066}\\u{8}\\u{d}');
    expect(line).toContain('a\\u{1b}[1m');
    // Ordinary Swedish text and tabs are untouched.
    expect(escapeControl('Årshjul\tö – ”citat”')).toBe('Årshjul\tö – ”citat”');
  });

  it('never reach the terminal from npm run check', async () => {
    work = await mkdtemp(path.join(ROOT, 'test-output/escapes-'));
    const plan = path.join(work, 'plan-med-escape');
    await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), plan, { recursive: true });
    const file = path.join(plan, 'plan.yaml');
    const yaml = await readFile(file, 'utf8');
    // YAML's "\e" is ESC: a title that clears the screen, an unknown key that retitles the terminal.
    await writeFile(file, yaml.replace(/^title: .*$/m, 'title: "Plan \\e[2J\\e[31mröd\\u009b0m\\u202e"').replace(/^kind: /m, '"nyckel\\e]0;ägd\\a\\b": 1\nkind: '));
    const run = spawnSync(process.execPath, commandArgs('check'), {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLANVERK_CONTENT: work },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toContain('nyckel\\u{1b}]0;ägd\\u{7}\\u{8}');
    expect(output).not.toMatch(RAW_CONTROL);
  }, 90_000);
});
