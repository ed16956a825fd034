/** The PDF renderer's public surface. */
export { renderPlanPdf, renderPlanPdfWithPages, tocEntries, type RenderOptions, type RenderResult } from './document/render-plan';
export type { Placement } from './engine/flow';
export { PdfInputError } from './engine/errors';
