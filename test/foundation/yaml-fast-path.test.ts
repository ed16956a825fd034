/**
 * The fast YAML reader (js-yaml) must read every plan exactly as the position-keeping
 * reader (yaml) does; otherwise a plan could validate differently from its messages.
 */
import { globSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/load/split-front-matter';

/** Every YAML text of the repository's plans: plan files and Markdown front matter. */
const sources = globSync(['content/*/plan.yaml', 'content/*/*.md', 'templates/*/plan.yaml', 'test/fixtures/valid/*/*.{yaml,md}'])
  .map((file) => {
    const raw = readFileSync(file, 'utf8');
    return [file, file.endsWith('.md') ? splitFrontMatter(raw).frontMatter : raw] as const;
  })
  .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

describe('fast YAML path', () => {
  it('covers the content plans', () => expect(sources.length).toBeGreaterThan(7));

  it.each(sources)('reads %s exactly like the careful parser', (_file, text) => {
    expect(load(text, { maxAliases: 0 })).toEqual(parse(text, { version: '1.2', uniqueKeys: true }));
  });

  it('refuses aliases and deep nesting, leaving them to the careful parser', () => {
    expect(() => load('a: &x [1]\nb: *x\n', { maxAliases: 0 })).toThrow();
    expect(() => load(`${'['.repeat(200)}${']'.repeat(200)}`, { maxAliases: 0, maxDepth: 100 })).toThrow();
  });

  it('reads dates and yes/no as text, like YAML 1.2', () => {
    expect(load('d: 2020-01-24\ny: yes\nn: no\n')).toEqual({ d: '2020-01-24', y: 'yes', n: 'no' });
  });
});
