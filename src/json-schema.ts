/**
 * The editor schema: JSON Schema generated from the zod model, so VS Code's YAML
 * extension validates and completes plan files with Swedish hover text.
 */
import * as z from 'zod';
import { planSchema } from '../schemas';

export const JSON_SCHEMA_PATH = 'schemas/plan.schema.json';

export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
  return `${JSON.stringify({ ...schema, title: 'planverk: plan' }, null, 2)}\n`;
}
