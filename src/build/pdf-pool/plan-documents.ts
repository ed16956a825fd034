/**
 * Every PDF of one plan: the plan's own and one per follow-up (issue 21), side by side in the
 * plan's folder: dist/<plan>/<plan>.pdf and dist/<plan>/<follow-up>.pdf. A plan and its
 * follow-ups render together, from the same model and under the same cache key.
 */
import path from 'node:path';
import type { DerivedPlan } from '../../derive/derive-plan';
import { renderFollowUpPdf } from '../../pdf/document/follow-up/render-follow-up';
import { renderPlanPdf, type RenderOptions } from '../../pdf/document/render-plan';
import { writeFileAtomic } from '../../shared/write-atomic';

export interface PlanDocument {
  /** The file's name in the plan's folder: "<plan>.pdf" or "<follow-up>.pdf". */
  name: string;
  pdf: Buffer;
}

/** `options.source` goes to the plan's colophon (the follow-up reports have none yet). */
export async function renderPlanDocuments(plan: DerivedPlan, contentRoot: string, options: RenderOptions = {}): Promise<PlanDocument[]> {
  const documents: PlanDocument[] = [{ name: `${plan.id}.pdf`, pdf: await renderPlanPdf(plan, contentRoot, options) }];
  for (const followUp of plan.followUps ?? []) documents.push({ name: `${followUp.id}.pdf`, pdf: await renderFollowUpPdf(plan, followUp, contentRoot) });
  return documents;
}

/** Writes the documents beside `planFile` (the plan's own PDF), each atomically. */
export async function writePlanDocuments(planFile: string, documents: readonly PlanDocument[]): Promise<void> {
  const dir = path.dirname(planFile);
  await Promise.all(documents.map((document) => writeFileAtomic(path.join(dir, document.name), document.pdf)));
}
