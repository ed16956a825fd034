/**
 * The wheel and figure blocks in the presentation model: what derive decides (columns,
 * captions, rows, legend, figure content) on the content plan with a wheel and on small
 * plans, and that the site's HTML and the PDF's text print the same words.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type Figure, type PlanInput, type Wheel } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { derivePlan, walkSections, type DerivedBlock, type DerivedPlan } from '../../src/derive/derive-plan';
import type { FigurePart, Part, TablePart } from '../../src/derive/presentation';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { EDITORIAL, FIGURE, WHEEL } from '../../src/shared/words-sv';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { KEY_LIMIT } from '../../src/blocks/wheel/derive';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT_DIR = path.join(ROOT, 'test-output/foundation');

const plan = (input: Partial<PlanInput>) =>
  planSchema.parse({ title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2020 }, status: 'utkast', sections: [], ...input });

/** Blocks in the presentation model (those still passed through as written have no parts). */
type ViewBlock = Extract<DerivedBlock, { parts: Part[] }>;
const blocks = (derived: DerivedPlan): ViewBlock[] => [...walkSections(derived.sections)].flatMap((section) => section.blocks).filter((block): block is ViewBlock => 'parts' in block);
const writtenBlocks = (derived: DerivedPlan) => {
  const all: NonNullable<PlanInput['sections'][number]['blocks']> = [];
  const visit = (sections: readonly { blocks?: typeof all; sections?: readonly unknown[] }[]) => {
    for (const section of sections) { all.push(...(section.blocks ?? [])); visit((section.sections ?? []) as typeof sections); }
  };
  visit(derived.plan.sections);
  return all;
};
const figurePart = (block: ViewBlock | undefined): FigurePart => {
  const part = block?.parts[0];
  if (part?.kind !== 'figure') throw new Error('not a figure part');
  return part;
};
const tablePart = (parts: readonly Part[]): TablePart => parts.find((part): part is TablePart => part.kind === 'table')!;
const cellText = (table: TablePart) => table.groups.flatMap((group) => group.rows.map((row) => row.cells.map((cell) => cell.lines.map((line) => line.text).join(' '))));

const normalizeSpace = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const siteText = (html: string) => normalizeSpace(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));

async function pdfTextOf(derived: DerivedPlan, contentRoot: string, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(file, await renderPlanPdf(derived, contentRoot));
  return normalizeSpace(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** The column headings of the site's wheel table, in order. */
function siteWheelHeadings(html: string): string[] {
  const table = /<table class="tabell hjultabell"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]!);
}

const HEADINGS = [WHEEL.number, WHEEL.when, WHEEL.event, WHEEL.category];

