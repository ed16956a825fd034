/**
 * A JSON number written with exactly the digits of an exact sum: through a double a sum
 * above 2^53 would be rounded. (JSON.rawJSON is in Node 22; TypeScript's lib lacks it.)
 */
import type { Decimal } from './exact-decimal';

export type ExactJsonNumber = { readonly rawJSON: string };

export const exactJsonNumber = (value: Decimal): ExactJsonNumber =>
  (JSON as unknown as { rawJSON(text: string): ExactJsonNumber }).rawJSON(value);
