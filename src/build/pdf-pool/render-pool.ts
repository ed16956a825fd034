/**
 * A bounded pool of PDF worker processes. Plans are handed out as workers become free,
 * at most two per worker in flight: a worker renders one while it writes the PDF of the
 * one before, so it never waits for the file system (memory stays flat for 10 or 10 000
 * plans, and a slow plan holds back at most one other). The first failure stops the pool:
 * queued plans are dropped and the workers killed.
 *
 * Processes rather than worker threads: measured on 2 cores, two worker threads rendered
 * no faster than one (the isolates share V8's background threads for garbage collection
 * and compilation, which a single renderer already keeps busy), while two processes gave
 * about 1,4 times the throughput (see docs/prestanda.md).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { PdfJob } from './pdf-job';
import { fileURLToPath } from 'node:url';
import { bundledEntry } from '../../workers/entry-bundle';
import { temporaryPath } from '../../shared/write-atomic';

interface Task {
  plan: PdfJob;
  contentRoot: string;
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** `file`: the PDF the reply is about; `rssKb`: the worker's peak resident memory so far. */
export type Reply = ({ ok: true } | { ok: false; error: string }) & { file: string; rssKb: number };

/**
 * A worker's live heap stays near 40 MB, but V8 lets the old generation grow up to four
 * times that before collecting it, so each worker's memory drifted to 350–450 MB and the
 * stage's peak past 1 GB in some runs. Growing by at most 2,5 times: 700–780 MB instead of
 * 860–1 060 MB for 1000 plans, and 2–3 % more time (docs/prestanda.md).
 */
const WORKER_FLAGS = ['--heap-growing-percent=150'];

/** Plans in flight per worker: one rendering, one being written. */
const IN_FLIGHT = 2;

export class RenderPool {
  private readonly workers: ChildProcess[] = [];
  private readonly busy = new Map<ChildProcess, Task[]>();
  private readonly queue: Task[] = [];
  private readonly peakRssKb = new Map<ChildProcess, number>();
  private failure: Error | undefined;
  private closing = false;
  /** Files being written when the pool stopped: their temporary files are removed on close. */
  private readonly interrupted: { file: string; pid: number | undefined }[] = [];
  private readonly started: Promise<void>;

  constructor(private readonly size: number) {
    this.started = this.start();
  }

  render(plan: PdfJob, contentRoot: string, file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.queue.push({ plan, contentRoot, file, resolve, reject });
      void this.started.then(() => this.dispatch(), (error: Error) => this.fail(error));
    });
  }

  /** Sum of the workers' peak memory (MB): an upper bound of what they held at once. */
  workersPeakRssMb(): number {
    return [...this.peakRssKb.values()].reduce((sum, kb) => sum + kb, 0) / 1024;
  }

  async close(): Promise<void> {
    await this.started.catch(() => undefined);
    this.closing = true;
    const workers = [...this.peakRssKb.keys()];
    await Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
      if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
      worker.once('exit', () => resolve());
      worker.kill();
    })));
    await Promise.all(this.interrupted.map(({ file, pid }) => (pid ? rm(temporaryPath(file, pid), { force: true }) : undefined)));
  }

  private async start(): Promise<void> {
    const script = await bundledEntry(fileURLToPath(new URL('./render-worker.ts', import.meta.url)), fileURLToPath(new URL('../../..', import.meta.url)));
    for (let i = 0; i < this.size; i++) {
      const worker = fork(script, [], { execArgv: WORKER_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
      this.peakRssKb.set(worker, 0);
      worker.on('message', (reply: Reply) => this.finished(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code, signal) => {
        if (!this.closing) this.fail(new Error(`PDF-arbetaren avslutades oväntat (${signal ?? `kod ${code}`}).`));
      });
      this.workers.push(worker);
      this.busy.set(worker, []);
    }
  }

  private dispatch(): void {
    // Fill every worker's first slot before any second one.
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const worker of this.workers) {
        const tasks = this.busy.get(worker)!;
        while (!this.failure && !this.closing && tasks.length < depth && this.queue.length > 0) {
          const task = this.queue.shift()!;
          tasks.push(task);
          worker.send({ plan: task.plan, contentRoot: task.contentRoot, file: task.file });
        }
      }
    }
  }

  private finished(worker: ChildProcess, reply: Reply): void {
    this.peakRssKb.set(worker, Math.max(this.peakRssKb.get(worker) ?? 0, reply.rssKb));
    const tasks = this.busy.get(worker) ?? [];
    const index = tasks.findIndex((busy) => busy.file === reply.file);
    if (index < 0) return;
    const [task] = tasks.splice(index, 1) as [Task];
    if (reply.ok) task.resolve();
    else this.fail(new Error(reply.error), task);
    this.dispatch();
  }

  private fail(error: Error, task?: Task): void {
    if (this.failure) return;
    this.failure = error;
    task?.reject(error);
    this.interrupted.push(...[...this.busy].flatMap(([worker, tasks]) => tasks.map((busy) => ({ file: busy.file, pid: worker.pid }))));
    for (const pending of [...[...this.busy.values()].flat(), ...this.queue.splice(0)]) if (pending !== task) pending.reject(error);
    for (const tasks of this.busy.values()) tasks.length = 0;
  }
}
