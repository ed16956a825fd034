/**
 * The source line and caret under a problem's column (src/load/source-excerpt.ts): the
 * caret lands under the character the column names, also after tabs, wide characters,
 * combining marks and control characters, and a long line is cut around the column.
 */
import { describe, expect, it } from 'vitest';
import { formatExcerpt, problemExcerpt, sourceExcerpt } from '../../src/load/source-excerpt';
import type { Problem } from '../../src/problems';

/** The excerpt as printed, and the character the caret points at on the line above it (lines of one-column characters). */
function pointed(text: string, line: number, column: number, before = 0) {
  const printed = formatExcerpt(sourceExcerpt(text, line, column, before)!);
  const caretRow = printed.at(-1)!;
  const sourceRow = printed.at(-2)!;
  const at = caretRow.indexOf('^');
  return { printed, under: [...sourceRow.slice(at)][0] };
}

describe('source excerpt', () => {
  it('prints the line with its number and a caret under the column', () => {
    const text = 'title: Plan\nkind: klar\n';
    expect(formatExcerpt(sourceExcerpt(text, 2, 7)!)).toEqual([
      '  2 | kind: klar',
      '    | ^'.replace('^', '      ^'),
    ]);
    expect(pointed(text, 2, 7).under).toBe('k');
  });

  it('keeps the caret under the column after tabs, wide and combining characters', () => {
    // "e\u0301" is é as e and a combining acute accent: one column wide, two code units.
    const text = '\tx: "e\u0301 漢字 🙂 mål"';
    const column = (needle: string) => text.indexOf(needle) + 1;
    expect(pointed(text, 1, column('x')).under).toBe('x');
    const printed = pointed(text, 1, column('mål')).printed;
    // The tab is shown as spaces; the caret sits at the display column: 4 (tab) + 'x: "' 4 + é 1 + ' ' 1 + 漢字 4 + ' ' 1 + 🙂 2 + ' ' 1.
    expect(printed[0]).toBe('  1 |     x: "e\u0301 漢字 🙂 mål"');
    expect(printed[1]).toBe(`    | ${' '.repeat(4 + 4 + 1 + 1 + 4 + 1 + 2 + 1)}^`);
  });

  it('counts Swedish letters as one column each and a soft hyphen as none', () => {
    // Latin-1 lines take a shorter path than grapheme segmentation; a soft hyphen (U+00AD)
    // is in Latin-1 but shown as nothing, so it must not take it.
    const swedish = 'titel: "Årshjul för äldreomsorg"';
    expect(pointed(swedish, 1, swedish.indexOf('äldre') + 1).under).toBe('ä');
    const soft = 'titel: "verksam\u00adhets\u00adplan"';
    const printed = formatExcerpt(sourceExcerpt(soft, 1, soft.indexOf('plan') + 1)!);
    expect(printed[1]).toBe(`    | ${' '.repeat('titel: "verksamhets'.length)}^`);
  });

  it('shows a control character escaped, never raw, and keeps the caret after it', () => {
    const text = 'title: "a\u001b[2Jb"';
    const { printed, under } = pointed(text, 1, text.indexOf('b') + 1);
    expect(printed.join('\n')).not.toContain('\u001b');
    expect(printed[0]).toContain('\\u{1b}[2J');
    expect(under).toBe('b');
  });

  it('cuts a long line around the column', () => {
    const text = `body: ${'a'.repeat(300)}X${'b'.repeat(300)}`;
    const { printed, under } = pointed(text, 1, text.indexOf('X') + 1);
    expect(under).toBe('X');
    expect(printed[0]!.length).toBeLessThan(120);
    expect(printed[0]).toMatch(/^ {2}1 \| …a+Xb+…$/);
  });

  it('shows lines above the problem, without blank lines and comments, for context', () => {
    const text = 'a:\n  b: 1\n\n  # kommentar\n   c: 2\n';
    expect(formatExcerpt(sourceExcerpt(text, 5, 4, 3)!)).toEqual([
      '  1 | a:',
      '  2 |   b: 1',
      '  5 |    c: 2',
      '    |    ^',
    ]);
  });

  it('gives nothing for a line the file does not have', () => {
    expect(sourceExcerpt('a: 1', 3, 1)).toBeUndefined();
  });
});

describe('problem excerpts', () => {
  const texts = new Map([['p/plan.yaml', '# kommentar\ntitle: x\n']]);
  const problem = (over: Partial<Problem>): Problem => ({ severity: 'error', code: 'x', file: 'p/plan.yaml', line: 2, column: 8, path: 'title', message: 'm', ...over });

  it('has one for a field, none for a problem with the whole file at 1:1', () => {
    expect(problemExcerpt(problem({}), texts)?.lines).toEqual([{ number: 2, text: 'title: x' }]);
    expect(problemExcerpt(problem({ line: 1, column: 1, path: '', code: 'fil-utanfor-content' }), texts)).toBeUndefined();
    expect(problemExcerpt(problem({ line: 1, column: 1, path: '', code: 'yaml-syntax' }), texts)?.lines).toHaveLength(1);
    expect(problemExcerpt(problem({ file: 'annan.yaml' }), texts)).toBeUndefined();
  });
});
