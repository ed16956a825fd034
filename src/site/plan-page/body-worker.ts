/** A worker thread of the plan-page pool (plan-page-bodies.ts): one plan's page or plan.json per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanModel } from '../../incremental/read-model';
import { planJsonText } from '../plan-json';
import type { SiteLinks } from './links';
import { planPage } from './plan-body';
import type { PageJob, PageReply } from './plan-page-bodies';

const links = (workerData as { links: SiteLinks }).links;

parentPort!.on('message', (job: PageJob) => {
  void (async () => {
    let reply: PageReply;
    try {
      const derived = 'model' in job.source ? job.source.model : await readPlanModel(job.source.file);
      reply = { kind: job.kind, id: job.id, result: job.kind === 'page' ? planPage(derived, links) : planJsonText(derived) };
    } catch (error) {
      reply = { kind: job.kind, id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  })();
});
