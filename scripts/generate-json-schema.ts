/**
 * `npm run schema`: regenerates the editor schemas (schemas/plan.schema.json,
 * schemas/uppfoljning.schema.json, schemas/webbplats.schema.json) and plan.json's
 * published schema (public/schema/plan-json.schema.json) from the zod model.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../src/cli/run-cli';
import {
  FOLLOW_UP_JSON_SCHEMA_PATH, followUpJsonSchema, JSON_SCHEMA_PATH, PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText,
  planJsonSchema, SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema,
} from '../src/json-schema';

await runCli(async () => {
  const files: Array<[string, string]> = [
    [JSON_SCHEMA_PATH, planJsonSchema()],
    [FOLLOW_UP_JSON_SCHEMA_PATH, followUpJsonSchema()],
    [SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema()],
    [PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText()],
  ];
  for (const [file, text] of files) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`Skrev ${file}.`);
  }
  return 0;
});
