/**
 * Line breaking for rich text: runs of styled text (regular, italic, bold, links,
 * superscripts) become lines of positioned segments for a given width. Greedy, with
 * Swedish hyphenation when a word does not fit, and forced breaks inside words that
 * are longer than the column (URLs, odd input) so text never leaves its box.
 */
import { textWidth, type FontStyle } from './fonts';
import { partsWidth, partWidth, WordPieces, type Part } from './word-pieces';
import type { Line, Run, Segment, TextStyle } from './text-types';

export type { Line, Run, Segment, TextStyle } from './text-types';

type Token = { kind: 'word'; parts: Part[] } | { kind: 'space' } | { kind: 'newline' };

function tokenize(runs: readonly Run[]): Token[] {
  const tokens: Token[] = [];
  let word: Part[] | undefined;
  const flush = () => { if (word) { tokens.push({ kind: 'word', parts: word }); word = undefined; } };
  for (const run of runs) {
    // Ordinary spaces and newlines break; no-break spaces (U+00A0, U+202F) do not.
    for (const piece of run.text.split(/([ \t\r]+|\n)/)) {
      if (piece === '') continue;
      if (piece === '\n') { flush(); tokens.push({ kind: 'newline' }); continue; }
      if (/^[ \t\r]+$/.test(piece)) { flush(); if (tokens.at(-1)?.kind !== 'space') tokens.push({ kind: 'space' }); continue; }
      (word ??= []).push({ text: piece.replace(/\u00ad/g, ''), run });
    }
  }
  flush();
  return tokens;
}

export interface LayoutOptions {
  /** Try Swedish hyphenation when a word does not fit (default true). */
  hyphenate?: boolean;
}

export function layoutRuns(runs: readonly Run[], width: number, style: TextStyle, options: LayoutOptions = {}): Line[] {
  const hyphenate = options.hyphenate ?? true;
  const space = textWidth('regular', ' ', style.size);
  const lines: Part[][][] = [];
  const spaceAfter: boolean[] = [];
  let current: Part[][] = [];
  let currentWidth = 0;
  const newLine = (space = false) => { lines.push(current); spaceAfter.push(space); current = []; currentWidth = 0; };

  const tokens = tokenize(runs);
  let pendingSpace = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'newline') { newLine(true); pendingSpace = false; continue; }
    if (token.kind === 'space') { pendingSpace = current.length > 0; continue; }
    const whole = partsWidth(token.parts, style);
    const gap = current.length > 0 && pendingSpace ? space : 0;
    if (currentWidth + gap + whole <= width + 0.01) {
      if (gap) current.push([{ text: ' ', run: token.parts[0]!.run }]);
      current.push(token.parts);
      currentWidth += gap + whole;
      pendingSpace = false;
      continue;
    }
    // Every pass places the rest of the word, a head of it, or ends a non-empty line, so
    // the loop ends; each pass costs about one line's length (see word-pieces.ts).
    const word = new WordPieces(token.parts, style, hyphenate, whole);
    while (!word.done) {
      const gap = current.length > 0 && pendingSpace ? space : 0;
      const remaining = width - currentWidth - gap;
      const rest = word.restIfFits(remaining);
      if (rest) {
        if (gap) current.push([{ text: ' ', run: rest[0]!.run }]);
        current.push(rest);
        currentWidth += gap + partsWidth(rest, style);
        pendingSpace = false;
        break;
      }
      // Break inside the word when the line would otherwise be left too empty, or the
      // word is longer than a whole line.
      const worthIt = current.length === 0 || remaining > Math.max(0.12 * width, 3 * style.size);
      const head = worthIt ? word.breakHead(remaining) : undefined;
      if (head) {
        if (gap) current.push([{ text: ' ', run: head[0]!.run }]);
        current.push(head);
        newLine();
        pendingSpace = false;
        continue;
      }
      if (current.length > 0) { newLine(gap > 0); pendingSpace = false; continue; }
      // Alone on a line and still too wide: break between characters.
      current.push(word.forcedHead(width));
      newLine();
    }
  }
  if (current.length > 0 || lines.length === 0) newLine();

  return lines.map((words, i) => {
    const line = toLine(words.flat(), style, width);
    if (spaceAfter[i] && i < lines.length - 1) line.spaceAfter = true;
    return line;
  });
}

/** Merges adjacent parts of the same run into segments and positions them. */
function toLine(parts: Part[], style: TextStyle, width: number): Line {
  const segments: Segment[] = [];
  let x = 0;
  for (const part of parts) {
    const w = partWidth(part, style);
    const last = segments.at(-1);
    const { text: _text, ...rest } = part.run;
    if (last && last.style === part.run.style && last.link === part.run.link && last.node === part.run.node && !!last.sup === !!part.run.sup && last.color === part.run.color) {
      last.text += part.text;
      last.width += w;
    } else {
      segments.push({ ...rest, text: part.text, x, width: w });
    }
    x += w;
  }
  // Trailing spaces do not count.
  while (segments.length && segments.at(-1)!.text.trim() === '') x -= segments.pop()!.width;
  const lineWidth = x;
  const shift = style.align === 'right' ? width - lineWidth : style.align === 'center' ? (width - lineWidth) / 2 : 0;
  if (shift) for (const segment of segments) segment.x += shift;
  return { segments, width: lineWidth };
}

/** Plain text in one style: the common case. */
export function plainRuns(text: string, style: FontStyle = 'regular'): Run[] {
  return [{ text, style }];
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/**
 * `text` on one line of at most `maxWidth`, cut with "…" when longer. Graphemes are
 * measured one at a time only as far as the line reaches, so a title of a megabyte costs
 * no more than one of a line (cutting two characters at a time from the end was quadratic).
 */
export function fitOnLine(text: string, style: FontStyle, size: number, maxWidth: number): string {
  const ellipsis = textWidth(style, '…', size);
  let width = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    width += textWidth(style, segment, size);
    if (width > maxWidth) break;
    end = index + segment.length;
  }
  if (end === text.length && textWidth(style, text, size) <= maxWidth) return text;
  // Back off until the cut text and its ellipsis fit, kerning included (a few steps).
  let shown = text.slice(0, end);
  while (shown.length > 0 && (textWidth(style, shown, size) + ellipsis > maxWidth || /\s$/.test(shown))) {
    const last = [...graphemes.segment(shown.slice(-8))].at(-1)!;
    shown = shown.slice(0, shown.length - last.segment.length);
  }
  return `${shown}…`;
}
