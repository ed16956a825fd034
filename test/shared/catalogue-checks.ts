/** What every test of the DCAT-AP-SE catalogue checks in it (derive-level and in the built site). */
import { expect } from 'vitest';
import { LANGUAGE_SWEDISH, THEME_GOVERNMENT } from '../../src/derive/catalogue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = Record<string, any>;

/** The mandatory properties of DCAT-AP-SE 3 that planverk emits, per class. */
export function expectMandatory(catalogue: Node): void {
  expect(catalogue['@type']).toBe('dcat:Catalog');
  for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset']) expect(catalogue, key).toHaveProperty([key]);
  expect(catalogue['dct:publisher']['foaf:name']['@value']).toBeTruthy();
  for (const dataset of catalogue['dcat:dataset'] as Node[]) {
    const id = dataset['@id'];
    expect(dataset['@type'], id).toBe('dcat:Dataset');
    expect(dataset['dct:title']['@value'], id).toBeTruthy();
    expect(dataset['dct:description']['@value'], id).toBeTruthy();
    expect(dataset['dct:publisher']['foaf:name']['@value'], id).toBeTruthy();
    const contact = dataset['dcat:contactPoint'];
    expect(contact['@type'], id).toBe('vcard:Organization');
    expect(contact['vcard:fn'], id).toBeTruthy();
    expect(contact['vcard:hasEmail'] ?? contact['vcard:hasURL'] ?? contact['vcard:hasTelephone'], id).toBeDefined();
    expect(dataset['dct:language'], id).toEqual({ '@id': LANGUAGE_SWEDISH });
    expect(dataset['dcat:theme'], id).toEqual({ '@id': THEME_GOVERNMENT });
    expect(dataset['dct:temporal']['dcat:startDate']['@type'], id).toBe('xsd:date');
    expect((dataset['dcat:keyword'] as Node[]).length, id).toBeGreaterThan(0);
    const distributions = dataset['dcat:distribution'] as Node[];
    expect(distributions.length, id).toBeGreaterThanOrEqual(5);
    for (const distribution of distributions) {
      expect(distribution['@type']).toBe('dcat:Distribution');
      expect(distribution['dcat:accessURL']['@id']).toBeTruthy();
      expect(distribution['dct:license']['@id']).toBeTruthy();
      expect(distribution['dct:format']['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/[A-Z]+$/);
      expect(distribution['dcat:mediaType']['@id']).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z+.-]+$/);
    }
  }
}

