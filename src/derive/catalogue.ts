/**
 * The site's open data catalogue (DCAT-AP-SE, JSON-LD): one dcat:Dataset per plan with
 * its distributions (HTML page, PDF, plan.json, the CSV files and, when the wheel has a
 * dated event, the iCalendar file). `datasetFacts` takes what a dataset needs from one
 * derived plan (small enough to keep in the model cache's index for every plan);
 * `deriveCatalogue` builds the plain JSON-LD object the build serializes as
 * `katalog.jsonld`. docs/datakatalog.md lists every property and why.
 *
 * Addresses: with a site address (PLANVERK_SITE, or baseUrl in webbplats.yaml) every IRI is
 * absolute; without one they are relative, and JSON-LD resolves them against the
 * catalogue's own address, which is the site's root (katalog.jsonld lies there).
 */
import { planCalendar } from './calendar-events';
import type { DerivedPlan } from './derive-plan';
import type { SiteModel } from './site-model';
import { formatPeriod } from '../shared/format-sv';
import { CATALOGUE } from '../shared/words-sv';

export const CATALOGUE_PATH = 'katalog.jsonld';
export const LANGUAGE_SWEDISH = 'http://publications.europa.eu/resource/authority/language/SWE';
export const THEME_GOVERNMENT = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
export const THEME_TAXONOMY = 'http://publications.europa.eu/resource/authority/data-theme';
export const ACCESS_PUBLIC = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';

export const CATALOGUE_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** What the catalogue needs of one plan. */
export interface DatasetFacts {
  id: string;
  title: string;
  description: string;
  publisher: { name: string; website?: string };
  period: { start: number; end: number };
  /** The adopting decision's date, else the document's date (ISO). */
  issued?: string;
  /** The latest date the plan gives (a decision, the document), when later than `issued`. */
  modified?: string;
  keywords: string[];
  /** The plan's wheel has a dated event, so the build writes `<plan>/arshjul.ics`. */
  calendar: boolean;
}

/** True when the build writes `<plan>/arshjul.ics`: the same rule as the calendar itself (calendar-events.ts). */
export function hasDatedWheelEvent(derived: DerivedPlan): boolean {
  return planCalendar(derived) !== undefined;
}

export function datasetFacts(derived: DerivedPlan): DatasetFacts {
  const { plan, front } = derived;
  const organisation = plan.organisation;
  const dates = [plan.documentDate, plan.approval?.date, ...(plan.decisions ?? []).filter((d) => d.state === 'fattat').map((d) => d.date)]
    .filter((d): d is string => d !== undefined)
    .sort();
  const issued = front.adoptedOn ?? plan.documentDate;
  const latest = dates.at(-1);
  const keywords = [...new Set([front.kindName.toLocaleLowerCase('sv-SE'), ...CATALOGUE.keywords, organisation.name])];
  return {
    id: derived.id,
    title: plan.title,
    description: CATALOGUE.datasetDescription(front.kindName, organisation.name, formatPeriod(plan.period)),
    publisher: { name: organisation.name, ...(organisation.website ? { website: organisation.website } : {}) },
    period: { start: plan.period.start, end: plan.period.end ?? plan.period.start },
    ...(issued ? { issued } : {}),
    ...(latest && issued && latest > issued ? { modified: latest } : {}),
    keywords,
    calendar: hasDatedWheelEvent(derived),
  };
}

export type DistributionKind = 'html' | 'pdf' | 'json' | 'activities' | 'goals' | 'budget' | 'calendar';

export interface DistributionFile {
  kind: DistributionKind;
  /** Relative to the site root. */
  path: string;
  mediaType: string;
  /** EU file type authority code. */
  format: string;
}

/** The files of a plan the catalogue lists (fixed paths, shared with the open data writer). */
export function planDistributions(facts: Pick<DatasetFacts, 'id' | 'calendar'>, withPdf: boolean): DistributionFile[] {
  const id = facts.id;
  const files: DistributionFile[] = [
    { kind: 'html', path: `${id}/`, mediaType: 'text/html', format: 'HTML' },
    ...(withPdf ? [{ kind: 'pdf' as const, path: `${id}/${id}.pdf`, mediaType: 'application/pdf', format: 'PDF' }] : []),
    { kind: 'json', path: `${id}/plan.json`, mediaType: 'application/json', format: 'JSON' },
    { kind: 'activities', path: `${id}/oppna-data/aktiviteter.csv`, mediaType: 'text/csv', format: 'CSV' },
    { kind: 'goals', path: `${id}/oppna-data/mal-och-indikatorer.csv`, mediaType: 'text/csv', format: 'CSV' },
    { kind: 'budget', path: `${id}/oppna-data/budget.csv`, mediaType: 'text/csv', format: 'CSV' },
    ...(facts.calendar ? [{ kind: 'calendar' as const, path: `${id}/arshjul.ics`, mediaType: 'text/calendar', format: 'ICS' }] : []),
  ];
  return files;
}

