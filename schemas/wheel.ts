/**
 * The annual wheel (årshjul): the year's meetings and deadlines. An event is placed by
 * exactly one of: an exact date, a month, a period (dates or months), a season, or a
 * frequency ("fyra gånger under året") when the source gives no dates.
 */
import * as z from 'zod';
import { editorialNote, id, isoDate, month, season, text } from './primitives';

export const WHEN_KEYS = ['date', 'month', 'period', 'season', 'timesPerYear'] as const;

const periodEnd = z.union([isoDate('Datum.'), month]).describe('Ett datum (ÅÅÅÅ-MM-DD) eller en månad ("maj").');

export const wheelEventSchema = z
  .strictObject({
    title: text('Händelsen, t.ex. "FoU-rådet sammanträder".'),
    category: id('Id för kategorin (ring i hjulet).'),
    date: isoDate('Exakt datum.').optional(),
    month: month.optional(),
    period: z
      .strictObject({ from: periodEnd, to: periodEnd })
      .optional()
      .describe('Från och till, t.ex. { from: januari, to: maj }.'),
    season: season.optional(),
    timesPerYear: z
      .number()
      .int('Antalet gånger ska vara ett heltal.')
      .min(1)
      .max(52)
      .optional()
      .describe('Antal gånger under året när datum saknas, t.ex. 4.'),
    note: text('Källans ordalydelse, t.ex. "vid minst två tillfällen".').optional(),
  })
  .superRefine((event, ctx) => {
    const given = WHEN_KEYS.filter((key) => event[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'hjul-tidpunkt' },
        message:
          given.length === 0
            ? 'Ange när händelsen sker med ett av fälten date, month, period, season eller timesPerYear.'
            : `Ange bara ett av fälten ${given.join(', ')}.`,
      });
    }
  })
  .describe('En händelse i årshjulet.');

export const wheelCategorySchema = z
  .strictObject({
    id: id('Id som händelserna hänvisar till.'),
    name: text('Kategorins namn, t.ex. "FoU-rådet".'),
    abbr: text('Förkortning ur förkortningslistan, t.ex. "RUG".').optional(),
    editorial: z
      .boolean()
      .optional()
      .describe('Kategorin är redaktionell: källan använder inte det här namnet. Teckenförklaringen och händelsetabellen märker den.'),
  })
  .describe('En kategori, ritas som en ring i årshjulet.');

export const wheelSchema = z
  .strictObject({
    type: z.literal('wheel'),
    id: id('Id för årshjulet.').optional(),
    year: z.number().int().optional().describe('Året som hjulet visar (standard: periodens första år).'),
    categories: z.array(wheelCategorySchema).min(1).max(12, 'Högst 12 kategorier (ringar) får plats i hjulet.'),
    events: z.array(wheelEventSchema),
    editorialNote: editorialNote().optional(),
  })
  .describe('Årshjul med kategorier och händelser.');
