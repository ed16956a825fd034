/** The published plan.json schema compiled with ajv (JSON Schema 2020-12), for the tests that validate plan.json files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { PLAN_JSON_SCHEMA_PATH } from '../../src/json-schema';

export function planJsonValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../..', PLAN_JSON_SCHEMA_PATH), 'utf8')) as object);
}
