/** Page geometry, type sizes and colours of the PDF, in points (1/72 inch). */
import type { TextStyle } from './text-layout';

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 72,
  marginBottom: 70,
  marginLeft: 70,
  marginRight: 70,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const CONTENT_BOTTOM = PAGE.height - PAGE.marginBottom;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  link: '#1a4f8b',
  rule: '#8c8c8c',
  lightRule: '#c8c8c8',
  headerFill: '#e6ecf2',
  accent: '#22466e',
  draft: '#d9d9d9',
} as const;

export const BODY: TextStyle = { size: 10.5, leading: 14.5 };
export const SMALL: TextStyle = { size: 9, leading: 12 };
export const CELL: TextStyle = { size: 9, leading: 11.8 };
export const NUMERIC_FEATURES = ['tnum'];

export const HEADING: Record<number, TextStyle & { before: number; after: number }> = {
  1: { size: 17, leading: 21, before: 18, after: 8 },
  2: { size: 13.5, leading: 17, before: 14, after: 6 },
  3: { size: 11.5, leading: 15, before: 10, after: 4 },
  4: { size: 10.5, leading: 14, before: 8, after: 3 },
};

export const PARAGRAPH_GAP = 6;
export const LIST_INDENT = 14;
export const CELL_PADDING = { x: 4, y: 3 };
