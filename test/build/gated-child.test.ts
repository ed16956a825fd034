/**
 * The gated child of src/build/child-process.ts (how `npm run build` starts Astro before
 * the check): its output is held back until the gate opens, it goes on only then, and it
 * exits quietly when its parent's end of the pipe closes without "go".
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGroupChild } from '../../src/build/child-process';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/build/gated-child-fixture.ts');
const ARGS = ['--import', 'tsx', FIXTURE];

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error(`väntade förgäves på: ${what}`);
}

afterEach(() => { vi.restoreAllMocks(); });

describe('a gated child', () => {
  it('holds its output back and waits until the gate opens, then passes it on in order', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { written.push(String(chunk)); return true; });
    const child = startGroupChild(process.execPath, ARGS, {}, { gated: true });
    await until(() => child.recentOutput().includes('före grinden'), 'att barnet skriver före grinden');
    // Printed, but held back; and the child is still waiting.
    await new Promise((r) => setTimeout(r, 300));
    expect(written.join('')).not.toContain('grinden');
    expect(child.recentOutput()).not.toContain('efter grinden');
    child.open();
    expect(await child.exited).toBe(0);
    const text = written.join('');
    expect(text).toContain('före grinden\n');
    expect(text.indexOf('före grinden')).toBeLessThan(text.indexOf('efter grinden'));
  }, 30_000);

  it('exits 1 without going on when the pipe closes without "go" (its parent is gone)', async () => {
    const child = spawn(process.execPath, ARGS, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    await until(() => output.includes('före grinden'), 'att barnet skriver före grinden');
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(output).not.toContain('efter grinden');
  }, 30_000);
});
