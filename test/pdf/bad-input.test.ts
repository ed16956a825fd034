/**
 * Bad input: a clear error naming the file, or a correct layout; never a crash, text
 * outside the page, or a half-written PDF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { inspectWithPdfjs, normalizeSpace, OUTPUT_DIR, pageImages, pdfText, ROOT, run } from './harness';

function basePlan(sections: unknown[]): Record<string, unknown> {
  return { title: 'Testplan', kind: 'verksamhetsplan', organisation: { name: 'FoU Test' }, period: { start: 2024 }, status: 'utkast', sections };
}

function writePlan(root: string, id: string, plan: Record<string, unknown>, files: Record<string, Buffer> = {}): string {
  const dir = path.join(root, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'plan.yaml'), stringify(plan));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  return dir;
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) { c ^= byte; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A PNG whose header claims `width`×`height` pixels (the data is tiny). */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(3 * 4 + 4))), chunk('IEND', Buffer.alloc(0))]);
}

const figure = (image: string) => ({ title: 'Bild', blocks: [{ type: 'figure', id: 'figur-test', image, alt: 'En testbild.', caption: 'Testbild.' }] });

async function renderOne(root: string, id: string) {
  const { plans, problems } = await checkPlans(root, [path.join(root, id)]);
  expect(problems.filter((p) => p.severity === 'error'), problems.map((p) => p.message).join('\n')).toEqual([]);
  return renderPlanPdfWithPages(plans[0]!, root);
}

async function expectCleanLayout(pdf: Buffer, name: string) {
  const file = path.join(OUTPUT_DIR, `${name}.pdf`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(file, pdf);
  pageImages(file, name);
  const report = await inspectWithPdfjs(pdf);
  expect(report.offPage).toEqual([]);
  expect(report.unmarked).toEqual([]);
  expect(run('qpdf', ['--check', file]).code).toBe(0);
  return file;
}

describe('bad images', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-bad-'));

  it('names the file when a PNG is corrupt', async () => {
    writePlan(root, 'trasig-bild', basePlan([figure('trasig.png')]), { 'trasig.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('inte en bild')]) });
    await expect(renderOne(root, 'trasig-bild')).rejects.toThrow(/trasig\.png: .*trasig/);
  });

  it('names the file when an image has too many pixels', async () => {
    writePlan(root, 'jattebild', basePlan([figure('stor.png')]), { 'stor.png': pngClaiming(30_000, 30_000) });
    await expect(renderOne(root, 'jattebild')).rejects.toThrow(/stor\.png: .*bildpunkter/);
  });

  it('writes nothing and exits 1 when a plan is invalid (missing image)', () => {
    writePlan(root, 'saknad-bild', basePlan([figure('finns-inte.png')]));
    const out = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-out-'));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build-pdf.ts'), path.join(root, 'saknad-bild'), '--out', out], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: root },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('finns-inte.png');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('layouts that must still be correct', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-layout-'));

  it('breaks a word longer than its column inside the column', async () => {
    const word = 'Socialtjänstförvaltningsutvecklingsprojektsamordnare'.repeat(4);
    writePlan(root, 'langt-ord', basePlan([{ title: 'Ord', body: `Ett ord: ${word}.`, blocks: [{ type: 'table', columns: ['A', 'B', 'C', 'D', 'E', 'F'], rows: [[word, 'kort', word, 'x', 'y', 'z']] }] }]));
    const { pdf } = await renderOne(root, 'langt-ord');
    await expectCleanLayout(pdf, 'bad-langt-ord');
  });

  it('lays out a 500-row table over many pages with the header repeated', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Rad ${i + 1}`, `Aktivitet nummer ${i + 1} med lite text`, `${i}`]);
    writePlan(root, 'stor-tabell', basePlan([{ title: 'Tabell', blocks: [{ type: 'table', columns: ['Namn', 'Beskrivning', 'Värde'], rows }] }]));
    const { pdf, pageCount } = await renderOne(root, 'stor-tabell');
    expect(pageCount).toBeGreaterThan(10);
    const file = await expectCleanLayout(pdf, 'bad-stor-tabell');
    const last = normalizeSpace(pdfText(file, { page: pageCount }));
    expect(last).toContain('Beskrivning');
    expect(last).toContain('Rad 500');
  }, 120_000);

  it('renders a plan with no sections (cover only)', async () => {
    writePlan(root, 'inga-avsnitt', basePlan([]));
    const { pdf } = await renderOne(root, 'inga-avsnitt');
    await expectCleanLayout(pdf, 'bad-inga-avsnitt');
  });

  it('draws a wheel with 200 events in one month and lists them all', async () => {
    const events = Array.from({ length: 200 }, (_, i) => ({ title: `Möte ${i + 1}`, category: 'a', date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}` }));
    writePlan(root, 'fullt-hjul', basePlan([{ title: 'Årshjul', blocks: [
      { type: 'figure', id: 'figur-hjul', generated: 'wheel', alt: 'Årshjul med 200 möten i mars.', caption: 'Årshjul.' },
      { type: 'wheel', categories: [{ id: 'a', name: 'Möten' }], events },
    ] }]));
    const { pdf } = await renderOne(root, 'fullt-hjul');
    const file = await expectCleanLayout(pdf, 'bad-fullt-hjul');
    expect(normalizeSpace(pdfText(file))).toContain('Möte 200');
  }, 120_000);

  it('never leaves a temporary file behind in the output folder', () => {
    const out = path.join(OUTPUT_DIR, 'dist-check');
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.tmp')) : []).toEqual([]);
  });
});
