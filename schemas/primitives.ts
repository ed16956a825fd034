/**
 * Small value types shared by every plan concept. Descriptions are Swedish because
 * they become hover text in the plan editors' YAML editor (via the JSON Schema).
 */
import * as z from 'zod';

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

export const SEASONS = ['våren', 'sommaren', 'hösten', 'vintern'] as const;

/** Markdown text: paragraphs, lists, emphasis, links, footnotes and tables (GFM). */
export const markdown = (description: string) =>
  z.string().min(1, 'Texten får inte vara tom.').describe(`${description} (Markdown)`);

/** Plain one-line text such as a title. */
export const text = (description: string) =>
  z.string().trim().min(1, 'Texten får inte vara tom.').describe(description);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = (description: string) =>
  z
    .string()
    .refine(isCalendarDate, { message: 'Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2020-01-24.', params: { code: 'ogiltigt-datum' } })
    .describe(`${description} (ÅÅÅÅ-MM-DD)`);

export const year = (description: string) =>
  z.number().int('Året ska vara ett heltal.').min(1900, 'Året är orimligt tidigt.').max(2200, 'Året är orimligt sent.').describe(description);

export const month = z.enum(MONTHS).describe('Månad med liten bokstav, t.ex. "januari".');
export const season = z.enum(SEASONS).describe('Årstid: "våren", "sommaren", "hösten" eller "vintern".');

/** Identifier used for anchors and references: lower case letters, digits and hyphens. */
export const id = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9åäö][a-z0-9åäö-]*$/, 'Id får bara innehålla små bokstäver, siffror och bindestreck, t.ex. "budget-2020".')
    .describe(description);

/**
 * Whole kronor. Sums are exact (src/derive/exact-decimal.ts), but an amount beyond what a
 * double holds exactly (2^53 − 1) cannot be read as written, and is a typo anyway.
 */
export const amount = (description: string) =>
  z
    .number()
    .refine((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER, {
      message: 'Beloppet är orimligt stort (högst 9 007 199 254 740 991 kr går att räkna exakt med). Kontrollera att inga siffror kommit med av misstag.',
      params: { code: 'belopp-for-stort' },
      abort: true,
    })
    .int('Beloppet ska anges i hela kronor.')
    .describe(`${description} (kronor, heltal)`);

export const fte = (description: string) =>
  z.number().min(0, 'Antalet årsarbetare kan inte vara negativt.').max(10000).describe(`${description} (årsarbetare, t.ex. 1.5)`);

export const percent = (description: string) =>
  z.number().min(0, 'Procentsatsen kan inte vara negativ.').max(10000).describe(`${description} (procent av en heltidstjänst, t.ex. 50)`);

/** A URL that may be published: http(s) or mailto only. */
export const safeUrl = (description: string) =>
  z
    .string()
    .regex(/^(https?:\/\/|mailto:)\S+$/i, 'Länken måste börja med http://, https:// eller mailto:.')
    .describe(description);

/** A path to a file inside the plan's own folder. */
export const relativePath = (description: string) =>
  z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !/^[a-z]:/i.test(p) && !p.split(/[\\/]/).includes('..'), {
      message: 'Sökvägen måste ligga i planens egen mapp (inga "..", ingen absolut sökväg).',
      params: { code: 'fil-utanfor-planen' },
    })
    .describe(`${description} (sökväg relativt planens mapp)`);

/**
 * An editorial note: what the transcriber adds to explain or qualify the source. Printed
 * after the block, marked "Redaktionell anmärkning", never as the source's own words.
 */
export const editorialNote = () =>
  z
    .string()
    .trim()
    .min(1, 'Texten får inte vara tom.')
    .describe('Redaktionell anmärkning: det som den som skrev in planen lägger till eller förklarar och som inte står i källan. Visas efter blocket, märkt "Redaktionell anmärkning".');