describe('the wheel of fou-jamt-2020', () => {
  let derived: DerivedPlan;
  let contentRoot: string;
  let written: Wheel;
  let writtenFigure: Figure;
  beforeAll(async () => {
    contentRoot = await resolveContentRoot(path.join(ROOT, 'content'));
    const { plans } = await checkPlans(contentRoot, [path.join(contentRoot, 'fou-jamt-2020')]);
    derived = plans[0]!;
    written = writtenBlocks(derived).find((block): block is Wheel => block.type === 'wheel')!;
    writtenFigure = writtenBlocks(derived).find((block): block is Figure => block.type === 'figure' && block.generated === 'wheel')!;
  });

  it('draws the wheel in its generated figure, numbered and captioned as written, marked reconstructed', () => {
    const figure = blocks(derived).find((block) => block.type === 'figure')!;
    const part = figurePart(figure);
    expect(part.label).toBe('Figur 1');
    expect(part.caption).toEqual({ text: writtenFigure.caption, markdown: true });
    // The source's Figur 1 is lost; the wheel is rebuilt from the text and says so.
    expect(writtenFigure.reconstructed).toBe(true);
    expect(part.reconstructed).toEqual({ label: EDITORIAL.reconstructedLabel, text: EDITORIAL.reconstructedText });
    expect(figure.parts.at(-1)).toEqual({ kind: 'editorial', label: EDITORIAL.noteLabel, text: writtenFigure.editorialNote });
    expect(part.alt).toBe(writtenFigure.alt);
    if (part.content.kind !== 'wheel') throw new Error('the figure should draw the wheel');
    const drawing = part.content.drawing;
    expect(drawing.year).toBe('2020');
    expect(drawing.months.map((month) => month.name)).toEqual([...MONTHS]);
    // Whole month names in both media, turned along the ring and never upside down.
    for (const month of drawing.months) expect(Math.abs(month.rotation)).toBeLessThanOrEqual(90);
    // Categories whose names the source does not use carry the editorial mark, explained under the legend.
    // A ring only for a category with something drawn: those whose events are all listed
    // under "Under året" get none (no empty rings), in the order the plan lists them.
    const drawnCategories = new Set(written.events.filter((e) => e.timesPerYear === undefined && !e.undated).map((e) => e.category));
    expect(drawnCategories.size).toBeLessThan(written.categories.length);
    expect(drawing.rings.map((ring) => ring.legend)).toEqual(written.categories.filter((c) => drawnCategories.has(c.id)).map((c) => `${c.abbr ? `${c.name} (${c.abbr})` : c.name}${c.editorial ? EDITORIAL.categoryMark : ''}`));
    expect(written.categories.filter((c) => c.editorial).map((c) => c.id)).toEqual(['kompetens', 'uppdrag', 'samverkan']);
    expect(drawing.editorialExplanation).toBe(`${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}`);
    expect(drawing.legendHeading).toBe(WHEEL.legendHeading);
    // The drawing shows numbers only; the key beside it gives every title whole.
    expect(drawing.marks.map((mark) => mark.tag?.text)).toEqual(drawing.marks.map((mark) => String(mark.number)));
    expect(drawing.key?.heading).toBe(WHEEL.keyHeading);
    expect(drawing.key?.items[0]).toEqual({ number: 1, when: 'januari–maj', title: 'Kompetensutveckling för LSS-handläggare i fyra kommuner' });
    for (const item of drawing.key!.items) expect(item.title).not.toContain('…');
    // Every ring has its own colour and shape from the one palette.
    expect(new Set(drawing.rings.map((ring) => ring.shape)).size).toBe(drawing.rings.length);
    expect(new Set(drawing.rings.map((ring) => ring.colour)).size).toBe(drawing.rings.length);
    // Events given only as "N times a year" or with no time at all are not drawn at invented places.
    const undated = written.events.filter((event) => event.timesPerYear !== undefined || event.undated);
    expect(undated.length).toBeGreaterThan(0);
    expect(drawing.marks).toHaveLength(written.events.length - undated.length);
    expect(drawing.marks.map((mark) => written.events[mark.eventIndex])).not.toContain(undated[0]);
    expect(drawing.bandExplanation).toBeUndefined();
    expect(drawing.outsideExplanation).toBeUndefined();
    expect(drawing.marks.map((mark) => mark.name)).toContain('2. FoU-rådet sammanträder, 24 januari (FoU-rådet)');
  });

  it('lists the drawn events by time in one table: Nr, När, Händelse, Kategori; the others under "Under året"', () => {
    const wheel = blocks(derived).find((block) => block.type === 'wheel')!;
    // The figure draws the wheel, so the block is its table, the note on editorial categories
    // and the events without a fixed time.
    // Every number has room in the drawing: no note before the table.
    expect(wheel.parts.map((part) => part.kind)).toEqual(['table', 'note', 'note', 'leadIn', 'list']);
    expect(wheel.parts[1]).toEqual({ kind: 'note', mark: EDITORIAL.categoryMark, text: EDITORIAL.categoryExplanation });
    const table = tablePart(wheel.parts);
    expect(table.columns.map((column) => column.header)).toEqual(HEADINGS);
    expect(table.caption).toEqual({ text: 'Händelser i årshjulet 2020' });
    const rows = cellText(table);
    const undated = written.events.filter((event) => event.timesPerYear !== undefined || event.undated);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: written.events.length - undated.length }, (_, i) => String(i + 1)));
    expect(rows[0]).toEqual(['1', 'januari–maj', 'Kompetensutveckling för LSS-handläggare i fyra kommuner', `Kompetens- och kunskapsutveckling${EDITORIAL.categoryMark}`]);
    expect(rows[1]).toEqual(['2', '24 januari', 'FoU-rådet sammanträder', 'FoU-rådet']);
    expect(rows.map((row) => row[2])).not.toContain('RUG träffas');
    // "Under året": in the plan's order, with how often, the category and the source's wording.
    expect(wheel.parts[2]).toEqual({ kind: 'note', text: WHEEL.undatedIntro });
    expect(wheel.parts[3]).toEqual({ kind: 'leadIn', text: WHEEL.undated });
    const list = wheel.parts[4]!;
    if (list.kind !== 'list') throw new Error('a list of the events without a fixed time');
    expect(list.items).toHaveLength(undated.length);
    expect(list.items[0]).toEqual({ text: { text: 'RUG träffas – två gånger under året' }, detail: 'Regional utvecklingsgrupp (RUG); vid minst två tillfällen' });
    // An event with no time at all has no "när" of its own: the heading says it.
    const visit = list.items.find((item) => item.text?.text.startsWith('Besök'))!;
    expect(visit.text).toEqual({ text: 'Besök i respektive kommuns ledningsgrupp' });
  });

  it('shows a missing picture by its reason, with the source after the caption', () => {
    const missing = writtenBlocks(derived).filter((block): block is Figure => block.type === 'figure' && block.missing !== undefined);
    expect(missing.length).toBeGreaterThan(0);
    for (const block of missing) {
      const part = figurePart(blocks(derived).find((b) => b.type === 'figure' && b.anchor === block.id));
      expect(part.content).toEqual({ kind: 'missing', reason: block.missing, altLead: FIGURE.missingShows });
      if (block.source) expect(part.source).toEqual({ label: FIGURE.source, text: block.source.text, url: block.source.url });
    }
  });

  it('prints the same table headings, caption, legend and missing-picture reasons on the site and in the PDF', async () => {
    const html = planBodyHtml(derived, { base: '/', withPdf: false });
    expect(siteWheelHeadings(html)).toEqual(HEADINGS);
    const site = siteText(html);
    const pdf = await pdfTextOf(derived, contentRoot, 'presentation-wheel-fou-jamt-2020');
    expect(pdf).toContain(HEADINGS.join(' '));
    const missing = writtenBlocks(derived).filter((block): block is Figure => block.type === 'figure' && block.missing !== undefined);
    const words = ['Händelser i årshjulet 2020', WHEEL.legendHeading, WHEEL.keyHeading, WHEEL.undated, 'RUG träffas – två gånger under året', 'Regional utvecklingsgrupp (RUG)', 'Uppdrag från samverkansarenor (RSS)', ...missing.map((block) => block.missing!)];
    for (const word of words) {
      expect(site, word).toContain(word);
      expect(pdf, word).toContain(word);
    }
    // The site writes whole month names (the PDF turns them along the ring, which pdftotext
    // cannot read as words; test/pdf/wheel-sizes.test.ts reads them there).
    for (const month of MONTHS) expect(html).toMatch(new RegExp(`data-manad="${month}"[^>]*>${month}</text>`));
    // The author's reason already says the picture is missing; neither medium adds to it.
    expect(site).not.toContain('Bilden saknas:');
    expect(pdf).not.toContain('Bilden saknas:');
  }, 60_000);
});

