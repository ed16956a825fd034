/**
 * Staff: full-time equivalents (årsarbetare) or percent of a position, per role or area;
 * either one figure per line, or årsarbetare per year in columns (`years` + `byYear`).
 */
import * as z from 'zod';
import { editorialNote, fte, markdown, percent, text } from './primitives';

const yearKey = z.string().regex(/^\d{4}$/, 'Året ska skrivas med fyra siffror, t.ex. 2024.');

export const staffLineSchema = z
  .strictObject({
    label: text('Roll eller område, t.ex. "forskningsledare" eller "område Psykiatri".'),
    fte: fte('Omfattning i årsarbetare.').optional(),
    percent: percent('Omfattning i procent.').optional(),
    byYear: z
      .record(yearKey, fte('Årsarbetare detta år.'))
      .optional()
      .describe('Årsarbetare per år när tabellen har years, t.ex. {2023: 2.0, 2024: 2.5}.'),
    note: text('Kommentar, t.ex. "visstidsanställning" eller "extern finansiering".').optional(),
  })
  .refine((line) => [line.fte, line.percent, line.byYear].filter((value) => value !== undefined).length === 1, {
    message: 'Ange omfattningen med antingen fte, percent eller byYear (precis ett av dem).',
    params: { code: 'personal-enhet' },
  })
  .describe('En rad i personaltabellen.');

export const staffSchema = z
  .strictObject({
    type: z.literal('staff'),
    editorialNote: editorialNote().optional(),
    title: text('Rubrik för tabellen.').optional(),
    years: z
      .array(z.number().int('Året ska vara ett heltal.').min(1900, 'Året är orimligt tidigt.').max(2200, 'Året är orimligt sent.'))
      .min(2, 'Ange minst två år, annars räcker fte på varje rad.')
      .max(8, 'Högst åtta år får plats som kolumner.')
      .optional()
      .describe('År som kolumner, i stigande ordning, t.ex. [2023, 2024, 2025]. Då anger varje rad byYear, och en kolumn Förändring (sista året minus året före) räknas fram.'),
    lines: z.array(staffLineSchema).min(1),
    declaredTotal: z.number().optional().describe('Summa enligt källan i samma enhet som raderna (kontrolleras). För tabeller med years används declaredTotals.'),
    declaredTotals: z
      .record(yearKey, z.number())
      .optional()
      .describe('Summa per år enligt källan, t.ex. {2024: 3.0} (kontrolleras; bara med years).'),
    showTotal: z.boolean().default(true).describe('Visa en summarad (standard: ja). Sätt false när raderna inte ska summeras, t.ex. andelar av olika tjänster.'),
    note: markdown('Kommentar under tabellen.').optional(),
  })
  .describe('Personal i årsarbetare eller procent, för ett år eller per år i kolumner.');
