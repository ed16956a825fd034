/**
 * "Ladda ner PDF (12 sidor, 345 kB)": the PDF's pages and size are known only when the PDF
 * pool is done, and the pool runs beside Astro. So the plan page is written with the plain
 * link, marked `data-pdf-size`, and `npm run build` fills in the numbers after both have
 * finished, for the pages Astro wrote in this build (a kept page was filled when it was
 * written, and its PDF is kept with it: both depend on the same plan key and code). The
 * link is outside the search index (data-pagefind-ignore), so filling it in after the
 * index is written changes no search result. A page is replaced by rename, never written
 * into: the staging folder holds hard links to the previous dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatAmount } from '../shared/format-sv';
import { SITE } from '../shared/words-sv';
import { writeFileAtomicSync } from '../shared/write-atomic';

const PAGES = Buffer.from('/Pages');

/**
 * The page count of a PDF as pdfkit writes it: the root page tree's /Count (the largest).
 * Searched in the bytes, each page tree's dictionary decoded alone: decoding whole PDFs to
 * strings took 0,6 s of the main process for 1000 plans (docs/prestanda.md).
 */
export function pdfPageCount(pdf: Buffer): number | undefined {
  let count: number | undefined;
  for (let at = pdf.indexOf(PAGES); at >= 0; at = pdf.indexOf(PAGES, at + PAGES.length)) {
    const end = pdf.indexOf('>>', at);
    // From the dictionary's "/Type" (at most a few spaces before) to its end.
    const match = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1', Math.max(0, at - 16), end < 0 ? pdf.length : end));
    if (match) count = Math.max(count ?? 0, Number(match[1]));
  }
  return count;
}

/** "345", "1 234" (kB of 1 024 bytes, at least 1). */
export const kilobytes = (bytes: number) => formatAmount(Math.max(1, Math.round(bytes / 1024)));

const MARK = Buffer.from('data-pdf-size');
const MARKED_LINK = /(<a\b[^>]*\bdata-pdf-size(?:="")?[^>]*>)[^<]*(<\/a>)/;

/**
 * `html` with the PDF's pages and size in its marked link, or undefined without one. Only
 * the link is decoded and encoded again, not the whole page.
 */
export function withPdfSize(html: Buffer, pages: number, bytes: number): Buffer | undefined {
  // The first mark inside an <a> tag (the words may also stand in a page's text).
  for (let mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, mark + MARK.length)) {
    const start = html.lastIndexOf('<a', mark);
    const close = html.indexOf('</a>', mark);
    if (close < 0) return undefined;
    if (start < 0) continue;
    const end = close + '</a>'.length;
    const link = html.toString('utf8', start, end);
    if (!MARKED_LINK.test(link)) continue;
    const filled = link.replace(MARKED_LINK, (_, open: string, closing: string) => `${open}${SITE.downloadPdfSized(pages, kilobytes(bytes))}${closing}`);
    return Buffer.concat([html.subarray(0, start), Buffer.from(filled), html.subarray(end)]);
  }
  return undefined;
}

/**
 * Writes the PDF's pages and size into the link of each listed plan's page in `siteDir`.
 * Synchronous, one plan at a time: for 1000 plans 0,40 s against 0,66 s through fs/promises
 * eight plans at a time (docs/prestanda.md, "Planernas filer").
 */
export function fillPdfLinks(siteDir: string, planIds: Iterable<string>): void {
  for (const id of planIds) {
    const page = path.join(siteDir, id, 'index.html');
    const html = readFileSync(page);
    const pdf = readFileSync(path.join(siteDir, id, `${id}.pdf`));
    const pages = pdfPageCount(pdf);
    const filled = pages === undefined ? undefined : withPdfSize(html, pages, pdf.length);
    if (filled) writeFileAtomicSync(page, filled);
  }
}
