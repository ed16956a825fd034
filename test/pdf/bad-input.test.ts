/**
 * Bad input: a clear error naming the file, or a correct layout; never a crash, text
 * outside the page, or a half-written PDF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { outputDirProblem } from '../../src/cli/output-dir';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { colourBox, inspectWithPdfjs, normalizeSpace, OUTPUT_DIR, pageImages, pdfText, ROOT, run } from './harness';
import { CONTENT_WIDTH } from '../../src/pdf/engine/theme';
import { commandArgs } from '../shared/command';

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

/** A correct RGB PNG of `width`×`height` black pixels. */
function validPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc((1 + 3 * width) * height))), chunk('IEND', Buffer.alloc(0))]);
}

describe('bad images', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-bad-'));

  // The check refuses what the PDF cannot draw, at the figure's image field; a file that
  // passed the check and was replaced afterwards is refused by the renderer, naming it.
  it.each([
    ['trasig.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('inte en bild')]), 'bild-ofullstandig'],
    ['stor.png', pngClaiming(30_000, 30_000), 'bild-for-stora-matt'],
  ])('refuses %s in the check and, swapped in after the check, in the renderer', async (name, data, code) => {
    const id = `bad-${name.replace('.png', '')}`;
    const dir = writePlan(root, id, basePlan([figure(name)]), { [name]: data });
    const checked = await checkPlans(root, [dir]);
    expect(checked.plans).toEqual([]);
    expect(checked.problems.map((p) => [p.code, p.path, p.line > 0])).toEqual([[code, 'sections[0].blocks[0].image', true]]);
    writeFileSync(path.join(dir, name), validPng(4, 4));
    const { plans } = await checkPlans(root, [dir]);
    expect(plans).toHaveLength(1);
    writeFileSync(path.join(dir, name), data);
    await expect(renderPlanPdfWithPages(plans[0]!, root)).rejects.toThrow(new RegExp(`${name.replace('.', '\\.')}: bildfilen har ändrats sedan planen kontrollerades`));
  });

  it('writes nothing and exits 1 when a plan is invalid (missing image)', () => {
    writePlan(root, 'saknad-bild', basePlan([figure('finns-inte.png')]));
    const out = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-out-'));
    const result = spawnSync(process.execPath, commandArgs('build-pdf', path.join(root, 'saknad-bild'), '--out', out), {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: root },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('finns-inte.png');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('hostile SVG figures', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-svg-'));
  const svg = (attributes: string, body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${body}</svg>`);

  it('draws an SVG without its scripts, links, foreign HTML or outside references', async () => {
    const body = [
      '<script>alert(1)</script>',
      '<a href="https://evil.example/" xlink:href="javascript:alert(2)"><rect width="300" height="100" fill="#c8102e" onclick="alert(3)"/></a>',
      '<image href="file:///etc/passwd" width="10" height="10"/>',
      '<image xlink:href="https://evil.example/spion.png" width="10" height="10"/>',
      '<use href="annan.svg#figur"/>',
      '<rect width="10" height="10" style="fill: url(https://evil.example/fyllning)"/>',
      '<foreignObject width="300" height="100"><div xmlns="http://www.w3.org/1999/xhtml">HEMLIG</div></foreignObject>',
      '<text x="20" y="60" font-size="24" fill="#ffffff">Synlig text</text>',
    ].join('');
    writePlan(root, 'ond-svg', basePlan([figure('ond.svg')]), { 'ond.svg': svg('width="300" height="100" onload="alert(4)"', body) });
    const { pdf, pageCount } = await renderOne(root, 'ond-svg');
    const file = await expectCleanLayout(pdf, 'bad-ond-svg');
    const text = normalizeSpace(pdfText(file));
    expect(text).toContain('Synlig text');
    expect(text).not.toContain('HEMLIG');
    expect(run('pdfimages', ['-list', file]).stdout.split('\n').slice(2).filter((l) => l.trim())).toEqual([]);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
    const doc = await task.promise;
    const urls: string[] = [];
    for (let n = 1; n <= pageCount; n++) {
      for (const annotation of await (await doc.getPage(n)).getAnnotations() as Array<{ unsafeUrl?: string }>) if (annotation.unsafeUrl) urls.push(annotation.unsafeUrl);
    }
    await task.destroy();
    expect(urls).toEqual([]);
    expect(pdf.includes('evil.example')).toBe(false);
    expect(pdf.includes('/etc/passwd')).toBe(false);
  });

  it('scales an SVG of 90 000 × 45 000 points into the column, keeping its aspect ratio', async () => {
    writePlan(root, 'jatte-svg', basePlan([figure('stor.svg')]), { 'stor.svg': svg('width="90000pt" height="45000pt"', '<rect width="120000" height="60000" fill="#c8102e"/>') });
    const { pdf, pageCount } = await renderOne(root, 'jatte-svg');
    const file = await expectCleanLayout(pdf, 'bad-jatte-svg');
    const page = [...Array(pageCount).keys()].map((i) => i + 1).find((n) => normalizeSpace(pdfText(file, { page: n })).includes('Testbild.'))!;
    const box = colourBox(file, page, [0xc8, 0x10, 0x2e]);
    expect(Math.abs(box.width - CONTENT_WIDTH)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.width / box.height - 2)).toBeLessThan(0.05);
  });

  // npm run check refuses these (bild-svg-oanvandbar, decided by src/validate/svg-limits.ts);
  // the renderer refuses them too when a file changes after the check.
  it.each([
    ['noll.svg', svg('width="0" height="0"', '<rect width="10" height="10"/>'), /SVG-bilden har ingen yta \(0×0 punkter\)/],
    ['negativ.svg', svg('width="100" height="100" viewBox="0 0 -5 10"', '<rect width="10" height="10"/>'), /SVG-bilden har ingen yta/],
    ['enorm.svg', svg('width="1e9" height="1e9"', '<rect width="10" height="10"/>'), /SVG-bilden är 750\s000\s000×750\s000\s000 punkter; högst 100\s000 punkter/],
    ['utan-storlek.svg', svg('', '<rect width="10" height="10"/>'), /SVG-bilden saknar storlek/],
    ['trasig.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10"</svg'), /SVG-bilden är trasig/],
    ['latin1.svg', Buffer.concat([svg('width="10" height="10"', '<text>'), Buffer.from([0xe5, 0xe4, 0xf6]), Buffer.from('</text></svg>')]), /SVG-bilden är trasig/],
    ['use-kedja.svg', svg('width="100" height="100"', `<defs><rect id="l0" width="1" height="1"/>${Array.from({ length: 8 }, (_, i) => `<g id="l${i + 1}">${Array.from({ length: 10 }, () => `<use href="#l${i}"/>`).join('')}</g>`).join('')}</defs><use href="#l8"/>`), /SVG-bilden är för komplex: .* element ritas/],
  ])('refuses %s in the check and in the renderer, naming the file', async (name, data, reason) => {
    const id = `svg-${name.replace(/\.svg$/, '')}`;
    const dir = writePlan(root, id, basePlan([figure(name)]), { [name]: data });
    const checked = await checkPlans(root, [dir]);
    const errors = checked.problems.filter((p) => p.severity === 'error');
    expect(checked.plans).toEqual([]);
    expect(errors.map((p) => [p.code, p.path])).toEqual([['bild-svg-oanvandbar', 'sections[0].blocks[0].image']]);
    expect(errors[0]!.message).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" kan inte användas\\. ${reason.source}`));
    // The file passes the check as a good SVG, then is replaced before rendering.
    writeFileSync(path.join(dir, name), svg('width="10" height="10"', '<rect width="10" height="10"/>'));
    const { plans } = await checkPlans(root, [dir]);
    expect(plans).toHaveLength(1);
    writeFileSync(path.join(dir, name), data);
    await expect(renderPlanPdfWithPages(plans[0]!, root)).rejects.toThrow(new RegExp(`${name.replace('.', '\\.')}: bildfilen har ändrats sedan planen kontrollerades`));
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

describe('npm run pdf --out never writes into content/', () => {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'planverk-pdf-out-content-')));
  const content = path.join(root, 'content');
  writePlan(content, 'plan', basePlan([{ title: 'Inledning', body: 'Text.' }]));
  const elsewhere = path.join(root, 'annan');
  mkdirSync(elsewhere);
  /** Every file below content/, to show that nothing was added. */
  const listing = () => readdirSync(content, { recursive: true }).map(String).sort();
  const before = listing();

  const pdf = (out: string) => spawnSync(process.execPath, commandArgs('build-pdf', '--out', out), {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: content },
  });

  it('refuses content/ itself, a folder in it, a link to it and a new folder below such a link', async () => {
    symlinkSync(content, path.join(elsewhere, 'lank'));
    for (const out of [content, path.join(content, 'plan'), path.join(content, 'ny', 'mapp'), path.join(elsewhere, 'lank'), path.join(elsewhere, 'lank', 'ny')]) {
      expect(await outputDirProblem(content, out), out).toMatch(/ligger i mappen content\/.*inget skrevs/);
    }
    expect(await outputDirProblem(content, path.join(elsewhere, 'dist'))).toBeUndefined();
  });

  it('refuses a dangling link as the output folder', async () => {
    symlinkSync(path.join(root, 'finns-inte'), path.join(elsewhere, 'trasig'));
    expect(await outputDirProblem(content, path.join(elsewhere, 'trasig'))).toMatch(/länk som pekar på något som inte finns/);
  });

  it('exits 1 with a Swedish message before writing anything when --out lies in content/', () => {
    const result = pdf(path.join(content, 'pdf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^planverk: Utmappen .* ligger i mappen content\//);
    expect(listing()).toEqual(before);
  }, 60_000);

  it('exits 1 when the plan\'s own folder under --out is a link into content/', () => {
    const out = path.join(elsewhere, 'dist');
    mkdirSync(out);
    symlinkSync(path.join(content, 'plan'), path.join(out, 'plan'));
    const result = pdf(out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Utmappen .*plan ligger i mappen content\//);
    expect(listing()).toEqual(before);
    expect(readdirSync(out)).toEqual(['plan']);
  }, 60_000);
});
