/** The PDF renderer's public surface. */
export { renderPlanPdf, renderPlanPdfWithPages, tocEntries, type RenderOptions, type RenderResult } from './render-plan';
export { PdfInputError } from './errors';
