/** A table block's rows must each have exactly as many cells as the table has columns. */
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

export function checkTables(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'table')) {
    const expected = block.columns.length;
    block.rows.forEach((cells, index) => {
      if (cells.length === expected) return;
      const what = cells.length < expected ? 'för få' : 'för många';
      ctx.error(
        'tabellrad-fel-antal-celler',
        [...path, 'rows', index],
        `Rad ${index + 1} i tabellen har ${what} celler: ${cells.length} ${cells.length === 1 ? 'cell' : 'celler'}, men tabellen har ${expected} ${expected === 1 ? 'kolumn' : 'kolumner'}. Lägg till eller ta bort celler så att raden har ${expected}; skriv "" för en tom cell.`,
      );
    });
  }
}
