/** Staff: full-time equivalents (årsarbetare) or percent of a position, per role or area. */
import * as z from 'zod';
import { fte, markdown, percent, text } from './primitives';

export const staffLineSchema = z
  .strictObject({
    label: text('Roll eller område, t.ex. "forskningsledare" eller "område Psykiatri".'),
    fte: fte('Omfattning i årsarbetare.').optional(),
    percent: percent('Omfattning i procent.').optional(),
    note: text('Kommentar, t.ex. "visstidsanställning" eller "extern finansiering".').optional(),
  })
  .refine((line) => (line.fte === undefined) !== (line.percent === undefined), {
    message: 'Ange omfattningen med antingen fte eller percent (precis ett av dem).',
    params: { code: 'personal-enhet' },
  })
  .describe('En rad i personaltabellen.');

export const staffSchema = z
  .strictObject({
    type: z.literal('staff'),
    title: text('Rubrik för tabellen.').optional(),
    lines: z.array(staffLineSchema).min(1),
    declaredTotal: z.number().optional().describe('Summa enligt källan i samma enhet som raderna (kontrolleras).'),
    showTotal: z.boolean().default(true).describe('Visa en summarad (standard: ja). Sätt false när raderna inte ska summeras, t.ex. andelar av olika tjänster.'),
    note: markdown('Kommentar under tabellen.').optional(),
  })
  .describe('Personal i årsarbetare eller procent.');
