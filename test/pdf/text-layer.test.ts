/**
 * The text layer of a PDF (what search, copy-paste and screen readers get: the fonts'
 * ToUnicode maps) must not depend on what the same process rendered before it. A full
 * build renders many plans in one worker; fontkit keeps one Glyph object per glyph id and
 * process, whose code points were those of the first request (none at all when the
 * glyph was first read as a component of a composite glyph such as Ü or Å), so a plan
 * read back "Fo -rådet" after another plan had drawn Ü.
 *
 * Checked here: every plan of content/ and the fixtures, plus a generated plan with every
 * character used in content/ and the fixtures (in all four faces), rendered one after
 * another in this process in several orders, through one pool worker and through
 * renderAllPdfs' two workers, reads back (pdftotext and pdf.js) exactly as the same plan
 * rendered alone in a fresh worker, and contains its source text.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { headingText, walkSections, type DerivedPlan } from '../../src/derive/derive-plan';
import { typeset } from '../../src/markdown/plain-text';
import { fonts, type FontStyle } from '../../src/pdf/engine/fonts';
import { renderPlanPdf } from '../../src/pdf';
import { pdfPath, renderAllPdfs } from '../../src/build/pdf-pool/render-all';
import { RenderPool } from '../../src/build/pdf-pool/render-pool';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { assembleContent, normalizeSpace, OUTPUT_DIR, pdfText, ROOT } from './harness';

const PLAN_SOURCES = ['content', 'test/fixtures/valid', 'test/site/fixtures', 'test/pdf/fixtures/plans'];
/** Where the characters to round-trip are collected: every plan text of content/ and the fixtures. */
const CHARACTER_SOURCES = ['content', 'test/fixtures', 'test/site/fixtures', 'test/pdf/fixtures'];
const CHARACTER_PLAN = 'teckenprov';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => path.join(dir, f));
}

/**
 * Every character of the sources that is drawn as a glyph: not white space, not a control
 * or format character, and present in all four faces (others fall back to .notdef,
 * which has no text to give back).
 */
