/**
 * Markdown that nests deeper, or holds denser inline markup, than the parser and the
 * renderers handle: check refuses it with a located Swedish problem, and parseMarkdown()
 * never hands such a tree to the site or the PDF (20 000 nested ">" overflowed the stack
 * in the site build after check said 0 errors; 80 kB of "a* " took the parser minutes).
 */
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_PER_PARAGRAPH, MAX_NESTING, MAX_TABLE_COLUMNS, scanMarkdownLimits } from '../../src/markdown/markdown-limits';
import { markdownLimitProblem, parseMarkdown } from '../../src/markdown/parse-markdown';
import { renderMarkdown } from '../../src/site/render-markdown';

const ctx = { references: {}, abbreviations: [], nextIdPrefix: () => 'x-' };

/** "*a _b *c … c* b_ a*": inline markup `levels` deep, alternating the delimiters. */
function inline(levels: number, delimiters: [string, string]): string {
  const open = Array.from({ length: levels }, (_, i) => `${delimiters[i % 2]}a${i} `).join('');
  const close = Array.from({ length: levels }, (_, i) => ` b${levels - 1 - i}${delimiters[(levels - 1 - i) % 2]}`).join('');
  return `${open}ord${close}`;
}

/** Every construct that nests in mdast, `levels` deep. */
const nested: Record<string, (levels: number) => string> = {
  'block quotes': (n) => `${'>'.repeat(n)} citat`,
  'block quotes with spaces': (n) => `${'> '.repeat(n)}citat`,
  'bullet lists': (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- punkt`).join('\n'),
  'bullets on one line': (n) => `${'- '.repeat(n)}punkt`,
  'ordered lists': (n) => `${'1. '.repeat(n)}punkt`,
  'lists in quotes': (n) => `${'> - '.repeat(n / 2)}punkt`,
  emphasis: (n) => inline(n, ['*', '_']),
  strong: (n) => inline(n, ['**', '__']),
  strikethrough: (n) => inline(n, ['~', '*']),
  'emphasis in a link': (n) => `[${inline(n - 1, ['*', '_'])}](https://exempel.se)`,
};

describe('nesting is bounded', () => {
  for (const [name, make] of Object.entries(nested)) {
    it(`${name}: ${MAX_NESTING} levels pass, ${MAX_NESTING + 4} are refused and never parsed as Markdown`, () => {
      expect(markdownLimitProblem(make(MAX_NESTING - 2))).toBeUndefined();
      const deep = make(MAX_NESTING + 4);
      expect(markdownLimitProblem(deep)).toMatchObject({ kind: 'nesting' });
      const tree = parseMarkdown(deep);
      expect(tree.children).toHaveLength(1);
      expect(tree.children[0]!.type).toBe('paragraph');
    });
  }

  it('20 000 nested ">" are refused at once, and the site renders them as text', () => {
    const deep = `${'>'.repeat(20_000)} citat`;
    expect(scanMarkdownLimits(deep)).toMatchObject({ kind: 'nesting', count: 20_000 });
    expect(renderMarkdown(deep, ctx)).toContain('citat');
  });
});

describe('inline markup per paragraph is bounded', () => {
  const over = MAX_MARKUP_PER_PARAGRAPH + 2;
  // Lines that look like new blocks but continue the paragraph in CommonMark: the count
  // must not restart at them.
  const continuations: Record<string, string> = {
    'one line': 'a* '.repeat(over),
    'soft line breaks': 'a*\n'.repeat(over),
    'numbered lines other than 1.': `a\n${'2. a*\n'.repeat(over)}`,
    'empty bullets': `a*\n${'+ \na*\n'.repeat(over)}`,
    'hashes without a space': `a\n${'#a*\n'.repeat(over)}`,
    'a block quote': '> a*\n'.repeat(over),
    'indented bullets': `a\n${'    - a*\n'.repeat(over)}`,
  };
  for (const [name, text] of Object.entries(continuations)) {
    it(`${name}: refused`, () => {
      expect(markdownLimitProblem(text)).toMatchObject({ kind: 'markup' });
      expect(parseMarkdown(text).children).toHaveLength(1);
    });
  }

  it('the count starts again at each paragraph, heading and list item', () => {
    const paragraph = 'a* '.repeat(MAX_MARKUP_PER_PARAGRAPH / 2);
    for (const separator of ['\n\n', '\n# Rubrik\n', '\n- ', '\n1. ']) {
      expect(markdownLimitProblem(`${paragraph}${separator}${paragraph}${separator}${paragraph}`)).toBeUndefined();
    }
  });
});

describe('table columns are bounded', () => {
  const table = (columns: number) => `${'| a '.repeat(columns)}|\n${'|:--'.repeat(columns)}|\n${'| 1 '.repeat(columns)}|`;
  it(`${MAX_TABLE_COLUMNS} columns pass, one more is refused and never parsed as a table`, () => {
    expect(markdownLimitProblem(table(MAX_TABLE_COLUMNS))).toBeUndefined();
    expect(parseMarkdown(table(MAX_TABLE_COLUMNS)).children[0]!.type).toBe('table');
    expect(markdownLimitProblem(table(MAX_TABLE_COLUMNS + 1))).toMatchObject({ kind: 'columns', count: MAX_TABLE_COLUMNS + 1 });
    expect(parseMarkdown(table(20_000)).children[0]!.type).toBe('paragraph');
  });
});
