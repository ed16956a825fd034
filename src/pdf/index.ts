/** The PDF renderer's public surface. */
export { renderPlanPdf, renderPlanPdfWithPages, tocEntries, type RenderOptions, type RenderResult } from './document/render-plan';
export { PdfInputError } from './engine/errors';
