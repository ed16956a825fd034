/** `npm run schema`: regenerates schemas/plan.schema.json and schemas/webbplats.schema.json from the zod model. */
import { writeFile } from 'node:fs/promises';
import { runCli } from '../src/cli/run-cli';
import { JSON_SCHEMA_PATH, planJsonSchema, SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema } from '../src/json-schema';

await runCli(async () => {
  await writeFile(JSON_SCHEMA_PATH, planJsonSchema());
  await writeFile(SITE_SETTINGS_JSON_SCHEMA_PATH, siteSettingsJsonSchema());
  console.log(`Skrev ${JSON_SCHEMA_PATH} och ${SITE_SETTINGS_JSON_SCHEMA_PATH}.`);
  return 0;
});
