/**
 * The follow-up reports (issue 21) of the example plan (examples/uppfoljning) written the way
 * `npm run pdf` and the build write them (renderAllPdfs: dist/<plan>/<follow-up>.pdf beside
 * the plan's PDF), then read back with pdftotext, pdffonts, qpdf, pdfcpu, pdfjs-dist and PDFBox
 * Preflight on the PDF/A-1b twin, and also the hand-made fixture model that has every part
 * kind. Page images go to test-output/pdf/pages/ for people to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DerivedFollowUp, FollowUpSection, StatusBarsPart, IndicatorChartPart } from '../../src/derive/follow-up/follow-up-model';
import type { TablePart } from '../../src/derive/presentation';
import { renderAllPdfs } from '../../src/build/pdf-pool/render-all';
import { renderFollowUpPdf } from '../../src/pdf/document/follow-up/render-follow-up';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { FOLLOW_UP_FIXTURE, STATUS_BARS } from '../fixtures/follow-up/derived-follow-up';
import { inspectWithPdfjs, normalizeSpace, OUTPUT_DIR, pageImages, pdfText, preflightEach, ROOT, run } from './harness';
import { pdfcpuValidateEach } from './tools/pdfcpu';

const exampleRoot = await resolveContentRoot(path.join(ROOT, 'examples/uppfoljning'));
const { plans } = await checkPlans(exampleRoot);
const plan = plans[0]!;
const fixtureRoot = await resolveContentRoot(path.join(ROOT, 'test/fixtures/plans'));
const fixturePlan = (await checkPlans(fixtureRoot, [path.join(fixtureRoot, 'malstyrning')])).plans[0]!;

const outDir = mkdtempSync(path.join(tmpdir(), 'planverk-follow-up-pdf-'));
interface Report { followUp: DerivedFollowUp; file: string; twin: string }
const reports: Report[] = [];
/** pdfcpu's and Preflight's findings per file, each validator run once over all the reports. */
let pdfcpuFindings = new Map<string, string[]>();
let preflightFindings = new Map<string, string[]>();

function* walk(sections: readonly FollowUpSection[]): Generator<FollowUpSection> {
  for (const section of sections) { yield section; yield* walk(section.sections); }
}
const partsOf = (followUp: DerivedFollowUp) => [...walk(followUp.sections)].flatMap((s) => s.parts);
const cellTexts = (table: TablePart) => [...table.groups.flatMap((g) => g.rows), ...table.footer].flatMap((row) => row.cells.flatMap((cell) => cell.lines.map((line) => line.text)));

/** The alt text of every Figure in the structure tree, read with pdfjs-dist. */
async function figureAlts(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const doc = await task.promise;
  const alts: string[] = [];
  const visit = (node: { role?: string; alt?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role === 'Figure' && node.alt) alts.push(node.alt);
    for (const child of node.children ?? []) visit(child as never);
  };
  for (let n = 1; n <= doc.numPages; n++) visit((await (await doc.getPage(n)).getStructTree()) as never);
  await task.destroy();
  return alts;
}

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await renderAllPdfs({ outDir, plans: [plan], contentRoot: exampleRoot, force: true });
  for (const followUp of plan.followUps ?? []) {
    const file = path.join(outDir, plan.id, `${followUp.id}.pdf`);
    const twin = path.join(OUTPUT_DIR, `${followUp.id}.a1b.pdf`);
    writeFileSync(twin, await renderFollowUpPdf(plan, followUp, exampleRoot, { conformance: 'PDF/A-1b' }));
    pageImages(file, `rapport-${followUp.id}-sida`);
    reports.push({ followUp, file, twin });
  }
  const fixtureFile = path.join(OUTPUT_DIR, 'uppfoljning-fixtur.pdf');
  writeFileSync(fixtureFile, await renderFollowUpPdf(fixturePlan, FOLLOW_UP_FIXTURE, fixtureRoot));
  pageImages(fixtureFile, 'uppfoljning-fixtur');
  reports.push({ followUp: FOLLOW_UP_FIXTURE, file: fixtureFile, twin: '' });
  pdfcpuFindings = pdfcpuValidateEach(reports.map(({ file }) => file));
  preflightFindings = preflightEach(reports.filter(({ twin }) => twin).map(({ twin }) => twin));
}, 300_000);

it('writes each follow-up report beside the plan PDF, as npm run pdf and the build do', () => {
  expect(plan.followUps?.length).toBeGreaterThanOrEqual(2);
  expect(existsSync(path.join(outDir, plan.id, `${plan.id}.pdf`))).toBe(true);
  for (const followUp of plan.followUps!) expect(existsSync(path.join(outDir, plan.id, `${followUp.id}.pdf`)), followUp.id).toBe(true);
});

