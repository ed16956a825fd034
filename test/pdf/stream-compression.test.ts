/**
 * planverk deflates the PDF's streams itself, at zlib level 3 instead of pdfkit's 6
 * (src/pdf/engine/pdfkit-writes.ts): half the deflate time for slightly larger files. Every
 * stream that says FlateDecode must then hold exactly its content deflated once at that
 * level, and the page content streams must be among them.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { STREAM_DEFLATE_LEVEL } from '../../src/pdf/engine/pdfkit-writes';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

interface PdfStream { dictionary: string; data: Buffer }

/** Every stream object of a PDF written by pdfkit (no object streams, direct /Length). */
function streamsOf(pdf: Buffer): PdfStream[] {
  const text = pdf.toString('latin1');
  const streams: PdfStream[] = [];
  const start = /\d+ 0 obj\n(<<[\s\S]*?>>)\nstream\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const length = /\/Length (\d+)/.exec(match[1]!);
    if (!length) throw new Error(`en ström utan direkt /Length: ${match[1]}`);
    const from = match.index + match[0].length;
    streams.push({ dictionary: match[1]!, data: pdf.subarray(from, from + Number(length[1])) });
    start.lastIndex = from + Number(length[1]);
  }
  return streams;
}

describe('PDF stream compression', () => {
  let streams: PdfStream[];
  let pageCount: number;

  beforeAll(async () => {
    const root = await resolveContentRoot('content');
    const { plans } = await checkPlans(root);
    const plan = plans.find((candidate) => candidate.id === 'fou-jamt-2020')!;
    const result = await renderPlanPdfWithPages(plan, root);
    streams = streamsOf(result.pdf);
    pageCount = result.pageCount;
  });

  it('deflates every FlateDecode stream once, at level 3', () => {
    const deflated = streams.filter((stream) => stream.dictionary.includes('/Filter /FlateDecode'));
    expect(STREAM_DEFLATE_LEVEL).toBe(3);
    expect(deflated.length).toBeGreaterThan(pageCount);
    for (const stream of deflated) {
      const content = inflateSync(stream.data);
      expect(deflateSync(content, { level: STREAM_DEFLATE_LEVEL }).equals(stream.data)).toBe(true);
    }
    // The page content streams are among them: text objects with the plan's glyphs.
    const withText = deflated.filter((stream) => /\nBT\n/.test(inflateSync(stream.data).toString('latin1')));
    expect(withText.length).toBeGreaterThanOrEqual(pageCount);
  });

  it('leaves only the XMP metadata uncompressed, as PDF/A wants it readable', () => {
    const plain = streams.filter((stream) => !stream.dictionary.includes('/Filter'));
    expect(plain.map((stream) => /\/Subtype \/(\w+)/.exec(stream.dictionary)?.[1])).toEqual(['XML']);
  });
});
