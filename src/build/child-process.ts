/**
 * A child of `npm run build` in a process group of its own (Astro starts worker threads and
 * an esbuild service; stopping only Astro's own process would leave those running), so
 * that stopping it stops everything it started. Its output is held back until
 * `showOutput()`, and dropped if that never comes.
 */
import { spawn } from 'node:child_process';

export interface GroupChild {
  pid: number | undefined;
  /** Resolves with the exit code (1 when killed by a signal); never rejects. */
  exited: Promise<number>;
  /** Passes on what the child printed so far and everything after. */
  showOutput: () => void;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
  /** Kills the whole process group at once (synchronous, for the exit handler). */
  killNow: () => void;
}

const signalGroup = (pid: number | undefined, signal: NodeJS.Signals) => {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* the group is gone */ }
};

export function startGroupChild(command: string, args: string[], env: NodeJS.ProcessEnv): GroupChild {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk));
  child.stdout.on('data', pass(process.stdout));
  child.stderr.on('data', pass(process.stderr));
  let running = true;
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => { running = false; resolve(1); });
    child.on('close', (code, signal) => {
      running = false;
      // The group may outlive its leader (an esbuild service, a worker process).
      signalGroup(child.pid, 'SIGKILL');
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return {
    pid: child.pid,
    exited,
    showOutput: () => {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    stop: async (graceMs = 2_000) => {
      held = undefined;
      child.stdout.removeAllListeners('data');
      child.stderr.removeAllListeners('data');
      child.stdout.resume();
      child.stderr.resume();
      if (running) signalGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      signalGroup(child.pid, 'SIGKILL');
    },
    killNow: () => signalGroup(child.pid, 'SIGKILL'),
  };
}
