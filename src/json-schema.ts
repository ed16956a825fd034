/**
 * The editor schemas: JSON Schema generated from the zod model, so VS Code's YAML
 * extension validates and completes plan files and follow-up files with Swedish hover text.
 */
import * as z from 'zod';
import { planSchema } from '../schemas';
import { followUpSchema } from '../schemas/follow-up';

export const JSON_SCHEMA_PATH = 'schemas/plan.schema.json';
export const FOLLOW_UP_JSON_SCHEMA_PATH = 'schemas/uppfoljning.schema.json';

const generate = (schema: z.ZodType, title: string): string =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }), title }, null, 2)}\n`;

export function planJsonSchema(): string {
  return generate(planSchema, 'planverk: plan');
}

/** The schema of a follow-up file (uppfoljning-*.yaml). */
export function followUpJsonSchema(): string {
  return generate(followUpSchema, 'planverk: uppföljning');
}