describe.each(['uppfoljning-2025-t2', 'uppfoljning-2025', FOLLOW_UP_FIXTURE.id])('%s', (id) => {
  const get = () => reports.find((r) => r.followUp.id === id && (id !== FOLLOW_UP_FIXTURE.id || r.twin === ''))!;

  it('has the cover: title, period, organisation, plan and decision block', () => {
    const { followUp, file } = get();
    const cover = normalizeSpace(pdfText(file, { page: 1 }));
    for (const text of [followUp.title, followUp.periodLabel, followUp.organisation, followUp.planTitle, ...followUp.decisions]) expect(cover).toContain(normalizeSpace(text));
  });

  it('has every heading of its table of contents, numbered, with the page of each', () => {
    const { followUp, file } = get();
    const text = normalizeSpace(pdfText(file));
    for (const entry of followUp.toc) expect(text).toContain(normalizeSpace(entry.number ? `${entry.number} ${entry.title}` : entry.title));
    const toc = normalizeSpace(pdfText(file, { page: 2 }));
    expect(toc).toContain('Innehåll');
    for (const entry of followUp.toc) expect(toc).toContain(normalizeSpace(entry.title));
  });

  it('prints every number of its tables, the budget outcome among them, and each indicator verdict', () => {
    const { followUp, file } = get();
    const text = normalizeSpace(pdfText(file));
    const parts = partsOf(followUp);
    const tables = parts.flatMap((p) => (p.kind === 'table' ? [p] : p.kind === 'statusBars' || p.kind === 'indicatorChart' ? [p.table] : []));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) for (const cell of cellTexts(table)) if (/\d/.test(cell)) expect(text, table.name).toContain(normalizeSpace(cell));
    for (const chart of parts.filter((p): p is IndicatorChartPart => p.kind === 'indicatorChart')) expect(text).toContain(normalizeSpace(chart.verdict));
  });

  it('tags each chart as a Figure whose alt text is the chart\'s name, keeps all text marked and embeds every font', async () => {
    const { followUp, file } = get();
    const charts = partsOf(followUp).filter((p): p is StatusBarsPart | IndicatorChartPart => p.kind === 'statusBars' || p.kind === 'indicatorChart');
    expect(charts.length).toBeGreaterThan(0);
    const report = await inspectWithPdfjs(readFileSync(file));
    expect(report.unmarked).toEqual([]);
    expect(report.offPage).toEqual([]);
    expect(report.figuresWithoutAlt).toBe(0);
    expect(report.figures).toBeGreaterThanOrEqual(charts.length);
    const alts = await figureAlts(readFileSync(file));
    for (const chart of charts) expect(alts, chart.name).toContain(chart.name);
    const raw = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']).stdout;
    const { stdout } = run('pdffonts', [file]);
    const rows = stdout.split('\n').slice(2).filter((line) => line.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('pdfuaid:part>1<');
    expect(raw).toContain('pdfaid:part>2<');
    expect(raw).toContain('/StructTreeRoot');
  });

  it('passes qpdf --check and pdfcpu validate -mode strict', () => {
    const result = run('qpdf', ['--check', get().file]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(pdfcpuFindings.get(get().file)).toEqual([]);
  });
});

it.each(['uppfoljning-2025-t2', 'uppfoljning-2025'])('%s passes PDFBox Preflight as its PDF/A-1b twin', (id) => {
  expect(preflightFindings.get(reports.find((r) => r.followUp.id === id)!.twin)).toEqual([]);
});

it('continues a status chart with many bars over the next page, every bar drawn and all text inside the page', async () => {
  const many: StatusBarsPart = {
    ...STATUS_BARS,
    bars: Array.from({ length: 30 }, (_, i) => ({ ...STATUS_BARS.bars[0]!, label: `Mål ${i + 1}: Trygg omsorg`, summary: `Mål ${i + 1}` })),
  };
  const followUp: DerivedFollowUp = { ...FOLLOW_UP_FIXTURE, sections: [{ anchor: 'sammanfattning', number: '1', title: 'Sammanfattning', level: 1, parts: [many], sections: [] }] };
  const file = path.join(OUTPUT_DIR, 'uppfoljning-manga-staplar.pdf');
  const pdf = await renderFollowUpPdf(fixturePlan, followUp, fixtureRoot);
  writeFileSync(file, pdf);
  pageImages(file, 'uppfoljning-manga-staplar');
  const text = normalizeSpace(pdfText(file));
  for (let i = 1; i <= 30; i++) expect(text).toContain(`Mål ${i}: Trygg omsorg`);
  const report = await inspectWithPdfjs(pdf);
  expect(report.offPage).toEqual([]);
  expect(report.unmarked).toEqual([]);
  expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)![1])).toBeGreaterThanOrEqual(4);
}, 120_000);
