/**
 * Line breaking for rich text: runs of styled text (regular, italic, bold, links,
 * superscripts) become lines of positioned segments for a given width. Greedy, with
 * Swedish hyphenation when a word does not fit, and forced breaks inside words that
 * are longer than the column (URLs, odd input) so text never leaves its box.
 */
import LineBreaker from 'linebreak';
import { textWidth, type FontStyle } from './fonts';
import { partsWidth, partWidth, WordPieces, type Part } from './word-pieces';
import type { Line, Run, Segment, TextStyle } from './text-types';

export type { Line, Run, Segment, TextStyle } from './text-types';

type Token = { kind: 'word'; parts: Part[] } | { kind: 'space' } | { kind: 'newline' };

/** Characters that separate words: they become a space between words, or a line break. */
const SPACES = /([ \t\r]+|\n)/;

/**
 * Where a line may break inside a stretch without spaces, by the Unicode line breaking
 * algorithm (UAX #14): after a dash or a hyphen between words, at a zero-width space,
 * between ideographs. Breaks at spaces and newlines are the tokens' own; no-break spaces
 * (U+00A0, U+202F) and the hyphen in "2020-2023" give none. Offsets are into the runs'
 * joined text.
 */
function innerBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const before = text[bk.position - 1];
    // A soft hyphen is hyphenation's business: breaking there needs a visible hyphen.
    if (bk.position > 0 && bk.position < text.length && before !== undefined && before !== '\u00ad' && !SPACES.test(before)) breaks.add(bk.position);
  }
  return breaks;
}

function tokenize(runs: readonly Run[]): Token[] {
  const tokens: Token[] = [];
  let word: Part[] | undefined;
  const flush = () => { if (word) { tokens.push({ kind: 'word', parts: word }); word = undefined; } };
  const joined = runs.map((run) => run.text).join('');
  // Most text breaks only at spaces; the breaker runs only where a word could break inside.
  const breaks = /[^\p{L}\p{N} \t\r\n.,:;!?()'"’”%]/u.test(joined) ? innerBreaks(joined) : undefined;
  let offset = 0;
  for (const run of runs) {
    // Ordinary spaces and newlines break; no-break spaces (U+00A0, U+202F) do not.
    for (const piece of run.text.split(SPACES)) {
      const start = offset;
      offset += piece.length;
      if (piece === '') continue;
      if (piece === '\n') { flush(); tokens.push({ kind: 'newline' }); continue; }
      if (/^[ \t\r]+$/.test(piece)) { flush(); if (tokens.at(-1)?.kind !== 'space') tokens.push({ kind: 'space' }); continue; }
      let from = 0;
      if (breaks) {
        for (let i = 0; i < piece.length; i++) {
          // A break where the piece starts only matters when a word from the run before continues.
          if (!breaks.has(start + i) || (i === 0 && !word)) continue;
          if (i > from) (word ??= []).push({ text: piece.slice(from, i).replace(/\u00ad/g, ''), run });
          flush();
          from = i;
        }
      }
      (word ??= []).push({ text: piece.slice(from).replace(/\u00ad/g, ''), run });
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
