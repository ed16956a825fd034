/**
 * Running header and footer ("Sida 3 av 14") and the UTKAST mark on every page of a
 * draft. Drawn after the body, when the page count is known; all of it is artifact.
 */
import { pageInternals } from '../engine/pdfkit-internals';
import type { DerivedPlan } from '../../derive/derive-plan';
import { PAGE as WORDS } from '../../shared/words-sv';
import { FONT_NAME, textWidth } from '../engine/fonts';
import { fitOnLine } from '../engine/text-layout';
import { artifact, closeMarkedText } from '../engine/tagging';
import { textOperators, writeOperators } from '../engine/glyph-runs';
import { COLOR, PAGE } from '../engine/theme';

/** The large UTKAST (`mark`) behind the content of a draft's page; called as each page starts. */
export function drawDraftMark(doc: PDFKit.PDFDocument, mark: string): void {
  artifact(doc, 'Background', () => {
    doc.save();
    doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
    doc.font(FONT_NAME.bold).fontSize(110).fillColor(COLOR.draft);
    const w = textWidth('bold', mark, 110);
    doc.text(mark, PAGE.width / 2 - w / 2, PAGE.height / 2 - 70, { lineBreak: false });
    doc.restore();
  });
}

export function drawPageFurniture(doc: PDFKit.PDFDocument, plan: DerivedPlan): void {
  drawRunningFurniture(doc, { title: plan.front.title, organisation: plan.plan.organisation.name, draftMark: plan.front.draftMark });
}

/** What the running header and footer say: the document's title, the organisation, and UTKAST for a draft. */
export interface Furniture {
  title: string;
  organisation: string;
  draftMark?: string;
}

/** The running header and footer of every page but the cover (the plan's, or a follow-up report's). */
export function drawRunningFurniture(doc: PDFKit.PDFDocument, { title, organisation, draftMark }: Furniture): void {
  const { start, count } = doc.bufferedPageRange();
  const left = PAGE.marginLeft;
  const right = PAGE.width - PAGE.marginRight;
  const headerText = title;
  // A name wider than half the line is cut like the title (both share the header line).
  const orgText = fitOnLine(organisation, 'regular', 8.5, (right - left) / 2);
  const shown = fitOnLine(headerText, 'regular', 8.5, right - left - textWidth('regular', orgText, 8.5) - 20);
  for (let i = start; i < start + count; i++) {
    closeMarkedText(doc);
    doc.switchToPage(i);
    pageInternals(doc).dictionary.data.Tabs = 'S';
    if (i === 0) continue; // the cover has no running header or footer
    artifact(doc, 'Pagination', () => {
      const footer = WORDS.number(i + 1, count);
      const fw = textWidth('regular', footer, 8.5);
      const text = (style: 'regular' | 'bold', x: number, top: number, value: string, color: string = COLOR.muted) => ({ style, size: 8.5, x, top, text: value, color });
      writeOperators(doc, textOperators(doc, [
        text('regular', left, 38, shown),
        text('regular', right - textWidth('regular', orgText, 8.5), 38, orgText),
      ]));
      doc.moveTo(left, 52).lineTo(right, 52).lineWidth(0.4).strokeColor(COLOR.lightRule).stroke();
      doc.moveTo(left, PAGE.height - 50).lineTo(right, PAGE.height - 50).lineWidth(0.4).strokeColor(COLOR.lightRule).stroke();
      writeOperators(doc, textOperators(doc, [
        text('regular', right - fw, PAGE.height - 44, footer),
        ...(draftMark ? [text('bold', left, PAGE.height - 44, draftMark, '#8a2f3f')] : []),
      ]));
    });
  }
}
