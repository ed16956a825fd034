/** `npm run schema`: regenerates schemas/plan.schema.json (the editor's) and public/schema/plan-json.schema.json (plan.json's) from the zod model. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../src/cli/run-cli';
import { JSON_SCHEMA_PATH, PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText, planJsonSchema } from '../src/json-schema';

await runCli(async () => {
  await writeFile(JSON_SCHEMA_PATH, planJsonSchema());
  console.log(`Skrev ${JSON_SCHEMA_PATH}.`);
  await mkdir(path.dirname(PLAN_JSON_SCHEMA_PATH), { recursive: true });
  await writeFile(PLAN_JSON_SCHEMA_PATH, planJsonFileSchemaText());
  console.log(`Skrev ${PLAN_JSON_SCHEMA_PATH}.`);
  return 0;
});
