/**
 * Staff per role or area, in årsarbetare ("1,0 åa") or percent, with the sum in the
 * table's unit when every line has the same unit and the plan does not turn it off.
 * A table per year (`years`) has one column per year, sums per year and a computed
 * change column: the last year minus the year before, signed ("+0,5 åa", "−1,0 åa").
 */
import type { Staff, StaffLine } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Column, Part, Row } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { subtractExact, compareExact } from '../../shared/exact-decimal';
import { formatFte, formatPercent, type Numeric } from '../../shared/format-sv';
import { staffSums, staffYearValue, type StaffSums } from '../../shared/sums';
import { STAFF } from '../../shared/words-sv';

export interface StaffView extends BlockView<'staff'> {
  sums: StaffSums;
}

const fte = (value: Numeric) => `${formatFte(value)} ${STAFF.fteUnit}`;
/** A change with its sign: "+0,5 åa", "−1,0 åa" (U+2212, as Intl writes it for sv-SE), "0,0 åa". */
const signedFte = (value: Numeric) => (compareExact(value, 0) > 0 ? `+${fte(value)}` : fte(value));
const extent = (line: StaffLine) => (line.fte !== undefined ? fte(line.fte) : formatPercent(line.percent ?? 0));
const numericCell = (text: string) => textCell(text, { numeric: true });
const labelCell = (line: StaffLine) => textCell(line.label, { header: true, ...(line.note ? { detail: line.note } : {}) });

interface StaffTable { columns: Column[]; rows: Row[]; footer: Row[] }

function singleYear(block: Staff, sums: StaffSums): StaffTable {
  return {
    columns: [{ header: STAFF.role, weight: 4 }, { header: STAFF.extent, numeric: true, weight: 1.5 }],
    rows: block.lines.map((line) => row('line', [labelCell(line), numericCell(extent(line))])),
    footer: block.showTotal && sums.total !== undefined
      ? [row('total', [textCell(STAFF.total, { header: true }), numericCell(sums.unit === 'fte' ? fte(sums.total) : formatPercent(sums.total))])]
      : [],
  };
}

function perYear(block: Staff, years: readonly number[], sums: StaffSums): StaffTable {
  const [previous, last] = years.slice(-2) as [number, number];
  const change = (values: readonly Numeric[]) => signedFte(subtractExact(values.at(-1)!, values.at(-2)!));
  const valueCells = (values: readonly Numeric[]) => [...values.map((value) => numericCell(fte(value))), numericCell(change(values))];
  const totals = sums.byYear?.map((entry) => entry.total) ?? [];
  return {
    columns: [
      { header: STAFF.role, weight: 3.4 },
      ...years.map((year) => ({ header: STAFF.year(year), numeric: true, weight: 1.1 })),
      { header: STAFF.change(previous, last), numeric: true, weight: 1.5 },
    ],
    rows: block.lines.map((line) => row('line', [labelCell(line), ...valueCells(years.map((year) => staffYearValue(line, year)))])),
    footer: block.showTotal && totals.length === years.length ? [row('total', [textCell(STAFF.total, { header: true }), ...valueCells(totals)])] : [],
  };
}

export const deriveStaff: BlockDeriver<'staff', StaffView> = (block) => {
  const sums = staffSums(block);
  const caption = block.title ?? STAFF.caption;
  const table = block.years ? perYear(block, block.years, sums) : singleYear(block, sums);
  const parts: Part[] = [{
    kind: 'table',
    name: caption,
    caption: { text: caption },
    columns: table.columns,
    groups: [{ rows: table.rows }],
    footer: table.footer,
    variant: 'belopp',
  }];
  if (block.lines.some((line) => line.fte !== undefined || line.byYear !== undefined)) {
    parts.push({ kind: 'note', text: STAFF.fteExplanation, abbreviation: { short: STAFF.fteUnit, expansion: STAFF.fteExpansion } });
  }
  if (block.note) parts.push({ kind: 'prose', markdown: block.note });
  return { type: 'staff', sums, parts };
};
