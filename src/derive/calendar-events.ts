/**
 * The annual wheel as calendar events (issue 22): what `arshjul.ics` beside each plan and
 * the organisation's combined feed hold. Every event placed in time becomes an all-day
 * event (the model has no times of day): a date one day, a month, period or season its
 * whole span, a recurring event its first week, month or tertial repeated by an RRULE to
 * the wheel's last month. Events the wheel lists under "Under året" (N times a year, no
 * time given) are left out and counted. docs/oppna-data.md describes the rules.
 */
import { createHash } from 'node:crypto';
import type { Wheel, WheelEvent } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { wheelYear } from '../blocks/wheel/derive';
import { wheelMonths } from '../shared/wheel-months';
import { OPEN_DATA, WHEEL } from '../shared/words-sv';
import type { DerivedPlan } from './derive-plan';
import { eventTiming, SEASON_MONTHS } from './wheel-when';

export interface CalendarEvent {
  /** Stable across rebuilds and edits of other events (see eventUid). */
  uid: string;
  title: string;
  /** All-day: the first day, ISO 8601. */
  start: string;
  /** All-day: the day after the last day (exclusive, as DTEND;VALUE=DATE is). */
  end: string;
  /** An RFC 5545 recurrence rule, e.g. "FREQ=MONTHLY;UNTIL=20201231". */
  rrule?: string;
  /** The category's name (the wheel's ring). */
  category: string;
  description: string;
}

export interface PlanCalendar {
  name: string;
  description: string;
  /** The calendar's DTSTAMP (the plan's document or decision date): fixed, so rebuilds are byte-equal. */
  stamp: string;
  events: CalendarEvent[];
  /** Events of the plan's wheels without a fixed time, left out of the calendar. */
  undated: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const day = (year: number, monthIndex: number, dayOfMonth = 1) => new Date(Date.UTC(year, monthIndex, dayOfMonth));
const fromIso = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return day(y, m - 1, d);
};
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const addMonths = (date: Date, months: number) => day(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate());
const addYear = (date: Date) => day(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate());
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const monthIndex = (name: string) => MONTHS.indexOf(name as (typeof MONTHS)[number]);

/** The span of one wheel event, or undefined when it has no fixed time. */
function eventSpan(event: WheelEvent, wheel: Wheel, year: number): { start: Date; end: Date; rrule?: string } | undefined {
  const covered = wheelMonths(wheel);
  const first = covered[0]!;
  const last = covered.at(-1)!;
  // A month before the wheel's first month lies in the next calendar year (a läsår's januari).
  const monthStart = (index: number) => day(index >= first ? year : year + 1, index);
  const monthEnd = (index: number) => addMonths(monthStart(index), 1);
  const ordered = (start: Date, end: Date) => ({ start, end: end <= start ? addYear(end) : end });
  const periodEnd = monthEnd(last);
  const until = isoDay(addDays(periodEnd, -1)).replaceAll('-', '');

  const kind = eventTiming(event).kind;
  if (kind === 'undated') return undefined;
  if (event.date) return { start: fromIso(event.date), end: addDays(fromIso(event.date), 1) };
  if (event.month) return { start: monthStart(monthIndex(event.month)), end: monthEnd(monthIndex(event.month)) };
  if (event.period) {
    const { from, to } = event.period;
    return ordered(isDate(from) ? fromIso(from) : monthStart(monthIndex(from)), isDate(to) ? addDays(fromIso(to), 1) : monthEnd(monthIndex(to)));
  }
  if (event.season) {
    const [a, b] = SEASON_MONTHS[event.season];
    return ordered(monthStart(a), monthEnd(b));
  }
  if (event.recurs === 'veckovis') {
    const start = monthStart(first);
    return { start, end: addDays(start, 7), rrule: `FREQ=WEEKLY;UNTIL=${until}` };
  }
  if (event.recurs === 'månadsvis') {
    const start = monthStart(first);
    return { start, end: addMonths(start, 1), rrule: `FREQ=MONTHLY;UNTIL=${until}` };
  }
  // Tertials are januari–april, maj–augusti, september–december: from the one the wheel starts in.
  const start = day(year, Math.floor(first / 4) * 4);
  return { start, end: addMonths(start, 4), rrule: `FREQ=MONTHLY;INTERVAL=4;UNTIL=${until}` };
}

/**
 * The event's UID: a hash of the plan id, the event's time as written and its title, so it
 * stays the same across rebuilds and when other events are added, removed or reordered.
 * An event with an `id` keeps its UID whatever else changes; without one, editing the
 * event's title or time gives it a new UID (a subscribed calendar then shows the new event
 * instead of the old one).
 */
export function eventUid(planId: string, event: WheelEvent, occurrence: number): string {
  const when = { date: event.date, month: event.month, period: event.period, season: event.season, recurs: event.recurs };
  const identity = event.id ? [planId, { id: event.id }] : [planId, when, event.title];
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 24);
  return `${hash}${occurrence > 1 ? `-${occurrence}` : ''}@planverk`;
}

/** Every wheel block of the plan, in document order. */
function planWheels(derived: DerivedPlan): Wheel[] {
  const wheels: Wheel[] = [];
  const walk = (sections: DerivedPlan['plan']['sections']) => {
    for (const section of sections) {
      for (const block of section.blocks ?? []) if (block.type === 'wheel') wheels.push(block);
      walk(section.sections ?? []);
    }
  };
  walk(derived.plan.sections);
  return wheels;
}

/**
 * The plan's calendar, or undefined when no wheel has an event placed in time (then no
 * `arshjul.ics` is written).
 */
export function planCalendar(derived: DerivedPlan): PlanCalendar | undefined {
  const { plan } = derived;
  const events: CalendarEvent[] = [];
  const seen = new Map<string, number>();
  let undated = 0;
  for (const wheel of planWheels(derived)) {
    const categories = new Map(wheel.categories.map((category) => [category.id, WHEEL.categoryName(category.name, category.abbr)]));
    const year = wheelYear(wheel, plan);
    for (const event of wheel.events) {
      const span = eventSpan(event, wheel, year);
      if (!span) {
        undated += 1;
        continue;
      }
      const base = eventUid(derived.id, event, 1);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const category = categories.get(event.category) ?? event.category;
      events.push({
        uid: occurrence === 1 ? base : eventUid(derived.id, event, occurrence),
        title: event.title,
        start: isoDay(span.start),
        end: isoDay(span.end),
        ...(span.rrule ? { rrule: span.rrule } : {}),
        category,
        description: [event.note, OPEN_DATA.eventCategory(category), OPEN_DATA.eventSource(plan.title)].filter(Boolean).join('\n'),
      });
    }
  }
  if (events.length === 0) return undefined;
  return {
    name: OPEN_DATA.calendarName(plan.title),
    description: OPEN_DATA.calendarDescription(plan.title, undated),
    stamp: plan.documentDate ?? derived.front.adoptedOn ?? `${plan.period.start}-01-01`,
    events,
    undated,
  };
}

