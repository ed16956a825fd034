/**
 * The job type shared by the PDF run layer (render-all, the pool and its worker), apart
 * so that the pool and render-all do not import each other.
 */
import type { DerivedPlan } from '../../derive/derive-plan';

/** A plan to render: its derived model, or the model cache file that holds it. */
export type PdfJob = DerivedPlan | { id: string; modelFile: string };
