import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_JSON_SCHEMA_PATH, followUpJsonSchema, JSON_SCHEMA_PATH, planJsonSchema } from '../../src/json-schema';

describe('editor JSON Schema', () => {
  it('is up to date with the zod model (run `npm run schema` when this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(planJsonSchema());
  });

  it('has a follow-up schema up to date with the zod model (run `npm run schema` when this fails)', () => {
    expect(readFileSync(FOLLOW_UP_JSON_SCHEMA_PATH, 'utf8')).toBe(followUpJsonSchema());
    const schema = JSON.parse(followUpJsonSchema());
    expect(schema.properties.activities.items.properties.status.anyOf[0].enum).toEqual(['genomförd', 'pågår', 'ej påbörjad', 'försenad', 'struken']);
  });

  it('carries Swedish descriptions for editor hover text', () => {
    const schema = JSON.parse(planJsonSchema());
    expect(schema.properties.title.description).toMatch(/Planens titel/);
    expect(schema.properties.status.enum).toEqual(['utkast', 'fastställd']);
  });
});
