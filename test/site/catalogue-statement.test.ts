/**
 * In the built site (the shared `astro build` of every plan source, with the made-up
 * settings test/site/fixtures/webbplats.yaml): the DCAT-AP-SE catalogue at /katalog.jsonld
 * with a dataset per plan whose addresses reach the built files, the link to it on the
 * home page, the accessibility statement at /tillganglighet/ and its link in the footer of
 * every kind of page. (Axe checks the statement page in site.test.ts.)
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans } from '../../src/pipeline';
import { expectMandatory, type Node } from '../shared/catalogue-checks';
import { sharedFixture } from '../shared/shared-fixture';
import { assembleContent, buildSite, normalizeSpace } from './harness';

const SITE_URL = 'https://planer.exempelregionen.example/';
let outDir: string;
let plans: DerivedPlan[];
let catalogue: Node;

beforeAll(async () => {
  const fixture = await sharedFixture('site');
  outDir = fixture.outDir;
  plans = (await checkPlans(fixture.contentRoot)).plans;
  catalogue = JSON.parse(await readFile(path.join(outDir, 'katalog.jsonld'), 'utf8')) as Node;
}, 240_000);

/** The built file a catalogue address names (the site's address taken off; a folder is its index.html). */
function builtFile(url: string): string {
  expect(url.startsWith(SITE_URL), url).toBe(true);
  const relative = decodeURIComponent(url.slice(SITE_URL.length));
  return path.join(outDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

const distributions = (dataset: Node) => dataset['dcat:distribution'] as Node[];
const accessUrls = (dataset: Node) => distributions(dataset).map((d) => d['dcat:accessURL']['@id'] as string);

/** Text of a page: tags dropped, entities of the statement decoded, spaces as a reader sees them. */
const pageText = (html: string) => normalizeSpace(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\u00ad/g, ''));

describe('the catalogue katalog.jsonld', () => {
  it('is JSON-LD with the DCAT-AP-SE mandatory properties, one dataset per plan, with the settings\' address, publisher and licence', () => {
    expectMandatory(catalogue);
    expect(catalogue['@id']).toBe(`${SITE_URL}katalog.jsonld`);
    expect(catalogue['dct:publisher']['foaf:name']['@value']).toBe('Exempelregionen');
    expect(catalogue['dct:license']['@id']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    const datasets = catalogue['dcat:dataset'] as Node[];
    expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual(plans.map((p) => `${SITE_URL}${p.id}/`).sort());
    for (const dataset of datasets) {
      const plan = plans.find((p) => `${SITE_URL}${p.id}/` === dataset['dct:identifier'])!;
      expect(dataset['dct:title']['@value']).toBe(plan.plan.title);
      expect(dataset['dct:publisher']['foaf:name']['@value']).toBe(plan.plan.organisation.name);
      expect(dataset['dct:temporal']['dcat:startDate']['@value']).toBe(`${plan.plan.period.start}-01-01`);
      expect(dataset['dcat:contactPoint']['vcard:hasEmail']['@id']).toBe('mailto:planer@exempelregionen.example');
    }
  });

  it('points the HTML and JSON distributions at files the build wrote, and lists no PDF when the build made none', () => {
    for (const dataset of catalogue['dcat:dataset'] as Node[]) {
      const id = (dataset['dct:identifier'] as string).slice(SITE_URL.length, -1);
      const urls = accessUrls(dataset);
      expect(urls).toContain(`${SITE_URL}${id}/`);
      expect(urls).toContain(`${SITE_URL}${id}/plan.json`);
      for (const url of urls.filter((u) => u.endsWith('/') || u.endsWith('.json'))) expect(existsSync(builtFile(url)), url).toBe(true);
      // A stand-alone `astro build` makes no PDF, so the catalogue must not promise one.
      expect(urls.filter((u) => u.endsWith('.pdf'))).toEqual([]);
      expect(existsSync(path.join(outDir, id, `${id}.pdf`))).toBe(false);
    }
  });

  it('lists the CSV files of every plan and the calendar of plans with a dated wheel event, at files the build wrote', () => {
    for (const dataset of catalogue['dcat:dataset'] as Node[]) {
      const id = (dataset['dct:identifier'] as string).slice(SITE_URL.length, -1);
      const files = accessUrls(dataset).map((u) => u.slice(SITE_URL.length)).filter((u) => /\.(csv|ics)$/.test(u));
      const plan = plans.find((p) => p.id === id)!;
      const dated = plan.plan.sections.some(function dated(section): boolean {
        return (section.blocks ?? []).some((b) => b.type === 'wheel' && b.events.some((e) => e.undated === undefined && e.timesPerYear === undefined))
          || (section.sections ?? []).some(dated);
      });
      expect(files, id).toEqual([
        `${id}/oppna-data/aktiviteter.csv`, `${id}/oppna-data/mal-och-indikatorer.csv`, `${id}/oppna-data/budget.csv`,
        ...(dated ? [`${id}/arshjul.ics`] : []),
      ]);
      for (const file of files) expect(existsSync(path.join(outDir, file)), file).toBe(true);
      for (const d of distributions(dataset).filter((x) => /\.csv$/.test(x['dcat:accessURL']['@id']))) expect(d['dcat:mediaType']['@id']).toMatch(/\/text\/csv$/);
    }
  });

  it('is announced on the home page with <link rel="alternate" type="application/ld+json">', async () => {
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<link rel="alternate" type="application\/ld\+json" href="\/katalog\.jsonld"/);
  });
});

describe('the accessibility statement /tillganglighet/', () => {
  it('follows DIGG\'s model with the settings\' organisation, contact, status, known issues and review date', async () => {
    const text = pageText(await readFile(path.join(outDir, 'tillganglighet/index.html'), 'utf8'));
    for (const heading of [
      'Tillgänglighetsredogörelse', 'Hur tillgänglig är webbplatsen?', 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Teknisk information om webbplatsens tillgänglighet',
      'Innehåll som inte är tillgängligt', 'Hur vi testat webbplatsen', 'Om redogörelsen',
    ]) expect(text).toContain(heading);
    expect(text).toContain('Webbplatsen Exempelregionens planer ges ut av Exempelregionen.');
    expect(text).toContain('Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service');
    expect(text).toContain('Tabeller med många kolumner kräver sidledes rullning i en smal skärm.');
    expect(text).toContain('webb@exempelregionen.example');
    expect(text).toContain('axe-core i webbläsaren Chromium, i bredderna 360 och 1280 pixlar');
    expect(text).toContain('Redogörelsen granskades och uppdaterades senast 30 november 2026.');
    expect(text).not.toContain('Uppgift saknas');
    const html = await readFile(path.join(outDir, 'tillganglighet/index.html'), 'utf8');
    expect(html).toContain('href="https://www.digg.se/tdosanmalan"');
    expect(html).toContain('href="mailto:webb@exempelregionen.example"');
  });

  it('is linked from the footer of every page: home, search, every plan and follow-up, the statement itself', async () => {
    const pages = ['index.html', 'sok/index.html', 'tillganglighet/index.html',
      ...plans.flatMap((p) => [`${p.id}/index.html`, ...(p.followUps ?? []).map((f) => `${p.id}/${f.id}/index.html`)])];
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      const footer = /<footer class="sidfot">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
      expect(footer, page).toMatch(/<a href="\/tillganglighet\/">Tillgänglighetsredogörelse<\/a>/);
      expect(html, page).toContain('<a class="webbplatsnamn" href="/">Exempelregionens planer</a>');
    }
    // Every page Astro wrote is one of those kinds.
    const written = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('index.html'));
    for (const file of written) expect(pages, file).toContain(file);
  });
});

