/**
 * The "Ny blocktyp" recipe in docs/arkitektur.md holds: every block type has an entry in
 * every registry (the compiler checks this through `satisfies`; this checks it at run time
 * too, so a cast or an `any` cannot hide a gap), every folder in src/blocks/ is a block
 * type's, and what a block folder exports is what the registries use.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { BLOCK_TYPES } from '../../schemas';
import { BLOCK_ROLL_FORWARD, unchanged } from '../../src/authoring/block-roll-forward';
import { rollForward } from '../../src/authoring/roll-forward';
import { BLOCK_COMPUTED } from '../../src/derive/block-computed';
import { BLOCK_DERIVERS } from '../../src/derive/block-derivers';
import { nothingComputed } from '../../src/derive/computed-numbers';
import { PDF_BLOCKS } from '../../src/pdf/document/sections';
import { SITE_BLOCKS } from '../../src/site/plan-page/blocks/block';
import { BLOCK_IDS } from '../../src/validate/block-ids';
import { BLOCK_ARBITRARIES } from '../robustness/block-arbitraries';

const BLOCKS_DIR = path.resolve(import.meta.dirname, '../../src/blocks');

/** `carriedOverFunds` → `carried-over-funds`, the folder name the recipe gives. */
const folderOf = (type: string) => type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const REGISTRIES: Record<string, Record<string, unknown>> = {
  'BLOCK_DERIVERS (src/derive/block-derivers.ts)': BLOCK_DERIVERS,
  'SITE_BLOCKS (src/site/plan-page/blocks/block.tsx)': SITE_BLOCKS,
  'PDF_BLOCKS (src/pdf/document/sections.ts)': PDF_BLOCKS,
  'BLOCK_IDS (src/validate/block-ids.ts)': BLOCK_IDS,
  'BLOCK_ROLL_FORWARD (src/authoring/block-roll-forward.ts)': BLOCK_ROLL_FORWARD,
  'BLOCK_COMPUTED (src/derive/block-computed.ts)': BLOCK_COMPUTED,
  'BLOCK_ARBITRARIES (test/robustness/block-arbitraries.ts)': BLOCK_ARBITRARIES,
};

/** A block folder's file, the registry it feeds, and the entry it gives when the type has none of its own. */
const FOLDER_FILES = [
  { file: 'derive.ts', registry: BLOCK_DERIVERS as Record<string, unknown>, otherwise: undefined },
  { file: 'roll-forward.ts', registry: BLOCK_ROLL_FORWARD as Record<string, unknown>, otherwise: unchanged },
  { file: 'computed.ts', registry: BLOCK_COMPUTED as Record<string, unknown>, otherwise: nothingComputed },
];

describe('the block registry', () => {
  it('knows the block types of schemas/block.ts', () => {
    expect(BLOCK_TYPES.length).toBeGreaterThan(0);
    expect(new Set(BLOCK_TYPES).size).toBe(BLOCK_TYPES.length);
  });

  it.each(Object.entries(REGISTRIES))('%s has an entry for exactly every block type', (_name, registry) => {
    expect(Object.keys(registry).sort()).toEqual([...BLOCK_TYPES].sort());
    for (const type of BLOCK_TYPES) {
      const entry = registry[type];
      if (registry === BLOCK_ARBITRARIES) {
        expect(typeof (entry as { fixUp: unknown }).fixUp, type).toBe('function');
        expect((entry as { draw: unknown }).draw, type).toBeDefined();
      } else {
        expect(typeof entry, type).toBe('function');
      }
    }
  });

  it('has a folder in src/blocks/ only for block types', () => {
    const folders = readdirSync(BLOCKS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const known = new Set(BLOCK_TYPES.map(folderOf));
    expect(folders.filter((folder) => !known.has(folder))).toEqual([]);
  });

  it.each(FOLDER_FILES)('uses what src/blocks/<type>/$file exports, and only there a type has its own entry', async ({ file, registry, otherwise }) => {
    for (const type of BLOCK_TYPES) {
      const module = path.join(BLOCKS_DIR, folderOf(type), file);
      if (existsSync(module)) {
        const exported = Object.values(await import(module));
        expect(exported, `${registry === BLOCK_DERIVERS ? 'BLOCK_DERIVERS' : file}: ${type}`).toContain(registry[type]);
      } else if (otherwise) {
        expect(registry[type], `${type} has no ${file} but its own entry`).toBe(otherwise);
      }
    }
  });
});

describe('roll-forward by block type', () => {
  const roll = (blocks: object[]) => {
    const doc = parseDocument(stringify({ title: 'Plan 2020', period: { start: 2020 }, status: 'faststalld', sections: [{ title: 'A', blocks }] }));
    rollForward(doc, 1);
    return (doc.toJS() as { sections: { blocks: Record<string, unknown>[] }[] }).sections[0]!.blocks;
  };

  it('moves a wheel’s year and written dates on, and keeps months', () => {
    const [wheel] = roll([{
      type: 'wheel', year: 2020, categories: [{ id: 'k', name: 'K' }],
      events: [{ title: 'a', category: 'k', date: '2020-02-29' }, { title: 'b', category: 'k', period: { from: '2020-03-01', to: '2020-04-30' } }, { title: 'c', category: 'k', month: 'maj' }],
    }]);
    expect(wheel).toMatchObject({ year: 2021, events: [{ date: '2021-02-28' }, { period: { from: '2021-03-01', to: '2021-04-30' } }, { month: 'maj' }] });
  });

  it('plans every activity of an action plan again and drops its progress', () => {
    const [actionPlan] = roll([{ type: 'actionPlan', goalArea: 'G', activities: [{ activity: 'a', status: 'genomförd' }, { activity: 'b' }], progress: [{ status: 'genomförd', text: 't' }] }]);
    expect(actionPlan).toEqual({ type: 'actionPlan', goalArea: 'G', activities: [{ activity: 'a', status: 'planerad' }, { activity: 'b' }] });
  });

  it('moves a budget’s and an area budget’s year on', () => {
    const [budget, areaBudget] = roll([{ type: 'budget', year: 2020, costs: [], revenues: [] }, { type: 'areaBudget', year: 2020, text: 't' }]);
    expect(budget).toMatchObject({ year: 2021 });
    expect(areaBudget).toMatchObject({ year: 2021 });
  });

  it('copies a block whose type is unchanged as written', () => {
    const funds = { type: 'carriedOverFunds', title: 'Medel', asOf: '2020-01-01', lines: [{ label: 'a', amount: 1 }] };
    expect(roll([funds])).toEqual([funds]);
  });
});
