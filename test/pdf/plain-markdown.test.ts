/**
 * The PDF's plain-text shortcut must give the tree remark gives (without positions) for
 * every text it accepts: random texts of Markdown syntax and plain Swedish.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse-markdown';
import { plainMarkdownTree } from '../../src/pdf/engine/plain-markdown';

const PIECES = [
  'Kommunerna', 'utveckling', 'och', 'år 2023', '3,5', 'mål', 'FoU', 'F&#111;U', 'F&oslash;U',
  ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\n\n', '\n\n\n', '\r\n', '.', ',', ':', ';', '!', '?', '–', '—', '(', ')', '"', "'", '“', '”', '’',
  '%', '/', '-', '+', '§', '°', '…', '*', '**', '_', '`', '~~', '|', '\\', '#', '# ', '=', '===', '---', '***', '> ',
  '- ', '+ ', '* ', '1. ', '2) ', '12.', '1)', '    ', '<b>', '&', '&amp;', '[', ']', '[x](https://example.org)',
  '[^1]', '[^1]: Fotnot.', 'www.example.org', 'https://example.org', 'info@example.org', ':/', 'x:y', '\u200b', 'e\u0301',
];
const PLAIN = ['Kommunerna', 'utveckling', 'år 2023', ' ', ', ', '. ', '\n', '\n\n', '(se ovan)', '3,5 %', '“citat”', '1', '2.', 'FoU', '–'];

function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'position').map(([key, v]) => [key, withoutPositions(v)]));
  }
  return value;
}

function check(text: string): boolean {
  const plain = plainMarkdownTree(text);
  if (plain) expect(plain).toEqual(withoutPositions(parseMarkdown(text)));
  return plain !== undefined;
}

describe('plain Markdown shortcut (PDF)', () => {
  it('gives the parser\'s tree for random Markdown', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')), (text) => { check(text); }), { numRuns: 3000 });
  });

  it('gives the parser\'s tree for plain text, and takes most of it', () => {
    let taken = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...PLAIN), { maxLength: 16 }).map((p) => p.join('')), (text) => { if (check(text)) taken++; }), { numRuns: 2000 });
    expect(taken).toBeGreaterThan(500);
  });

  it('handles the edge cases', () => {
    for (const text of ['', '\n', 'a', 'a\n', '\na', 'a\nb', 'a\n\nb', 'a\n\n\nb\nc\n', '1 a', '1.5 mål', '2020. Året', 'a\n1. b', 'a\n1) b', '(a)\n“b”']) check(text);
    expect(plainMarkdownTree('a\n\nb')?.children).toHaveLength(2);
    expect(plainMarkdownTree('Se [budget](#budget)')).toBeUndefined();
  });
});
