/**
 * `npm run check` and `npm run pdf` never hang and never print a stack trace: a file system
 * error (injected by test/build/fault-injection.mjs) while reading a plan or writing a PDF
 * is one Swedish line and a non-zero exit within seconds, and a command stuck on a disk
 * that never answers still ends on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, commandArgs, commandProcess } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FAULTS = path.join(ROOT, 'test/build/fault-injection.mjs');
const PLAN = 'fou-jamt-2020';
const STACK = /\bat .*\.(ts|js|mjs|cjs):\d+|node:internal|Error: /;
/** Far above any clean exit: only a hang exceeds it. */
const CLEAN_EXIT_MS = 30_000;
let work: string;
let content: string;

interface Run { code: number | null; output: string; ms: number }

/** Runs `command` with `faults`; `interruptWhen` is polled, and a Ctrl-C (SIGINT) is sent once it holds. */
function run(command: Command, args: string[], faults: object, interruptWhen?: () => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, commandArgs(command, ...args), {
      cwd: ROOT,
      env: { ...process.env, PLANVERK_CONTENT: content, NODE_OPTIONS: `--import ${FAULTS}`, PLANVERK_TEST_FAULT: JSON.stringify(faults) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const hang = setTimeout(() => child.kill('SIGKILL'), CLEAN_EXIT_MS * 2);
    const interrupt = interruptWhen && setInterval(() => { if (interruptWhen()) { clearInterval(interrupt); child.kill('SIGINT'); } }, 50);
    child.on('close', (code) => { clearTimeout(hang); clearInterval(interrupt); resolve({ code, output, ms: Date.now() - started }); });
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(ROOT, 'test-output/cli-failures-'));
  content = path.join(work, 'content');
  await cp(path.join(ROOT, 'content', PLAN), path.join(content, PLAN), { recursive: true });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('check and pdf on a failing file system', () => {
  it('npm run check: a read error is a Swedish line, not a stack', async () => {
    const result = await run('check', [], { calls: ['readFile'], match: `${PLAN}/plan.yaml`, code: 'EIO', script: commandProcess('check') });
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('planverk: internt fel: läs- eller skrivfel på disken (EIO).');
    expect(result.output).not.toMatch(STACK);
    expect(result.ms).toBeLessThan(CLEAN_EXIT_MS);
  }, 90_000);

  it('npm run check: a read that never returns still ends on Ctrl-C', async () => {
    // Ctrl-C once the read has started hanging (the fault writes the marker then).
    const hanging = path.join(work, 'lasning-hanger');
    const result = await run('check', [], { calls: ['readFile'], match: `${PLAN}/plan.yaml`, code: 'EIO', hang: true, hangMarker: hanging, script: commandProcess('check') }, () => existsSync(hanging));
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('planverk: avbröts (SIGINT).');
    expect(result.output).not.toMatch(STACK);
  }, 90_000);

  it('npm run pdf: a full disk in a PDF worker is a Swedish line, nothing half-written', async () => {
    const out = path.join(work, 'pdf-out');
    const result = await run('build-pdf', ['--out', out], { calls: ['writeFile'], match: `${PLAN}.pdf.`, code: 'ENOSPC' });
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('disken är full (ENOSPC)');
    expect(result.output).not.toMatch(STACK);
    expect(result.ms).toBeLessThan(CLEAN_EXIT_MS * 2);
    const written = await readdir(path.join(out, PLAN)).catch(() => [] as string[]);
    expect(written.filter((name) => name.endsWith('.pdf') || name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('folders the commands are given', () => {
  it('a missing content folder is the user\'s mistake, said in Swedish with exit 1', async () => {
    const child = spawn(process.execPath, commandArgs('check'), { cwd: ROOT, env: { ...process.env, PLANVERK_CONTENT: path.join(work, 'finns-inte') } });
    let output = '';
    child.stderr.on('data', (chunk) => { output += chunk; });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(output).toContain('Mappen med planerna');
    expect(output).not.toContain('internt fel');
    expect(output).not.toMatch(STACK);
  }, 90_000);

  it.each([
    ['inside content/', () => path.join(content, 'ut'), /ligger i mappen content/],
    ['holding content/', () => work, /innehåller mappen med planerna/],
  ])('npm run build refuses a dist/ %s and writes nothing', async (_, dist, message) => {
    const before = (await readdir(work, { recursive: true })).sort();
    const child = spawn(process.execPath, commandArgs('build'), { cwd: ROOT, env: { ...process.env, PLANVERK_CONTENT: content, PLANVERK_DIST: dist() } });
    let output = '';
    child.stderr.on('data', (chunk) => { output += chunk; });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toMatch(STACK);
    expect((await readdir(work, { recursive: true })).sort()).toEqual(before);
  }, 90_000);
});
