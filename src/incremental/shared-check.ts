/**
 * A build's first check of many plans, shared with a second process. With an empty model
 * cache (a fresh clone, a new planverk version) every plan is loaded, validated, derived and
 * written as a model file, one core's work while the other waits: for 1000 plans 10–11 s,
 * most of a full build's first stage. A child process (./check-worker.ts) takes chunks of
 * plans from the same queue as this process, so a slow start of the child or a chunk of
 * heavy plans evens out. Below PARALLEL_CHECK_FROM stale plans (an edit, a small site)
 * starting the child would cost more than it saves, and the check runs here alone.
 * Measured in docs/prestanda.md.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { bundledEntry } from '../workers/entry-bundle';

/** Stale plans from which the child process shares the check. */
export const PARALLEL_CHECK_FROM = 150;
/** Plans per message: small enough to balance, large enough that messages cost little. */
const CHUNK = 25;

/** The worker's code as plain JavaScript (bundled once per code version). */
export function checkWorkerScript(): Promise<string> {
  return bundledEntry(fileURLToPath(new URL('./check-worker.ts', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url)));
}

interface Job { dirs: string[]; inputs: unknown[] }

export interface SharedCheckOptions {
  /** Stale plans from which the child shares the check (default PARALLEL_CHECK_FROM). */
  from?: number;
  /** Plans per message (default 25). */
  chunk?: number;
}

/**
 * `check(job)` over all of `job.dirs`, in chunks shared between this process and a child
 * when there are at least `from` plans and more than one core; the entries in `job.dirs`'
 * order. `check` must be what the child runs (./check-worker.ts: checkAndStore).
 */
export async function checkShared<J extends Job, Entry>(job: J, check: (job: J) => Promise<Entry[]>, options: SharedCheckOptions = {}): Promise<Entry[]> {
  const { from = PARALLEL_CHECK_FROM, chunk = CHUNK } = options;
  if (job.dirs.length < from || availableParallelism() < 2) return check(job);
  const chunks: J[] = [];
  for (let start = 0; start < job.dirs.length; start += chunk) {
    chunks.push({ ...job, dirs: job.dirs.slice(start, start + chunk), inputs: job.inputs.slice(start, start + chunk) });
  }
  const results: Entry[][] = new Array(chunks.length);
  let next = 0;
  const pool = new Tinypool({
    filename: await checkWorkerScript(),
    runtime: 'child_process',
    minThreads: 1,
    maxThreads: 1,
    // tinypool gives a child process only the variables passed here.
    env: { ...process.env } as Record<string, string>,
    serialization: 'advanced',
  });
  let failed = false;
  const drain = async (run: (chunk: J) => Promise<Entry[]>) => {
    while (next < chunks.length && !failed) {
      const index = next++;
      try {
        results[index] = await run(chunks[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  try {
    await Promise.all([drain(check), drain((chunk) => pool.run(chunk) as Promise<Entry[]>)]);
  } finally {
    await pool.destroy();
  }
  return results.flat();
}
