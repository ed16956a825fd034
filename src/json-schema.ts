/**
 * The editor schemas: JSON Schema generated from the zod model, so VS Code's YAML
 * extension validates and completes plan files and follow-up files with Swedish hover text.
 */
import * as z from 'zod';
import { planSchema, siteSettingsSchema } from '../schemas';
import { followUpSchema } from '../schemas/follow-up';
import { DECISION_STATES, PLAN_STATUSES } from '../schemas/metadata';
import type { ComputedNumbers } from './site/plan-json';

export const JSON_SCHEMA_PATH = 'schemas/plan.schema.json';
export const FOLLOW_UP_JSON_SCHEMA_PATH = 'schemas/uppfoljning.schema.json';
/** The editor schema of the site settings, content/webbplats.yaml. */
export const SITE_SETTINGS_JSON_SCHEMA_PATH = 'schemas/webbplats.schema.json';

const generate = (schema: z.ZodType, title: string): string =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }), title }, null, 2)}\n`;

export function planJsonSchema(): string {
  return generate(planSchema, 'planverk: plan');
}

/** The schema of a follow-up file (uppfoljning-*.yaml). */
export function followUpJsonSchema(): string {
  return generate(followUpSchema, 'planverk: uppföljning');
}

export function siteSettingsJsonSchema(): string {
  return generate(siteSettingsSchema, 'planverk: webbplatsens inställningar');
}

/**
 * The published JSON Schema of plan.json (issue 22): the validated plan as plan.json holds
 * it (zod's output: defaults filled in), its `id`, and the numbers planverk computes under
 * `computed` (src/site/plan-json.ts). `npm run schema` writes it into public/, so every
 * build publishes it at `schema/plan-json.schema.json`; a test validates every built
 * plan.json against it (test/build/open-data.test.ts).
 */
export const PLAN_JSON_SCHEMA_PATH = 'public/schema/plan-json.schema.json';

const exact = z.number().describe('Exakt decimaltal, räknat av planverk.');
const byColumn = z.record(z.string(), exact).describe('Belopp per kolumn-id.');
const path = z.string().describe('Blockets fältsökväg i planen, t.ex. "sections[2].blocks[1]".');

const computedSchema = z
  .strictObject({
    toc: z.array(z.strictObject({ anchor: z.string(), number: z.string().optional(), title: z.string(), level: z.number().int() })).describe('Innehållsförteckningen.'),
    status: z.enum(PLAN_STATUSES).nullable().describe('Planens status enligt besluten, eller null när den inte anges.'),
    decisions: z.array(z.strictObject({ state: z.enum(DECISION_STATES), taken: z.boolean(), adopting: z.boolean(), sentence: z.string() })).describe('Besluten i meningar, i planens ordning.'),
    labels: z.record(z.string(), z.string()).describe('Figur- och tabellnummer per ankare, t.ex. {"figur-arshjul": "Figur 1"}.'),
    budgets: z.array(z.strictObject({
      path, costs: exact, revenues: exact, result: exact,
      // An untitled group's title is null once the model has been through the model cache (JSON turns undefined in an array into null).
      groups: z.array(z.strictObject({ title: z.string().nullable().optional(), side: z.enum(['costs', 'revenues']), total: exact })),
    })).describe('Summorna i varje budget.'),
    carriedOverFunds: z.array(z.strictObject({ path, title: z.string(), total: exact })).describe('Summan av balanserade medel.'),
    staff: z.array(z.strictObject({ path, unit: z.string(), total: exact.optional(), byYear: z.record(z.string(), exact).optional() })).describe('Summorna i personaltabellerna.'),
    images: z.array(z.strictObject({ path, image: z.string(), url: z.string(), type: z.string() })).describe('Figurbilderna som de publiceras.'),
    budgetTables: z.array(z.strictObject({
      path, title: z.string(), unit: z.string(), total: byColumn,
      groups: z.array(z.strictObject({ title: z.string(), total: byColumn })),
    })).describe('Delsummor och summa i varje budgettabell.'),
  })
  .describe('Det planverk räknar fram: samma tal som webbplatsen och PDF:en visar.');

/**
 * plan.json's `computed` and this schema name the same keys: a list added to
 * ComputedNumbers (src/site/plan-json.ts) without a schema here is a compile error.
 */
type SchemaKeys = keyof typeof computedSchema.shape;
type SameKeys = [Exclude<keyof ComputedNumbers, SchemaKeys>, Exclude<SchemaKeys, keyof ComputedNumbers>] extends [never, never] ? true : never;
const computedKeysMatch: SameKeys = true;
void computedKeysMatch;

export const planJsonFileSchema = planSchema
  .extend({
    id: z.string().describe('Planens id (mappens namn), också adressen /<id>/.'),
    computed: computedSchema,
  })
  .describe('plan.json: en plan i planverk som den publiceras, med det som planverk räknar fram.');

export function planJsonFileSchemaText(): string {
  const schema = z.toJSONSchema(planJsonFileSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'planverk: plan.json' }, null, 2)}\n`;
}
