/**
 * The shaping fast path (src/pdf/engine/shaping.ts) gives exactly fontkit's glyphs, positions
 * and widths: for every string the renderer shapes for the five seed plans, for every
 * word of those plans in all four faces (with and without tabular figures), for every
 * pair of common characters, and for strings that must fall back to fontkit.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { fonts, shaper, type FontStyle } from '../../src/pdf/engine/fonts';
import { Shaper, shapeWithFontkit, type FontkitFont, type ShapedText } from '../../src/pdf/engine/shaping';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import type { DerivedPlan } from '../../src/derive/derive-plan';

const STYLES: FontStyle[] = ['regular', 'italic', 'bold', 'boldItalic'];

const sameNumbers = (a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined) =>
  (a?.length ?? 0) === (b?.length ?? 0) && Array.prototype.every.call(a ?? [], (v: number, i: number) => Object.is(v, b![i]));

/** Whether any glyph is moved off its place. */
const hasOffsets = (s: ShapedText) => (s.offsets ? [...s.offsets.x, ...s.offsets.y].some((v) => v !== 0) : false);

/** The comparison expectSame makes, in plain code: tens of thousands of strings pass it, and `expect` per glyph cost most of this file's time. */
function same(fast: ShapedText, slow: ShapedText): boolean {
  return fast.glyphs.length === slow.glyphs.length && fast.glyphs.every((glyph, i) => glyph === slow.glyphs[i])
    && sameNumbers(fast.advances, slow.advances) && hasOffsets(fast) === hasOffsets(slow)
    && (!fast.offsets || !slow.offsets || (sameNumbers(fast.offsets.x, slow.offsets.x) && sameNumbers(fast.offsets.y, slow.offsets.y)))
    && sameNumbers(fast.yAdvances, slow.yAdvances) && Object.is(fast.width, slow.width);
}

/** Both results as plain data; glyphs compared by identity (fontkit's cached Glyph objects). */
function expectSame(fast: ShapedText, slow: ShapedText, label: string): void {
  // Equal results pass at once; a difference is then reported field by field below.
  if (same(fast, slow)) return;
  expect(fast.glyphs.length, label).toBe(slow.glyphs.length);
  fast.glyphs.forEach((glyph, i) => expect(glyph, `${label} glyph ${i}`).toBe(slow.glyphs[i]));
  expect([...fast.advances], label).toEqual([...slow.advances]);
  expect(hasOffsets(fast), label).toBe(hasOffsets(slow));
  if (fast.offsets && slow.offsets) {
    expect([...fast.offsets.x], label).toEqual([...slow.offsets.x]);
    expect([...fast.offsets.y], label).toEqual([...slow.offsets.y]);
  }
  expect(fast.yAdvances ? [...fast.yAdvances] : [], label).toEqual(slow.yAdvances ? [...slow.yAdvances] : []);
  expect(fast.width, label).toBe(slow.width);
}

/** Compares the fast path with fontkit for each string; returns how many took the fast path. */
function compare(s: Shaper, texts: Iterable<string>): { fast: number; total: number } {
  let fast = 0;
  let total = 0;
  for (const text of texts) {
    total++;
    if (!s.isFast(text)) continue;
    fast++;
    expectSame(s.shapeUncached(text), shapeWithFontkit(s.font, text, s.features), JSON.stringify(text));
  }
  return { fast, total };
}

function strings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

let plans: DerivedPlan[];
let root: string;

beforeAll(async () => {
  root = await resolveContentRoot('content');
  ({ plans } = await checkPlans(root));
  expect(plans.length).toBe(5);
}, 60_000);

