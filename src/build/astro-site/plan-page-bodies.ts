/**
 * Plan pages and plan.json files for the Astro routes. A build renders them ahead in
 * worker threads, from the start of the build and in the order Astro will ask for them
 * (the routes' getStaticPaths order), so Astro's own thread only puts finished HTML into
 * the layout and writes files. At most WINDOW results per kind wait unclaimed, so memory
 * stays flat for any number of plans. `npm run dev` renders on request in its own thread,
 * so an edited plan shows at once.
 *
 * Under `npm run build` plan.json is no route at all: whoever renders a plan's page (a
 * worker, or Astro's thread for a handful of pages) writes the plan's plan.json beside it
 * from the same model. Each model file is then read once instead of twice, and Astro's
 * thread, which every page passes through, has half as many routes to write.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DerivedPlan } from '../../derive/derive-plan';
import { bundledEntry } from '../../workers/entry-bundle';
import { planJsonText, writePlanJson } from '../../site/plan-json';
import { loadSitePlan, modelFromParent, sitePlanSource } from './site-plans';
import type { SiteLinks } from '../../site/plan-page/links';
import { pageWorkerCount } from '../../site/plan-page/pool-size';
import type { PlanPage } from '../../site/plan-page/plan-body';

export type PageKind = 'page' | 'json';
interface Results { page: PlanPage; json: string }
export interface PageJob { kind: PageKind; id: string; source: { file: string } | { model: DerivedPlan } }
/** What every worker is given once. */
export interface PageWorkerData { links: SiteLinks; planJsonDir?: string }
export type PageReply = { kind: PageKind; id: string } & ({ result: PlanPage | string } | { error: string });

/** Results of one kind rendered ahead of the one Astro is writing (a page is about 60 kB). */
const WINDOW = 256;
/** Jobs queued per worker: Astro's thread hands out work only between its own steps, so each worker keeps a queue. */
const IN_FLIGHT = 16;

interface Pending { promise: Promise<unknown>; resolve: (value: unknown) => void; reject: (error: Error) => void }

class PagePool {
  private readonly queues: Map<PageKind, string[]>;
  private readonly pending = new Map<string, Pending & { kind: PageKind }>();
  /** Results Astro is waiting for: they go ahead of the window. */
  private readonly awaited = new Set<string>();
  private readonly inFlight = new Map<Worker, number>();
  /** The kind Astro asked for last (Astro 7 writes every plan.json before the pages). */
  private active: PageKind;
  private closing = false;

  constructor(kinds: readonly PageKind[], ids: readonly string[], private readonly workerData: PageWorkerData, size: number, root: string) {
    this.queues = new Map(kinds.map((kind) => [kind, [...ids]]));
    this.active = kinds[0]!;
    bundledEntry(path.join(root, 'src/build/astro-site/body-worker.ts'), root).then((file) => this.start(file, size), (error: Error) => this.failAll(error));
  }

  /** A result rendered ahead, or moved to the front of its queue; undefined for one the pool was not given. */
  take<K extends PageKind>(kind: K, id: string): Promise<Results[K]> | undefined {
    const key = `${kind}:${id}`;
    let entry = this.pending.get(key);
    if (!entry) {
      const queue = this.queues.get(kind);
      const at = queue?.indexOf(id) ?? -1;
      if (!queue || at < 0) return undefined;
      queue.splice(at, 1);
      queue.unshift(id);
      entry = this.expect(kind, id);
    }
    this.active = kind;
    this.awaited.add(key);
    this.dispatch();
    return (entry.promise as Promise<Results[K]>).finally(() => {
      this.pending.delete(key);
      this.awaited.delete(key);
      this.dispatch();
      if (this.pending.size === 0 && [...this.queues.values()].every((queue) => queue.length === 0)) this.close();
    });
  }

  private expect(kind: PageKind, id: string): Pending & { kind: PageKind } {
    let resolve!: Pending['resolve'];
    let reject!: Pending['reject'];
    const promise = new Promise<unknown>((res, rej) => { resolve = res; reject = rej; });
    // A result Astro never asks for after a failure must not become an unhandled rejection.
    promise.catch(() => undefined);
    const entry = { kind, promise, resolve, reject };
    this.pending.set(`${kind}:${id}`, entry);
    return entry;
  }