describe('wheels and figures on small plans', () => {
  const category = { id: 'a', name: 'Möten', abbr: 'MÖ' };
  const dated = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Möte ${i + 1}`, category: 'a', date: `2020-03-${String((i % 28) + 1).padStart(2, '0')}` }));
  const wheelPlan = (events: Wheel['events'], extra: PlanInput['sections'][number]['blocks'] = []) =>
    derivePlan('p', plan({ sections: [{ title: 'Årshjul', blocks: [...extra, { type: 'wheel', id: 'hjulet', categories: [category], events }] }] }));

  it('gives a wheel without a generated figure its own unnumbered figure before the table', () => {
    const derived = wheelPlan(dated(3));
    const wheel = blocks(derived)[0]!;
    expect(wheel.anchor).toBe('hjulet');
    expect(wheel.parts.map((part) => part.kind)).toEqual(['figure', 'table']);
    const figure = figurePart(wheel);
    expect(figure.label).toBeUndefined();
    expect(figure.caption).toEqual({ text: 'Årshjul 2020' });
    expect(figure.alt).toBe('Årshjul 2020 med 3 händelser; de listas i tabellen nedan.');
    if (figure.content.kind !== 'wheel') throw new Error('the wheel should be drawn');
    // Only dated events in a calendar year: no bands or grey months to explain.
    expect(figure.content.drawing.bandExplanation).toBeUndefined();
    expect(figure.content.drawing.outsideExplanation).toBeUndefined();
    expect(figure.content.drawing.rings.map((ring) => ring.legend)).toEqual(['Möten (MÖ)']);
    expect(derived.labels).toEqual({});
  });

  it('says before the table how many events have no room for their number in the drawing, and leaves out the key', () => {
    const wheel = blocks(wheelPlan(dated(200)))[0]!;
    expect(wheel.parts.map((part) => part.kind)).toEqual(['figure', 'note', 'table']);
    const note = wheel.parts[1]!;
    expect(note.kind === 'note' && note.text).toMatch(/^\d+ händelser har inte plats för sina nummer i hjulet; de finns i tabellen\.$/);
    expect(cellText(tablePart(wheel.parts))).toHaveLength(200);
    expect(WHEEL.unlabelled(1)).toBe('En händelse har inte plats för sitt nummer i hjulet; den finns i tabellen.');
    // 200 titles do not fit beside the wheel: the table after the figure is the key.
    const figure = figurePart(wheel);
    if (figure.content.kind !== 'wheel') throw new Error('the wheel should be drawn');
    expect(figure.content.drawing.key).toBeUndefined();
    expect(blocks(wheelPlan(dated(KEY_LIMIT)))[0]!.parts[0]).toMatchObject({ content: { drawing: { key: { heading: WHEEL.keyHeading } } } });
  });

  it('reads a wheel by its own year and a figure without an accepted image as missing', () => {
    const derived = derivePlan('p', plan({ sections: [{ title: 'A', blocks: [
      { type: 'figure', id: 'f-bild', image: 'bild.png', alt: 'En bild.', caption: 'Bild.' },
      { type: 'figure', id: 'f-saknas', generated: 'wheel', missing: 'Ritas senare.', alt: 'Ett hjul.', caption: 'Hjul.' },
      { type: 'wheel', year: 2021, categories: [category], events: [{ title: 'Dag', category: 'a', timesPerYear: 4 }] },
    ] }] }));
    const [image, missing, wheel] = blocks(derived);
    // Derived without the check's images: never drawn, and the PDF refuses it by its path.
    expect(figurePart(image).content).toEqual({ kind: 'missing', reason: FIGURE.missing, altLead: FIGURE.missingShows, unchecked: 'bild.png' });
    expect(figurePart(missing).content).toEqual({ kind: 'missing', reason: 'Ritas senare.', altLead: FIGURE.missingShows });
    // Its only event has no fixed time: no table of drawn events, only "Under året".
    expect(wheel!.parts.map((part) => part.kind)).toEqual(['note', 'leadIn', 'list']);
    expect(wheel!.parts[2]).toEqual({ kind: 'list', variant: 'under-aret', items: [{ text: { text: 'Dag – fyra gånger under året' }, detail: 'Möten (MÖ)' }] });
  });

  it('prints the own figure\'s caption and the table headings alike on the site and in the PDF', async () => {
    const derived = wheelPlan([...dated(2), { title: 'Nätverk', category: 'a', timesPerYear: 2, note: 'minst två gånger' }]);
    const html = planBodyHtml(derived, { base: '/', withPdf: false });
    expect(siteWheelHeadings(html)).toEqual(HEADINGS);
    const site = siteText(html);
    const pdf = await pdfTextOf(derived, mkdtempSync(path.join(tmpdir(), 'planverk-wheel-')), 'presentation-wheel-own-figure');
    expect(pdf).toContain(HEADINGS.join(' '));
    for (const word of ['Årshjul 2020', 'Händelser i årshjulet 2020', WHEEL.legendHeading, WHEEL.undated, 'Möten (MÖ)', 'minst två gånger', 'Nätverk – två gånger under året']) {
      expect(site, word).toContain(word);
      expect(pdf, word).toContain(word);
    }
  }, 60_000);
});
