/**
 * Typesetting of running text. A number is never broken over two lines: the spaces inside "1 951 000" and before "%" in
 * Markdown text become no-break spaces when the text is parsed, so the site and the PDF
 * (whose line breaker keeps a no-break space, test/pdf/line-breaks.test.ts) both keep it whole.
 */
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../src/derive/derive-plan';
import { parseMarkdown } from '../../src/markdown/parse-markdown';
import { plainTextParagraphs } from '../../src/markdown/plain-text';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';

const NBSP = '\u00a0';

describe('spaces in numbers', () => {
  it('become no-break spaces inside a number and before a per cent sign, and nowhere else', () => {
    const text = toString(parseMarkdown('Budgeten på 1 951 000 kronor, 53 % av 12 596 395 kr, åren 2020 2021 och *500 000* kr.'));
    expect(text).toBe(`Budgeten på 1${NBSP}951${NBSP}000 kronor, 53${NBSP}% av 12${NBSP}596${NBSP}395 kr, åren 2020 2021 och 500${NBSP}000 kr.`);
  });

  it('leave code as written', () => {
    const tree = parseMarkdown('Skriv `1 000 "x"` så.');
    expect(JSON.stringify(tree)).toContain('"value":"1 000 \\"x\\""');
  });

  it('come with Swedish typographic quotes and apostrophes, in the tree and the plain-text shortcut alike', () => {
    const source = 'Projektet "Barnets färd" och FoUrum\'s \'uppdrag\'.';
    const expected = 'Projektet \u201dBarnets färd\u201d och FoUrum\u2019s \u2019uppdrag\u2019.';
    expect(toString(parseMarkdown(`*${source}*`))).toBe(expected);
    expect(plainTextParagraphs(source)).toEqual([expected]);
  });

  it('reach the published page of a content plan', async () => {
    const root = await resolveContentRoot(path.resolve(import.meta.dirname, '../../content'));
    const { plans } = await checkPlans(root, [path.join(root, 'fourum-jonkoping-2021-2023')]);
    const html = planBodyHtml(plans[0]!, { base: '/', withPdf: true });
    expect([...walkSections(plans[0]!.sections)].length).toBeGreaterThan(0);
    expect(html).toContain(`Budgeten på 1${NBSP}951${NBSP}000 kronor`);
    expect(html).not.toContain('Budgeten på 1 951 000 kronor');
  });
});
