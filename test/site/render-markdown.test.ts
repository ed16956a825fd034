/**
 * The site's Markdown shortcuts (plain text without the unified chain, shared trees,
 * skipped copies) must give exactly the HTML of the full pipeline. Random texts built
 * from Markdown syntax, entities, abbreviations and plain Swedish are rendered both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneTree } from '../../src/markdown/clone-tree';
import type { Abbreviation } from '../../src/markdown/mark-abbreviations';
import { parseMarkdown } from '../../src/markdown/parse-markdown';
import {
  createMarkdownContext, plainParagraphs, renderMarkdown, renderMarkdownInline, renderMarkdownWithoutShortcuts,
} from '../../src/site/render-markdown';

const REFERENCES = {
  budget: { anchor: 'tabell-budget', label: 'Tabell 2' },
  'figur-arshjul': { anchor: 'figur-arshjul', label: 'Figur 1' },
};
const ABBREVIATIONS: Abbreviation[][] = [
  [],
  [{ abbr: 'FoU', expansion: 'Forskning och utveckling' }, { abbr: 'IFO', expansion: 'Individ- & familjeomsorg "IFO"' }],
  [{ abbr: 'S*T', expansion: 'Stjärna' }, { abbr: ' EBP ', expansion: 'Evidensbaserad praktik' }],
];

/** Pieces that mean something to Markdown or to the shortcuts, and plain Swedish around them. */
const PIECES = [
  'Kommunerna', 'utveckling', 'och', 'år 2023', '3,5', 'mål', 'FoU', 'IFO', 'EBP', 'S*T', 'S\\*T', 'F&#111;U', 'F&oslash;U',
  ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\n\n', '\r\n', '.', ',', ':', ';', '!', '?', '–', '—', '(', ')', '"', "'", '“', '”', '’',
  '%', '/', '-', '+', '§', '°', '…', '*', '**', '_', '`', '~~', '|', '\\', '#', '# ', '## ', '=', '===', '---', '***', '> ',
  '- ', '+ ', '* ', '1. ', '2) ', '12. ', '    ', '<b>', '</b>', '<script>x</script>', '&', '&amp;', '&num;budget', '&#35;budget',
  '[', ']', '[](#budget)', '[se budgeten](#budget)', '[](#saknas)', '[x](javascript:alert(1))', '[x](https://example.org)',
  '![bild](a.png)', '[^1]', '[^1]: Fotnot.', 'www.example.org', 'https://example.org', 'info@example.org', ':/',
  '| a | b |\n|---|---|\n| 1 | 2 |', '[till budgeten](&num;budget)', '[](&#35;figur-arshjul)', '[ref]', '[ref]: #budget', '[ref]: javascript:x', '\u200b', 'e\u0301',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const plainText = fc.array(fc.constantFrom('Kommunerna', 'utveckling', 'år 2023', ' ', ', ', '. ', '\n', '\n\n', '(se ovan)', '3,5 %', '“citat”', 'FoU'), { maxLength: 12 })
  .map((parts) => parts.join(''));

function both(value: string, abbreviations: Abbreviation[], headingBase: number) {
  const fast = createMarkdownContext(REFERENCES, abbreviations);
  const full = createMarkdownContext(REFERENCES, abbreviations);
  return {
    block: [renderMarkdown(value, fast, headingBase), renderMarkdownWithoutShortcuts(value, full, { headingBase })],
    inline: [renderMarkdownInline(value, fast), renderMarkdownWithoutShortcuts(value, full, { inline: true })],
    again: [renderMarkdown(value, fast, headingBase), renderMarkdownWithoutShortcuts(value, full, { headingBase })],
  };
}

describe('site Markdown shortcuts', () => {
  it('give the HTML of the full pipeline for random Markdown', () => {
    fc.assert(fc.property(text, fc.constantFrom(...ABBREVIATIONS), fc.integer({ min: 1, max: 6 }), (value, abbreviations, headingBase) => {
      const { block, inline, again } = both(value, abbreviations, headingBase);
      expect(block[0]).toBe(block[1]);
      expect(inline[0]).toBe(inline[1]);
      // Rendering must not change the parsed tree, which parseMarkdown() shares between calls.
      expect(again[0]).toBe(again[1]);
    }), { numRuns: 1500 });
  });

  it('give the HTML of the full pipeline for plain text, most of which takes the shortcut', () => {
    let shortcuts = 0;
    fc.assert(fc.property(plainText, fc.constantFrom(...ABBREVIATIONS), (value, abbreviations) => {
      if (plainParagraphs(value, abbreviations)) shortcuts++;
      const { block, inline } = both(value, abbreviations, 2);
      expect(block[0]).toBe(block[1]);
      expect(inline[0]).toBe(inline[1]);
    }), { numRuns: 500 });
    expect(shortcuts).toBeGreaterThan(100);
  });

  it('take the shortcut only for plain paragraphs', () => {
    // The space before "%" becomes a no-break space, as in the full pipeline.
    expect(plainParagraphs('Ett stycke om kommunerna.\nSamma stycke.\n\nEtt till (2023), 3,5 %.', [])).toEqual(['Ett stycke om kommunerna.\nSamma stycke.', 'Ett till (2023), 3,5\u00a0%.']);
    expect(plainParagraphs('', [])).toEqual([]);
    expect(plainParagraphs('FoU i länet, FoUs nätverk.', [{ abbr: 'FoU', expansion: 'Forskning & "utveckling"' }]))
      .toEqual(['<abbr title="Forskning &#x26; &#x22;utveckling&#x22;">FoU</abbr> i länet, FoUs nätverk.']);
    for (const markdown of ['*betonat*', '1. lista', '- punkt', 'Rubrik\n---', 'se www.example.org', 'a  \nb', '  indrag', 'R&amp;D']) {
      expect(plainParagraphs(markdown, [{ abbr: 'FoU', expansion: 'Forskning och utveckling' }]), markdown).toBeUndefined();
    }
  });

  it('copy parsed trees like structuredClone, sharing no object with the original', () => {
    fc.assert(fc.property(text, (value) => {
      const tree = parseMarkdown(value);
      const copy = cloneTree(tree);
      expect(copy).toStrictEqual(structuredClone(tree));
      const originals = new Set<object>();
      const collect = (node: unknown, into: (o: object) => void) => {
        if (node !== null && typeof node === 'object') { into(node); for (const child of Object.values(node)) collect(child, into); }
      };
      collect(tree, (o) => originals.add(o));
      collect(copy, (o) => expect(originals.has(o)).toBe(false));
    }), { numRuns: 300 });
  });

  it('keep footnote ids unique whichever path a field takes', () => {
    const ctx = createMarkdownContext(REFERENCES, []);
    renderMarkdown('Vanlig text.', ctx);
    const first = renderMarkdown('Text[^1].\n\n[^1]: Not.', ctx);
    renderMarkdownInline('Mer text.', ctx);
    const second = renderMarkdown('Text[^1].\n\n[^1]: Not.', ctx);
    expect(first).toContain('id="md2-fn-1"');
    expect(second).toContain('id="md4-fn-1"');
  });
});
