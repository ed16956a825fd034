/**
 * SVG figures drawn as vector graphics, link targets written as ASCII URIs, and
 * footnotes in table cells printed below the table, each in a small generated plan.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkPlans } from '../../src/pipeline';
import { renderPlanPdfWithPages, type RenderResult } from '../../src/pdf';
import { CONTENT_WIDTH } from '../../src/pdf/engine/theme';
import { colourBox, inspectWithPdfjs, normalizeSpace, OUTPUT_DIR, pageImages, pdfText, ROOT, run } from './harness';
import { pdfcpuValidate } from './tools/pdfcpu';

const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-gaps-'));

function basePlan(sections: unknown[]): Record<string, unknown> {
  return { title: 'Testplan', kind: 'verksamhetsplan', organisation: { name: 'FoU Test' }, period: { start: 2024 }, status: 'utkast', sections };
}

async function render(id: string, plan: Record<string, unknown>, files: Record<string, string> = {}): Promise<RenderResult & { file: string }> {
  const dir = path.join(root, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'plan.yaml'), stringify(plan));
  for (const [name, source] of Object.entries(files)) copyFileSync(source, path.join(dir, name));
  const { plans, problems } = await checkPlans(root, [dir]);
  expect(problems.filter((p) => p.severity === 'error'), problems.map((p) => p.message).join('\n')).toEqual([]);
  const result = await renderPlanPdfWithPages(plans[0]!, root);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${id}.pdf`);
  writeFileSync(file, result.pdf);
  pageImages(file, id);
  return { ...result, file };
}

/** The page (1-based) whose text contains `needle`. */
function pageWith(file: string, pageCount: number, needle: string): number {
  for (let page = 1; page <= pageCount; page++) if (normalizeSpace(pdfText(file, { page })).includes(needle)) return page;
  throw new Error(`"${needle}" finns inte i ${file}`);
}

const STANDARD_14 = /Helvetica|Times|Courier|Symbol|ZapfDingbats/;

describe('SVG figures', () => {
  let result: RenderResult & { file: string };
  beforeAll(async () => {
    result = await render('svg-figur', basePlan([{ title: 'Diagram', body: 'Text före figuren.', blocks: [
      { type: 'figure', id: 'figur-staplar', image: 'staplar.svg', alt: 'Stapeldiagram: deltagare 2022, ökning 2023 och mål för 2024.', caption: 'Deltagare per år.' },
    ] }]), { 'staplar.svg': path.join(ROOT, 'test/pdf/fixtures/staplar.svg') });
  }, 60_000);

  it('draws the SVG as vector graphics, scaled to the column with its aspect ratio (4:1)', () => {
    const page = pageWith(result.file, result.pageCount, 'Deltagare per år');
    // No raster image on the page: the picture is paths and text.
    const images = run('pdfimages', ['-list', '-f', String(page), '-l', String(page), result.file]).stdout.split('\n').slice(2).filter((l) => l.trim());
    expect(images).toEqual([]);
    const frame = colourBox(result.file, page, [0xc8, 0x10, 0x2e]);
    expect(frame.count).toBeGreaterThan(1000);
    expect(Math.abs(frame.width - CONTENT_WIDTH)).toBeLessThanOrEqual(2);
    expect(Math.abs(frame.width / frame.height - 4)).toBeLessThan(0.1);
  });

  it('sets the SVG text in the embedded Source Sans 3, never a standard PDF font', () => {
    const text = normalizeSpace(pdfText(result.file));
    expect(text).toContain('Deltagare 2022');
    expect(text).toContain('Ökning 2023');
    expect(text).toContain('Mål för 2024 – å ä ö');
    const fonts = run('pdffonts', [result.file]).stdout.split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) {
      expect(row).toMatch(/SourceSans3/);
      expect(row).not.toMatch(STANDARD_14);
      expect(row.split(/\s+/).at(-5), row).toBe('yes');
    }
  });

  it('keeps the figure a tagged Figure with alt text and everything in marked content', async () => {
    const report = await inspectWithPdfjs(result.pdf);
    expect(report.figures).toBe(1);
    expect(report.figuresWithoutAlt).toBe(0);
    expect(report.unmarked).toEqual([]);
    expect(report.offPage).toEqual([]);
    const struct = run('pdfinfo', ['-struct-text', result.file]).stdout;
    expect(struct).toMatch(/^\s*Figure\b.*\n\s*"Deltagare 2022/m);
  });

  it('passes qpdf --check and pdfcpu validate -mode strict', () => {
    const qpdf = run('qpdf', ['--check', result.file]);
    expect(qpdf.code, qpdf.stdout + qpdf.stderr).toBe(0);
    expect(pdfcpuValidate(result.file)).toEqual([]);
  });
});

