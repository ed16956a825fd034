/**
 * A bounded pool of PDF worker processes (tinypool, child-process runtime). Each worker has
 * at most two plans in flight: it renders one while it writes the PDF of the one before
 * (render-worker.ts serializes the rendering), so it never waits for the file system and
 * memory stays flat for 10 or 10 000 plans. The first failure stops the pool: queued plans
 * are dropped, the workers killed and their half-written files removed.
 *
 * Processes rather than worker threads: measured on 2 cores, two worker threads rendered
 * no faster than one (the isolates share V8's background threads for garbage collection
 * and compilation, which a single renderer already keeps busy), while two processes gave
 * about 1,4 times the throughput (see docs/prestanda.md).
 */
import type { SourceInfo } from '../../pdf/document/colophon';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { bundledEntry } from '../../workers/entry-bundle';
import { temporaryPath } from '../../shared/write-atomic';
import type { PdfJob } from './pdf-job';

/** What the worker is sent for one plan. */
export interface RenderTask { plan: PdfJob; contentRoot: string; file: string; source?: SourceInfo }
/** What it answers: its peak resident memory so far. */
export interface RenderReply { rssKb: number }

/**
 * A worker's live heap stays near 40 MB, but V8 lets the old generation grow up to four
 * times that before collecting it, so each worker's memory drifted to 350–450 MB and the
 * stage's peak past 1 GB in some runs. Growing by at most 2,5 times: 700–780 MB instead of
 * 860–1 060 MB for 1000 plans, and 2–3 % more time (docs/prestanda.md).
 */
const WORKER_FLAGS = ['--heap-growing-percent=150'];

/** Plans in flight per worker: one rendering, one being written. */
const IN_FLIGHT = 2;

const asError = (reason: unknown): Error => {
  if (reason instanceof Error) return reason;
  // tinypool passes a worker's error on as a plain object.
  const message = (reason as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(reason));
};

/** The worker's code as plain JavaScript (bundled once per code version; src/workers/entry-bundle.ts). */
export function renderWorkerScript(): Promise<string> {
  return bundledEntry(fileURLToPath(new URL('./render-worker.ts', import.meta.url)), fileURLToPath(new URL('../../..', import.meta.url)));
}

export class RenderPool {
  private readonly pool: Promise<Tinypool>;
  private readonly peakRssKb = new Map<number, number>();
  private readonly pending = new Map<string, (error: Error) => void>();
  /** Files sent to a worker and not yet written in full: their temporary files are removed on close. */
  private readonly unwritten = new Set<string>();
  private failure: Error | undefined;

  constructor(private readonly size: number) {
    this.pool = renderWorkerScript().then((filename) => {
      const pool = new Tinypool({
        filename,
        runtime: 'child_process',
        minThreads: size,
        maxThreads: size,
        concurrentTasksPerWorker: IN_FLIGHT,
        execArgv: WORKER_FLAGS,
        // tinypool gives a child process only the variables passed here.
        env: { ...process.env } as Record<string, string>,
        serialization: 'advanced',
      });
      // A worker that dies between tasks; one that dies during a task fails that task.
      pool.on('error', (error: unknown) => this.fail(asError(error)));
      return pool;
    });
  }

  /** Renders `plan` and writes its PDF to `file`. */
  async render(plan: PdfJob, contentRoot: string, file: string, source?: SourceInfo): Promise<void> {
    if (this.failure) throw this.failure;
    const pool = await this.pool;
    // Rejected by the pool's first failure too: tinypool drops queued tasks without settling them.
    const stopped = new Promise<never>((_, reject) => this.pending.set(file, reject));
    this.unwritten.add(file);
    const run = (pool.run({ plan, contentRoot, file, source } satisfies RenderTask) as Promise<RenderReply & { pid: number }>).then((reply) => {
      this.unwritten.delete(file);
      return reply;
    });
    try {
      const reply = await Promise.race([run, stopped]);
      this.peakRssKb.set(reply.pid, Math.max(this.peakRssKb.get(reply.pid) ?? 0, reply.rssKb));
    } catch (reason) {
      const error = asError(reason);
      this.fail(error);
      throw this.failure ?? error;
    } finally {
      this.pending.delete(file);
    }
  }

  /** Sum of the workers' peak memory (MB): an upper bound of what they held at once. */
  workersPeakRssMb(): number {
    return [...this.peakRssKb.values()].reduce((sum, kb) => sum + kb, 0) / 1024;
  }

  /** Stops the workers; after a failure, removes the files they were writing. */
  async close(): Promise<void> {
    const pool = await this.pool.catch(() => undefined);
    if (!pool) return;
    const pids = pool.threads.map((worker) => worker.threadId);
    for (const reject of this.pending.values()) reject(this.failure ?? new Error('PDF-poolen stängdes.'));
    await pool.destroy();
    await Promise.all([...this.unwritten].flatMap((file) => pids.map((pid) => rm(temporaryPath(file, pid), { force: true }))));
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    void this.pool.then((pool) => pool.cancelPendingTasks(), () => undefined);
    for (const reject of this.pending.values()) reject(error);
  }
}
