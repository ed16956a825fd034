/**
 * A bounded pool of PDF worker threads. Plans are handed out one at a time as workers
 * become free, so at most one plan per worker is in flight (memory stays flat for 10 or
 * 10 000 plans) and a slow plan never holds back a whole share. The first failure stops
 * the pool: queued plans are dropped and the workers terminated.
 */
import { Worker } from 'node:worker_threads';
import type { PdfJob } from './render-all';
import { rm } from 'node:fs/promises';
import { workerScript } from './worker-script';
import { temporaryPath } from './write-atomic';

interface Task {
  plan: PdfJob;
  contentRoot: string;
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

type Reply = { ok: true } | { ok: false; error: string };

export class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private failure: Error | undefined;
  /** Files being written when the pool stopped: their temporary files are removed on close. */
  private readonly interrupted: string[] = [];
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

  async close(): Promise<void> {
    await this.started.catch(() => undefined);
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
    await Promise.all(this.interrupted.map((file) => rm(temporaryPath(file), { force: true })));
  }

  private async start(): Promise<void> {
    const script = await workerScript();
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(script.url, { execArgv: script.execArgv });
      worker.on('message', (reply: Reply) => this.finished(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 || this.busy.has(worker)) this.fail(new Error(`PDF-arbetaren avslutades oväntat (kod ${code}).`));
      });
      this.idle.push(worker);
    }
  }

  private dispatch(): void {
    while (!this.failure && this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ plan: task.plan, contentRoot: task.contentRoot, file: task.file });
    }
  }

  private finished(worker: Worker, reply: Reply): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (!task) return;
    if (reply.ok) task.resolve();
    else this.fail(new Error(reply.error), task);
    this.dispatch();
  }

  private fail(error: Error, task?: Task): void {
    if (this.failure) return;
    this.failure = error;
    task?.reject(error);
    this.interrupted.push(...[...this.busy.values()].map((busy) => busy.file));
    for (const pending of [...this.busy.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.busy.clear();
  }
}
