/**
 * The published JSON Schema of plan.json (issue 22): up to date with the zod model, and
 * every plan.json of content/ and the test plans validates against it (ajv); a plan.json
 * with a wrong or unknown field does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText } from '../../src/json-schema';
import { checkPlans } from '../../src/pipeline';
import { planJsonText } from '../../src/site/plan-json';
import { planJsonValidator } from '../shared/plan-json-validator';

const SOURCES = ['content', 'test/fixtures/plans', 'test/site/fixtures', 'test/fixtures/hostile'];

describe('plan.json JSON Schema', () => {
  it('is up to date with the zod model (run `npm run schema` when this fails)', () => {
    expect(readFileSync(PLAN_JSON_SCHEMA_PATH, 'utf8')).toBe(planJsonFileSchemaText());
  });

  it('every plan.json of content/ and the test plans validates', async () => {
    const validate = planJsonValidator();
    let count = 0;
    for (const source of SOURCES) {
      const { plans } = await checkPlans(source);
      for (const plan of plans) {
        const ok = validate(JSON.parse(planJsonText(plan)));
        expect(ok ? [] : validate.errors, plan.id).toEqual([]);
        count += 1;
      }
    }
    expect(count).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('refuses a plan.json without computed numbers, with an unknown field or a wrong type', async () => {
    const validate = planJsonValidator();
    const { plans } = await checkPlans('content');
    const json = JSON.parse(planJsonText(plans[0]!)) as Record<string, unknown>;
    expect(validate(json)).toBe(true);
    const { computed: _computed, ...withoutComputed } = json;
    expect(validate(withoutComputed)).toBe(false);
    expect(validate({ ...json, extra: 1 })).toBe(false);
    expect(validate({ ...json, period: { start: 'tjugotjugo' } })).toBe(false);
    expect(validate({ ...json, computed: { ...(json.computed as object), status: 'godkänd' } })).toBe(false);
  });
});
