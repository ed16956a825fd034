/**
 * The annual wheel (årshjul): the year's meetings and deadlines. An event is placed by
 * exactly one of: an exact date, a month, a period (dates or months), a season, a
 * recurrence (every week, month or tertial), a frequency ("fyra gånger under året") or
 * `undated: true` when the source gives no time at all. Frequency and undated events are
 * never drawn; they are listed apart under "Under året" (docs/arshjul.md).
 */
import * as z from 'zod';
import { editorialNote, id, isoDate, month, season, text } from './primitives';

export const WHEN_KEYS = ['date', 'month', 'period', 'season', 'recurs', 'timesPerYear', 'undated'] as const;

/** Recurring events: every week, every month, every tertial (januari–april, maj–augusti, september–december). */
export const RECURRENCES = ['veckovis', 'månadsvis', 'tertial'] as const;

/** What a period that crosses the calendar year is called: "läsåret 2024/25", "verksamhetsåret 2024/25". */
export const WHEEL_YEAR_NAMES = ['läsår', 'verksamhetsår'] as const;

const periodEnd = z.union([isoDate('Datum.'), month]).describe('Ett datum (ÅÅÅÅ-MM-DD) eller en månad ("maj").');

export const wheelEventSchema = z
  .strictObject({
    id: id('Valfritt id för händelsen, unikt i planen. Med ett id behåller kalenderfilen (arshjul.ics) händelsen när dess titel eller tid ändras, så att en prenumererad kalender uppdaterar den i stället för att visa en ny.').optional(),
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
      .describe('Antal gånger under året när datum saknas, t.ex. 4. Ritas inte i hjulet utan listas under "Under året".'),
    recurs: z
      .enum(RECURRENCES)
      .optional()
      .describe('Återkommer "veckovis", "månadsvis" eller varje "tertial" (januari–april, maj–augusti, september–december). Ritas som ett band i kategorins ring.'),
    undated: z
      .literal(true)
      .optional()
      .describe('true när källan inte anger när händelsen sker (t.ex. "under året"). Ritas inte i hjulet utan listas under "Under året".'),
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
            ? 'Ange när händelsen sker med ett av fälten date, month, period, season, recurs, timesPerYear eller undated.'
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
    year: z.number().int().optional().describe('Året som hjulet visar (standard: periodens första år); när hjulet börjar i en annan månad än januari är det året då hjulet börjar.'),
    startMonth: month.optional().describe('Månaden hjulet börjar med, t.ex. "augusti" för ett läsår (standard: januari). Hjulet ritas med den månaden överst.'),
    endMonth: month
      .optional()
      .describe('Periodens sista månad, t.ex. "juni" för ett läsår augusti–juni (standard: månaden före startMonth). Månader utanför perioden får inga händelser.'),
    yearName: z
      .enum(WHEEL_YEAR_NAMES)
      .optional()
      .describe('Vad perioden kallas när den går över årsskiftet: "läsår" ger "läsåret 2024/25", "verksamhetsår" ger "verksamhetsåret 2024/25".'),
    show: z
      .enum(['hjul', 'lista'])
      .optional()
      .describe('"hjul" (standard) ritar hjulet och listar händelserna; "lista" när källan inte har någon figur: bara listan.'),
    categories: z.array(wheelCategorySchema).min(1).max(12, 'Högst 12 kategorier (ringar) får plats i hjulet.'),
    events: z.array(wheelEventSchema),
    editorialNote: editorialNote().optional(),
  })
  .describe('Årshjul med kategorier och händelser.');
