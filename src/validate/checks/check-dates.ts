/** Dates of the annual wheel must fall inside the plan's period. */
import { formatDateLong, formatPeriod } from '../../shared/format-sv';
import type { CheckContext } from '../check-context';
import { blocksOfType } from '../walk-plan';

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function checkDates(ctx: CheckContext): void {
  const { start, end = start } = ctx.plan.period;
  const inPeriod = (year: number) => year >= start && year <= end;
  const period = formatPeriod(ctx.plan.period);

  for (const { block, path } of blocksOfType(ctx.plan, 'wheel')) {
    if (block.year !== undefined && !inPeriod(block.year)) {
      ctx.error('datum-utanfor-perioden', [...path, 'year'], `Årshjulets år ${block.year} ligger utanför planens period ${period}.`);
    }
    const wheelYear = block.year ?? start;
    block.events.forEach((event, e) => {
      const dated: [string, (string | number)[]][] = [];
      if (event.date) dated.push([event.date, ['date']]);
      if (event.period) {
        for (const key of ['from', 'to'] as const) {
          if (/^\d{4}-/.test(event.period[key])) dated.push([event.period[key], ['period', key]]);
        }
      }
      // Both dates lie in the wheel's one year (checked below), so a period whose end comes
      // before its start is reversed, not one that crosses the year end. Month periods may
      // cross it (november–februari, like vintern), and are drawn across 1 January.
      const { from, to } = event.period ?? {};
      if (from && to && isIsoDate(from) && isIsoDate(to) && to < from) {
        ctx.error('hjul-period-omvand', [...path, 'events', e, 'period', 'to'],
          `Perioden slutar ${formatDateLong(to)}, före sin början ${formatDateLong(from)}. Byt plats på from och to, eller rätta datumet.`);
      }
      for (const [date, at] of dated) {
        const year = Number(date.slice(0, 4));
        if (year !== wheelYear) {
          ctx.error('datum-utanfor-perioden', [...path, 'events', e, ...at],
            `Datumet ${date} ligger utanför årshjulets år ${wheelYear}.`);
        }
      }
    });
  }
}
