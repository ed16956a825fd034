/** `npm run schema`: regenerates schemas/plan.schema.json from the zod model. */
import { writeFile } from 'node:fs/promises';
import { runCli } from '../src/cli/run-cli';
import { JSON_SCHEMA_PATH, planJsonSchema } from '../src/json-schema';

await runCli(async () => {
  await writeFile(JSON_SCHEMA_PATH, planJsonSchema());
  console.log(`Skrev ${JSON_SCHEMA_PATH}.`);
  return 0;
});
