/** When a wheel event happens, as an angle range on the year and as Swedish text. */
import type { WheelEvent } from '../../schemas';
import { MONTHS, SEASONS } from '../../schemas/primitives';
import { formatDayAndMonth } from '../shared/format-sv';
import { WHEEL } from '../shared/words-sv';

const DEGREES_PER_MONTH = 30;

/** Meteorological seasons as month ranges (0-based, inclusive); documented in docs/arshjul.md. */
export const SEASON_MONTHS: Record<(typeof SEASONS)[number], [number, number]> = {
  våren: [2, 4],
  sommaren: [5, 7],
  hösten: [8, 10],
  vintern: [11, 1],
};

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Angle in degrees, clockwise from the top (1 January), of the middle of a day. */
export function dayAngle(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return (m - 1 + (d - 0.5) / daysInMonth(y, m - 1)) * DEGREES_PER_MONTH;
}

const monthIndex = (name: string) => MONTHS.indexOf(name as (typeof MONTHS)[number]);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * `point`: a date; `arc`: a month, period or season; `band`: a recurring event, drawn as
 * segments round its ring (one per week-long band, month or tertial); `undated`: N times a
 * year or no time given, never drawn (listed under "Under året").
 */
export type WhenKind = 'point' | 'arc' | 'band' | 'undated';

export interface EventTiming {
  kind: WhenKind;
  /** Degrees; for arcs `end` may exceed 360 when the range wraps past new year. */
  start: number;
  end: number;
  /** Only for bands: the drawn segments [start, end] in degrees. */
  segments?: [number, number][];
}

/** Gap in degrees left between a band's segments, so that "each month" reads as twelve pieces. */
const BAND_GAP = 2;

/** A recurrence's segments: weekly one whole ring, monthly twelve, tertial three (januari–april, maj–augusti, september–december). */
function bandSegments(recurs: NonNullable<WheelEvent['recurs']>): [number, number][] {
  if (recurs === 'veckovis') return [[0, 360]];
  const span = recurs === 'månadsvis' ? DEGREES_PER_MONTH : 4 * DEGREES_PER_MONTH;
  return Array.from({ length: 360 / span }, (_, k): [number, number] => [k * span + BAND_GAP, (k + 1) * span - BAND_GAP]);
}

export function eventTiming(event: WheelEvent): EventTiming {
  if (event.date) {
    const angle = dayAngle(event.date);
    return { kind: 'point', start: angle, end: angle };
  }
  if (event.month) {
    const start = monthIndex(event.month) * DEGREES_PER_MONTH;
    return { kind: 'arc', start, end: start + DEGREES_PER_MONTH };
  }
  if (event.period) {
    const { from, to } = event.period;
    const start = isDate(from) ? dayAngle(from) - 0.5 : monthIndex(from) * DEGREES_PER_MONTH;
    let end = isDate(to) ? dayAngle(to) + 0.5 : (monthIndex(to) + 1) * DEGREES_PER_MONTH;
    if (end <= start) end += 360;
    return { kind: 'arc', start, end };
  }
  if (event.season) {
    const [first, last] = SEASON_MONTHS[event.season];
    const start = first * DEGREES_PER_MONTH;
    let end = (last + 1) * DEGREES_PER_MONTH;
    if (end <= start) end += 360;
    return { kind: 'arc', start, end };
  }
  if (event.recurs) return { kind: 'band', start: 0, end: 360, segments: bandSegments(event.recurs) };
  return { kind: 'undated', start: 0, end: 0 };
}

/** "24 januari", "januari", "januari–maj", "hösten", "Varje månad", "fyra gånger under året", "Under året". */
export function describeWhen(event: WheelEvent): string {
  if (event.date) return formatDayAndMonth(event.date);
  if (event.month) return event.month;
  if (event.period) {
    const part = (value: string) => (isDate(value) ? formatDayAndMonth(value) : value);
    return `${part(event.period.from)}–${part(event.period.to)}`;
  }
  if (event.season) return event.season;
  if (event.recurs) return WHEEL.recurs[event.recurs];
  if (event.timesPerYear !== undefined) return WHEEL.timesPerYear(event.timesPerYear);
  return WHEEL.undated;
}
