/**
 * The shapes of styled text and laid-out lines, apart from the line breaker so that
 * text-layout.ts and word-pieces.ts can both use them without importing each other.
 */
import type { FontStyle } from './fonts';
import type { StructNode } from './tagging';

export interface Run {
  text: string;
  style: FontStyle;
  /** http(s)/mailto URL, or "#anchor" for an internal link. */
  link?: string;
  /** Structure element that owns this run (a Link or a Reference); default: the paragraph. */
  node?: StructNode;
  sup?: boolean;
  color?: string;
}

export interface Segment extends Omit<Run, 'text'> {
  text: string;
  x: number;
  width: number;
}

export interface Line {
  segments: Segment[];
  width: number;
  /**
   * The line ends where a space (or a line break) was: its marked content ends with a
   * space so that text extracted per paragraph keeps the words apart.
   */
  spaceAfter?: boolean;
}

export interface TextStyle {
  size: number;
  /** Line height in points. */
  leading: number;
  features?: string[];
  align?: 'left' | 'right' | 'center';
}
