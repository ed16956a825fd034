/**
 * The commands run compiled (scripts/run.mjs, src/workers/compiled-entry.mjs): a source edit,
 * or a new file that changes what an import resolves to, is compiled again before the next
 * start, never served from the old bundle; errors through the launcher are still one Swedish
 * line without a stack trace.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FAULTS = path.join(ROOT, 'test/build/fault-injection.mjs');
const STACK = /\bat .*\.(ts|js|mjs|cjs):\d+|node:internal|Error: /;
let work: string;

/** Compiles `entry` in a new process (as every command start does) and prints what the bundle exports as `value`. */
async function compileAndRun(entry: string): Promise<{ bundle: string; value: unknown }> {
  const script = `
    const { compiledEntry } = await import(${JSON.stringify(path.join(ROOT, 'src/workers/compiled-entry.mjs'))});
    const bundle = await compiledEntry(${JSON.stringify(entry)}, ${JSON.stringify(ROOT)});
    const { value } = await import(new URL('file://' + bundle).href);
    console.log(JSON.stringify({ bundle, value }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
  return JSON.parse(stdout) as { bundle: string; value: unknown };
}

function launch(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('close', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  // Inside the project, so the bundles resolve packages as the real entries do.
  work = await mkdtemp(path.join(ROOT, 'test', 'build', '.launcher-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('compiled entries', () => {
  it('are compiled again after a source edit, not served from the cache', async () => {
    const dir = path.join(work, 'edit');
    await mkdir(dir);
    await writeFile(path.join(dir, 'helper.ts'), "export const word: string = 'före';\n");
    await writeFile(path.join(dir, 'entry.ts'), "import { word } from './helper';\nexport const value = word;\n");
    const first = await compileAndRun(path.join(dir, 'entry.ts'));
    expect(first.value).toBe('före');
    expect(path.dirname(first.bundle)).toBe(path.join(ROOT, 'node_modules/.cache/planverk'));
    // Unchanged: the same bundle again.
    expect(await compileAndRun(path.join(dir, 'entry.ts'))).toEqual(first);
    await writeFile(path.join(dir, 'helper.ts'), "export const word: string = 'efter';\n");
    const second = await compileAndRun(path.join(dir, 'entry.ts'));
    expect(second.value).toBe('efter');
    expect(second.bundle).not.toBe(first.bundle);
  }, 60_000);

  it('are compiled again when a new file changes what an import resolves to', async () => {
    const dir = path.join(work, 'resolve');
    await mkdir(path.join(dir, 'dep'), { recursive: true });
    await writeFile(path.join(dir, 'dep', 'index.ts'), "export const word = 'mappen';\n");
    await writeFile(path.join(dir, 'entry.ts'), "import { word } from './dep';\nexport const value = word;\n");
    expect((await compileAndRun(path.join(dir, 'entry.ts'))).value).toBe('mappen');
    // esbuild resolves ./dep to dep.ts before dep/index.ts; no file it read has changed.
    await writeFile(path.join(dir, 'dep.ts'), "export const word = 'filen';\n");
    expect((await compileAndRun(path.join(dir, 'entry.ts'))).value).toBe('filen');
  }, 60_000);

  it('report a syntax error with its place, and compile once it is fixed', async () => {
    const dir = path.join(work, 'broken');
    await mkdir(dir);
    await writeFile(path.join(dir, 'entry.ts'), 'export const value = ;\n');
    const { compiledEntry, CompileError } = await import('../../src/workers/compiled-entry.mjs');
    const failure = await compiledEntry(path.join(dir, 'entry.ts'), ROOT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CompileError);
    expect((failure as Error).message).toMatch(/entry\.ts:1:22: /);
    await writeFile(path.join(dir, 'entry.ts'), 'export const value = 1;\n');
    expect((await compileAndRun(path.join(dir, 'entry.ts'))).value).toBe(1);
  }, 60_000);
});

describe('the launcher', () => {
  beforeAll(async () => {
    await cp(path.join(ROOT, 'content/fou-jamt-2020'), path.join(work, 'content/fou-jamt-2020'), { recursive: true });
  });

  it('runs a command with its arguments and exit code', async () => {
    const result = await launch(['check', path.join(work, 'content/fou-jamt-2020')], { PLANVERK_CONTENT: path.join(work, 'content') });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('1 plan kontrollerad: 0 fel');
  }, 90_000);

  it('prints the Swedish usage of npm run check for --help, and refuses an unknown flag in Swedish', async () => {
    const help = await launch(['check', '--help'], { PLANVERK_CONTENT: path.join(work, 'content') });
    expect(help.code, help.output).toBe(0);
    expect(help.output).toContain('Användning: npm run check [-- mapp …]');
    expect(help.output).not.toContain('kontrollerad');
    const unknown = await launch(['check', '--snabb'], { PLANVERK_CONTENT: path.join(work, 'content') });
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('planverk: Okänd flagga --snabb. Se npm run check -- --help.');
    expect(unknown.output).not.toMatch(STACK);
  }, 90_000);

  it("says a user's mistake in Swedish, without a stack trace", async () => {
    const result = await launch(['check'], { PLANVERK_CONTENT: path.join(work, 'finns-inte') });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Mappen med planerna');
    expect(result.output).not.toMatch(STACK);
  }, 90_000);

  it('says a read error in Swedish, without a stack trace', async () => {
    const fault = { calls: ['readFile'], match: 'fou-jamt-2020/plan.yaml', code: 'EIO' };
    const result = await launch(['check'], { PLANVERK_CONTENT: path.join(work, 'content'), NODE_OPTIONS: `--import ${FAULTS}`, PLANVERK_TEST_FAULT: JSON.stringify(fault) });
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('planverk: internt fel: läs- eller skrivfel på disken (EIO).');
    expect(result.output).not.toMatch(STACK);
  }, 90_000);

  it('refuses an unknown command in Swedish', async () => {
    const result = await launch(['finns-inte'], {});
    expect(result.code).toBe(2);
    expect(result.output).toContain('planverk: okänt kommando "finns-inte"');
    expect(result.output).not.toMatch(STACK);
  }, 30_000);
});