  private start(file: string, size: number): void {
    if (this.closing) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, { workerData: this.workerData });
      // Astro exits when its work is done; the workers must not keep it alive.
      worker.unref();
      worker.on('message', (reply: PageReply) => {
        const entry = this.pending.get(`${reply.kind}:${reply.id}`);
        if ('result' in reply) entry?.resolve(reply.result);
        else entry?.reject(new Error(`planverk: ${reply.kind === 'page' ? 'sidan' : 'plan.json'} för planen "${reply.id}" kunde inte byggas: ${reply.error}`));
        this.inFlight.set(worker, this.inFlight.get(worker)! - 1);
        this.dispatch();
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (!this.closing) this.failAll(new Error(`planverk: en arbetstråd för webbsidorna avslutades oväntat (kod ${code}).`));
      });
      this.inFlight.set(worker, 0);
    }
    this.dispatch();
  }

  /**
   * The next job: of the kind Astro is writing, else of the other kind (ahead of its route),
   * each kind up to its window; a result Astro is waiting for goes first.
   */
  private nextJob(): { kind: PageKind; id: string } | undefined {
    const kinds = [this.active, ...[...this.queues.keys()].filter((kind) => kind !== this.active)];
    for (const kind of kinds) {
      const queue = this.queues.get(kind)!;
      if (queue.length === 0) continue;
      const wanted = this.awaited.has(`${kind}:${queue[0]}`);
      if (!wanted && this.ahead(kind) >= WINDOW) continue;
      return { kind, id: queue.shift()! };
    }
    return undefined;
  }

  private ahead(kind: PageKind): number {
    let count = 0;
    for (const entry of this.pending.values()) if (entry.kind === kind) count++;
    return count;
  }

  private dispatch(): void {
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const [worker, count] of this.inFlight) {
        if (count >= depth) continue;
        const job = this.nextJob();
        if (!job) return;
        const entry = this.pending.get(`${job.kind}:${job.id}`) ?? this.expect(job.kind, job.id);
        this.inFlight.set(worker, count + 1);
        sitePlanSource(job.id).then((source) => worker.postMessage({ ...job, source } satisfies PageJob), (error: Error) => entry.reject(error));
      }
    }
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    for (const [kind, queue] of this.queues) for (const id of queue.splice(0)) this.expect(kind, id).reject(error);
    this.close();
  }

  close(): void {
    this.closing = true;
    for (const worker of this.inFlight.keys()) void worker.terminate();
    this.inFlight.clear();
  }
}

const POOL_KEY = Symbol.for('planverk.pagePool');
const JSON_DIR_KEY = Symbol.for('planverk.planJsonDir');
const holder = globalThis as { [POOL_KEY]?: PagePool; [JSON_DIR_KEY]?: string };

/** True when plan.json is written with the pages (`npm run build`), not by its Astro route. */
export function planJsonWithPages(): boolean {
  return modelFromParent();
}

/** Where plan.json is written with the pages, when it is (set before any page is rendered). */
export function writePlanJsonInto(siteDir: string): void {
  if (planJsonWithPages()) holder[JSON_DIR_KEY] = siteDir;
}

/**
 * Starts rendering a build's plan pages and plan.json files ahead (called by the
 * integration when the build starts; `ids` in the routes' order). The workers write
 * plan.json where `writePlanJsonInto()` said, if it did. True when workers render the pages.
 */
export function startPlanPages(ids: readonly string[], links: SiteLinks, root: string): boolean {
  const planJsonDir = holder[JSON_DIR_KEY];
  const size = pageWorkerCount(ids.length);
  const kinds: PageKind[] = planJsonDir ? ['page'] : ['json', 'page'];
  if (size > 0 && !holder[POOL_KEY]) holder[POOL_KEY] = new PagePool(kinds, ids, { links, planJsonDir }, size, root);
  return size > 0;
}

/** Stops the workers and forgets what they rendered (the build is done, or a test ends). */
export function stopPlanPages(): void {
  holder[POOL_KEY]?.close();
  delete holder[POOL_KEY];
  delete holder[JSON_DIR_KEY];
}

export async function planPageBody(id: string, links: SiteLinks): Promise<PlanPage> {
  const pooled = holder[POOL_KEY]?.take('page', id);
  if (pooled) return pooled;
  // Loaded on first use: the Astro integration imports this module, and the renderer
  // (unified, hono …) would otherwise slow every start of Astro.
  const { planPage } = await import('../../site/plan-page/plan-body');
  const derived = await loadSitePlan(id);
  const planJsonDir = holder[JSON_DIR_KEY];
  if (planJsonDir) writePlanJson(planJsonDir, derived);
  return planPage(derived, links);
}

export async function planJsonBody(id: string): Promise<string> {
  return holder[POOL_KEY]?.take('json', id) ?? planJsonText(await loadSitePlan(id));
}
