/** People named by initials, and abbreviations used in the text. */
import * as z from 'zod';
import { text } from './primitives';

export const personSchema = z
  .strictObject({
    initials: z
      .string()
      .regex(/^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}$/, 'Initialer skrivs med versaler, t.ex. "MÅ".')
      .describe('Initialer som används i tabellerna, t.ex. "MÅ".'),
    name: text('Fullständigt namn. Saknas namnet i källan lämnas fältet bort (då varnar kontrollen).').optional(),
    role: text('Roll eller befattning.').optional(),
  })
  .describe('En medarbetare som kan anges som ansvarig med sina initialer.');

export const abbreviationSchema = z
  .strictObject({
    abbr: text('Förkortningen, t.ex. "RUG".'),
    expansion: text('Vad förkortningen står för, t.ex. "regional utvecklingsgrupp".'),
  })
  .describe('En förkortning i förkortningslistan.');
