/**
 * Plain text in the presentation model is typeset like Markdown text (issue 19): Swedish ”
 * and ’ instead of straight quotes, and no ordinary space inside a number. Checked over
 * every part of every plan in content/ and the fixture plans, so that no block type and
 * no field is missed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../src/derive/derive-plan';
import type { Cell, Inline, ListItem, Part } from '../../src/derive/presentation';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

/** Every plain text a renderer prints as it is, with where it was found. */
function* plainTexts(part: Part, at: string): Generator<[string, string]> {
  const inline = function* (value: Inline | undefined, where: string): Generator<[string, string]> {
    if (value && !value.markdown) yield [value.text, where];
  };
  const item = function* (value: ListItem, where: string): Generator<[string, string]> {
    if (value.title) yield [value.title, `${where}.title`];
    yield* inline(value.text, `${where}.text`);
    if (value.detail) yield [value.detail, `${where}.detail`];
    for (const [i, child] of (value.items ?? []).entries()) yield* item(child, `${where}.items[${i}]`);
  };
  const cell = function* (value: Cell, where: string): Generator<[string, string]> {
    for (const [i, line] of value.lines.entries()) yield* inline(line, `${where}.lines[${i}]`);
    if (value.detail) yield [value.detail, `${where}.detail`];
    for (const [i, child] of (value.list ?? []).entries()) yield* item(child, `${where}.list[${i}]`);
  };
  switch (part.kind) {
    case 'table':
      yield* inline(part.caption, `${at}.caption`);
      for (const [g, group] of part.groups.entries()) {
        if (group.heading) yield [group.heading, `${at}.groups[${g}].heading`];
        for (const [r, row] of group.rows.entries()) for (const [c, value] of row.cells.entries()) yield* cell(value, `${at}.groups[${g}].rows[${r}].cells[${c}]`);
      }
      for (const [r, row] of part.footer.entries()) for (const [c, value] of row.cells.entries()) yield* cell(value, `${at}.footer[${r}].cells[${c}]`);
      break;
    case 'list':
      for (const [i, value] of part.items.entries()) yield* item(value, `${at}.items[${i}]`);
      break;
    case 'facts':
      for (const [i, fact] of part.facts.entries()) yield [fact.value, `${at}.facts[${i}]`];
      break;
    case 'leadIn':
    case 'note':
    case 'editorial':
      yield [part.text, `${at}.text`];
      break;
    case 'figure':
      yield* inline(part.caption, `${at}.caption`);
      break;
    case 'prose':
      break;
  }
}

const SOURCES = ['content', 'test/fixtures/plans', 'examples/uppfoljning'];

describe('plain text in the presentation model', async () => {
  const plans = (await Promise.all(SOURCES.map(async (dir) => (await checkPlans(await resolveContentRoot(path.resolve(dir)))).plans))).flat();

  it('has Swedish quotation marks and no ordinary space inside a number, in every part of every plan', () => {
    const wrong: string[] = [];
    let texts = 0;
    for (const plan of plans) {
      for (const section of walkSections(plan.sections)) {
        for (const block of section.blocks) {
          for (const [p, part] of block.parts.entries()) {
            for (const [text, where] of plainTexts(part, `${section.fieldPath}.parts[${p}]`)) {
              texts++;
              if (/["']|\d \d{3}(?!\d)/.test(text)) wrong.push(`${plan.id} ${where}: ${text}`);
            }
          }
        }
      }
    }
    expect(texts).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('turns the straight quotes of a plain table cell into Swedish ones (FoU Nordväst 2021, "Extra-vuxen")', () => {
    const nordvast = plans.find((plan) => plan.id === 'fou-nordvast-2021')!;
    const found = [...walkSections(nordvast.sections)].flatMap((s) => s.blocks).flatMap((b) => b.parts)
      .flatMap((part, i) => [...plainTexts(part, String(i))]).map(([text]) => text).filter((text) => text.includes('Extra-vuxen'));
    expect(found).toEqual(['Utvärdering av insatsen \u201dExtra-vuxen\u201d']);
  });
});