export interface CatalogueOptions {
  /** The site's absolute address with a trailing slash; without it IRIs are relative to the catalogue. */
  siteUrl?: string;
  /** The build makes PDFs (`npm run build`). */
  withPdf: boolean;
}

type Node = Record<string, unknown>;
const iri = (id: string) => ({ '@id': id });
const sv = (value: string) => ({ '@value': value, '@language': 'sv' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });

function agent(publisher: { name: string; website?: string }): Node {
  return { '@type': 'foaf:Agent', 'foaf:name': sv(publisher.name), ...(publisher.website ? { 'foaf:homepage': iri(publisher.website) } : {}) };
}

/**
 * The dataset's contact point: the site's contact when webbplats.yaml gives one, otherwise
 * the plan's organisation with the plan's page (the only address planverk can vouch for).
 */
function contactPoint(site: SiteModel, facts: DatasetFacts, landingPage: string): Node {
  const contact = site.contact;
  if (!contact) {
    return { '@type': 'vcard:Organization', 'vcard:fn': facts.publisher.name, 'vcard:hasURL': iri(facts.publisher.website ?? landingPage) };
  }
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': contact.name ?? site.organisation?.name ?? facts.publisher.name,
    ...(contact.email ? { 'vcard:hasEmail': iri(`mailto:${contact.email}`) } : {}),
    ...(contact.phone ? { 'vcard:hasTelephone': iri(`tel:${contact.phone.replace(/[^\d+]/g, '')}`) } : {}),
    ...(contact.url ? { 'vcard:hasURL': iri(contact.url) } : {}),
  };
}

export function deriveCatalogue(site: SiteModel, datasets: readonly DatasetFacts[], options: CatalogueOptions): Node {
  const base = options.siteUrl ? (options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`) : '';
  const url = (relative: string) => `${base}${relative}`;
  const licence = iri(site.licence.uri);
  // The catalogue's publisher: the site's organisation, else the plans' one organisation when they share it.
  const organisations = [...new Set(datasets.map((d) => d.publisher.name))];
  const publisher = site.organisation ?? (organisations.length === 1 ? datasets[0]!.publisher : undefined);
  return {
    '@context': CATALOGUE_CONTEXT,
    '@id': url(CATALOGUE_PATH),
    '@type': 'dcat:Catalog',
    'dct:title': sv(CATALOGUE.title(site.title)),
    'dct:description': sv(site.description),
    ...(publisher ? { 'dct:publisher': agent(publisher) } : {}),
    'foaf:homepage': iri(base || './'),
    'dct:language': iri(LANGUAGE_SWEDISH),
    'dct:license': licence,
    'dcat:themeTaxonomy': iri(THEME_TAXONOMY),
    'dcat:dataset': datasets.map((facts) => {
      const landingPage = url(`${facts.id}/`);
      return {
        '@id': `${landingPage}#datamangd`,
        '@type': 'dcat:Dataset',
        'dct:identifier': landingPage,
        'dct:title': sv(facts.title),
        'dct:description': sv(facts.description),
        'dct:publisher': agent(facts.publisher),
        'dcat:contactPoint': contactPoint(site, facts, landingPage),
        'dcat:landingPage': iri(landingPage),
        'dct:temporal': {
          '@type': 'dct:PeriodOfTime',
          'dcat:startDate': date(`${facts.period.start}-01-01`),
          'dcat:endDate': date(`${facts.period.end}-12-31`),
        },
        'dct:language': iri(LANGUAGE_SWEDISH),
        'dcat:theme': iri(THEME_GOVERNMENT),
        'dcat:keyword': facts.keywords.map(sv),
        'dct:accessRights': iri(ACCESS_PUBLIC),
        ...(facts.issued ? { 'dct:issued': date(facts.issued) } : {}),
        ...(facts.modified ? { 'dct:modified': date(facts.modified) } : {}),
        'dcat:distribution': planDistributions(facts, options.withPdf).map((file) => ({
          '@type': 'dcat:Distribution',
          'dct:title': sv(CATALOGUE.distribution[file.kind]),
          'dcat:accessURL': iri(url(file.path)),
          ...(file.kind === 'html' ? {} : { 'dcat:downloadURL': iri(url(file.path)) }),
          'dcat:mediaType': iri(`https://www.iana.org/assignments/media-types/${file.mediaType}`),
          'dct:format': iri(`http://publications.europa.eu/resource/authority/file-type/${file.format}`),
          'dct:license': licence,
        })),
      };
    }),
  };
}
