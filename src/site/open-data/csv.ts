/**
 * CSV as Excel in a Swedish locale opens it (issue 22): UTF-8 with a byte order mark, `;`
 * between fields, CRLF after every record, and a field quoted (RFC 4180) when it holds a
 * `;`, a `"` or a line break, its quotes doubled.
 */
import type { OpenDataTable } from '../../derive/open-data-rows';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The file's text, starting with the byte order mark; a table without rows is the header row alone. */
export function csvText(table: OpenDataTable): string {
  const records = [table.columns, ...table.rows].map((record) => `${record.map(field).join(CSV_SEPARATOR)}\r\n`);
  return `${BOM}${records.join('')}`;
}