function sourceCharacters(): string[] {
  const seen = new Set<string>();
  for (const source of CHARACTER_SOURCES) for (const file of textFiles(path.join(ROOT, source))) for (const ch of readFileSync(file, 'utf8')) seen.add(ch);
  const faces = Object.values(fonts()) as unknown as Array<{ hasGlyphForCodePoint(cp: number): boolean }>;
  return [...seen]
    .filter((ch) => !/[\s\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u.test(ch) && faces.every((face) => face.hasGlyphForCodePoint(ch.codePointAt(0)!)))
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

const CHARACTERS = sourceCharacters();
/** Markdown with every character as a word of its own (ASCII punctuation escaped), so no line break or hyphen splits one. */
const markdownWords = CHARACTERS.map((ch) => (/[!-/:-@[-`{-~]/.test(ch) ? `\\${ch}` : ch)).join(' ');
const plainWords = CHARACTERS.join(' ');
/**
 * Running text, titles, headings and table cells are typeset alike (straight quotes become
 * ” and ’; src/derive/typeset-parts.ts): what reads back is the typeset text.
 */
const proseWords = typeset(plainWords);
const FACE_LINES: Record<FontStyle, { markdown: string; text: string }> = {
  regular: { markdown: `Normal: ${markdownWords}`, text: `Normal: ${proseWords}` },
  italic: { markdown: `Kursiv: *${markdownWords}*`, text: `Kursiv: ${proseWords}` },
  bold: { markdown: `Fet: **${markdownWords}**`, text: `Fet: ${proseWords}` },
  boldItalic: { markdown: `Fet kursiv: ***${markdownWords}***`, text: `Fet kursiv: ${proseWords}` },
};

/** A plan with every source character in each face, in a heading and in a table cell. */
function writeCharacterPlan(root: string): void {
  const dir = path.join(root, CHARACTER_PLAN);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'plan.yaml'), stringify({
    title: 'Teckenprov',
    kind: 'verksamhetsplan',
    organisation: { name: 'Teckenenheten' },
    period: { start: 2024 },
    status: 'fastställd',
    sections: [
      { id: 'stycken', title: 'Stycken', body: Object.values(FACE_LINES).map((line) => line.markdown).join('\n\n') },
      { id: 'rubrik', title: `Rubrik ${plainWords}` },
      { id: 'personal', title: 'Tabell', blocks: [{ type: 'staff', lines: [{ label: `Cell ${plainWords}`, fte: 1 }] }] },
    ],
  }));
}

const contentRoot = await resolveContentRoot(assembleContent(PLAN_SOURCES));
writeCharacterPlan(contentRoot);
const { plans, problems } = await checkPlans(contentRoot);
const OUT = path.join(OUTPUT_DIR, 'text-layer');

/** Text of a PDF through pdf.js: its text items in order, a line end where pdf.js marks one. */
async function pdfjsText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items as Array<{ str?: string; hasEOL?: boolean }>) parts.push(item.str ?? '', item.hasEOL ? '\n' : '');
    parts.push('\n');
  }
  await task.destroy();
  return parts.join('');
}

interface TextLayer { poppler: string; pdfjs: string }

/** Text layers by the PDF's SHA-256: the same bytes read back the same, so they are read once. */
const layersByContent = new Map<string, Promise<TextLayer>>();

async function textLayer(file: string): Promise<TextLayer> {
  const data = readFileSync(file);
  const key = createHash('sha256').update(data).digest('hex');
  if (!layersByContent.has(key)) layersByContent.set(key, pdfjsText(data).then((pdfjs) => ({ poppler: pdfText(file), pdfjs })));
  return layersByContent.get(key)!;
}

/** Each plan rendered alone, in a worker process of its own: the reference. */
const alone = new Map<string, TextLayer>();
/** Each run: plan id → the text layer of the PDF rendered in that run. */
const runs = new Map<string, Map<string, TextLayer>>();

async function poolRun(order: DerivedPlan[], dir: string): Promise<Map<string, TextLayer>> {
  const pool = new RenderPool(1);
  try {
    await Promise.all(order.map((plan) => pool.render(plan, contentRoot, pdfPath(dir, plan.id))));
  } finally {
    await pool.close();
  }
  const layers = new Map<string, TextLayer>();
  for (const plan of order) layers.set(plan.id, await textLayer(pdfPath(dir, plan.id)));
  return layers;
}

/** A fixed shuffle, so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // The reference: every plan alone in a fresh worker, two at a time.
  const queue = [...plans];
  await Promise.all([0, 1].map(async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      const dir = mkdtempSync(path.join(tmpdir(), 'planverk-text-alone-'));
      alone.set(plan.id, (await poolRun([plan], dir)).get(plan.id)!);
      copyFileSync(pdfPath(dir, plan.id), path.join(OUT, `${plan.id}.ensam.pdf`));
    }
  }));

  // In this process, one plan after another, in three orders (each run also has the ones before as history).
  const orders: Array<[string, DerivedPlan[]]> = [['framlänges', plans], ['baklänges', [...plans].reverse()], ['blandat', shuffled(plans, 16)]];
  for (const [name, order] of orders) {
    const layers = new Map<string, TextLayer>();
    for (const plan of order) {
      const file = path.join(OUT, `${plan.id}.${name}.pdf`);
      writeFileSync(file, await renderPlanPdf(plan, contentRoot));
      layers.set(plan.id, await textLayer(file));
    }
    runs.set(`samma process, ${name}`, layers);
  }

  // One pool worker rendering every plan in turn, in another order.
  runs.set('en poolarbetare', await poolRun(shuffled(plans, 9), mkdtempSync(path.join(tmpdir(), 'planverk-text-pool-'))));

  // The build's own path: renderAllPdfs with two workers.
  const buildDir = mkdtempSync(path.join(tmpdir(), 'planverk-text-build-'));
  await renderAllPdfs({ outDir: buildDir, plans, contentRoot, workers: 2, force: true });
  const build = new Map<string, TextLayer>();
  for (const plan of plans) build.set(plan.id, await textLayer(pdfPath(buildDir, plan.id)));
  runs.set('renderAllPdfs', build);
}, 600_000);

it('renders the plans of content/, the fixtures and the character plan', () => {
  expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
  const ids = plans.map((p) => p.id);
  for (const id of ['minimal', 'alla-block', 'tecken', CHARACTER_PLAN]) expect(ids).toContain(id);
  expect(ids.length).toBeGreaterThanOrEqual(9);
  // The characters of the reported cases are among those checked.
  for (const ch of '’”–−€§½ÅÄÖåäöÜAU') expect(CHARACTERS).toContain(ch);
});

const CONTROL = /[\p{Cc}\ufffd]/u;
const withoutLineBreaks = (text: string) => text.replace(/[\n\r\f\t]/g, '');

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (id, plan) => {
  it('reads back alone: source text, no control characters', () => {
    const { poppler, pdfjs } = alone.get(id)!;
    for (const [tool, text] of [['pdftotext', poppler], ['pdf.js', pdfjs]] as const) {
      const normal = normalizeSpace(text);
      expect(withoutLineBreaks(text), tool).not.toMatch(CONTROL);
      // Headings of one-character words (the character plan) lose their spaces in pdftotext.
      const squashed = normal.replace(/ /g, '');
      expect(squashed, tool).toContain(plan.front.title.replace(/\s+/g, ''));
      for (const section of walkSections(plan.sections)) expect(squashed, `${tool}: ${section.title}`).toContain(headingText(section).replace(/\s+/g, ''));
    }
  });

  it('reads back the same in every multi-plan run as alone', () => {
    const reference = alone.get(id)!;
    for (const [run, layers] of runs) {
      const layer = layers.get(id)!;
      expect(layer.poppler, `${run}, pdftotext`).toBe(reference.poppler);
      expect(layer.pdfjs, `${run}, pdf.js`).toBe(reference.pdfjs);
    }
  });
});

describe('characters of content/ and the fixtures', () => {
  const everyLayer = (id: string): Array<[string, string]> => {
    const layers: Array<[string, TextLayer]> = [['ensam', alone.get(id)!], ...[...runs].map(([run, byPlan]) => [run, byPlan.get(id)!] as [string, TextLayer])];
    return layers.flatMap(([run, layer]) => [[`${run}, pdftotext`, normalizeSpace(layer.poppler)], [`${run}, pdf.js`, normalizeSpace(layer.pdfjs)]] as Array<[string, string]>);
  };
  // pdftotext infers spaces from gaps, and the gaps between one-character words are narrow:
  // the lines of single characters are compared without white space.
  const squash = (text: string) => text.replace(/\s+/g, '');

  it.each(Object.keys(FACE_LINES) as FontStyle[])('every character round-trips in the %s face', (face) => {
    for (const [run, text] of everyLayer(CHARACTER_PLAN)) expect(squash(text), run).toContain(squash(FACE_LINES[face].text));
  });

  it('round-trips in headings and table cells', () => {
    for (const [run, text] of everyLayer(CHARACTER_PLAN)) {
      expect(squash(text), run).toContain(squash(`Rubrik ${proseWords}`));
      expect(squash(text), run).toContain(squash(`Cell ${proseWords}`));
    }
  });

  it('reads back apostrophes, quotes, dashes, minus signs and Swedish letters exactly', () => {
    const expected = ['’apostrof’', '”citattecken”', 'tankstreck – samt minus −409 198 kr', '§ 53, en halv ½, euro 100 €', 'ÅÄÖ åäö éü ÉÜ', 'Anna och VERKSAMHETSPLAN', '−818 396', 'Teckenenheten Åre–Öckerö'];
    for (const [run, text] of everyLayer('tecken')) for (const part of expected) expect(text, run).toContain(part);
  });
});
