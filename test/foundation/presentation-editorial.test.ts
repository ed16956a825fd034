/**
 * Editorial marking (docs/modell.md, "Redaktionellt material"): what derive makes of
 * editorial notes, reconstructed figures, editorial wheel categories, cover data missing in
 * the source, funding outside an area's budget and a figure source given as an address, on
 * the fixture test/fixtures/plans/redaktionellt and on the content plans that use them; and
 * that the site's HTML and the PDF's text both print every marking.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockSchema } from '../../schemas';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import type { FactsPart, FigurePart, Part } from '../../src/derive/presentation';
import { summarizePlan } from '../../src/incremental/plan-summary';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { formatKronor } from '../../src/shared/format-sv';
import { BUDGET, EDITORIAL, FIGURE } from '../../src/shared/words-sv';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { normalizeSpace, pdfText } from '../pdf/harness';
import { blocksOf, writtenBlocks } from '../shared/plan-blocks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output/presentation-editorial');

/** Words compared across media: spaces normalised, a word the PDF hyphenated at a line end joined again. */
const joined = (text: string) => normalizeSpace(text).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
const siteText = (html: string) => joined(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
/**
 * An address may break across lines in the PDF (after a slash or a hyphen, and pdftotext
 * drops a hyphen at a line end): compared without spaces and hyphens.
 */
const compact = (text: string) => text.replace(/[\s-]+/g, '');

/** The PDF's text as pdftotext reads it (an address broken at a line end keeps its hyphen there). */
async function pdfOf(derived: DerivedPlan, root: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${derived.id}.pdf`);
  writeFileSync(file, await renderPlanPdf(derived, root));
  return pdfText(file);
}

const editorialParts = (parts: readonly Part[]) => parts.filter((p) => p.kind === 'editorial');
const figureOf = (parts: readonly Part[]) => parts.find((p): p is FigurePart => p.kind === 'figure')!;
const factsOf = (parts: readonly Part[]) => parts.find((p): p is FactsPart => p.kind === 'facts')?.facts ?? [];

async function load(source: string, id: string): Promise<{ derived: DerivedPlan; root: string }> {
  const root = await resolveContentRoot(path.join(ROOT, source));
  const { plans, problems } = await checkPlans(root, [path.join(root, id)]);
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return { derived: plans[0]!, root };
}

describe('the redaktionellt fixture', () => {
  let derived: DerivedPlan;
  let root: string;
  beforeAll(async () => ({ derived, root } = await load('test/fixtures/plans', 'redaktionellt')), 60_000);

  it('prints an editorial note after the block, on a figure, a text, a table and an area budget', () => {
    for (const type of ['figure', 'text', 'table', 'areaBudget'] as const) {
      const written = writtenBlocks(derived, type).filter((b) => b.editorialNote);
      const views = blocksOf(derived, type).filter((v) => editorialParts(v.parts).length);
      expect(views.length, type).toBe(written.length);
      expect(written.length, type).toBeGreaterThan(0);
      views.forEach((view, i) => {
        expect(editorialParts(view.parts)).toEqual([{ kind: 'editorial', label: EDITORIAL.noteLabel, text: written[i]!.editorialNote }]);
        expect(view.parts.at(-1)!.kind).toBe('editorial');
      });
    }
  });

  it('marks the reconstructed wheel figure and the editorial category in legend, table and note', () => {
    const [wheelFigure, missing] = blocksOf(derived, 'figure').map((v) => figureOf(v.parts));
    expect(wheelFigure!.reconstructed).toEqual({ label: EDITORIAL.reconstructedLabel, text: EDITORIAL.reconstructedText });
    expect(missing!.reconstructed).toBeUndefined();
    if (wheelFigure!.content.kind !== 'wheel') throw new Error('the figure draws the wheel');
    const drawing = wheelFigure!.content.drawing;
    // RUG's only event is held "3 gånger under året": listed, not drawn, so it has no ring.
    expect(drawing.rings.map((r) => r.legend)).toEqual(['Styrgruppen', `Gemensamt lärande${EDITORIAL.categoryMark}`]);
    expect(drawing.editorialExplanation).toBe(`${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}`);
    const [wheel] = blocksOf(derived, 'wheel');
    // Table, the note on the editorial category, then the event held "3 gånger under året",
    // which is listed under "Under året" rather than drawn.
    // Every number has room in the drawing, so no note comes before the table.
    expect(wheel!.parts.map((p) => p.kind)).toEqual(['table', 'note', 'note', 'leadIn', 'list']);
    expect(wheel!.parts[1]).toEqual({ kind: 'note', mark: EDITORIAL.categoryMark, text: EDITORIAL.categoryExplanation });
  });

  it('says on the front which cover data the source does not give, and names an author without inventing a role', () => {
    const { front } = derived;
    expect(front.editorial).toEqual({
      label: EDITORIAL.noteLabel,
      lines: [EDITORIAL.missingLine.title(derived.plan.title), EDITORIAL.missingLine.period('2024–2025')],
    });
    expect(front.kindAndPeriod).toBe('Handlingsplan 2024–2025 (perioden är redaktionell)');
    expect(front.facts.find((f) => f.key === 'period')?.value).toBe('2024–2025 (redaktionell; uppgift saknas i källan)');
    expect(front.facts.find((f) => f.key === 'author')).toBeUndefined();
    expect(front.authorLine).toBe('Karin Exempelsson');
    // The list of plans gets the same knowledge.
    expect(summarizePlan(derived).plan.missingInSource).toEqual(['title', 'period']);
  });

  it('keeps funding outside the budget apart from the budget\'s own funding', () => {
    const [budget] = blocksOf(derived, 'areaBudget');
    expect(factsOf(budget!.parts)).toEqual([
      { label: BUDGET.area(2024), value: formatKronor(2500000) },
      { label: BUDGET.funding, value: 'grundfinansiering från länets kommuner' },
      { label: BUDGET.fundingOutside, value: 'Familjecentralernas samordning: statliga riktade medel' },
    ]);
  });

  it('prints every marking on the site and in the PDF, and the source\'s address on paper', async () => {
    const html = planBodyHtml(derived, { base: '/', withPdf: true });
    const site = siteText(html);
    const raw = await pdfOf(derived, root);
    const pdf = joined(raw);
    const notes = (['figure', 'text', 'table', 'areaBudget'] as const).flatMap((type) => writtenBlocks(derived, type).flatMap((b) => (b.editorialNote ? [b.editorialNote] : [])));
    const words = [
      `${EDITORIAL.noteLabel}:`, ...notes,
      `${EDITORIAL.reconstructedLabel}: ${EDITORIAL.reconstructedText}`,
      `Gemensamt lärande${EDITORIAL.categoryMark}`, `${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}`,
      ...derived.front.editorial!.lines, 'Karin Exempelsson',
      BUDGET.fundingOutside, 'Familjecentralernas samordning: statliga riktade medel',
    ];
    for (const word of words.map(joined)) {
      expect.soft(site, `site: ${word}`).toContain(word);
      expect.soft(pdf, `PDF: ${word}`).toContain(word);
    }
    // The site links the source's name; the PDF prints the address beside it, since paper has no links.
    const url = 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/evidensbaserad-praktik/';
    expect(html).toContain(`href="${url}"`);
    expect(site).toContain(`${FIGURE.source} Socialstyrelsen`);
    expect(compact(raw)).toContain(compact(`${FIGURE.source} Socialstyrelsen (${url})`));
    // The cover's line under the title says the period is editorial; the site says it in the period fact.
    expect(pdf).toContain(derived.front.kindAndPeriod);
    expect(site).toContain(`Period ${EDITORIAL.periodValue('2024–2025')}`);
    // The site marks editorial notes for its style sheet.
    expect(html).toMatch(/<p class="redaktionell"><strong>Redaktionell anmärkning:<\/strong>/);
  }, 60_000);
});

describe('the content plans, as their sources have them', () => {
  let plans: Map<string, DerivedPlan>;
  let root: string;
  beforeAll(async () => {
    root = await resolveContentRoot(path.join(ROOT, 'content'));
    const ids = ['fou-jamt-2020', 'fourum-jonkoping-2021-2023', 'fou-jamt-handlingsplan-ebp', 'fou-nordvast-2021'];
    const { plans: derived } = await checkPlans(root, ids.map((id) => path.join(root, id)));
    plans = new Map(derived.map((d) => [d.id, d]));
  }, 60_000);

  it('fourum: no "cirka" the source does not write, and funding outside a budget kept outside it', () => {
    const derived = plans.get('fourum-jonkoping-2021-2023')!;
    const written = writtenBlocks(derived, 'areaBudget');
    const budgets = blocksOf(derived, 'areaBudget').map((v, i) => ({ written: written[i]!, facts: factsOf(v.parts) }));
    // "Budgeten på 1,6 miljoner kronor …", "… barn och unga 6,5 miljoner kronor", "0,9 miljoner", "totalt 1,1 miljoner".
    for (const amount of [1600000, 6500000, 900000, 1100000]) {
      const found = budgets.filter((b) => b.written.amount === amount);
      expect(found.length, String(amount)).toBeGreaterThan(0);
      for (const b of found) expect(b.facts.find((f) => f.label === BUDGET.area(2021))?.value).toBe(formatKronor(amount));
    }
    // Only "Statliga stimulansmedel om cirka 5 miljoner kronor" says "cirka".
    expect(budgets.filter((b) => b.written.approximate).map((b) => b.written.amount)).toEqual([5000000]);
    const barnOchUnga = budgets.find((b) => b.written.amount === 6500000)!;
    expect(barnOchUnga.facts.find((f) => f.label === BUDGET.funding)).toBeUndefined();
    expect(barnOchUnga.facts.find((f) => f.label === BUDGET.fundingOutside)?.value).toMatch(/^Samordning av ungdomsmottagningar.*statliga riktade medel; Barnahus.*särskilt avtal$/);
    const arbete = budgets.find((b) => b.written.text.startsWith('Budgeten på 900 000 kronor'))!;
    expect(arbete.facts.find((f) => f.label === BUDGET.funding)?.value).toBe('grundfinansiering för FoUrum social välfärd och hälso- och sjukvård');
    expect(arbete.facts.find((f) => f.label === BUDGET.fundingOutside)?.value).toMatch(/Europeiska socialfonden/);
  });

  it('fou-jamt-2020: only the source\'s expansions, SKR as its legend has it, Figur 2\'s address on paper', async () => {
    const derived = plans.get('fou-jamt-2020')!;
    const expansions = new Map(derived.plan.abbreviations.map((a) => [a.abbr, a.expansion]));
    for (const abbr of ['FoU', 'IFO', 'LSS', 'EBP', 'MIUN']) expect(expansions.has(abbr), abbr).toBe(false);
    expect(expansions.get('SKR')).toBe('Sveriges kommuner och landsting');
    const figure2 = figureOf(blocksOf(derived, 'figure')[1]!.parts);
    expect(figure2.label).toBe('Figur 2');
    const url = 'http://www.socialstyrelsen.se/evidensbaseradpraktik/attarbetevidensbaserat';
    expect(figure2.source).toEqual({ label: FIGURE.source, text: url, url });
    const raw = await pdfOf(derived, root);
    const pdf = joined(raw);
    expect(compact(raw)).toContain(compact(`${FIGURE.source} ${url}`));
    expect(pdf).toContain(`${EDITORIAL.reconstructedLabel}: ${EDITORIAL.reconstructedText}`);
    expect(pdf).toContain(joined(`${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}`));
  }, 60_000);

  it('fou-jamt-handlingsplan-ebp: title and period marked as missing in the source on the page and on the cover', async () => {
    const derived = plans.get('fou-jamt-handlingsplan-ebp')!;
    expect(derived.plan.missingInSource).toEqual(['title', 'period']);
    const lines = derived.front.editorial!.lines;
    expect(lines).toEqual([EDITORIAL.missingLine.title(derived.plan.title), EDITORIAL.missingLine.period('2015–2017')]);
    const site = siteText(planBodyHtml(derived, { base: '/', withPdf: true }));
    await pdfOf(derived, root);
    const cover = joined(pdfText(path.join(OUT, `${derived.id}.pdf`), { page: 1 }));
    for (const text of [`${EDITORIAL.noteLabel}:`, ...lines]) {
      expect(site, text).toContain(joined(text));
      expect(cover, text).toContain(joined(text));
    }
    expect(cover).toContain(derived.front.kindAndPeriod);
    expect(site).toContain(`Period ${EDITORIAL.periodValue('2015–2017')}`);
  }, 60_000);

  it('fou-nordvast-2021: the author stands under the title without a role', () => {
    const derived = plans.get('fou-nordvast-2021')!;
    expect(derived.plan.author).toEqual({ name: 'Anna Gärdegård' });
    expect(derived.front.authorLine).toBe('Anna Gärdegård');
    expect(derived.front.facts.map((f) => f.label)).not.toContain('Kontakt');
    expect(siteText(planBodyHtml(derived, { base: '/', withPdf: true }))).toContain('Verksamhetsplan för 2021 Anna Gärdegård');
  });

  it('fou-nordvast-2021: the staff tables, which restate the prose, say so in an editorial note on the page and in the PDF', async () => {
    const derived = plans.get('fou-nordvast-2021')!;
    const staff = blocksOf(derived, 'staff');
    const notes = staff.flatMap((view) => editorialParts(view.parts));
    expect(notes).toHaveLength(1);
    expect(staff.at(-1)!.parts.at(-1)).toEqual(notes[0]);
    const note = (notes[0] as { text: string }).text;
    expect(note).toMatch(/Källan har inga tabeller/);
    const site = siteText(planBodyHtml(derived, { base: '/', withPdf: true }));
    expect(site).toContain(joined(note));
    expect(site.slice(site.indexOf(joined(note)) - 40)).toMatch(new RegExp(`^.*${EDITORIAL.noteLabel}`));
    expect(joined(await pdfOf(derived, root))).toContain(joined(note));
  }, 60_000);
});

describe('editorialNote', () => {
  it('is accepted on every block type, so any block can be marked', () => {
    for (const option of blockSchema.options) expect(Object.keys(option.shape), option.shape.type.value).toContain('editorialNote');
  });
});
