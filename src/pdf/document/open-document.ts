/**
 * A new document as planverk writes every PDF (the plan's and each follow-up report's):
 * A4, tagged, Swedish, PDF/A (XMP, output intent), the shared fonts, the outline open, and
 * UTKAST behind every page of a draft. Its bytes are collected as pdfkit writes them.
 */
import PDFDocument from 'pdfkit';
import { fonts, registerFonts } from '../engine/fonts';
import { useCompactOutputIntent } from '../engine/icc';
import { asFontSource, documentInternals } from '../engine/pdfkit-internals';
import { useNativeWrites } from '../engine/pdfkit-writes';
import { closeMarkedText } from '../engine/tagging';
import { PAGE } from '../engine/theme';
import { completeMetadata, type Conformance } from './metadata';
import { drawDraftMark } from './page-furniture';

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Closes the document and gives its bytes. */
  finish(): Promise<Buffer>;
  /** Stops collecting bytes of a document that failed. */
  abandon(): void;
}

export function openDocument(options: { info: PDFKit.DocumentInfo; date: Date; conformance: Conformance; draftMark?: string }): OpenDocument {
  const { info, date, conformance, draftMark } = options;
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: conformance === 'PDF/A-1b' ? '1.4' : '1.7',
    subset: conformance,
    info,
    font: asFontSource(fonts().regular),
  });
  useNativeWrites(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });
  const abandon = () => { doc.removeAllListeners('data'); };
  try {
    registerFonts(doc);
    useCompactOutputIntent(doc);
    completeMetadata(doc, date, conformance);
    documentInternals(doc).outline.options = { expanded: true };
    if (draftMark) {
      drawDraftMark(doc, draftMark);
      doc.on('pageAdded', () => drawDraftMark(doc, draftMark));
    }
  } catch (error) {
    abandon();
    throw error;
  }
  return {
    doc,
    abandon,
    async finish() {
      closeMarkedText(doc);
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
