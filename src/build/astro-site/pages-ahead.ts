/**
 * Under `npm run build`, the plan pages are made ahead of Astro in a worker thread
 * (./page-worker.ts): while Astro's thread writes one page, the worker makes the next ones,
 * with their plan.json and open data files. Astro still asks for the pages one at a time
 * and in shard order, so the search index is written while the pages are
 * (src/site/search-index.ts). At 1000 plans the site stage took about 2 s less (12 %;
 * docs/prestanda.md, "Plansidorna görs i förväg i en arbetstråd").
 *
 * Held on globalThis: the page route runs in Vite's copy of this module.
 */
import { Worker } from 'node:worker_threads';
import type { SiteLinks } from '../../site/plan-page/links';
import type { PlanPage } from '../../site/plan-page/plan-body';

export interface AheadTask {
  id: string;
  /** The plan's model file in the model cache. */
  file: string;
  lastChanged?: string;
}

export interface AheadSetup {
  /** Every page Astro will ask for, in its order. */
  tasks: AheadTask[];
  /** Where plan.json and the open data files go (the build's staging folder). */
  siteDir: string;
  links: SiteLinks;
}

export interface AheadResult {
  id: string;
  page?: PlanPage;
  /** The model could not be read or the page not made. */
  error?: string;
  /** plan.json or an open data file could not be written; the page itself was made. */
  fileFailure?: { message: string; code?: string };
}

export interface PagesAhead {
  /** The made page of `id` (the pages come fastest when taken in the order of the tasks). */
  take(id: string): Promise<AheadResult>;
}

const KEY = Symbol.for('planverk.pagesAhead');
const holder = globalThis as unknown as Record<symbol, Promise<PagesAhead | undefined> | undefined>;

/**
 * The worker for this build, started on first use with what `setup` gives (once per
 * process); undefined when `setup` gives nothing, and the pages are made in Astro's thread.
 */
export function pagesAhead(workerFile: string, setup: () => Promise<AheadSetup | undefined>): Promise<PagesAhead | undefined> {
  holder[KEY] ??= setup().then((data) => data && startWorker(workerFile, data));
  return holder[KEY];
}

function startWorker(workerFile: string, setup: AheadSetup): PagesAhead {
  const worker = new Worker(workerFile, { workerData: setup });
  // Astro ends its process when the pages are done; the worker never holds it open.
  worker.unref();
  const made = new Map<string, AheadResult>();
  const waiting = new Map<string, { resolve: (result: AheadResult) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (result: AheadResult) => {
    const waiter = waiting.get(result.id);
    if (!waiter) return void made.set(result.id, result);
    waiting.delete(result.id);
    waiter.resolve(result);
  });
  worker.on('error', (error) => fail(new Error(`arbetstråden för sidorna stannade: ${error.message}`)));
  worker.on('exit', () => fail(new Error('arbetstråden för sidorna avslutades innan sidan var klar')));
  const position = new Map(setup.tasks.map((task, i) => [task.id, i + 1]));
  let taken = 0;
  return {
    take(id) {
      // Through this page at least, even if Astro asked out of order: the worker never waits for a page that is never asked for.
      taken = Math.max(taken + 1, position.get(id) ?? 0);
      worker.postMessage(taken);
      const result = made.get(id);
      if (result) {
        made.delete(id);
        return Promise.resolve(result);
      }
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
  };
}