describe('PNG and JPEG figures under names a URL cannot carry', () => {
  let result: RenderResult & { file: string };
  beforeAll(async () => {
    // A PNG with a script appended, named as a page: drawn as the PNG it is.
    const polyglot = path.join(root, 'polyglot.png');
    writeFileSync(polyglot, Buffer.concat([readFileSync(path.join(ROOT, 'test/pdf/fixtures/staplar.png')), Buffer.from('<script>alert(1)</script>')]));
    result = await render('rasterfigurer', basePlan([{ title: 'Bilder', body: 'Text före figurerna.', blocks: [
      { type: 'figure', id: 'figur-staplar', image: 'a#b?c.png', alt: 'Tre gröna staplar.', caption: 'Staplar.' },
      { type: 'figure', id: 'figur-sol', image: 'sol å ä ö.jpg', alt: 'En gul sol på blå himmel.', caption: 'Sol.' },
      { type: 'figure', id: 'figur-sida', image: 'index.html', alt: 'Samma staplar.', caption: 'Sida.' },
    ] }]), {
      'a#b?c.png': path.join(ROOT, 'test/pdf/fixtures/staplar.png'),
      'sol å ä ö.jpg': path.join(ROOT, 'test/pdf/fixtures/sol.jpg'),
      'index.html': polyglot,
    });
  }, 60_000);

  it('draws every image, whatever its name', () => {
    const rows = run('pdfimages', ['-list', result.file]).stdout.split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    // The PNG's transparency is a soft mask of its own (type "smask").
    const images = rows.filter((row) => row[2] === 'image');
    expect(images.map((row) => row.slice(3, 5).map(Number))).toEqual([[200, 100], [320, 200], [200, 100]]);
    const page = pageWith(result.file, result.pageCount, 'Staplar');
    expect(colourBox(result.file, page, [0x1a, 0x7f, 0x37]).count).toBeGreaterThan(500);
    expect(colourBox(result.file, pageWith(result.file, result.pageCount, 'Sol'), [0xf5, 0xc0, 0x00]).count).toBeGreaterThan(500);
  });

  it('keeps each figure a tagged Figure with its alt text', async () => {
    const report = await inspectWithPdfjs(result.pdf);
    expect(report.unmarked).toEqual([]);
    expect(report.offPage).toEqual([]);
    expect(report.figures).toBe(3);
    expect(report.figuresWithoutAlt).toBe(0);
  });
});

describe('every PNG and JPEG variant the check accepts', () => {
  it('is drawn in the PDF', async () => {
    const names = readdirSync(path.join(ROOT, 'test/fixtures/images'));
    const result = await render('bildvarianter', basePlan([{ title: 'Varianter', blocks: names.map((name, i) => (
      { type: 'figure', id: `figur-${i}`, image: name, alt: `Variant ${name}.`, caption: name }
    )) }]), Object.fromEntries(names.map((name) => [name, path.join(ROOT, 'test/fixtures/images', name)])));
    const rows = run('pdfimages', ['-list', result.file]).stdout.split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    expect(rows.filter((row) => row[2] === 'image')).toHaveLength(names.length);
    expect(run('qpdf', ['--check', result.file]).code).toBe(0);
  }, 60_000);
});

describe('link targets', () => {
  const links = {
    'https://exempel.se/väg/å?q=ö': 'https://exempel.se/v%C3%A4g/%C3%A5?q=%C3%B6',
    'https://räksmörgås.se/sida#avsnitt-ä': 'https://xn--rksmrgs-5wao1o.se/sida#avsnitt-%C3%A4',
    'mailto:åsa@exempel.se': 'mailto:%C3%A5sa@exempel.se',
    'mailto:per@räksmörgås.se?subject=Hej då': 'mailto:per@xn--rksmrgs-5wao1o.se?subject=Hej%20d%C3%A5',
    'https://exempel.se/redan%20kodad': 'https://exempel.se/redan%20kodad',
  };

  it('writes every URI action as 7-bit ASCII (punycode host, percent-encoded UTF-8)', async () => {
    const body = Object.keys(links).map((href, i) => `Länk ${i + 1}: [länktext ${i + 1}](<${href}>).`).join('\n\n');
    const { pdf, file } = await render('lankar', basePlan([{ title: 'Länkar', body }]));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
    const doc = await task.promise;
    const uris: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const annotation of await (await doc.getPage(n)).getAnnotations() as Array<{ subtype: string; unsafeUrl?: string }>) {
        if (annotation.subtype === 'Link' && annotation.unsafeUrl) uris.push(annotation.unsafeUrl);
      }
    }
    await task.destroy();
    expect(uris).toEqual(Object.values(links));
    for (const uri of uris) expect(uri).toMatch(/^[\x21-\x7e]+$/);
    // In the file itself: literal ASCII strings, no UTF-16 (byte order mark FE FF).
    const raw = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']).stdout;
    const written = [...raw.matchAll(/\/URI (\(|<)([^)>]*)/g)].map((m) => `${m[1]}${m[2]}`);
    expect(written).toEqual(Object.values(links).map((uri) => `(${uri}`));
  }, 60_000);
});

