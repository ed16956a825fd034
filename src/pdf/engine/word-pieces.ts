/**
 * A word too long for its line, broken into pieces in time linear in its length.
 *
 * Measuring ever longer prefixes until one no longer fits, and re-measuring the rest
 * after every break, cost the square of the word's length: a 20 000-letter word took a
 * minute and a 1 MB word never finished. Here each grapheme is measured once (repeated
 * graphemes from a small table), prefix sums of those widths estimate any piece, and only
 * the few pieces the line breaker may actually place are shaped in full, so the widths
 * used for placing (kerning, ligatures) are the widths drawn. Break points (hyphens,
 * dashes, slashes, Swedish hyphenation) are found once for the whole word.
 */
import { textWidth } from './fonts';
import { breakPoints } from './hyphenate';

/** A run that is a web or mail address as written (a link's text, a source's URL). */
const PRINTED_ADDRESS = /^\s*(?:https?:\/\/|mailto:|www\.)\S+\s*$/i;
import type { Run, TextStyle } from './text-types';

/** A piece of a word in one run; `width` is filled in when first measured. */
export interface Part { text: string; run: Run; width?: number }

export const SUP_SCALE = 0.65;
/** No text is set below 7 pt, not even a footnote number (issue 19). */
export const MIN_TEXT_SIZE = 7;

/** A superscript's size in text of `size`. */
export function supSize(size: number): number {
  return Math.max(size * SUP_SCALE, Math.min(MIN_TEXT_SIZE, size));
}

export function partSize(part: { run: Run }, style: TextStyle): number {
  return part.run.sup ? supSize(style.size) : style.size;
}

export function partWidth(part: Part, style: TextStyle): number {
  return (part.width ??= textWidth(part.run.style, part.text, partSize(part, style), style.features));
}

export function partsWidth(parts: readonly Part[], style: TextStyle): number {
  let sum = 0;
  for (const part of parts) sum += partWidth(part, style);
  return sum;
}

