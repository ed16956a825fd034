/**
 * Swedish messages for zod issues that have no message of their own in the schema.
 * zod 4 ships a Swedish locale, but its messages name JavaScript types ("string",
 * "undefined"); plan editors need words they know.
 */
import type * as z from 'zod';
import { didYouMean } from './suggest';

/** Marks an unknown-keys message that carries the allowed keys, split per key later. */
export const UNKNOWN_KEYS_MARKER = '\u0000okända-nycklar:';

const yamlSpelling = (value: number) => (Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf');

export function describeValue(value: unknown): string {
  if (value === undefined) return 'ingenting';
  if (value === null) return 'ett tomt värde (null)';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return !Number.isFinite(value) ? `specialtalet ${yamlSpelling(value)} (sätt text inom citattecken)` : Number.isInteger(value) ? 'ett heltal' : 'ett tal';
  if (typeof value === 'boolean') return 'ja/nej (true/false)';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'object') return 'ett objekt (nycklar med värden)';
  return 'ett okänt värde';
}

/** YAML reads .nan, .inf, -.inf (and 1e400) as numbers no sum or comparison can use. */
export const isNonFiniteNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isFinite(value);

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista (rader som börjar med "- ")',
  object: 'ett objekt (nycklar med värden)',
  literal: 'ett bestämt värde',
};

type RawIssue = z.core.$ZodRawIssue;

export const swedishErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Fältet saknas men måste anges.';
      if (isNonFiniteNumber(issue.input) && (issue.expected === 'number' || issue.expected === 'int')) {
        return `Värdet läses som ${yamlSpelling(issue.input)}, som inte är ett tal att räkna med; skriv ett vanligt tal.`;
      }
      return `Fel sorts värde: förväntade ${EXPECTED[issue.expected] ?? issue.expected}, fick ${describeValue(issue.input)}.`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
      return UNKNOWN_KEYS_MARKER + Object.keys(shape ?? {}).join(',');
    }
    case 'invalid_value': {
      if (issue.input === undefined) return `Fältet saknas men måste anges (${issue.values.map((v) => `"${String(v)}"`).join(' eller ')}).`;
      const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
      const input = typeof issue.input === 'string' ? issue.input : String(issue.input);
      const hint = typeof issue.input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      return issue.values.length === 1
        ? `Värdet ska vara ${allowed}.`
        : `Ogiltigt värde "${input}". Tillåtna värden: ${allowed}.${hint}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `Listan behöver minst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'punkt' : 'punkter'}.`;
      if (issue.origin === 'string') return 'Texten får inte vara tom.';
      return `Värdet måste vara minst ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Listan får ha högst ${issue.maximum} punkter.`;
      if (issue.origin === 'string') return `Texten får vara högst ${issue.maximum} tecken.`;
      return `Värdet får vara högst ${String(issue.maximum)}.`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Ogiltig e-postadress.' : 'Värdet har fel format.';
    case 'not_multiple_of':
      return `Värdet måste vara en multipel av ${String(issue.divisor)}.`;
    case 'invalid_union':
      return 'Värdet passar inte någon av de tillåtna formerna.';
    default:
      return undefined;
  }
};
