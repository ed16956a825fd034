/**
 * The site settings, `webbplats.yaml` at the root of the content folder: what the site
 * says about itself (title, organisation, address, licence, contact) and the fields of
 * the accessibility statement. The file is optional and every field in it is optional:
 * what is missing falls back to an honest default, or is shown as missing
 * (src/derive/site-model.ts). Descriptions are Swedish: they are the editor's hover text.
 */
import * as z from 'zod';
import { isoDate, text } from './primitives';

export const SITE_SETTINGS_FILE_NAME = 'webbplats.yaml';

/** The three wordings of compliance that DIGG's regulation allows. */
export const COMPLIANCE_STATUSES = ['helt förenlig', 'delvis förenlig', 'inte förenlig'] as const;

const httpUrl = (description: string) =>
  z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'Adressen måste vara en hel webbadress som börjar med https:// eller http://.')
    .describe(description);

const email = (description: string) => z.email('Ogiltig e-postadress.').describe(description);

export const siteOrganisationSchema = z
  .strictObject({
    name: text('Organisationens namn, t.ex. "Region Exempel".'),
    website: httpUrl('Organisationens webbplats.').optional(),
  })
  .describe('Organisationen som ansvarar för webbplatsen (utgivare av katalogen och tillgänglighetsredogörelsen).');

export const siteContactSchema = z
  .strictObject({
    name: text('Funktionen eller enheten som svarar, t.ex. "Kommunikationsenheten". Helst ingen enskild person.').optional(),
    email: email('E-postadress.').optional(),
    phone: text('Telefonnummer, t.ex. "010-123 45 67".').optional(),
    url: httpUrl('Webbsida med kontaktformulär.').optional(),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined || c.url !== undefined, {
    message: 'Ange minst ett sätt att nå kontakten: email, phone eller url.',
    params: { code: 'kontakt-saknar-vag' },
  })
  .describe('Kontaktuppgifter till den som svarar på frågor om planerna och de öppna data (DCAT: kontaktuppgift).');

export const accessibilitySchema = z
  .strictObject({
    status: z
      .enum(COMPLIANCE_STATUSES)
      .optional()
      .describe('Hur väl webbplatsen uppfyller lagkraven: "helt förenlig", "delvis förenlig" eller "inte förenlig". Utan värde: "delvis förenlig".'),
    contact: siteContactSchema
      .optional()
      .describe('Vart man rapporterar brister i tillgängligheten och ber om innehåll i en annan form. Utan värde används contact.'),
    responseTime: text('Hur snabbt ni svarar, t.ex. "Vi svarar inom två arbetsdagar."').optional(),
    alternativeFormat: text('Hur man får innehåll i en annan form, t.ex. "Vi skickar planen som Word-fil eller läser upp den per telefon."').optional(),
    knownIssues: z
      .array(text('En brist: vad som inte är tillgängligt och varför.'))
      .optional()
      .describe('Innehåll som inte är tillgängligt, ett stycke per brist, med skälet.'),
    assessed: isoDate('Datum då följsamheten till lagkraven senast bedömdes.').optional(),
    reviewed: isoDate('Datum då redogörelsen senast granskades eller uppdaterades.').optional(),
    method: text('Hur webbplatsen bedömts, t.ex. "självskattning" eller "granskning av extern part".').optional(),
  })
  .describe('Tillgänglighetsredogörelsen (DIGG:s mall): följsamhet, kända brister, kontakt och datum.');

export const siteSettingsSchema = z
  .strictObject({
    title: text('Webbplatsens namn, t.ex. "Verksamhetsplaner". Utan värde: "Verksamhetsplaner".').optional(),
    description: text('En mening om webbplatsen; beskriver också den öppna datakatalogen.').optional(),
    organisation: siteOrganisationSchema.optional(),
    baseUrl: httpUrl('Webbplatsens publika adress, t.ex. "https://planer.example.se/". Ger katalogen absoluta adresser; PLANVERK_SITE går före.').optional(),
    licence: httpUrl('Licensen för planernas öppna data, som adress. Utan värde: CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/).').optional(),
    contact: siteContactSchema.optional(),
    accessibility: accessibilitySchema.optional(),
  })
  .describe('Webbplatsens inställningar (webbplats.yaml i content-mappen).');

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type SiteContact = z.infer<typeof siteContactSchema>;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
