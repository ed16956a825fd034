/**
 * vitest globalSetup of every project: one temporary folder for the whole run, removed when
 * vitest exits. The tests make some 200 folders with `mkdtemp(tmpdir())` (builds, plans,
 * browser profiles), and many of them are kept on purpose until the process ends; without
 * this, every run left about 70 MB in /tmp. TMPDIR is set before vitest starts its workers,
 * so the workers and every process they start (builds, Chromium) inherit it.
 *
 * Removed at process exit, not in a teardown: the project whose teardown would remove it is
 * not always torn down after the fixture service (test/shared/global-setup.ts), whose
 * browser and builds use the folder until they are closed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): void {
  // Every project lists this file; the first one makes the folder.
  if (process.env.PLANVERK_TEST_TMPDIR) return;
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-test-'));
  process.env.PLANVERK_TEST_TMPDIR = root;
  process.env.TMPDIR = root;
  process.once('exit', () => {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch (error) {
      console.error(`Kunde inte ta bort testkörningens tillfälliga mapp ${root}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
