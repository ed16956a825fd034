/**
 * Pathological sizes end in a rendered PDF and site HTML or in located Swedish problems,
 * never in an exception or a hang: words of every length, huge paragraphs, and every
 * nesting construct far past the limit. Bounded sizes here; a megabyte and 20 000 levels
 * in `npm run fuzz` (FUZZ_RANDOM). The time bound only detects hangs: it is generous.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans } from '../../src/pipeline';
import { renderMarkdown } from '../../src/site/render-markdown';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LARGE = !!process.env.FUZZ_RANDOM;
const WORD = LARGE ? 1_000_000 : 20_000;
const PARAGRAPH = LARGE ? 1_000_000 : 100_000;
const LEVELS = LARGE ? 20_000 : 200;
const HANG_MS = LARGE ? 300_000 : 60_000;

const letters = (n: number) => Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyzåäö'[(i * 7) % 29]).join('');
const inline = (n: number, a: string, b: string) =>
  `${Array.from({ length: n }, (_, i) => `${i % 2 ? b : a}x `).join('')}ord${Array.from({ length: n }, (_, i) => ` y${(n - 1 - i) % 2 ? b : a}`).join('')}`;

const bodies: Record<string, () => string> = {
  'one long word': () => letters(WORD),
  'one long word with hyphens and slashes': () => `${letters(40)}-${letters(40)}/`.repeat(WORD / 82),
  'one long word of emoji and combining marks': () => 'e\u0301👩‍👩‍👧å'.repeat(WORD / 16),
  'a huge paragraph of prose': () => 'Verksamheten följs upp av kommunerna varje år. '.repeat(PARAGRAPH / 47),
  'a huge paragraph of emphasis': () => 'ord *betonat* och **starkt** '.repeat(PARAGRAPH / 29),
  'a huge paragraph of links': () => '[länk](https://exempel.se) '.repeat(PARAGRAPH / 27),
  'a long word in a table cell': () => `| a | b |\n|---|---|\n| ${letters(WORD / 4)} | x |\n`,
  'a table with many rows': () => `| a | b |\n|---|---|\n${'| cell | *text* |\n'.repeat(PARAGRAPH / 200)}`,
  'a table with many columns': () => `${'|a'.repeat(LARGE ? 2000 : 200)}|\n${'|-'.repeat(LARGE ? 2000 : 200)}|\n${'|b'.repeat(LARGE ? 2000 : 200)}|\n`,
  'nested block quotes': () => `${'>'.repeat(LEVELS)} citat`,
  'nested lists': () => Array.from({ length: Math.min(LEVELS, 400) }, (_, i) => `${'  '.repeat(i)}- punkt`).join('\n'),
  'nested lists on one line': () => `${'- '.repeat(LEVELS)}punkt`,
  'nested ordered lists': () => `${'1. '.repeat(LEVELS)}punkt`,
  'nested quotes and lists': () => `${'> - '.repeat(LEVELS / 2)}punkt`,
  'nested emphasis': () => inline(Math.min(LEVELS, 400), '*', '_'),
  'nested strong': () => inline(Math.min(LEVELS, 400), '**', '__'),
  'nested strikethrough': () => inline(Math.min(LEVELS, 400), '~', '*'),
  'nested links and emphasis': () => `[${inline(Math.min(LEVELS, 400), '*', '_')}](https://exempel.se)`,
  'unclosed brackets': () => 'a] '.repeat(PARAGRAPH / 3),
  'one letter with a huge run of combining marks': () => `a${'\u0301'.repeat(WORD)}`,
};

describe(`pathological sizes (${LARGE ? 'large' : 'bounded'})`, () => {
  for (const [name, body] of Object.entries(bodies)) {
    it(`${name}: rendered, or refused with a located Swedish problem`, async () => {
      const started = Date.now();
      const root = path.join(ROOT, 'test-output/robustness/sizes', name.replace(/\W+/g, '-'));
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
      await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), path.join(root, 'plan'), { recursive: true });
      const text = body();
      await writeFile(path.join(root, 'plan/inledning.md'), `Inledning.\n\n${text}\n`);
      const { plans, problems } = await checkPlans(root);
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length) {
        for (const problem of errors) {
          expect(problem.file).toMatch(/inledning\.md$/);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.message).toMatch(/[åäö]/);
          expect(problem.message).not.toMatch(/\b(undefined|Maximum call stack|Error|expected)\b/);
        }
        expect(plans).toHaveLength(0);
      } else {
        const pdf = await renderPlanPdf(plans[0]!, root);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const html = renderMarkdown(text, { references: {}, abbreviations: [], nextIdPrefix: () => 'x-' });
        expect(html.length).toBeGreaterThan(0);
      }
      expect(Date.now() - started).toBeLessThan(HANG_MS);
    }, HANG_MS * 2);
  }
});
