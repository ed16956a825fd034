/**
 * Dates of the annual wheel must fall inside the plan's period and the wheel's own: a
 * calendar year, or twelve (or fewer) months from `startMonth` that may cross the year end
 * (läsår augusti 2024–juni 2025). Months named by events must lie inside the wheel's months.
 */
import { MONTHS } from '../../../schemas/primitives';
import { wheelMonths } from '../../shared/wheel-months';
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
    const covered = wheelMonths(block);
    const first = covered[0]!;
    const monthsText = `${MONTHS[first]}–${MONTHS[covered.at(-1)!]}`;
    const crossing = first !== 0;
    /** The wheel's year of a calendar month: a crossing wheel's months before its first month are in the next year. */
    const yearOfMonth = (month: number) => (crossing && month < first ? wheelYear + 1 : wheelYear);
    const periodText = crossing
      ? `${MONTHS[first]} ${wheelYear}–${MONTHS[covered.at(-1)!]} ${yearOfMonth(covered.at(-1)!)}`
      : covered.length < 12 ? `${monthsText} ${wheelYear}` : String(wheelYear);
    block.events.forEach((event, e) => {
      const months: [string, (string | number)[]][] = [];
      if (event.month) months.push([event.month, ['month']]);
      for (const key of ['from', 'to'] as const) {
        const value = event.period?.[key];
        if (value && !isIsoDate(value)) months.push([value, ['period', key]]);
      }
      for (const [month, at] of months) {
        if (!covered.includes(MONTHS.indexOf(month as (typeof MONTHS)[number]))) {
          ctx.error('hjul-utanfor-perioden', [...path, 'events', e, ...at],
            `Månaden ${month} ligger utanför årshjulets period ${monthsText}.`);
        }
      }
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
        const month = Number(date.slice(5, 7)) - 1;
        if (!crossing && covered.length === 12) {
          if (year !== wheelYear) {
            ctx.error('datum-utanfor-perioden', [...path, 'events', e, ...at],
              `Datumet ${date} ligger utanför årshjulets år ${wheelYear}.`);
          }
        } else if (year !== yearOfMonth(month) || !covered.includes(month)) {
          ctx.error('datum-utanfor-perioden', [...path, 'events', e, ...at],
            `Datumet ${date} ligger utanför årshjulets period ${periodText}.`);
        }
      }
    });
  }
}
