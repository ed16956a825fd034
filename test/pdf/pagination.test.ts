/**
 * Pagination of the content plans as a board secretary reads the printed pages: no heading
 * stands in the last two lines of a page, no number is broken over two lines, no paragraph
 * leaves its first line alone at a page foot or its last line alone at a page head (from
 * the engine's record of where it put each line, checked against the PDF's lines), no table row stands alone at a page foot
 * or head, and no text is set below 7 pt (pdf.js: the size of every text item). Each heading (found on its page by the page map the
 * renderer returns) must have at least two lines of what follows below it on the same page,
 * unless nothing follows at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, walkSections } from '../../src/derive/derive-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { renderPlanPdfWithPages, type Placement, type RenderResult } from '../../src/pdf';
import { normalizeSpace, OUTPUT_DIR, ROOT, run } from './harness';

interface PdfLine { text: string; yMin: number; yMax: number }

/** The text lines of one page, top to bottom, without the running head and the page number. */
function bodyLines(file: string, page: number): PdfLine[] {
  const { stdout } = run('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), file, '-']);
  const lines: PdfLine[] = [];
  for (const match of stdout.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const text = [...match[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
    lines.push({ text: normalizeSpace(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')), yMin: Number(match[1]), yMax: Number(match[2]) });
  }
  const footer = lines.find((line) => /^Sida \d+ av \d+$/.test(line.text));
  const headTop = Math.min(...lines.map((line) => line.yMin));
  return lines
    .filter((line) => line.yMin > headTop + 1 && (!footer || line.yMin < footer.yMin - 1))
    .sort((a, b) => a.yMin - b.yMin);
}

/** The lines of each text block (a paragraph or a cell) on every page, in reading order. */
function blocks(file: string): string[][] {
  const { stdout } = run('pdftotext', ['-bbox-layout', file, '-']);
  return [...stdout.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map((block) =>
    [...block[1]!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) => [...line[1]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')));
}

/** Distinct rows: lines of table cells side by side count once. */
function rowsBelow(lines: readonly PdfLine[], y: number): number {
  const tops: number[] = [];
  for (const line of lines) if (line.yMin > y + 1 && !tops.some((top) => Math.abs(top - line.yMin) < 2)) tops.push(line.yMin);
  return tops.length;
}

const contentRoot = await resolveContentRoot(path.join(ROOT, 'content'));
const { plans } = await checkPlans(contentRoot);
const rendered = new Map<string, RenderResult & { file: string }>();
const numbersSeen = new Map<string, number>();

beforeAll(async () => {
  const dir = path.join(OUTPUT_DIR, 'pagination');
  mkdirSync(dir, { recursive: true });
  for (const plan of plans) {
    const result = await renderPlanPdfWithPages(plan, contentRoot, { record: true });
    const file = path.join(dir, `${plan.id}.pdf`);
    writeFileSync(file, result.pdf);
    rendered.set(plan.id, { ...result, file });
  }
}, 300_000);

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (id, plan) => {
  it('puts no heading in the last two lines of a page', () => {
    const { file, pages, pageCount } = rendered.get(id)!;
    let checked = 0;
    const sections = [...walkSections(plan.sections)];
    sections.forEach((section, i) => {
      const page = pages[section.anchor];
      if (page === undefined) return;
      const lines = bodyLines(file, page);
      const heading = normalizeSpace(headingText(section));
      // A heading may wrap: find the line its first words start.
      const start = heading.split(' ').slice(0, 3).join(' ');
      const at = lines.findIndex((line) => line.text.startsWith(start));
      expect(at, `${id}: "${heading}" on page ${page}`).toBeGreaterThanOrEqual(0);
      // The heading's own lines: those that continue its words.
      let end = at;
      let read = lines[at]!.text;
      while (read.length < heading.length && end + 1 < lines.length && heading.startsWith(`${read} ${lines[end + 1]!.text}`.slice(0, heading.length))) read = `${read} ${lines[++end]!.text}`;
      const last = i === sections.length - 1 && page === pageCount;
      const below = rowsBelow(lines, lines[end]!.yMax);
      // A section of one line ("2,5 årsarbetare.") has all it has below its heading when
      // the next heading opens the next page.
      const next = sections[i + 1];
      const nextOpensPage = next !== undefined && pages[next.anchor] === page + 1
        && bodyLines(file, page + 1)[0]?.text.startsWith(normalizeSpace(headingText(next)).split(' ').slice(0, 3).join(' '));
      if (below === 1 && nextOpensPage) { checked++; return; }
      if (!last || below > 0) expect(below, `${id}: "${heading}" on page ${page} has ${below} line(s) below it`).toBeGreaterThanOrEqual(2);
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('never breaks a number over two lines ("1 500" / "000")', () => {
    const broken: string[] = [];
    let numbers = 0;
    for (const lines of blocks(rendered.get(id)!.file)) {
      for (const [i, line] of lines.entries()) {
        numbers += (line.match(/\d[\s\u00a0]\d{3}/g) ?? []).length;
        const next = lines[i + 1];
        if (next !== undefined && /(^|\s)\d{1,3}$/.test(line) && /^\d{3}(\D|$)/.test(next)) broken.push(`${line} / ${next}`);
      }
    }
    expect(broken).toEqual([]);
    numbersSeen.set(id, numbers);
  });
});

/** Per key, how many placements fell on each page (in page order). */
function perPage<T extends Placement>(placements: readonly T[], key: (p: T) => number): Map<number, Map<number, number>> {
  const byKey = new Map<number, Map<number, number>>();
  for (const placement of placements) {
    const pages = byKey.get(key(placement)) ?? new Map<number, number>();
    pages.set(placement.page, (pages.get(placement.page) ?? 0) + 1);
    byKey.set(key(placement), pages);
  }
  return byKey;
}

const splitParagraphs = new Map<string, number>();
const splitTables = new Map<string, number>();

describe.each(plans.map((plan) => [plan.id] as const))('%s', (id) => {
  it('leaves no widow or orphan: a paragraph split over pages has at least two lines on each', () => {
    const { file } = rendered.get(id)!;
    const lines = rendered.get(id)!.placements!.filter((p) => p.kind === 'line');
    expect(lines.length).toBeGreaterThan(20);
    const bad: string[] = [];
    let split = 0;
    for (const [group, pages] of perPage(lines, (p) => p.group)) {
      if (pages.size < 2) continue;
      split++;
      const counts = [...pages.entries()].sort((a, b) => a[0] - b[0]);
      const [firstPage, firstCount] = counts[0]!;
      const [lastPage, lastCount] = counts.at(-1)!;
      if (firstCount < 2) bad.push(`paragraph ${group}: one line at the foot of page ${firstPage}`);
      if (lastCount < 2) bad.push(`paragraph ${group}: one line at the head of page ${lastPage}`);
      // The record agrees with the PDF: the paragraph's lines on the first page are the
      // page's last body lines, and those on the last page its first.
      const own = lines.filter((p) => p.group === group);
      const words = (text: string) => normalizeSpace(text).replace(/-$/, '');
      const foot = bodyLines(file, firstPage).slice(-firstCount).map((l) => l.text);
      const head = bodyLines(file, lastPage).slice(0, lastCount).map((l) => l.text);
      own.filter((p) => p.page === firstPage).forEach((p, k) => { if (!foot[k]?.includes(words(p.text).slice(0, 20))) bad.push(`paragraph ${group}: "${p.text}" is not line ${k + 1} of the foot of page ${firstPage} (${foot.join(' / ')})`); });
      own.filter((p) => p.page === lastPage).forEach((p, k) => { if (!head[k]?.includes(words(p.text).slice(0, 20))) bad.push(`paragraph ${group}: "${p.text}" is not line ${k + 1} of the head of page ${lastPage} (${head.join(' / ')})`); });
    }
    expect(bad).toEqual([]);
    splitParagraphs.set(id, split);
  });

  it('leaves no table row alone at the foot or the head of a page', () => {
    const rows = rendered.get(id)!.placements!.filter((p) => p.kind === 'tableRow');
    const bad: string[] = [];
    let split = 0;
    for (const [table, pages] of perPage(rows, (p) => p.table)) {
      if (pages.size < 2) continue;
      split++;
      // A row split by lines over pages is exempt, as are the pages around it; so is a row
      // that fills more than half a page by itself (it is not a row alone at a foot).
      const tall = new Set(rows.filter((p) => p.table === table && p.split).flatMap((p) => Array.from({ length: p.lastPage - p.page + 2 }, (_, k) => p.page + k)));
      for (const p of rows) if (p.table === table && p.share > 0.5) tall.add(p.page);
      const counts = [...pages.entries()].sort((a, b) => a[0] - b[0]);
      const [firstPage, firstCount] = counts[0]!;
      const [lastPage, lastCount] = counts.at(-1)!;
      if (firstCount < 2 && !tall.has(firstPage)) bad.push(`table ${table}: one row at the foot of page ${firstPage}`);
      if (lastCount < 2 && !tall.has(lastPage)) bad.push(`table ${table}: one row at the head of page ${lastPage}`);
    }
    expect(bad).toEqual([]);
    splitTables.set(id, split);
  });

  it('sets no text below 7 pt', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(rendered.get(id)!.pdf), useSystemFonts: false });
    const doc = await task.promise;
    const small: string[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      // Every text counts, the generated annual wheel's month names and numbers included
      // (its redesign keeps them at 7 pt or more; test/pdf/wheel-sizes.test.ts).
      for (const item of content.items as Array<{ str?: string; transform?: number[] }>) {
        if (!item.str?.trim() || !item.transform) continue;
        items++;
        // The glyphs' height on the page: the text matrix times the font size.
        const size = Math.hypot(item.transform[2]!, item.transform[3]!);
        if (size < 7 - 0.01) small.push(`page ${n}: "${item.str}" at ${size.toFixed(2)} pt`);
      }
    }
    await task.destroy();
    expect(items).toBeGreaterThan(100);
    expect(small).toEqual([]);
  });
});

describe('the pagination checks', () => {
  it('saw paragraphs and tables split over pages (without any they would prove nothing)', () => {
    expect([...splitParagraphs.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    expect([...splitTables.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
  });
});

describe('the number check', () => {
  it('saw numbers with digit groups in the plans (without any it would prove nothing)', () => {
    expect([...numbersSeen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });
});
