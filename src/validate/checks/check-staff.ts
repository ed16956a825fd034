/**
 * Staff tables per year: the years are distinct and ascending, every line gives a value for
 * each year and for no other, and a table without years has no values per year. Declared
 * totals per year are compared in check-sums.ts.
 */
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

export function checkStaff(ctx: CheckContext): void {
  for (const { block, path } of blocksOfType(ctx.plan, 'staff')) {
    const { years } = block;
    if (!years) {
      block.lines.forEach((line, i) => {
        if (line.byYear !== undefined) {
          ctx.error('personal-ar-utan-years', [...path, 'lines', i, 'byYear'],
            'Raden anger årsarbetare per år (byYear), men tabellen saknar years. Lägg till years med tabellens år, t.ex. years: [2024, 2025].');
        }
      });
      if (block.declaredTotals !== undefined) {
        ctx.error('personal-ar-utan-years', [...path, 'declaredTotals'],
          'Summor per år (declaredTotals) kräver years. Använd declaredTotal för en tabell med ett år.');
      }
      continue;
    }
    const listed = years.join(', ');
    years.forEach((year, i) => {
      if (i > 0 && year <= years[i - 1]!) {
        ctx.error('personal-ar-ordning', [...path, 'years', i],
          `Åren ska stå i stigande ordning utan upprepning; ${year} kommer efter ${years[i - 1]}.`);
      }
    });
    if (block.declaredTotal !== undefined) {
      ctx.error('personal-ar-utan-years', [...path, 'declaredTotal'],
        'Tabellen har years; ange summorna per år i declaredTotals, t.ex. declaredTotals: {2025: 3.0}.');
    }
    for (const key of Object.keys(block.declaredTotals ?? {})) {
      if (!years.includes(Number(key))) {
        ctx.error('personal-okant-ar', [...path, 'declaredTotals', key], `Året ${key} finns inte bland tabellens år (${listed}).`);
      }
    }
    block.lines.forEach((line, i) => {
      if (line.byYear === undefined) {
        ctx.error('personal-ar-saknas', [...path, 'lines', i],
          `Tabellen har years (${listed}); ange radens årsarbetare per år med byYear i stället för fte eller percent.`);
        return;
      }
      for (const key of Object.keys(line.byYear)) {
        if (!years.includes(Number(key))) {
          ctx.error('personal-okant-ar', [...path, 'lines', i, 'byYear', key],
            `Året ${key} finns inte bland tabellens år (${listed}). Lägg till året i years eller ta bort värdet.`);
        }
      }
      const missing = years.filter((year) => line.byYear![String(year)] === undefined);
      if (missing.length > 0) {
        ctx.error('personal-ar-saknas', [...path, 'lines', i, 'byYear'],
          `Raden "${line.label}" saknar värde för ${missing.join(', ')}. Skriv 0 om rollen inte finns det året.`);
      }
    });
  }
}