describe('a site without webbplats.yaml (like content/)', () => {
  let bare: { contentRoot: string; outDir: string; output: string } | undefined;

  beforeAll(async () => {
    const contentRoot = await assembleContent(['test/fixtures/valid']);
    const build = await buildSite(contentRoot);
    bare = { contentRoot, outDir: build.outDir, output: build.output };
    expect(build.code, build.output).toBe(0);
  }, 240_000);

  afterAll(async () => {
    if (!bare) return;
    await rm(bare.outDir, { recursive: true, force: true });
    await rm(bare.contentRoot, { recursive: true, force: true });
  });

  it('builds, warns, and shows every missing statement field as "Uppgift saknas – ange … i webbplats.yaml"', async () => {
    expect(bare!.output).toContain('webbplats.yaml:1:1  -  varning: Webbplatsens inställningar saknas');
    const text = pageText(await readFile(path.join(bare!.outDir, 'tillganglighet/index.html'), 'utf8'));
    for (const field of ['organisation', 'accessibility.contact', 'accessibility.knownIssues', 'accessibility.reviewed']) {
      expect(text).toContain(`Uppgift saknas – ange ${field} i webbplats.yaml`);
    }
    expect(text).toContain('Webbplatsen är delvis förenlig med lagen');
    expect(await readFile(path.join(bare!.outDir, 'index.html'), 'utf8')).toContain('<a class="webbplatsnamn" href="/">Verksamhetsplaner</a>');
  });

  it('writes the catalogue with relative IRIs that, resolved against the catalogue, reach the built files; CC0 and the plan\'s organisation', async () => {
    const bareCatalogue = JSON.parse(await readFile(path.join(bare!.outDir, 'katalog.jsonld'), 'utf8')) as Node;
    expectMandatory(bareCatalogue);
    expect(bareCatalogue['dct:license']['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
    const [dataset] = bareCatalogue['dcat:dataset'] as Node[];
    expect(dataset!['dct:identifier']).toBe('minimal/');
    const base = new URL('https://example.org/planer/katalog.jsonld');
    for (const url of accessUrls(dataset!).filter((u) => u.endsWith('/') || u.endsWith('.json'))) {
      const resolved = new URL(url, base);
      expect(resolved.href.startsWith('https://example.org/planer/'), url).toBe(true);
      const relative = resolved.pathname.slice('/planer/'.length);
      expect(existsSync(path.join(bare!.outDir, relative.endsWith('/') ? `${relative}index.html` : relative)), url).toBe(true);
    }
  });
});
