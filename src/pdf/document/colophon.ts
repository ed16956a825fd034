/**
 * The colophon at the foot of the last page: the date the PDF was made, planverk's
 * version and the source commit, so an archived PDF can be traced to its source. The
 * renderer runs no git: the build layer reads the source once per build and passes it in
 * (src/build/source-info.ts); the PDF cache key covers it.
 */
import packageJson from '../../../package.json';
import type { PageFlow } from '../engine/flow';
import { paragraphRows } from '../engine/prose';
import { artifact, type StructNode } from '../engine/tagging';
import type { BoxRow } from '../engine/flow';
import { COLOR, CONTENT_WIDTH } from '../engine/theme';
import { formatDateLong } from '../../shared/format-sv';
import { COLOPHON } from '../../shared/words-sv';

/** Where the PDF's content came from, as the build read it. */
export interface SourceInfo {
  /** The colophon's date, YYYY-MM-DD: the source commit's date or SOURCE_DATE_EPOCH, never the clock. */
  date?: string;
  /** The commit of the content when built in a git checkout (full hash; printed short). */
  commit?: string;
  /** Files under the content root differed from the commit. */
  modified?: boolean;
}

export const PLANVERK_VERSION: string = packageJson.version;

/** The colophon's lines, in order. */
export function colophonLines(source: SourceInfo | undefined): string[] {
  const lines: string[] = [];
  if (source?.date) lines.push(COLOPHON.printed(formatDateLong(source.date)));
  lines.push(COLOPHON.version(PLANVERK_VERSION));
  if (source?.commit) lines.push(COLOPHON.source(`${source.commit.slice(0, 12)}${source.modified ? ` (${COLOPHON.modified})` : ''}`));
  return lines;
}

const STYLE = { size: 8, leading: 10.5 };

/** Draws the colophon at the foot of the current (last) page, or of a new one when the page is full. */
export function drawColophon(flow: PageFlow, source: SourceInfo | undefined, root: StructNode): void {
  const rows: BoxRow[] = colophonLines(source).flatMap((line) => paragraphRows([{ text: line, style: 'regular' }], root.child('P'), { x: 0, width: CONTENT_WIDTH, style: STYLE, color: COLOR.muted, hyphenate: false }));
  const height = rows.reduce((sum, row) => sum + row.height, 0);
  const gap = 24;
  if (flow.y + gap + height > flow.bottom) flow.newPage();
  flow.y = flow.bottom - height;
  const y = flow.y - 6;
  artifact(flow.doc, 'Layout', () => {
    flow.doc.moveTo(flow.left, y).lineTo(flow.left + 120, y).lineWidth(0.4).strokeColor(COLOR.lightRule).stroke();
  });
  flow.drawRows(rows.map((row) => ({ ...row, group: undefined })));
}
