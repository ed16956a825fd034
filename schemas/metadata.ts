/** Cover data of a plan: who publishes it, for which period, and its approval. */
import * as z from 'zod';
import { isoDate, safeUrl, text, year } from './primitives';

export const PLAN_KINDS = ['verksamhetsplan', 'handlingsplan', 'flerårsplan'] as const;
export const PLAN_STATUSES = ['utkast', 'fastställd'] as const;
/** Required cover fields a source may not give (`missingInSource`). */
export const MISSING_IN_SOURCE = ['title', 'period'] as const;

export const organisationSchema = z
  .strictObject({
    name: text('Organisationens namn, t.ex. "FoU Jämt".'),
    parent: text('Överordnad organisation, t.ex. "Region Jämtland Härjedalen".').optional(),
    unit: text('Enhet eller partnerskap inom organisationen.').optional(),
    municipalities: z.array(text('Kommunens namn.')).optional().describe('Medlemskommuner som finansierar verksamheten.'),
    address: text('Postadress, t.ex. "Box 1024, 551 11 Jönköping".').optional(),
    website: safeUrl('Organisationens webbplats.').optional(),
  })
  .describe('Organisationen som ger ut planen.');

export const periodSchema = z
  .strictObject({
    start: year('Första året som planen gäller.'),
    end: year('Sista året som planen gäller (utelämnas för en ettårsplan).').optional(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    message: 'Periodens slutår kan inte ligga före startåret.',
    path: ['end'],
    params: { code: 'period-omvand' },
  })
  .describe('Perioden planen gäller, t.ex. { start: 2021, end: 2023 }.');

export const contactSchema = z
  .strictObject({
    name: text('Namn.'),
    role: text('Roll, t.ex. "textansvarig".').optional(),
    email: z.email('Ogiltig e-postadress.').describe('E-postadress.').optional(),
    phone: text('Telefonnummer.').optional(),
  })
  .describe('Författare eller kontaktperson.');

export const approvalSchema = z
  .strictObject({
    body: text('Organet som fastställer planen, t.ex. "FoU-rådet" eller "socialchefsnätverket".'),
    date: isoDate('Datum för beslutet.').optional(),
    reference: text('Beslutets referens, t.ex. "§ 53".').optional(),
  })
  .describe('Beslut om att fastställa planen.');

export const metadataShape = {
  title: text('Planens titel, t.ex. "Verksamhetsplan för FoU Jämt 2020".'),
  subtitle: text('Undertitel.').optional(),
  kind: z.enum(PLAN_KINDS).describe('Typ av plan: verksamhetsplan, handlingsplan eller flerårsplan.'),
  organisation: organisationSchema,
  period: periodSchema,
  registryNumber: text('Diarienummer, t.ex. "RJL 2020/1867".').optional(),
  author: contactSchema.optional(),
  documentDate: isoDate('Dokumentets datum.').optional(),
  status: z.enum(PLAN_STATUSES).describe('"utkast" eller "fastställd". Ett utkast märks UTKAST på varje sida.'),
  approval: approvalSchema.optional(),
  copyright: text('Upphovsrättsrad, t.ex. "© Region Jönköpings län".').optional(),
  missingInSource: z
    .array(z.enum(MISSING_IN_SOURCE))
    .optional()
    .describe('Uppgifter som källan inte anger: "title" och/eller "period". Planens title och period är då redaktionella (de behövs för listan över planer) och visas märkta "uppgift saknas i källan".'),
};
