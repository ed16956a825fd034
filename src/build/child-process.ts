/**
 * A child of `npm run build` in a process group of its own (Astro starts worker threads and
 * an esbuild service; stopping only Astro's own process would leave those running), so
 * that stopping it stops everything it started. Its output is passed on without stack
 * traces, and dropped once it is being stopped.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface GroupChild {
  pid: number | undefined;
  /** Resolves with the exit code (1 when killed by a signal); never rejects. */
  exited: Promise<number>;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
  /** Kills the whole process group at once (synchronous, for the exit handler). */
  killNow: () => void;
  /** The last lines the child printed (for a Swedish summary of why it failed). */
  recentOutput: () => string;
}

const RECENT_LINES = 40;

/**
 * Drops the stack traces of a child's error report (Astro prints `Location:` and `Stack
 * trace:` blocks, indented): the user gets a Swedish line instead. PLANVERK_DEBUG=1 keeps them.
 */
function traceFilter(): (line: string) => boolean {
  let inTrace = false;
  return (line) => {
    if (process.env.PLANVERK_DEBUG) return true;
    // Colours are on where a terminal or CI is detected: match the text without them.
    const plain = stripVTControlCharacters(line);
    const trimmed = plain.trim();
    if (/^(Location|Stack trace):$/.test(trimmed) || /^at \S/.test(trimmed)) inTrace = true;
    else if (!/^\s/.test(plain)) inTrace = false;
    return !inTrace;
  };
}

const signalGroup = (pid: number | undefined, signal: NodeJS.Signals) => {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* the group is gone */ }
};

export function startGroupChild(command: string, args: string[], env: NodeJS.ProcessEnv): GroupChild {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
  const recent: string[] = [];
  const pass = (to: NodeJS.WriteStream) => {
    const keep = traceFilter();
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        recent.push(line);
        if (recent.length > RECENT_LINES) recent.shift();
        if (keep(line)) to.write(`${line}\n`);
      }
    };
  };
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
    stop: async (graceMs = 2_000) => {
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
    recentOutput: () => recent.join('\n'),
  };
}
