/**
 * The broken-plan corpus: each folder under test/fixtures/invalid has one defect and an
 * expected.txt with the exact lines `npm run check` must print for it. Adding a case is
 * adding a folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';

const root = path.resolve('test/fixtures/invalid');
const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('every broken plan yields its exact message at its exact line and column', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const contentRoot = await resolveContentRoot(root);
    const { problems, plans } = await checkPlans(contentRoot, [path.join(contentRoot, name)]);
    const expected = readFileSync(path.join(root, name, 'expected.txt'), 'utf8').trim().split('\n');
    expect(problems.map(formatProblem)).toEqual(expected);
    const isWarningOnly = problems.every((p) => p.severity === 'warning');
    expect(plans.length).toBe(isWarningOnly ? 1 : 0);
  });
});
