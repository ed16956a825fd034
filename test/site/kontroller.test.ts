/**
 * The kontroller fixture (test/fixtures/plans/kontroller) on the shared built site: cells
 * that are only a dash stay dashes (not empty bullet lists), and elisions in quotations,
 * "[…]" and "[...]", show as the source writes them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../shared/shared-fixture';
import { normalizeSpace } from './harness';

let html: string;
beforeAll(async () => {
  const { outDir } = await sharedFixture('site');
  html = await readFile(path.join(outDir, 'kontroller', 'index.html'), 'utf8');
}, 600_000);

/** The inner HTML of each <td> of the table whose caption contains `caption`. */
function cellsOf(caption: string): string[] {
  const table = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]).find((t) => normalizeSpace(t.replace(/<[^>]+>/g, ' ')).includes(caption));
  if (!table) throw new Error(`ingen tabell med "${caption}"`);
  return [...table.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!.trim());
}

const text = (fragment: string) => normalizeSpace(fragment.replace(/<[^>]+>/g, ' '));

describe('kontroller on the site', () => {
  it('dash cells are dashes, never lists', () => {
    const cells = cellsOf('betyder att måttet inte mättes');
    expect(cells.some((c) => /<ul|<li/.test(c))).toBe(false);
    expect(cells.map(text)).toEqual(expect.arrayContaining(['-', '–', '—']));
    // The row of only dashes: five cells, each one dash.
    const row = cells.findIndex((c) => text(c) === 'Raden har bara streck.');
    expect(cells.slice(row - 4, row).map(text)).toEqual(['-', '–', '—', '-']);
  });

  it('dash cells in an assignment table and an action plan stay dashes', () => {
    const main = html.slice(html.indexOf('id="uppdrag"'));
    const lists = [...main.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
    expect(lists).not.toContain('');
    expect(text(main)).toContain('Samla in måtten.');
    expect(html).not.toMatch(/<td[^>]*>\s*<ul>\s*<li>\s*<\/li>\s*<\/ul>\s*<\/td>/);
  });

  it('shows elisions as written', () => {
    const page = text(html);
    expect(page).toContain('Kommunerna ska [...] ges förutsättningar');
    expect(page).toContain('det arbetet […] genom regionala stödstrukturer');
    expect(page).toContain('resultaten [...] pekar åt samma håll');
    expect(page).toContain('Genomföra dialogmöten [...] två gånger per termin.');
  });
});
