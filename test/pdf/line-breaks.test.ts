/**
 * Break opportunities come from the Unicode line breaking algorithm (UAX #14, the
 * `linebreak` package), not only from ASCII spaces.
 */
import { describe, expect, it } from 'vitest';
import { layoutRuns, type Line } from '../../src/pdf/engine/text-layout';
import { textWidth } from '../../src/pdf/engine/fonts';

const STYLE = { size: 10, leading: 13 };
const lineTexts = (lines: Line[]) => lines.map((line) => line.segments.map((s) => s.text).join(''));
const width = (text: string) => textWidth('regular', text, STYLE.size);

describe('line breaks (UAX #14)', () => {
  it('never hyphenates a printed address: it breaks after a slash, and no hyphen is added', () => {
    const url = 'http://www.socialstyrelsen.se/evidensbaseradpraktik/attarbetevidensbaserat';
    const narrow = width('http://www.socialstyrelsen.se/evidensbaseradpraktik/attarbetevidens');
    const lines = lineTexts(layoutRuns([{ text: 'Källa: ', style: 'regular' }, { text: url, style: 'regular', link: url }], narrow, STYLE));
    expect(lines.join('')).toBe(`Källa: ${url}`);
    expect(lines.at(-1)).toBe('attarbetevidensbaserat');
    // The same letters as an ordinary word are hyphenated when they do not fit.
    const word = lineTexts(layoutRuns([{ text: 'Källa: attarbetevidensbaserat', style: 'regular' }], width('Källa: attarbetevidens-'), STYLE));
    expect(word[0]).toMatch(/-$/);
  });

  it('breaks at a zero-width space without adding a hyphen', () => {
    const text = 'Verksamhetsplanering\u200bUppföljningsarbete';
    const lines = lineTexts(layoutRuns([{ text, style: 'regular' }], width('Verksamhetsplanering\u200bUpp'), STYLE, { hyphenate: false }));
    expect(lines).toEqual(['Verksamhetsplanering\u200b', 'Uppföljningsarbete']);
  });

  it('breaks after an em dash between words', () => {
    const lines = lineTexts(layoutRuns([{ text: 'Samverkan—kunskapsutveckling', style: 'regular' }], Math.max(width('Samverkan—kun'), width('kunskapsutveckling') + 2), STYLE, { hyphenate: false }));
    expect(lines).toEqual(['Samverkan—', 'kunskapsutveckling']);
  });

  it('breaks where a styled run meets the next without a space, if UAX #14 allows it', () => {
    const runs = [{ text: 'FoU\u2014', style: 'bold' as const }, { text: 'enheterna', style: 'regular' as const }];
    const lines = layoutRuns(runs, Math.max(textWidth('bold', 'FoU\u2014', STYLE.size), width('enheterna')) + 2, STYLE, { hyphenate: false });
    expect(lineTexts(lines)).toEqual(['FoU\u2014', 'enheterna']);
    expect(lines[0]!.segments[0]!.style).toBe('bold');
  });

  it('never breaks at a no-break space or inside "2020-2023"', () => {
    const lines = lineTexts(layoutRuns([{ text: '2 544\u00a0000 kr 2020-2023', style: 'regular' }], 400, STYLE));
    expect(lines).toEqual(['2 544\u00a0000 kr 2020-2023']);
    const narrow = lineTexts(layoutRuns([{ text: 'år 2020-2023', style: 'regular' }], width('år 2020-') + 1, STYLE, { hyphenate: false }));
    expect(narrow[0]).toBe('år');
  });

  it('keeps a soft hyphen for hyphenation, which draws the hyphen', () => {
    const lines = lineTexts(layoutRuns([{ text: 'verksamhets\u00adplanering', style: 'regular' }], width('verksamhets-') + 2, STYLE));
    expect(lines[0]).toBe('verksamhets-');
    expect(lines.join('')).not.toContain('\u00ad');
  });
});
