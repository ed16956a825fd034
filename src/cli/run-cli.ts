/**
 * The edge where problems become text and exit codes. Whatever happens — an exception,
 * an unhandled rejection, Ctrl-C, SIGTERM or a closed terminal — the command prints one
 * Swedish line (the stack only with PLANVERK_DEBUG=1), runs its clean-ups within a bounded
 * time and exits: a command never hangs on a child or a handle it left open.
 */
import { escapeControl, UserError } from '../problems';
import { errorLines } from './describe-error';

type Cleanup = () => Promise<void> | void;

export interface CliOptions {
  /** Swedish line printed after an interruption or internal error, e.g. that dist/ is untouched. */
  afterFailure?: () => string | undefined;
}

const cleanups: Cleanup[] = [];
const exitCleanups: (() => void)[] = [];
let stopping = false;

/** Seconds the clean-ups may take before the process exits anyway. */
const CLEANUP_LIMIT_MS = 10_000;
/** After `main` returned: how long a forgotten handle may keep the process alive. */
const LINGER_LIMIT_MS = 3_000;

/**
 * `cleanup` runs (once, in reverse order of registration) when the command is interrupted
 * or fails unexpectedly; `onExit` runs synchronously at every exit, as a last resort.
 * Both return a function that unregisters them.
 */
export function onFailure(cleanup: Cleanup, onExit?: () => void): () => void {
  cleanups.push(cleanup);
  if (onExit) exitCleanups.push(onExit);
  return () => {
    cleanups.splice(cleanups.indexOf(cleanup) >>> 0, 1);
    if (onExit) exitCleanups.splice(exitCleanups.indexOf(onExit) >>> 0, 1);
  };
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

export async function runCli(main: () => Promise<number>, options: CliOptions = {}): Promise<void> {
  const stop = async (lines: string[], code: number, error?: unknown) => {
    if (stopping) return;
    stopping = true;
    // From here on only this function speaks: libraries dying with the interruption would
    // print their own (English) errors.
    const print = (line: string) => process.stderr.write(`${line}\n`);
    console.error = () => undefined;
    console.warn = () => undefined;
    // Clean-ups that hang must not hang the command: exit regardless after the limit.
    setTimeout(() => process.exit(code), CLEANUP_LIMIT_MS).unref();
    for (const cleanup of [...cleanups].reverse()) {
      try { await cleanup(); } catch { /* the next clean-up still runs */ }
    }
    for (const line of lines) print(line);
    const after = options.afterFailure?.();
    if (after) print(after);
    if (error && process.env.PLANVERK_DEBUG) print(String((error as Error)?.stack ?? error));
    process.exit(code);
  };
  const internal = (error: unknown) => stop([
    ...errorLines('internt fel', error),
    'Detta är ett fel i planverk eller i datorns filsystem, inte i planen. Rapportera det gärna med planen som gav felet.',
  ], 2, error);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => void stop([`planverk: avbröts (${signal}).`], 128 + number));
  }
  process.on('unhandledRejection', (reason) => void internal(reason));
  process.on('uncaughtException', (error) => void internal(error));
  process.on('exit', () => {
    for (const cleanup of exitCleanups) {
      try { cleanup(); } catch { /* exiting anyway */ }
    }
  });

  let code: number;
  try {
    code = await main();
  } catch (error) {
    if (error instanceof UserError) await stop([`planverk: ${escapeControl(error.message)}`], 1);
    else await internal(error);
    return;
  }
  if (stopping) return;
  process.exitCode = code;
  // Everything the command started has been awaited; anything still open is a leak that
  // must not keep the terminal waiting.
  setTimeout(() => process.exit(code), LINGER_LIMIT_MS).unref();
}
