/**
 * Table column widths from the content (issue 19, part 2): a column of names or short
 * values is not broken, no column is narrower than its widest word (no hyphen stacks), the
 * weights only divide what the content leaves, and the widths fill the column.
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/pdf/engine/fonts';
import { columnWidths, runsCell, type TableSpec } from '../../src/pdf/engine/tables';
import { CELL, CELL_PADDING, CONTENT_WIDTH } from '../../src/pdf/engine/theme';

const pad = 2 * CELL_PADDING.x;
const long = 'Samordna och genomföra utbildningsinsatser för chefer och medarbetare inom socialtjänsten och den kommunala hälso- och sjukvården i samverkan med regionen';
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  it('gives a column of short values its whole line and the long text the rest', () => {
    const spec: TableSpec = {
      columns: [{ title: 'Aktivitet', weight: 3 }, { title: 'Ansvarig', weight: 3 }, { title: 'Tid', weight: 3 }],
      rows: [[runsCell(long), runsCell('Anna Gärdegård'), runsCell('Våren 2021')], [runsCell(long), runsCell('RUG'), runsCell('Hösten 2021')]],
    };
    const widths = columnWidths(spec, CONTENT_WIDTH);
    expect(sum(widths)).toBeCloseTo(CONTENT_WIDTH, 3);
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('regular', 'Anna Gärdegård', CELL.size) + pad - 0.01);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('regular', 'Hösten 2021', CELL.size) + pad - 0.01);
    // Equal weights, but the long text gets most of the room.
    expect(widths[0]).toBeGreaterThan(CONTENT_WIDTH * 0.6);
  });

  it('lines up tables with the same columns: each column its share by weight when the content fits in it', () => {
    const columns = [{ title: 'Post', weight: 4 }, { title: 'Belopp (kr)', weight: 1.4, align: 'right' as const }];
    const costs = columnWidths({ columns, rows: [[runsCell('Löner inkl. sociala avgifter och lönerörelse'), runsCell('2\u00a0544\u00a0000')]] }, CONTENT_WIDTH);
    const revenues = columnWidths({ columns, rows: [[runsCell('FoU Medel'), runsCell('150\u00a0000')]] }, CONTENT_WIDTH);
    expect(costs).toEqual(revenues);
    expect(costs[1]).toBeCloseTo((CONTENT_WIDTH * 1.4) / 5.4, 6);
    // A column whose line is longer than its share still gets the whole line.
    const wide = columnWidths({ columns, rows: [[runsCell('Post'), runsCell('Ett belopp med en lång förklaring efter sig')]] }, CONTENT_WIDTH);
    expect(wide[1]).toBeGreaterThanOrEqual(textWidth('regular', 'Ett belopp med en lång förklaring efter sig', CELL.size) + pad - 0.5);
    expect(sum(wide)).toBeCloseTo(CONTENT_WIDTH, 3);
  });

  it('never makes a column narrower than its widest word, whatever its weight', () => {
    const word = 'Uppföljningar';
    // Shorter than the 7 em from which a word may be hyphenated.
    expect(textWidth('regular', word, CELL.size)).toBeLessThan(7 * CELL.size);
    const spec: TableSpec = {
      columns: [{ title: 'Uppdrag', weight: 0.5 }, { title: 'Beskrivning', weight: 10 }],
      rows: [[runsCell(word), runsCell(`${long} ${long}`)]],
    };
    const widths = columnWidths(spec, CONTENT_WIDTH);
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('regular', word, CELL.size) + pad - 0.01);
    expect(sum(widths)).toBeCloseTo(CONTENT_WIDTH, 3);
  });

  it('keeps an amount whole: its no-break spaces make it one word', () => {
    const spec: TableSpec = {
      columns: [{ title: 'Post', weight: 4 }, { title: 'Belopp', weight: 0.2, align: 'right' }],
      rows: [[runsCell(long), runsCell('−1\u00a0250\u00a0000\u00a0kr', { align: 'right' })]],
    };
    const widths = columnWidths(spec, CONTENT_WIDTH);
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('regular', '−1\u00a0250\u00a0000\u00a0kr', CELL.size, ['tnum']) + pad - 0.5);
  });

  it('lets a very long word be hyphenated rather than take the table', () => {
    const word = 'Kunskapsstyrningsorganisationsutvecklingsarbetsgruppsmötesprotokollet';
    const spec: TableSpec = {
      columns: [{ title: 'A', weight: 1 }, { title: 'B', weight: 1 }],
      rows: [[runsCell(word), runsCell(long)]],
    };
    const widths = columnWidths(spec, CONTENT_WIDTH);
    expect(widths[0]).toBeLessThan(textWidth('regular', word, CELL.size));
    expect(widths[0]).toBeGreaterThanOrEqual(7 * CELL.size + pad - 0.01);
  });

  it('spreads a table that fits unbroken by weight over the whole column', () => {
    const spec: TableSpec = {
      columns: [{ title: 'Roll', weight: 3 }, { title: 'Omfattning', weight: 1 }],
      rows: [[runsCell('Samordnare'), runsCell('50 %')]],
    };
    const widths = columnWidths(spec, CONTENT_WIDTH);
    expect(sum(widths)).toBeCloseTo(CONTENT_WIDTH, 3);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('bold', 'Omfattning', CELL.size) + pad - 0.01);
  });
});
