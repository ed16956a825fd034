/**
 * Every plan in content/ (plus the templates and the valid and hostile test plans)
 * rendered to PDF and checked with the tools an archivist or accessibility auditor
 * would use: pdftotext, pdffonts, qpdf, pdfcpu (strict), PDFBox Preflight on the PDF/A-1b twin,
 * pdfinfo -struct-text and pdfjs-dist. Page images go to test-output/pdf/pages/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdf, renderPlanPdfWithPages, tocEntries, type RenderResult } from '../../src/pdf';
import { assembleContent, inspectWithPdfjs, normalizeSpace, OUTPUT_DIR, pageImages, pdfText, preflightEach, ROOT, run } from './harness';
import { pdfcpuValidateEach } from './tools/pdfcpu';

const SOURCES = ['content', 'templates', 'test/fixtures/valid', 'test/fixtures/hostile'];
const contentRoot = assembleContent(SOURCES);
const { plans, problems } = await checkPlans(contentRoot);

interface Rendered extends RenderResult { file: string; twin: string }
const rendered = new Map<string, Rendered>();
/** pdfcpu's and Preflight's findings per file, each validator run once over all the plans. */
let pdfcpuFindings = new Map<string, string[]>();
let preflightFindings = new Map<string, string[]>();

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const plan of plans) {
    const result = await renderPlanPdfWithPages(plan, contentRoot);
    const file = path.join(OUTPUT_DIR, `${plan.id}.pdf`);
    const twin = path.join(OUTPUT_DIR, `${plan.id}.a1b.pdf`);
    writeFileSync(file, result.pdf);
    writeFileSync(twin, await renderPlanPdf(plan, contentRoot, { conformance: 'PDF/A-1b' }));
    pageImages(file, plan.id);
    rendered.set(plan.id, { ...result, file, twin });
  }
  const all = [...rendered.values()];
  pdfcpuFindings = pdfcpuValidateEach(all.map(({ file }) => file));
  preflightFindings = preflightEach(all.map(({ twin }) => twin));
}, 300_000);

function expectedHeadings(plan: DerivedPlan): string[] {
  const expected = path.join(ROOT, 'test/expected', `${plan.id}.json`);
  if (existsSync(expected)) return (JSON.parse(readFileSync(expected, 'utf8')) as { headings: string[] }).headings;
  return [...walkSections(plan.sections)].map((s) => s.title);
}

