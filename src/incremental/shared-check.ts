/**
 * A build's first check of many plans, shared with a second process. With an empty model
 * cache (a fresh clone, a new planverk version) every plan is loaded, validated, derived and
 * written as a model file, one core's work while the other waits: for 1000 plans 8–12 s,
 * most of a full build's first stage. A child process (./check-worker.ts) takes chunks of
 * plans from the same queue as this process once it has loaded, so a slow start of the
 * child or a chunk of heavy plans evens out. Below PARALLEL_CHECK_FROM stale plans the
 * child's start (about a second) and the two processes slowing each other down on this
 * machine's two cores cost as much as the child saves: measured in docs/prestanda.md.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { bundledEntry } from '../workers/entry-bundle';

/** Stale plans from which the child process shares the check. */
export const PARALLEL_CHECK_FROM = 800;
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
  const take = async (run: (chunk: J) => Promise<Entry[]>) => {
    const index = next++;
    try {
      results[index] = await run(chunks[index]!);
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  /** The chunk the child is checking, if any: the only one this process may have to wait for. */
  let childChunk: Promise<void> | undefined;
  const child = (async () => {
    // The child takes chunks only once it has loaded (an empty job, about a second): a
    // chunk handed to it at once would keep this process waiting when it could have done
    // all the plans itself in that time.
    await pool.run({ ...job, dirs: [], inputs: [] });
    while (next < chunks.length && !failed) {
      childChunk = take((chunk) => pool.run(chunk) as Promise<Entry[]>);
      await childChunk;
    }
  })();
  // An error in the child is met through `childChunk`; a failed start alone changes nothing.
  child.catch(() => undefined);
  try {
    while (next < chunks.length && !failed) await take(check);
    await childChunk;
  } finally {
    await pool.destroy();
  }
  return results.flat();
}
