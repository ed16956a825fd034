/**
 * A mis-indented line is named and explained (src/load/yaml-indentation.ts), and valid
 * plans (every content plan and template) never look mis-indented to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIndentationSlip } from '../../src/load/yaml-indentation';
import { parseYamlSource } from '../../src/load/parse-yaml-source';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(file) : entry.name.endsWith('.yaml') ? [file] : [];
  });

describe('indentation slips', () => {
  it('finds none in the content plans, templates and valid fixtures', () => {
    const files = [...yamlFiles('content'), ...yamlFiles('templates'), ...yamlFiles('test/fixtures/valid'), ...yamlFiles('test/fixtures/plans')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(findIndentationSlip(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')), file).toBeUndefined();
  });

  it('accepts what YAML allows: lists at their key\'s column, block text, continued plain text, flow collections', () => {
    const text = [
      'sections:',
      '- title: A',
      '  body: |',
      '    Text',
      '      indragen text',
      '  blocks:',
      '  - type: text',
      '    body: en lång',
      '      fortsättning',
      '    tags: [a,',
      '       b]',
      '    quote: "två',
      '         rader"',
      'kind: verksamhetsplan',
    ].join('\n');
    expect(findIndentationSlip(text)).toBeUndefined();
  });

  it('names a key indented deeper than its sibling, which already has a value', () => {
    const slip = findIndentationSlip('organisation:\n  name: Test\n   parent: Region\n');
    expect(slip).toMatchObject({ line: 3, column: 4 });
    expect(slip!.message).toMatch(/"parent:" börjar i kolumn 4, längre in än "name:" på rad 2 \(kolumn 3\)/);
    expect(slip!.message).toMatch(/Flytta raden till kolumn 3/);
  });

  it('names a key between two levels and offers both columns', () => {
    const slip = findIndentationSlip('organisation:\n    name: Test\n  parent: Region\n');
    expect(slip).toMatchObject({ line: 3, column: 3 });
    expect(slip!.message).toMatch(/ingen rad ovanför på samma nivå börjar där/);
    expect(slip!.message).toMatch(/kolumn 5 som "name:" på rad 2 eller till kolumn 1 som "organisation:" på rad 1/);
  });

  it('names a key written at a list\'s dashes', () => {
    const slip = findIndentationSlip('blocks:\n  - type: staff\n    lines: []\n  declaredTotal: 3\n');
    expect(slip).toMatchObject({ line: 4, column: 3 });
    expect(slip!.message).toMatch(/samma kolumn som bindestrecket på rad 2.*kolumn 5 som "type:" på rad 2/);
  });

  it('replaces the parser\'s misleading messages with one at the mis-indented line', () => {
    const { problems } = parseYamlSource('title: T\norganisation:\n  name: Test\n   parent: Region\nkind: verksamhetsplan\n', 'plan.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'yaml-indrag', line: 4, column: 4 });
  });
});
