/** Every plan under content/ validates, and the model survives a trip through JSON. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../schemas';
import { discoverPlanDirs } from '../../src/load/discover-plans';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';

const contentRoot = await resolveContentRoot('content');
const dirs = await discoverPlanDirs(contentRoot);

describe('content plans', () => {
  it('has the five seed plans', () => {
    expect(dirs.map((d) => path.basename(d))).toEqual(expect.arrayContaining([
      'fou-jamt-2020', 'fou-jamt-handlingsplan-ebp', 'fourum-jonkoping-2021-2023', 'fou-fyrbodal-2023', 'fou-nordvast-2021',
    ]));
  });

  it.each(dirs.map((d) => path.basename(d)))('%s validates without errors', async (id) => {
    const { problems, plans } = await checkPlans(contentRoot, [path.join(contentRoot, id)]);
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(1);
  });

  it.each(dirs.map((d) => path.basename(d)))('%s round-trips through JSON without loss', async (id) => {
    const { plans } = await checkPlans(contentRoot, [path.join(contentRoot, id)]);
    const plan = plans[0]!.plan;
    const reparsed = planSchema.parse(JSON.parse(JSON.stringify(plan)));
    expect(reparsed).toEqual(plan);
  });
});
