/**
 * The job type shared by the PDF run layer (render-all, the pool and its worker), apart
 * so that the pool and render-all do not import each other.
 */
import type { DerivedPlan } from '../../derive/derive-plan';

/**
 * A plan to render: its derived model, or the model cache file that holds it (then with the
 * ids of its follow-ups, whose PDFs are rendered with the plan's; plan-documents.ts).
 */
export type PdfJob = DerivedPlan | { id: string; modelFile: string; followUps?: string[] };

/** The ids of the follow-ups whose PDFs a job writes beside the plan's. */
export function jobFollowUps(job: PdfJob): string[] {
  return 'modelFile' in job ? job.followUps ?? [] : (job.followUps ?? []).map((followUp) => followUp.id);
}

/** File names of a plan's PDFs in its folder, the plan's first (here, apart from the renderer, so the build can ask without loading pdfkit). */
export function planPdfNames(planId: string, followUpIds: readonly string[] = []): string[] {
  return [`${planId}.pdf`, ...followUpIds.map((id) => `${id}.pdf`)];
}