describe('footnotes in table cells', () => {
  let result: RenderResult & { file: string };
  beforeAll(async () => {
    result = await render('fotnot-i-tabell', { ...basePlan([
      { title: 'Före', body: 'Löptext med en fotnot.[^a]\n\n[^a]: Fotnoten i löptexten före tabellen.' },
      { title: 'Tabeller', blocks: [
        { type: 'table', caption: 'Tabell med fotnoter.', columns: ['Post', 'Värde'], rows: [
          ['Deltagare[^d]\n\n[^d]: Räknat vid årets slut.', '120'],
          ['Kurser', '8[^k]\n\n[^k]: Varav två på distans.'],
        ] },
        { type: 'assignmentTable', rows: [{
          assignment: 'Basutbildning', participants: 'Samtliga kommuner', responsible: ['KA'],
          activities: ['Följa upp utbildningen.[^u]\n\n[^u]: Uppföljningen görs i december.', 'Planera nästa år.'],
          serviceAreas: ['Barn och unga'],
        }] },
      ] },
      { title: 'Efter', body: 'Sista fotnoten.[^z]\n\n[^z]: Fotnoten i löptexten efter tabellerna.' },
    ]), people: [{ initials: 'KA', name: 'Kansliet' }] });
  }, 60_000);

  it('prints the text of each cell footnote with its number, numbered in document order', () => {
    // Layout mode keeps a note's number and its text on one line.
    const text = normalizeSpace(pdfText(result.file, { layout: true }));
    const notes = ['1 Fotnoten i löptexten före tabellen.', '2 Räknat vid årets slut.', '3 Varav två på distans.', '4 Uppföljningen görs i december.', '5 Fotnoten i löptexten efter tabellerna.'];
    let from = 0;
    for (const note of notes) {
      const at = text.indexOf(note, from);
      expect(at, `"${note}" efter position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + note.length;
    }
    // The references in the cells carry the same numbers …
    expect(text).toMatch(/Deltagare ?2\b/);
    expect(text).toMatch(/\b8 ?3\b/);
    expect(text).toMatch(/utbildningen\. ?4\b/);
    // … and the notes of the table come after the table, before the next table.
    expect(text.indexOf('2 Räknat vid årets slut.')).toBeGreaterThan(text.indexOf('Kurser'));
    expect(text.indexOf('3 Varav två på distans.')).toBeLessThan(text.indexOf('Basutbildning'));
  });

  it('tags the cell footnotes as Note elements and links each reference to its note', async () => {
    const struct = run('pdfinfo', ['-struct-text', result.file]).stdout;
    expect(struct.match(/^\s*Note\b/gm)?.length).toBe(5);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(result.pdf), useSystemFonts: false });
    const doc = await task.promise;
    const dests = new Set<string>();
    for (let n = 1; n <= doc.numPages; n++) {
      for (const annotation of await (await doc.getPage(n)).getAnnotations() as Array<{ subtype: string; dest?: unknown }>) {
        if (annotation.subtype === 'Link' && typeof annotation.dest === 'string') dests.add(annotation.dest);
      }
    }
    for (const n of [1, 2, 3, 4, 5]) {
      expect(dests).toContain(`fotnot-${n}`);
      expect(await doc.getDestination(`fotnot-${n}`)).not.toBeNull();
    }
    await task.destroy();
  });

  it('stays valid (qpdf, pdfcpu, marked content)', async () => {
    expect(run('qpdf', ['--check', result.file]).code).toBe(0);
    expect(pdfcpuValidate(result.file)).toEqual([]);
    const report = await inspectWithPdfjs(result.pdf);
    expect(report.unmarked).toEqual([]);
    expect(report.offPage).toEqual([]);
  });
});
