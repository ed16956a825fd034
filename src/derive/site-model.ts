/**
 * What the site says about itself, from the site settings (webbplats.yaml) with honest
 * fallbacks: the title, the licence of the open data (CC0 1.0 by default), and the
 * accessibility statement with every missing field shown as "Uppgift saknas – ange …".
 * The pages only lay this out.
 */
import type { ComplianceStatus, SiteContact, SiteSettings } from '../../schemas/site-settings';
import { formatDateLong } from '../shared/format-sv';
import { ACCESSIBILITY, SITE_SETTINGS } from '../shared/words-sv';

/** DIGG's form for reporting a lack of accessibility (DIGG: "Länk till Diggs anmälningsfunktion"). */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

export const CC0_URI = 'http://creativecommons.org/publicdomain/zero/1.0/';
const KNOWN_LICENCES: Record<string, string> = {
  [CC0_URI]: SITE_SETTINGS.cc0,
  'https://creativecommons.org/publicdomain/zero/1.0/': SITE_SETTINGS.cc0,
};

export interface SiteModel {
  title: string;
  description: string;
  organisation?: { name: string; website?: string };
  /** The address from webbplats.yaml (the edge may override it with PLANVERK_SITE). */
  baseUrl?: string;
  licence: { uri: string; name?: string };
  contact?: SiteContact;
  statement: AccessibilityStatement;
}

/** A run of a statement paragraph: text, a link, or a visibly missing field. */
export type StatementRun = { text: string } | { text: string; href: string } | { missing: string };
export type StatementParagraph = StatementRun[];

export interface StatementSection {
  heading: string;
  paragraphs: StatementParagraph[];
  /** A bullet list after the paragraphs (known issues, tests, contact ways). */
  list?: StatementParagraph[];
  /** Paragraphs after the list. */
  after?: StatementParagraph[];
}

export interface AccessibilityStatement {
  title: string;
  /** The page's heading (the title, with a soft hyphen). */
  heading: string;
  description: string;
  intro: StatementParagraph[];
  status: ComplianceStatus;
  sections: StatementSection[];
  /** Fields the statement shows as missing (for the check's warning and the tests). */
  missing: string[];
}

const DEFAULT_STATUS: ComplianceStatus = 'delvis förenlig';

export function deriveSiteModel(settings: SiteSettings): SiteModel {
  const title = settings.title ?? SITE_SETTINGS.title;
  const licenceUri = settings.licence ?? CC0_URI;
  return {
    title,
    description: settings.description ?? SITE_SETTINGS.description,
    ...(settings.organisation ? { organisation: settings.organisation } : {}),
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    licence: { uri: licenceUri, ...(KNOWN_LICENCES[licenceUri] ? { name: KNOWN_LICENCES[licenceUri] } : {}) },
    ...(settings.contact ? { contact: settings.contact } : {}),
    statement: deriveStatement(settings, title),
  };
}

function contactWays(contact: SiteContact): StatementParagraph[] {
  const ways: StatementParagraph[] = [];
  if (contact.name) ways.push([{ text: contact.name }]);
  if (contact.email) ways.push([{ text: `${ACCESSIBILITY.email}: ` }, { text: contact.email, href: `mailto:${contact.email}` }]);
  if (contact.phone) ways.push([{ text: `${ACCESSIBILITY.phone}: ` }, { text: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }]);
  if (contact.url) ways.push([{ text: `${ACCESSIBILITY.form}: ` }, { text: contact.url, href: contact.url }]);
  return ways;
}

function deriveStatement(settings: SiteSettings, siteTitle: string): AccessibilityStatement {
  const statement = settings.accessibility ?? {};
  const missing: string[] = [];
  const need = (field: string): StatementRun => {
    if (!missing.includes(field)) missing.push(field);
    return { missing: SITE_SETTINGS.missing(field) };
  };
  const status = statement.status ?? DEFAULT_STATUS;
  const organisation: StatementRun = settings.organisation ? { text: settings.organisation.name } : need('organisation');
  const contact = statement.contact ?? settings.contact;
  const contactList = contact ? contactWays(contact) : [[need('accessibility.contact')]];
  const responseTime = statement.responseTime ? [[{ text: statement.responseTime }]] : [];

  const intro: StatementParagraph[] = [
    [{ text: ACCESSIBILITY.publishedBy(siteTitle) }, organisation, { text: '.' }],
    [{ text: ACCESSIBILITY.intro }],
  ];

  const knownIssues = statement.knownIssues ?? [];
  const issueList: StatementParagraph[] = knownIssues.map((issue) => [{ text: issue }]);
  const notAccessible: StatementSection = issueList.length > 0
    ? { heading: ACCESSIBILITY.notAccessible, paragraphs: [], list: issueList }
    : { heading: ACCESSIBILITY.notAccessible, paragraphs: [status === 'helt förenlig' ? [{ text: ACCESSIBILITY.noKnownIssues }] : [need('accessibility.knownIssues')]] };

  const tested: StatementParagraph[] = [];
  if (statement.method) tested.push([{ text: ACCESSIBILITY.method(statement.method) }]);
  if (statement.assessed) tested.push([{ text: ACCESSIBILITY.assessed(formatDateLong(statement.assessed)) }]);
  tested.push([{ text: ACCESSIBILITY.testsIntro }]);

  return {
    title: ACCESSIBILITY.title,
    heading: ACCESSIBILITY.heading,
    description: ACCESSIBILITY.description,
    intro,
    status,
    missing,
    sections: [
      {
        heading: ACCESSIBILITY.howAccessible,
        paragraphs: [[{ text: status === 'helt förenlig' ? ACCESSIBILITY.fully : status === 'inte förenlig' ? ACCESSIBILITY.notCompliant : ACCESSIBILITY.partly }]],
      },
      {
        heading: ACCESSIBILITY.ifYouCannot,
        paragraphs: [[{ text: ACCESSIBILITY.otherForm }]],
        list: contactList,
        after: [
          ...(statement.alternativeFormat ? [[{ text: statement.alternativeFormat }]] : []),
          ...responseTime,
          [{ text: ACCESSIBILITY.asData }],
        ],
      },
      {
        heading: ACCESSIBILITY.report,
        paragraphs: [[{ text: ACCESSIBILITY.reportText }]],
        list: contactList,
        after: responseTime,
      },
      {
        heading: ACCESSIBILITY.supervision,
        paragraphs: [[{ text: ACCESSIBILITY.supervisionText }], [{ text: ACCESSIBILITY.diggLink, href: DIGG_REPORT_URL }]],
      },
      {
        heading: ACCESSIBILITY.technical,
        paragraphs: [[{ text: ACCESSIBILITY.compliance(status) }]],
      },
      notAccessible,
      {
        heading: ACCESSIBILITY.howTested,
        paragraphs: tested,
        list: ACCESSIBILITY.tests.map((text) => [{ text }]),
        after: [[{ text: ACCESSIBILITY.testsLimit }]],
      },
      {
        heading: ACCESSIBILITY.reviewed,
        paragraphs: [[statement.reviewed ? { text: ACCESSIBILITY.reviewedText(formatDateLong(statement.reviewed)) } : need('accessibility.reviewed')]],
      },
    ],
  };
}
