/**
 * `npm run schema`: regenerates the editor schemas (schemas/plan.schema.json,
 * schemas/webbplats.schema.json) and plan.json's published schema
 * (public/schema/plan-json.schema.json) from the zod model.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../src/cli/run-cli';
import { JSON_SCHEMA_PATH, PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText, planJsonSchema, SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema } from '../src/json-schema';

await runCli(async () => {
  await writeFile(JSON_SCHEMA_PATH, planJsonSchema());
  await writeFile(SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema());
  await mkdir(path.dirname(PLAN_JSON_SCHEMA_PATH), { recursive: true });
  await writeFile(PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText());
  console.log(`Skrev ${JSON_SCHEMA_PATH}, ${SITE_SETTINGS_JSON_SCHEMA_PATH} och ${PLAN_JSON_SCHEMA_PATH}.`);
  return 0;
});
