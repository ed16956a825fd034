/**
 * The worker thread of ./pages-ahead.ts: makes each plan's page, plan.json and open data
 * files in Astro's order, a bounded number ahead of the pages Astro has asked for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanModel } from '../../incremental/read-model';
import { planPage } from '../../site/plan-page/plan-body';
import { writePlanFiles } from '../../site/write-plan-files';
import type { AheadResult, AheadSetup } from './pages-ahead';

/** Pages made ahead of the last one Astro asked for: enough that one is always ready, few enough to hold little memory. */
const LOOK_AHEAD = 32;

const { tasks, siteDir, links } = workerData as AheadSetup;
let limit = LOOK_AHEAD;
let next = 0;
let running = false;

async function makePages(): Promise<void> {
  if (running) return;
  running = true;
  while (next < tasks.length && next < limit) {
    const task = tasks[next++]!;
    let result: AheadResult;
    try {
      const derived = await readPlanModel(task.file);
      let fileFailure: AheadResult['fileFailure'];
      try {
        writePlanFiles(siteDir, derived);
      } catch (error) {
        // An Error loses its `code` in a message; the code names the failure in Swedish (ENOSPC).
        fileFailure = { message: (error as Error).message, code: (error as NodeJS.ErrnoException).code };
      }
      result = { id: task.id, page: planPage(derived, links, { lastChanged: task.lastChanged }), fileFailure };
    } catch (error) {
      result = { id: task.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(result);
  }
  running = false;
}

// Astro has asked for `taken` pages: make up to LOOK_AHEAD past them.
parentPort!.on('message', (taken: number) => {
  limit = taken + LOOK_AHEAD;
  void makePages();
});
void makePages();
