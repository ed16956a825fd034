/**
 * The open data catalogue (DCAT-AP-SE) as derive builds it: every class carries the
 * properties DCAT-AP-SE makes mandatory (docs/datakatalog.md), addresses are
 * absolute with a site address and relative to the catalogue without one, and the
 * distributions follow the build (a PDF only with PDFs, a calendar only with a dated event).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFacts, deriveCatalogue, type DatasetFacts } from '../../src/derive/catalogue';
import { deriveSiteModel } from '../../src/derive/site-model';
import { checkPlans } from '../../src/pipeline';
import { expectMandatory, type Node } from '../shared/catalogue-checks';

const ROOT = path.resolve(import.meta.dirname, '../..');

const { plans } = await checkPlans(path.join(ROOT, 'test/fixtures/plans'));
const byId = new Map(plans.map((plan) => [plan.id, plan]));
const facts: DatasetFacts[] = plans.map(datasetFacts);
const catalogueOf = (...args: Parameters<typeof deriveCatalogue>) => deriveCatalogue(...args) as Node;

const complete = deriveSiteModel({
  title: 'Exempelregionens planer',
  organisation: { name: 'Exempelregionen', website: 'https://exempelregionen.example/' },
  contact: { name: 'Planeringsenheten', email: 'planer@exempelregionen.example' },
});

describe('the DCAT-AP-SE catalogue', () => {
  it('has the mandatory properties of the catalogue, every dataset and every distribution', () => {
    const catalogue = catalogueOf(complete, facts, { siteUrl: 'https://planer.exempelregionen.example/', withPdf: true });
    expect(catalogue['@context']).toEqual({
      dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#', xsd: 'http://www.w3.org/2001/XMLSchema#',
    });
    expectMandatory(catalogue);
    expect((catalogue['dcat:dataset'] as Node[]).map((d) => d['dct:identifier'])).toEqual(plans.map((p) => `https://planer.exempelregionen.example/${p.id}/`));
  });

  it('lists HTML, PDF, JSON and the three CSV files under their fixed paths, with the licence (CC0 by default)', () => {
    const site = deriveSiteModel({});
    const catalogue = catalogueOf(site, [facts.find((f) => f.id === 'beslut')!], { siteUrl: 'https://x.example/planer', withPdf: true });
    const [dataset] = catalogue['dcat:dataset'] as Node[];
    expect((dataset!['dcat:distribution'] as Node[]).map((d) => [d['dcat:accessURL']['@id'], d['dct:format']['@id'].split('/').at(-1), d['dct:license']['@id']])).toEqual([
      ['https://x.example/planer/beslut/', 'HTML', 'http://creativecommons.org/publicdomain/zero/1.0/'],
      ['https://x.example/planer/beslut/beslut.pdf', 'PDF', 'http://creativecommons.org/publicdomain/zero/1.0/'],
      ['https://x.example/planer/beslut/plan.json', 'JSON', 'http://creativecommons.org/publicdomain/zero/1.0/'],
      ['https://x.example/planer/beslut/oppna-data/aktiviteter.csv', 'CSV', 'http://creativecommons.org/publicdomain/zero/1.0/'],
      ['https://x.example/planer/beslut/oppna-data/mal-och-indikatorer.csv', 'CSV', 'http://creativecommons.org/publicdomain/zero/1.0/'],
      ['https://x.example/planer/beslut/oppna-data/budget.csv', 'CSV', 'http://creativecommons.org/publicdomain/zero/1.0/'],
    ]);
    expect(catalogue['dct:license']).toEqual({ '@id': 'http://creativecommons.org/publicdomain/zero/1.0/' });
  });

  it('without a site address, writes IRIs relative to the catalogue at the site root, and no PDF without PDFs', () => {
    const catalogue = catalogueOf(complete, facts, { withPdf: false });
    const dataset = (catalogue['dcat:dataset'] as Node[]).find((d) => d['dct:identifier'] === 'beslut/')!;
    expect(dataset['@id']).toBe('beslut/#datamangd');
    expect(catalogue['foaf:homepage']).toEqual({ '@id': './' });
    expect((dataset['dcat:distribution'] as Node[]).map((d) => d['dcat:accessURL']['@id'])).not.toContain('beslut/beslut.pdf');
    // Resolved against the catalogue's own address they land on the site's files.
    expect(new URL(dataset['dcat:landingPage']['@id'], 'https://example.org/planer/katalog.jsonld').href).toBe('https://example.org/planer/beslut/');
  });

  it('lists the wheel calendar only for a plan with a dated wheel event', () => {
    expect(facts.find((f) => f.id === 'arshjul-lasar')!.calendar).toBe(true);
    expect(facts.find((f) => f.id === 'beslut')!.calendar).toBe(false);
    const catalogue = catalogueOf(complete, facts, { withPdf: false });
    const paths = (catalogue['dcat:dataset'] as Node[]).flatMap((d) => (d['dcat:distribution'] as Node[]).map((x) => x['dcat:accessURL']['@id'] as string));
    expect(paths.filter((p) => p.endsWith('.ics'))).toEqual(facts.filter((f) => f.calendar).map((f) => `${f.id}/arshjul.ics`));
  });

  it('takes the period, the adopting decision\'s date and the publisher from the plan', () => {
    const beslut = facts.find((f) => f.id === 'beslut')!;
    expect(beslut.issued).toBe(byId.get('beslut')!.front.adoptedOn);
    expect(beslut.issued).toBe('2024-11-27');
    expect(beslut.publisher.name).toBe(byId.get('beslut')!.plan.organisation.name);
    const catalogue = catalogueOf(complete, [beslut], { withPdf: false });
    const [dataset] = catalogue['dcat:dataset'] as Node[];
    expect(dataset!['dct:issued']).toEqual({ '@value': '2024-11-27', '@type': 'xsd:date' });
    expect(dataset!['dct:temporal']['dcat:startDate']['@value']).toBe(`${beslut.period.start}-01-01`);
    expect(dataset!['dct:temporal']['dcat:endDate']['@value']).toBe(`${beslut.period.end}-12-31`);
    expect(dataset!['dcat:contactPoint']).toEqual({ '@type': 'vcard:Organization', 'vcard:fn': 'Planeringsenheten', 'vcard:hasEmail': { '@id': 'mailto:planer@exempelregionen.example' } });
  });

  it('without settings: the plans\' own organisation publishes, and the contact point is the organisation with the plan page', () => {
    const site = deriveSiteModel({});
    const one = facts.find((f) => f.id === 'beslut')!;
    const catalogue = catalogueOf(site, [one], { withPdf: false });
    expect(catalogue['dct:publisher']['foaf:name']['@value']).toBe(one.publisher.name);
    const [dataset] = catalogue['dcat:dataset'] as Node[];
    expect(dataset!['dcat:contactPoint']['vcard:fn']).toBe(one.publisher.name);
    expect(dataset!['dcat:contactPoint']['vcard:hasURL']['@id']).toBe(one.publisher.website ?? 'beslut/');
    expectMandatory(catalogue);
  });
});