describe('shaping fast path', () => {
  it('matches fontkit for every string shaped while rendering the seed plans', async () => {
    const seen = new Map<Shaper, Set<string>>();
    const original = Shaper.prototype.shape;
    const spy = vi.spyOn(Shaper.prototype, 'shape').mockImplementation(function (this: Shaper, text: string) {
      let set = seen.get(this);
      if (!set) seen.set(this, (set = new Set()));
      set.add(text);
      return original.call(this, text);
    });
    try {
      for (const plan of plans) await renderPlanPdfWithPages(plan, root);
    } finally {
      spy.mockRestore();
    }
    let fast = 0;
    let total = 0;
    for (const [s, texts] of seen) {
      const result = compare(s, texts);
      fast += result.fast;
      total += result.total;
    }
    // The renderer shapes thousands of distinct strings; most of them take the fast path.
    expect(total).toBeGreaterThan(3000);
    expect(fast / total).toBeGreaterThan(0.9);
  }, 120_000);

  it('matches fontkit for every word of the seed plans in all faces, and with tnum', () => {
    const all = new Set<string>();
    for (const plan of plans) strings(plan, all);
    const words = new Set<string>();
    const more = new Set<string>();
    for (const text of all) {
      for (const word of text.split(/\s+/)) if (word) { words.add(word); more.add(`${word} `); }
      if (text.length <= 80) more.add(text);
    }
    expect(words.size).toBeGreaterThan(4000);
    // Words in every face; in the regular face also words with their space, whole short
    // strings, and all of them with tabular figures (the tables' feature).
    for (const style of STYLES) {
      const texts = style === 'regular' ? [...words, ...more] : [...words];
      for (const features of style === 'regular' ? [undefined, ['tnum']] : [undefined]) {
        const { fast, total } = compare(new Shaper(fonts()[style] as unknown as FontkitFont, features), texts);
        expect(fast / total, `${style} ${features}`).toBeGreaterThan(0.9);
      }
    }
  }, 300_000);

  it('matches fontkit for every pair of common characters', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789 .,;:!?()[]"\'-–—/%&§€@#*+=<>…»«’“”\u00a0\u202f'];
    for (const style of STYLES) {
      const s = shaper(style);
      const pairs: string[] = [];
      for (const a of chars) for (const b of chars) pairs.push(a + b);
      const { fast } = compare(s, pairs);
      expect(fast, style).toBeGreaterThan(pairs.length * 0.9);
    }
  }, 300_000);

  it('leaves ligatures, marks, other scripts and ignorables to fontkit, with the same result', () => {
    const s = shaper('regular');
    const special = ['fi', 'fl', 'ff', 'ft', 'fff', 'ffft', 'efter', 'effektiv', 'L\u00b7l', 'Eftersträva', 'f\u0301t', 'offentlig', 'flera', 'e\u0301', 'a\u0308b', 'i\u0307', 'Привет', 'Ωmega', 'x\u00ady', 'a\u200bb', '1\u20442', '😀a', 'ǅ'];
    for (const text of special) {
      const result = s.shape(text);
      expectSame(result, shapeWithFontkit(s.font, text, undefined), JSON.stringify(text));
    }
    // Ligature starts and marks really are excluded from the fast path.
    expect(s.isFast('L\u00b7l')).toBe(false);
    expect(s.isFast('e\u0301')).toBe(false);
    expect(s.isFast('Привет')).toBe(false);
    expect(s.isFast('verksamhetsplan')).toBe(true);
    expect(s.isFast('Föräldraskap')).toBe(true);
    // Source Sans 3's ff and ft ligatures are formed in the fast path.
    expect(s.isFast('efter')).toBe(true);
    expect(s.shape('efter').glyphs.length).toBe(4);
    expect(s.shape('effektivt').glyphs.length).toBe(8);
  });

  it('keeps its cache bounded', () => {
    const s = new Shaper(fonts().regular as unknown as FontkitFont, undefined);
    const size = () => (s as unknown as { recent: Map<string, unknown>; older: Map<string, unknown> });
    for (let i = 0; i < 50_000; i++) s.shape(`ord${i}`);
    expect(size().recent.size + size().older.size).toBeLessThanOrEqual(40_000);
    // A recent string survives a generation turnover.
    expect(s.shape('ord49999')).toBe(s.shape('ord49999'));
  });
});
