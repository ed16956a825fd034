/**
 * The editor schema: JSON Schema generated from the zod model, so VS Code's YAML
 * extension validates and completes plan files with Swedish hover text.
 */
import * as z from 'zod';
import { planSchema, siteSettingsSchema } from '../schemas';

export const JSON_SCHEMA_PATH = 'schemas/plan.schema.json';
/** The editor schema of the site settings, content/webbplats.yaml. */
export const SITE_SETTINGS_JSON_SCHEMA_PATH = 'schemas/webbplats.schema.json';

export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
  return `${JSON.stringify({ ...schema, title: 'planverk: plan' }, null, 2)}\n`;
}

export function siteSettingsJsonSchema(): string {
  const schema = z.toJSONSchema(siteSettingsSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
  return `${JSON.stringify({ ...schema, title: 'planverk: webbplatsens inställningar' }, null, 2)}\n`;
}
