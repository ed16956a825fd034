/** The run's temporary folder (test/shared/temp-root.ts) is what tmpdir() gives, in workers and in the processes they start. */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('gives the workers and their child processes one temporary folder for the run', () => {
  const root = process.env.PLANVERK_TEST_TMPDIR;
  expect(root && path.basename(root)).toMatch(/^planverk-test-/);
  expect(tmpdir()).toBe(root);
  expect(execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' }).trim()).toBe(root);
});
