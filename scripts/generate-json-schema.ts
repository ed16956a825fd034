/** `npm run schema`: regenerates schemas/plan.schema.json and schemas/uppfoljning.schema.json from the zod model. */
import { writeFile } from 'node:fs/promises';
import { runCli } from '../src/cli/run-cli';
import { FOLLOW_UP_JSON_SCHEMA_PATH, followUpJsonSchema, JSON_SCHEMA_PATH, planJsonSchema } from '../src/json-schema';

await runCli(async () => {
  await writeFile(JSON_SCHEMA_PATH, planJsonSchema());
  console.log(`Skrev ${JSON_SCHEMA_PATH}.`);
  await writeFile(FOLLOW_UP_JSON_SCHEMA_PATH, followUpJsonSchema());
  console.log(`Skrev ${FOLLOW_UP_JSON_SCHEMA_PATH}.`);
  return 0;
});
