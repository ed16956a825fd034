/** Runs `npm run build` (scripts/run.mjs build) for a test, the way the build tests need it. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandArgs } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildRun { code: number | null; signal: NodeJS.Signals | null; output: string }

/** What `killWhen` sends: to the whole process group (a terminal, an OOM killer) or to the build's own process (CI cancelling a job). */
export interface Kill { signal: NodeJS.Signals; group: boolean }

/**
 * Runs the build with Node 22 (the running process) and `env` added, in its own process
 * group (the build starts astro and the PDF workers), so that
 * `killWhen` can kill all of them at once, as an OOM killer or a closed terminal would.
 */
export function runBuild(env: Record<string, string>, killWhen?: (output: string) => boolean, kill: Kill = { signal: 'SIGKILL', group: true }): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const bin = path.join(ROOT, 'node_modules/.bin');
    // As package.json runs it (scripts/run.mjs), in one process: a wrapper process such as
    // tsx's CLI would turn a SIGTERM into a SIGKILL of the build when it does not answer within 30 ms.
    const child = spawn(process.execPath, commandArgs('build'), {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    const maybeKill = () => {
      if (killWhen && !killed && killWhen(output)) {
        killed = true;
        process.kill(kill.group ? -child.pid! : child.pid!, kill.signal);
      }
    };
    const poll = setInterval(maybeKill, 25);
    const onData = (chunk: Buffer) => { output += chunk; maybeKill(); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => { clearInterval(poll); resolve({ code, signal, output }); });
  });
}

/** Processes whose environment carries `tag` (Linux /proc). */
export function processesTagged(tag: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`PLANVERK_TEST_TAG=${tag}`)) found.push(Number(entry));
    } catch { /* gone, or not ours */ }
  }
  return found;
}

export async function noneLeft(tag: string): Promise<number[]> {
  // A killed process may take a moment to be reaped.
  for (let i = 0; i < 20 && processesTagged(tag).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return processesTagged(tag);
}
