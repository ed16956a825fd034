/**
 * The CLI edge (src/cli/run-cli.ts) ends every command: an unhandled rejection anywhere
 * runs the clean-ups, prints a Swedish line without a stack trace and exits 2 while `main`
 * still waits; a handle left open after `main` returned does not keep the terminal waiting.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let work: string | undefined;
const run = (...args: string[]) => {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/build/run-cli-driver.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}`, ms: Date.now() - started };
};

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('runCli', () => {
  it('turns an unhandled rejection into clean-up, a Swedish line and exit 2', async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'planverk-cli-'));
    const marker = path.join(work, 'marker');
    const result = run('reject', marker);
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('planverk: internt fel: läs- eller skrivfel på disken (EIO).');
    expect(result.output).not.toMatch(/\bat .*\.(ts|js|mjs):\d+|Error: /);
    expect(existsSync(marker) && readFileSync(marker, 'utf8')).toBe('städat');
    expect(result.ms).toBeLessThan(30_000);
  }, 90_000);

  it('exits with main\'s code even when a handle is left open', () => {
    const result = run('linger');
    expect(result.code, result.output).toBe(0);
    expect(result.ms).toBeLessThan(30_000);
  }, 90_000);
});
