/**
 * Worker process of the render pool: renders the plans it is sent one at a time, in the
 * order sent, and writes each atomically. The pool may send a second plan while one is
 * in flight: the next plan is rendered while the previous PDF is still being written, so
 * the process does not wait for the file system between plans. A reply names its file.
 */
import { readPlanModel } from '../../incremental/read-model';
import type { PdfJob } from './pdf-job';
import type { Reply } from './render-pool';
import { renderPlanPdf } from '../../pdf/document/render-plan';
import { writeFileAtomic } from '../../shared/write-atomic';

interface Job { plan: PdfJob; contentRoot: string; file: string }

const reply = (message: Reply) => process.send!(message);
const rssKb = () => process.resourceUsage().maxRSS;
const failed = (file: string, error: unknown): Reply => ({ ok: false, file, error: error instanceof Error ? error.message : String(error), rssKb: rssKb() });

const queue: Job[] = [];
let rendering = false;

process.on('message', (job: Job) => {
  queue.push(job);
  void renderQueued();
});

async function renderQueued(): Promise<void> {
  if (rendering) return;
  rendering = true;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { plan, contentRoot, file } = job;
      let pdf: Buffer;
      try {
        const model = 'modelFile' in plan ? await readPlanModel(plan.modelFile) : plan;
        pdf = await renderPlanPdf(model, contentRoot);
      } catch (error) {
        reply(failed(file, error));
        continue;
      }
      writeFileAtomic(file, pdf).then(() => reply({ ok: true, file, rssKb: rssKb() }), (error: unknown) => reply(failed(file, error)));
    }
  } finally {
    rendering = false;
  }
}
// The build stopped or was killed: never outlive it.
process.on('disconnect', () => process.exit(1));
