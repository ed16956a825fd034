/**
 * Line breaking costs time linear in the length of a word or paragraph: an over-long word
 * is broken once into pieces that fit, not by re-measuring ever longer prefixes (a
 * 20 000-letter word took a minute, 40 000 never finished). The work is counted, not
 * timed: the characters handed to the font measurer for n and 4n letters.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fitOnLine, layoutRuns, type Line, type Run } from '../../src/pdf/engine/text-layout';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans } from '../../src/pipeline';
import { normalizeSpace, pdfText } from '../pdf/harness';

const measured = vi.hoisted(() => ({ chars: 0 }));
vi.mock('../../src/pdf/engine/fonts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pdf/engine/fonts')>();
  return {
    ...real,
    textWidth: (...args: Parameters<typeof real.textWidth>) => {
      measured.chars += args[1].length;
      return real.textWidth(...args);
    },
  };
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const STYLE = { size: 10.5, leading: 15 };
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';

function word(n: number): string {
  let text = '';
  for (let i = 0; i < n; i++) text += LETTERS[(i * 7) % LETTERS.length];
  return text;
}

function prose(n: number): string {
  const words = ['verksamhetsplanen', 'och', 'kommunerna', 'samverkar', 'kring', 'uppföljningen', 'av', 'basutbildningen.'];
  const out: string[] = [];
  for (let length = 0, i = 0; length < n; i++) { out.push(words[i % words.length]!); length += words[i % words.length]!.length + 1; }
  return out.join(' ');
}

/** Characters measured to lay out `runs`, and the lines. */
function layout(runs: Run[], width: number): { chars: number; lines: Line[] } {
  measured.chars = 0;
  const lines = layoutRuns(runs, width, STYLE);
  return { chars: measured.chars, lines };
}

/** Compares long strings without printing them: the first difference and the lengths. */
function same(actual: string, expected: string): void {
  let i = 0;
  while (i < Math.min(actual.length, expected.length) && actual[i] === expected[i]) i++;
  expect({ length: actual.length, differsAt: i === expected.length && i === actual.length ? -1 : i, around: actual.slice(i, i + 20) })
    .toEqual({ length: expected.length, differsAt: -1, around: '' });
}

const text = (lines: Line[]) => lines.map((line) => line.segments.map((s) => s.text).join('')).join('');

describe('line breaking grows linearly with the input', () => {
  const cases: Array<[string, (n: number) => Run[], number]> = [
    ['one word of letters', (n) => [{ text: word(n), style: 'regular' }], 420],
    ['one word in a narrow table cell', (n) => [{ text: word(n), style: 'regular' }], 60],
    ['one word of alternating styles', (n) => Array.from({ length: n / 10 }, (_, i) => ({ text: word(10), style: i % 2 ? 'bold' : 'italic' })), 420],
    ['one word of hyphenated parts', (n) => [{ text: `${word(8)}-`.repeat(n / 9), style: 'regular' }], 200],
    ['a paragraph of ordinary prose', (n) => [{ text: prose(n), style: 'regular' }], 420],
  ];
  for (const [name, runs, width] of cases) {
    it(`${name}: 4× the letters cost at most about 4× the measuring`, () => {
      const small = layout(runs(5_000), width);
      const large = layout(runs(20_000), width);
      // Linear: about 4. The old breaker re-measured growing prefixes: 16 and more.
      expect(large.chars / small.chars).toBeLessThan(5);
      // Nothing is lost, and no line is wider than the column.
      const expected = runs(20_000).map((r) => r.text).join('').replace(/[ -]/g, '');
      same(text(large.lines).replace(/[ -]/g, ''), expected);
      for (const line of large.lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
    });
  }

  it('keeps a word longer than 10 000 lines whole (the old loop dropped the rest)', () => {
    const letters = word(400_000);
    const { lines } = layout([{ text: letters, style: 'regular' }], 20);
    expect(lines.length).toBeGreaterThan(10_000);
    same(text(lines), letters);
  });
});

describe('the running header', () => {
  it('cuts a title of any length by measuring no more than one line of it', () => {
    measured.chars = 0;
    const short = fitOnLine(word(5_000), 'regular', 8.5, 300);
    const shortCost = measured.chars;
    measured.chars = 0;
    const long = fitOnLine(word(1_000_000), 'regular', 8.5, 300);
    // Cutting two characters at a time measured every prefix: the title's length squared.
    expect(measured.chars).toBeLessThan(shortCost * 1.5);
    expect(long).toBe(short);
    expect(long.endsWith('…')).toBe(true);
    expect(fitOnLine('Verksamhetsplan 2020', 'regular', 8.5, 300)).toBe('Verksamhetsplan 2020');
  });
});

describe('a 100 000-letter word in a plan', () => {
  it('renders to a PDF whose text reads back with pdftotext', async () => {
    const root = path.join(ROOT, 'test-output/robustness/long-word');
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), path.join(root, 'plan'), { recursive: true });
    const letters = word(100_000);
    await writeFile(path.join(root, 'plan/inledning.md'), `Före ${letters} efter.\n`);
    const { plans, problems } = await checkPlans(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const file = path.join(root, 'plan.pdf');
    await writeFile(file, await renderPlanPdf(plans[0]!, root));
    // Each line of the word is a line of the extracted text; page furniture lies between.
    const lines = pdfText(file).split('\n').map((line) => normalizeSpace(line));
    const start = lines.findIndex((line) => line.startsWith('Före'));
    const pieces: string[] = [lines[start]!.replace(/^Före ?/, '')];
    for (let i = start + 1; !pieces.at(-1)!.endsWith('efter.'); i++) {
      if (/^[a-zåäö]+( efter\.)?$/.test(lines[i]!)) pieces.push(lines[i]!);
    }
    same(pieces.join(''), `${letters} efter.`);
  }, 120_000);
});
