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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatAmount } from '../shared/format-sv';
import { SITE } from '../shared/words-sv';
import { writeFileAtomic } from '../shared/write-atomic';

/** The page count of a PDF as pdfkit writes it: the root page tree's /Count (the largest). */
export function pdfPageCount(pdf: Buffer): number | undefined {
  const text = pdf.toString('latin1');
  let count: number | undefined;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) count = Math.max(count ?? 0, Number(match[1]));
  return count;
}

/** "345", "1 234" (kB of 1 024 bytes, at least 1). */
export const kilobytes = (bytes: number) => formatAmount(Math.max(1, Math.round(bytes / 1024)));

const MARKED_LINK = /(<a\b[^>]*\bdata-pdf-size(?:="")?[^>]*>)[^<]*(<\/a>)/;

/** Writes the PDF's pages and size into the link of each listed plan's page in `siteDir`. */
export async function fillPdfLinks(siteDir: string, planIds: Iterable<string>): Promise<void> {
  const ids = [...planIds];
  // A few at a time: reading every PDF at once would hold them all in memory.
  for (let i = 0; i < ids.length; i += 8) {
    await Promise.all(ids.slice(i, i + 8).map(async (id) => {
      const page = path.join(siteDir, id, 'index.html');
      const pdfFile = path.join(siteDir, id, `${id}.pdf`);
      const [html, pdf] = await Promise.all([readFile(page, 'utf8'), readFile(pdfFile)]);
      const pages = pdfPageCount(pdf);
      if (pages === undefined || !MARKED_LINK.test(html)) return;
      await writeFileAtomic(page, html.replace(MARKED_LINK, (_, open: string, close: string) => `${open}${SITE.downloadPdfSized(pages, kilobytes(pdf.length))}${close}`));
    }));
  }
}
