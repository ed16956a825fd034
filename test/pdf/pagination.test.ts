/**
 * Pagination of the content plans as a board secretary reads the printed pages: no heading
 * stands in the last two lines of a page, and no number is broken over two lines. Each heading (found on its page by the page map the
 * renderer returns) must have at least two lines of what follows below it on the same page,
 * unless nothing follows at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, walkSections } from '../../src/derive/derive-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { renderPlanPdfWithPages, type RenderResult } from '../../src/pdf';
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
    const result = await renderPlanPdfWithPages(plan, contentRoot);
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

describe('the number check', () => {
  it('saw numbers with digit groups in the plans (without any it would prove nothing)', () => {
    expect([...numbersSeen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });
});