export function withHyphen(parts: Part[]): Part[] {
  const last = parts.at(-1)!;
  return [...parts.slice(0, -1), { text: `${last.text}-`, run: last.run }];
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/**
 * Pieces shaped in full per line before settling. Each costs the length of one line, so
 * a line costs a bounded multiple of its length whatever the word.
 */
const MAX_TRIES = 24;

/**
 * How far the estimate (graphemes measured alone) may exceed the shaped width: kerning
 * and ligatures narrow a piece by well under a quarter, plus one em for rounding.
 */
function estimateLimit(available: number, style: TextStyle): number {
  return (available + 0.01) * 1.25 + style.size;
}

export class WordPieces {
  /** Offset in the word's text where each grapheme starts, and the text's length last. */
  private readonly starts: number[] = [];
  /** Estimated width of the graphemes before index k. */
  private readonly prefix: number[] = [0];
  private readonly partStarts: number[] = [];
  private readonly breaks: Array<{ unit: number; hyphen: boolean }> = [];
  private readonly count: number;
  /** First grapheme of the rest of the word. */
  private pos = 0;
  /** First break that may still be used. */
  private nextBreak = 0;
  /** The rest of the word shaped in full, when it was near enough to fitting. */
  private measured?: { pos: number; parts: Part[]; width: number };

  constructor(private readonly parts: readonly Part[], private readonly style: TextStyle, hyphenate: boolean, wholeWidth: number) {
    const tables = new Map<string, Map<string, number>>();
    let offset = 0;
    for (const part of parts) {
      this.partStarts.push(offset);
      const size = partSize(part, style);
      const key = `${part.run.style} ${size}`;
      let table = tables.get(key);
      if (!table) tables.set(key, (table = new Map()));
      for (const { segment, index } of graphemes.segment(part.text)) {
        this.starts.push(offset + index);
        let width = table.get(segment);
        if (width === undefined) table.set(segment, (width = textWidth(part.run.style, segment, size, style.features)));
        this.prefix.push(this.prefix[this.prefix.length - 1]! + width);
      }
      offset += part.text.length;
    }
    this.count = this.starts.length;
    this.starts.push(offset);
    this.measured = { pos: 0, parts: [...parts], width: wholeWidth };

    // Break points are offsets in the text; keep those that fall between graphemes.
    let unit = 0;
    // A printed address is never hyphenated: an added hyphen would change it (it still
    // breaks after a slash or an existing hyphen).
    const address = parts.some((part) => PRINTED_ADDRESS.test(part.run.text));
    for (const point of breakPoints(parts.map((p) => p.text).join(''), hyphenate && !address)) {
      while (unit < this.count && this.starts[unit]! < point.at) unit++;
      if (unit > 0 && unit < this.count && this.starts[unit] === point.at) this.breaks.push({ unit, hyphen: point.hyphen });
    }
  }

  get done(): boolean {
    return this.pos >= this.count;
  }

  /** The rest of the word, when it fits in `available`; it is then used up. */
  restIfFits(available: number): Part[] | undefined {
    if (this.measured?.pos !== this.pos) {
      const estimate = this.prefix[this.count]! - this.prefix[this.pos]!;
      if (estimate > estimateLimit(available, this.style)) return undefined;
      const parts = this.slice(this.pos, this.count);
      this.measured = { pos: this.pos, parts, width: partsWidth(parts, this.style) };
    }
    if (this.measured.width > available + 0.01) return undefined;
    this.pos = this.count;
    return this.measured.parts;
  }

  /**
   * The longest head ending at a break point (with a hyphen where one is added) that fits
   * in `available`, at least two graphemes long; undefined when none does.
   */
  breakHead(available: number): Part[] | undefined {
    const { breaks } = this;
    while (this.nextBreak < breaks.length && breaks[this.nextBreak]!.unit < this.pos + 2) this.nextBreak++;
    const limit = this.prefix[this.pos]! + estimateLimit(available, this.style);
    let last = this.nextBreak - 1;
    while (last + 1 < breaks.length && this.prefix[breaks[last + 1]!.unit]! <= limit) last++;
    for (let i = last, tries = 0; i >= this.nextBreak && tries < MAX_TRIES; i--, tries++) {
      const point = breaks[i]!;
      const head = point.hyphen ? withHyphen(this.slice(this.pos, point.unit)) : this.slice(this.pos, point.unit);
      if (partsWidth(head, this.style) <= available + 0.01) {
        this.pos = point.unit;
        return head;
      }
    }
    return undefined;
  }

  /**
   * The longest head that fits in `width` broken between any two graphemes, at least one
   * grapheme (a grapheme wider than the column still moves the text on).
   */
  forcedHead(width: number): Part[] {
    const from = this.pos;
    const limit = this.prefix[from]! + width + 0.01;
    let end = from + 1;
    while (end < this.count && this.prefix[end + 1]! <= limit) end++;
    let head = this.slice(from, end);
    let headWidth = partsWidth(head, this.style);
    if (headWidth <= width) {
      // Kerning may leave room for more than the estimate said.
      for (let tries = 0; end < this.count && tries < MAX_TRIES; tries++) {
        const longer = this.slice(from, end + 1);
        if (partsWidth(longer, this.style) > width) break;
        head = longer;
        end++;
      }
    } else {
      for (let tries = 0; end > from + 1 && headWidth > width && tries < MAX_TRIES; tries++) {
        end = from + Math.max(1, Math.min(end - from - 1, Math.floor(((end - from) * width) / headWidth)));
        head = this.slice(from, end);
        headWidth = partsWidth(head, this.style);
      }
    }
    this.pos = end;
    return head;
  }

  /** The parts covering graphemes from..to (exclusive). */
  private slice(from: number, to: number): Part[] {
    const start = this.starts[from]!;
    const end = this.starts[to]!;
    const pieces: Part[] = [];
    for (let i = this.partIndexAt(start); i < this.parts.length && this.partStarts[i]! < end; i++) {
      const part = this.parts[i]!;
      const partStart = this.partStarts[i]!;
      const a = Math.max(start, partStart);
      const b = Math.min(end, partStart + part.text.length);
      if (b <= a) continue;
      pieces.push(a === partStart && b === partStart + part.text.length ? part : { text: part.text.slice(a - partStart, b - partStart), run: part.run });
    }
    return pieces;
  }

  /** The last part starting at or before `offset` (binary search: words may have many parts). */
  private partIndexAt(offset: number): number {
    let low = 0;
    let high = this.partStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.partStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