it('finds plans to render, among them the five real plans once they exist', () => {
  expect(plans.length).toBeGreaterThan(0);
  for (const id of ['fou-jamt-2020', 'fou-jamt-handlingsplan-ebp', 'fourum-jonkoping-2021-2023', 'fou-fyrbodal-2023', 'fou-nordvast-2021']) {
    if (existsSync(path.join(ROOT, 'content', id, 'plan.yaml'))) expect(plans.map((p) => p.id), problems.map((p) => p.message).join('\n')).toContain(id);
  }
});

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (id, plan) => {
  const get = () => rendered.get(id)!;

  it('contains every heading of the source, in order', () => {
    const text = normalizeSpace(pdfText(get().file));
    let from = 0;
    for (const heading of expectedHeadings(plan)) {
      const at = text.indexOf(normalizeSpace(heading), from);
      expect(at, `"${heading}" saknas efter position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('numbers headings exactly as the derived model (as on the site)', () => {
    const text = normalizeSpace(pdfText(get().file));
    for (const section of walkSections(plan.sections)) expect(text).toContain(normalizeSpace(headingText(section)));
  });

  it('gives each table-of-contents entry the page where its heading is', () => {
    if (!plan.plan.toc) return;
    const { file, pages, pageCount } = get();
    // Layout mode keeps an entry's title, leader and page number on one line.
    const tocText = [2, 3, 4].filter((page) => page <= pageCount).map((page) => pdfText(file, { page, layout: true })).join('\n').replace(/[\u00a0 ]+/g, ' ');
    for (const entry of tocEntries(plan)) {
      const page = pages[entry.anchor];
      expect(page, entry.title).toBeDefined();
      // The heading is on that page …
      const heading = entry.number ? `${entry.number} ${entry.title}` : entry.title;
      expect(normalizeSpace(pdfText(file, { page })), `${heading} på sidan ${page}`).toContain(normalizeSpace(heading));
      // … and the TOC shows that number after the entry's title.
      const tail = normalizeSpace(entry.title).split(' ').at(-1)!;
      expect(tocText, `${entry.title} → ${page}`).toMatch(new RegExp(`${escapeRegExp(tail)}[ .]*${page}$`, 'm'));
    }
  });

  it('embeds every font', () => {
    const { stdout } = run('pdffonts', [get().file]);
    const rows = stdout.split('\n').slice(2).filter((line) => line.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it('passes qpdf --check', () => {
    const result = run('qpdf', ['--check', get().file]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('passes pdfcpu validate -mode strict', () => {
    expect(pdfcpuFindings.get(get().file)).toEqual([]);
  });

  it('passes PDFBox Preflight as its PDF/A-1b twin', () => {
    expect(preflightFindings.get(get().twin)).toEqual([]);
  });

  it('has a real structure tree, language, title shown in the window and an outline', () => {
    const struct = run('pdfinfo', ['-struct-text', get().file]).stdout;
    expect(struct).toMatch(/^Document/m);
    expect(struct).toMatch(/^\s+H1\b/m);
    expect(struct).toMatch(/^\s+P\b/m);
    const raw = run('qpdf', ['--qdf', '--object-streams=disable', get().file, '-']).stdout;
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('pdfuaid:part>1<');
    expect(raw).toContain('pdfaid:part>2<');
    // UTKAST only on a draft: not on an adopted plan, nor on one whose status is not stated.
    if (plan.front.draftMark) expect(normalizeSpace(pdfText(get().file))).toContain(plan.front.draftMark);
    else expect(normalizeSpace(pdfText(get().file))).not.toContain('UTKAST');
    // pdfinfo -struct-text interprets a page once per MCID; with one MCID per paragraph and page and the
    // compact ICC profile (docs/pdf.md, Snabbhet) it takes seconds, not a minute, for 26 pages.
  }, 240_000);

  it('keeps all text in marked content and inside the page, and gives every figure alt text', async () => {
    const report = await inspectWithPdfjs(get().pdf);
    expect(report.unmarked).toEqual([]);
    expect(report.offPage).toEqual([]);
    expect(report.figuresWithoutAlt).toBe(0);
  });

  it('renders byte-identical a second time', async () => {
    const again = await renderPlanPdf(plan, contentRoot);
    expect(again.equals(get().pdf)).toBe(true);
  });
});

describe('FoU Jämt 2020', () => {
  const plan = plans.find((p) => p.id === 'fou-jamt-2020');
  it.runIf(plan)('shows the budget sums 3 369 000 and 881 837 and every amount of the source', () => {
    const text = normalizeSpace(pdfText(rendered.get('fou-jamt-2020')!.file));
    expect(text).toContain('3 369 000');
    expect(text).toContain('881 837');
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/expected/fou-jamt-2020.json'), 'utf8')) as { amounts?: string[] };
    for (const amount of expected.amounts ?? []) expect(text).toContain(amount);
  });

  it.runIf(plan)('sets the budget subtotals in italic and its totals in bold, as the site does', () => {
    // poppler's XML names each text's font: Source Sans 3 italic is "…SourceSans3-It".
    const xml = run('pdftohtml', ['-xml', '-stdout', '-i', rendered.get('fou-jamt-2020')!.file]).stdout;
    const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]* family="[A-Z]+\+([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const fontOf = (text: string) => {
      const found = [...xml.matchAll(/<text [^>]*font="(\d+)">(?:<[ib]>)*([^<]+)/g)].filter((m) => m[2] === text).map((m) => fonts.get(m[1]!));
      expect(found, text).not.toEqual([]);
      return [...new Set(found)];
    };
    expect(fontOf('Summa externa omkostnader')).toEqual(['SourceSans3-It']);
    expect(fontOf('410 000')).toEqual(['SourceSans3-It']);
    expect(fontOf('Summa kostnader')).toEqual(['SourceSans3-Semibold']);
    expect(fontOf('Lokalhyra')).toEqual(['SourceSans3']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
