/**
 * Soft hyphenation of Swedish words with the Liang patterns of the `hyphen` package
 * (hyphen/sv, from the TeX hyphenation patterns). Only used where a word does not fit:
 * the line breaker asks for break points, it never inserts hyphens into running text.
 */
import { createRequire } from 'node:module';
import { onClearTextCaches } from './fonts';

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const hyphenateSv = (require('hyphen/sv') as { hyphenateSync: HyphenateSync }).hyphenateSync;

const cache = new Map<string, number[]>();

/**
 * Letter sequences longer than this are not hyphenated: no Swedish word is that long, and
 * it keeps the pattern matcher (and its cache keys) small whatever the input.
 */
export const MAX_HYPHENATED_LENGTH = 100;
onClearTextCaches(() => cache.clear());

/**
 * Positions inside `word` where it may be broken with an added hyphen. Words with
 * digits, shorter than six letters or longer than MAX_HYPHENATED_LENGTH, are never
 * hyphenated; at least two letters stay
 * before and three after a break.
 */
export function hyphenationPoints(word: string): number[] {
  let points = cache.get(word);
  if (points) return points;
  points = [];
  if (word.length >= 6 && word.length <= MAX_HYPHENATED_LENGTH && /^[\p{L}]+$/u.test(word)) {
    const marked = hyphenateSv(word, { hyphenChar: '\u00ad', minWordLength: 6 });
    let index = 0;
    for (const char of marked) {
      if (char === '\u00ad') {
        if (index >= 2 && word.length - index >= 3) points.push(index);
      } else index += char.length;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, points);
  return points;
}

export interface BreakPoint {
  /** Index in the token where the second part starts. */
  at: number;
  /** True when a hyphen must be added at the end of the first part. */
  hyphen: boolean;
}

/**
 * Where a token (a run of non-space characters) may be broken: after an existing
 * hyphen, dash or slash (no added hyphen), and at Swedish hyphenation points of its
 * letter sequences.
 */
export function breakPoints(token: string, hyphenate: boolean): BreakPoint[] {
  const points: BreakPoint[] = [];
  const dashes = /(?<=.)[-–—/](?=[\p{L}\d])/gsu;
  for (let match = dashes.exec(token); match; match = dashes.exec(token)) points.push({ at: match.index + 1, hyphen: false });
  if (hyphenate) {
    const letters = /\p{L}+/gu;
    for (let match = letters.exec(token); match; match = letters.exec(token)) {
      for (const p of hyphenationPoints(match[0])) points.push({ at: match.index + p, hyphen: true });
    }
  }
  return points.sort((a, b) => a.at - b.at);
}
