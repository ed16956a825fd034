/** Cover data of a plan: who publishes it, for which period, and its approval. */
import * as z from 'zod';
import { isoDate, relativePath, safeUrl, text, year } from './primitives';

export const PLAN_KINDS = [
  'verksamhetsplan', 'handlingsplan', 'flerårsplan', 'uppdragsplan', 'internbudget', 'verksamhetsplan med budget',
] as const;
export const PLAN_STATUSES = ['utkast', 'fastställd'] as const;
/** Required cover fields a source may not give (`missingInSource`). */
export const MISSING_IN_SOURCE = ['title', 'period'] as const;
/** planerat: the decision is to come; väntande: the matter is put before the body and awaits its decision; fattat: taken. */
export const DECISION_STATES = ['planerat', 'väntande', 'fattat'] as const;

/** A kind of plan that is none of PLAN_KINDS, named as the plan names itself: { annan: "Tillsynsplan" }. */
export const otherKindSchema = z
  .strictObject({
    annan: text('Vad planen kallar sig, med stor bokstav, t.ex. "Tillsynsplan" eller "Kompetensförsörjningsplan".'),
  })
  .describe('En annan typ av plan än de uppräknade, med planens eget namn på typen.');

export const planKindSchema = z
  .union([
    otherKindSchema,
    z.enum(PLAN_KINDS, {
      // A kind outside the list is the commonest slip here; the message shows the form for it.
      error: (issue) => (issue.input === undefined ? undefined
        : `Okänd typ av plan${typeof issue.input === 'string' ? ` "${issue.input}"` : ''}. Tillåtna typer: ${PLAN_KINDS.map((k) => `"${k}"`).join(', ')}. `
          + 'En annan typ skrivs { annan: "Namnet" }, t.ex. kind: { annan: "Tillsynsplan" }.'),
    }),
  ])
  .describe(
    'Typ av plan: verksamhetsplan, handlingsplan, flerårsplan, uppdragsplan, internbudget, "verksamhetsplan med budget", '
    + 'eller { annan: "Tillsynsplan" } för en annan typ. Typen avgör vad planen kallas på omslaget och webbplatsen, inte vad den får innehålla.',
  );

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
  .describe('Beslut om att fastställa planen (äldre form, se decisions). Med status: utkast är beslutet inte fattat; annars är det fattat.');

export const decisionSchema = z
  .strictObject({
    body: text('Organet som beslutar, t.ex. "FoU-rådet", "socialnämnden" eller "kommunfullmäktige".'),
    subject: text('Vad beslutet gäller, när det inte är hela planen, t.ex. "Budgeten för 2025". Ett sådant beslut avgör inte planens status.').optional(),
    state: z.enum(DECISION_STATES).describe('Beslutets läge: "planerat" (ska fattas), "väntande" (ärendet ligger hos organet och väntar på beslut) eller "fattat".'),
    date: isoDate('Datum för beslutet, eller för sammanträdet där det ska fattas.').optional(),
    reference: text('Paragraf i protokollet, t.ex. "§ 53".').optional(),
    registryNumber: text('Beslutets diarienummer, t.ex. "SN 2024/112".').optional(),
    validFrom: isoDate('Datum från vilket beslutet gäller.').optional(),
  })
  .describe('Ett beslut om planen: vem som beslutar, när, med vilken paragraf och diarienummer, och om beslutet är fattat.');

export const metadataShape = {
  title: text('Planens titel, t.ex. "Verksamhetsplan för FoU Jämt 2020".'),
  subtitle: text('Undertitel.').optional(),
  kind: planKindSchema,
  organisation: organisationSchema,
  logo: relativePath('Organisationens logotyp i planens mapp, en SVG- eller PNG-bild, t.ex. "logo.svg". Visas på PDF:ens omslag och i planens sidhuvud på webbplatsen.').optional(),
  period: periodSchema,
  registryNumber: text('Diarienummer, t.ex. "RJL 2020/1867".').optional(),
  author: contactSchema.optional(),
  documentDate: isoDate('Dokumentets datum.').optional(),
  status: z
    .enum(PLAN_STATUSES)
    .optional()
    .describe(
      '"utkast" eller "fastställd"; utelämnas när källan inte anger någon status (då visas varken UTKAST eller Fastställd). '
      + 'Med decisions följer statusen av besluten och behöver inte anges. Ett utkast märks UTKAST på varje sida.',
    ),
  approval: approvalSchema.optional(),
  decisions: z
    .array(decisionSchema)
    .min(1, 'Ange minst ett beslut, eller ta bort decisions.')
    .optional()
    .describe('Besluten om planen, t.ex. att nämnden fastställer planen och att fullmäktige godkänner budgeten. Planen är fastställd när alla beslut om hela planen (utan subject) är fattade.'),
  copyright: text('Upphovsrättsrad, t.ex. "© Region Jönköpings län".').optional(),
  missingInSource: z
    .array(z.enum(MISSING_IN_SOURCE))
    .optional()
    .describe('Uppgifter som källan inte anger: "title" och/eller "period". Planens title och period är då redaktionella (de behövs för listan över planer) och visas märkta "uppgift saknas i källan".'),
};
