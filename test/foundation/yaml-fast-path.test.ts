/**
 * The fast YAML reader (js-yaml's event stream, as parseYamlSource runs it) must read every
 * plan exactly as the position-keeping reader (yaml) does, values and locations alike;
 * otherwise a plan could validate differently from its messages. docs/beslut.md says why
 * there are two readers.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCarefully, parseFast, parseYamlSource } from '../../src/load/parse-yaml-source';
import { splitFrontMatter } from '../../src/load/split-front-matter';

/** Every YAML text of the repository's plans: plan files and Markdown front matter. */
const sources = globSync(['content/*/plan.yaml', 'content/*/*.md', 'templates/*/plan.yaml', 'test/fixtures/valid/*/*.{yaml,md}', 'examples/*/*.{yaml,md}'])
  .map((file) => {
    const raw = readFileSync(file, 'utf8');
    return [file, file.endsWith('.md') ? splitFrontMatter(raw).frontMatter : raw] as const;
  })
  .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

/** Every path to a value in a parsed document, scalars and collections alike. */
function valuePaths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const paths: PropertyKey[][] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...valuePaths(item, [...at, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...valuePaths(item, [...at, key]));
  return paths;
}

describe('fast YAML path', () => {
  it('covers the content plans', () => expect(sources.length).toBeGreaterThan(7));

  it.each(sources)('reads %s on the fast path, exactly like the careful parser', (_file, text) => {
    const fast = parseFast(text);
    expect(fast.ok).toBe(true);
    expect(parseYamlSource(text, 'plan.yaml').value).toEqual(parse(text, { version: '1.2', uniqueKeys: true }));
  });

  it.each(sources)('locates every value of %s where the careful parser does', (_file, text) => {
    const production = parseYamlSource(text, 'plan.yaml');
    const careful = parseCarefully(text, 'plan.yaml');
    const paths = valuePaths(production.value);
    expect(paths.length).toBeGreaterThan(1);
    for (const at of paths) {
      expect([at, production.sourceMap.locate(at)]).toEqual([at, careful.sourceMap.locate(at)]);
      expect([at, production.sourceMap.locate(at, true)]).toEqual([at, careful.sourceMap.locate(at, true)]);
    }
  });

  it('refuses aliases and deep nesting, leaving them to the careful parser', () => {
    expect(parseFast('a: &x [1]\nb: *x\n').ok).toBe(false);
    expect(parseFast(`${'['.repeat(200)}${']'.repeat(200)}`).ok).toBe(false);
    expect(parseYamlSource('a: &x [1]\nb: *x\n', 'plan.yaml').value).toEqual({ a: [1], b: [1] });
  });

  it('reads dates and yes/no as text, like YAML 1.2', () => {
    const fast = parseFast('d: 2020-01-24\ny: yes\nn: no\n');
    expect(fast.ok && fast.value).toEqual({ d: '2020-01-24', y: 'yes', n: 'no' });
  });
});
