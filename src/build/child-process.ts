/**
 * A child of `npm run build` in a process group of its own (Astro starts worker threads and
 * an esbuild service; stopping only Astro's own process would leave those running), so
 * that stopping it stops everything it started. Its output is passed on without stack
 * traces, and dropped once it is being stopped.
 *
 * A child started before the parent has decided everything it needs (`gated`) gets a pipe
 * as its standard input and its output is held back: `open()` writes "go" to the pipe and
 * lets the output through, and a child whose parent is gone sees the pipe end without it.
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
  /** A gated child: passes its output on from now (what it printed so far first) and tells it to go on. */
  open: () => void;
}

/** What a gated child reads on its standard input when it may go on (see `waitForGo`). */
export const GO = 'go\n';

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

export function startGroupChild(command: string, args: string[], env: NodeJS.ProcessEnv, options: { gated?: boolean } = {}): GroupChild {
  const child = spawn(command, args, { stdio: [options.gated ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
  const stdout = child.stdout!;
  const stderr = child.stderr!;
  // The child may exit (or be stopped) before it is told to go on.
  child.stdin?.on('error', () => undefined);
  const recent: string[] = [];
  /** Output held back while gated, in the order printed; undefined once open. */
  let held: [NodeJS.WriteStream, string][] | undefined = options.gated ? [] : undefined;
  const pass = (to: NodeJS.WriteStream) => {
    const keep = traceFilter();
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        recent.push(line);
        if (recent.length > RECENT_LINES) recent.shift();
        if (!keep(line)) continue;
        if (held) held.push([to, `${line}\n`]);
        else to.write(`${line}\n`);
      }
    };
  };
  stdout.on('data', pass(process.stdout));
  stderr.on('data', pass(process.stderr));
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
    open: () => {
      for (const [to, text] of held ?? []) to.write(text);
      held = undefined;
      child.stdin?.end(GO);
    },
    stop: async (graceMs = 2_000) => {
      held = undefined;
      stdout.removeAllListeners('data');
      stderr.removeAllListeners('data');
      stdout.resume();
      stderr.resume();
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

/**
 * In a gated child: resolves when the parent has opened the gate. When the parent is gone
 * (its end of the pipe closed without "go") this process exits quietly: nobody is there
 * to read what it would print.
 */
export function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    let received = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (text: string) => { received += text; });
    process.stdin.on('end', () => {
      if (received === GO) resolve();
      else process.exit(1);
    });
    process.stdin.on('error', () => process.exit(1));
  });
}
