/**
 * Geometry of the annual wheel, shared by the site (inline SVG) and the PDF (pdfkit
 * draws the same SVG path strings). Coordinates are in a fixed viewBox; angles are
 * degrees clockwise from the top, where the wheel's first month (`startMonth`, default
 * januari) starts. Events without a fixed time are not drawn: they are `undated` rows.
 */
import type { Wheel, WheelEvent } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { wheelMonths } from '../shared/wheel-months';
import { describeWhen, eventTiming, type WhenKind } from './wheel-when';

export const WHEEL_WIDTH = 1400;
export const WHEEL_HEIGHT = 1000;
const CX = WHEEL_WIDTH / 2;
const CY = WHEEL_HEIGHT / 2;
const HUB_RADIUS = 90;
const RINGS_OUTER = 330;
const MONTH_RING_OUTER = 385;
const LABEL_RADIUS = 410;
const LABEL_LINE_HEIGHT = 22;
/** Labels start this far beside the wheel, so leader lines stay short and readable. */
const LABEL_COLUMN_OFFSET = 400;

export interface Point { x: number; y: number }

export interface WheelMonth {
  /** The calendar month, 0 = januari. */
  index: number;
  name: string;
  /** False for the months outside a period shorter than a year (juli in a läsår augusti–juni). */
  inPeriod: boolean;
  /** Degrees of the month's middle on the wheel (the site turns its name along the ring). */
  angle: number;
  path: string;
  label: Point;
}

export interface WheelRing {
  categoryId: string;
  name: string;
  abbr?: string;
  inner: number;
  outer: number;
  path: string;
  /** Where the ring's short name is written (on the 12 o'clock line). */
  label: Point;
}

export interface WheelMark {
  /** Index into wheel.events. */
  eventIndex: number;
  /** Number shown in the label and the event table (chronological). */
  number: number;
  categoryId: string;
  kind: WhenKind;
  /** Filled shape for arcs and bands; circle centres for points. */
  path?: string;
  points: Point[];
  radius: number;
  /** Angle of the label anchor. */
  angle: number;
}

export interface WheelLabel {
  eventIndex: number;
  number: number;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Leader from the mark to the label. */
  leader: Point[];
}

export interface WheelRow {
  eventIndex: number;
  number: number;
  event: WheelEvent;
  categoryName: string;
  when: string;
}

export interface WheelGeometry {
  width: number;
  height: number;
  center: Point;
  hubRadius: number;
  /** The year the wheel starts. */
  year: number;
  /** The wheel starts in another month than januari, so its period crosses the calendar year. */
  crossing: boolean;
  /** The period's first and last month (names); `lastMonth` is before `firstMonth` in a crossing period. */
  firstMonth: string;
  lastMonth: string;
  months: WheelMonth[];
  rings: WheelRing[];
  marks: WheelMark[];
  labels: WheelLabel[];
  /** Events without text labels because too many share one side of the wheel. */
  unlabelled: number;
  /** Labels that show only the event's number: its title is too long for the label column. */
  numberOnly: number;
  /** The drawn events in the wheel's order (from its first month), recurring ones last: the accessible table. */
  rows: WheelRow[];
  /** Events without a fixed time (N times a year, undated), in the plan's order; not drawn. */
  undated: WheelRow[];
}

export function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return { x: round(CX + radius * Math.sin(radians)), y: round(CY - radius * Math.cos(radians)) };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** SVG path of a ring sector between two radii and two angles (any span up to 360°). */
export function sectorPath(inner: number, outer: number, start: number, end: number): string {
  const span = end - start;
  if (span >= 359.99) {
    // A full ring is two half arcs; SVG cannot draw a 360° arc in one command.
    return `${sectorPath(inner, outer, start, start + 180)} ${sectorPath(inner, outer, start + 180, start + 360)}`;
  }
  const large = span > 180 ? 1 : 0;
  const a = polar(outer, start);
  const b = polar(outer, end);
  const c = polar(inner, end);
  const d = polar(inner, start);
  return `M${a.x} ${a.y}A${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y}L${c.x} ${c.y}A${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y}Z`;
}

/**
 * Lanes within a ring, so that overlapping events of one category do not hide each other.
 * `items` come sorted by start. An arc that crosses the year end (`end` > 360, e.g.
 * november–februari or vintern) also covers the start of the year, where the lane's first
 * items lie; it goes in a lane whose first item starts after the arc's wrapped end.
 */
export function assignLanes(items: readonly { start: number; end: number }[]): number[] {
  const lanes: { end: number; firstStart: number }[] = [];
  return items.map(({ start, end }) => {
    const padded = Math.max(end, start + 4);
    const wrappedEnd = padded > 360 ? padded - 360 : 0;
    let lane = lanes.findIndex((taken) => taken.end <= start && wrappedEnd <= taken.firstStart);
    if (lane === -1) { lane = lanes.length; lanes.push({ end: padded, firstStart: start }); } else lanes[lane]!.end = padded;
    return lane;
  });
}

export function wheelGeometry(wheel: Wheel, year: number): WheelGeometry {
  const covered = wheelMonths(wheel);
  const firstIndex = covered[0]!;
  /** Calendar degrees (0 = 1 January) to the wheel's degrees (0 = its first month). */
  const offset = firstIndex * 30;
  const turn = (angle: number) => (((angle - offset) % 360) + 360) % 360;

  const months: WheelMonth[] = MONTHS.map((name, index) => {
    const at = turn(index * 30);
    return {
      index, name, inPeriod: covered.includes(index), angle: at + 15,
      path: sectorPath(RINGS_OUTER, MONTH_RING_OUTER, at, at + 30),
      label: polar((RINGS_OUTER + MONTH_RING_OUTER) / 2, at + 15),
    };
  });

  /**
   * A band's segments on the wheel: turned, split where they cross the wheel's top and cut
   * to the months the period covers (a monthly event has no piece in a läsår's juli).
   */
  const coveredEnd = covered.length * 30;
  const bandOnWheel = (segments: readonly [number, number][]): [number, number][] => segments
    .flatMap(([a, b]): [number, number][] => {
      const from = a === 0 && b === 360 ? 0 : turn(a);
      const to = from + (b - a);
      return to > 360 ? [[from, 360], [0, to - 360]] : [[from, to]];
    })
    .filter(([a]) => a < coveredEnd)
    .map(([a, b]): [number, number] => [a, Math.min(b, coveredEnd)])
    .sort((x, y) => x[0] - y[0]);

  const timed = wheel.events.map((event, eventIndex) => {
    const timing = eventTiming(event);
    if (timing.kind === 'undated') return { event, eventIndex, timing };
    const start = timing.kind === 'band' ? 0 : turn(timing.start);
    return {
      event, eventIndex,
      timing: {
        ...timing, start, end: timing.kind === 'band' ? 360 : start + (timing.end - timing.start),
        ...(timing.segments ? { segments: bandOnWheel(timing.segments) } : {}),
      },
    };
  });
  const drawn = timed.filter((item) => item.timing.kind !== 'undated');

  // A ring per category with something drawn in it: a category whose events are all listed
  // under "Under året" would be an empty ring (its name still appears in the table and list).
  const drawnCategories = new Set(drawn.map((item) => item.event.category));
  const ringCategories = drawnCategories.size > 0 ? wheel.categories.filter((category) => drawnCategories.has(category.id)) : wheel.categories;
  const ringWidth = (RINGS_OUTER - HUB_RADIUS) / ringCategories.length;
  const rings: WheelRing[] = ringCategories.map((category, i) => {
    const inner = HUB_RADIUS + i * ringWidth;
    const outer = inner + ringWidth;
    return {
      categoryId: category.id, name: category.name, abbr: category.abbr, inner, outer,
      path: sectorPath(inner, outer, 0, 360), label: polar((inner + outer) / 2, 0),
    };
  });
  const order = [...drawn].sort((a, b) =>
    (a.timing.kind === 'band' ? 1 : 0) - (b.timing.kind === 'band' ? 1 : 0) ||
    a.timing.start - b.timing.start || a.eventIndex - b.eventIndex);
  const numberOf = new Map(order.map((item, i) => [item.eventIndex, i + 1]));
  const categoryName = new Map(wheel.categories.map((c) => [c.id, c.name]));

  const marks: WheelMark[] = [];
  for (const ring of rings) {
    const inRing = order.filter((item) => item.event.category === ring.categoryId);
    const lanes = assignLanes(inRing.map((item) => item.timing));
    const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
    const laneWidth = (ring.outer - ring.inner) / laneCount;
    inRing.forEach((item, i) => {
      const lane = lanes[i]!;
      const inner = ring.inner + lane * laneWidth;
      const outer = inner + laneWidth;
      const middle = (inner + outer) / 2;
      const { start, end, kind, segments } = item.timing;
      const band = (inset: number) => (segments ?? []).map(([a, b]) => sectorPath(inner + laneWidth * inset, outer - laneWidth * inset, a, b)).join(' ');
      const angle = kind === 'point' ? start : kind === 'band' ? ((segments?.[0]?.[0] ?? 0) + (segments?.[0]?.[1] ?? 0)) / 2 : (start + end) / 2;
      marks.push({
        eventIndex: item.eventIndex, number: numberOf.get(item.eventIndex)!, categoryId: ring.categoryId, kind,
        path: kind === 'arc' ? sectorPath(inner + laneWidth * 0.15, outer - laneWidth * 0.15, start, end) : kind === 'band' ? band(0.3) : undefined,
        points: kind === 'point' ? [polar(middle, start)] : [],
        radius: Math.min(11, laneWidth * 0.35, ring.outer - ring.inner),
        angle: angle % 360,
      });
    });
  }

  const { labels, unlabelled, numberOnly } = placeLabels(marks, wheel.events);

  const rowOf = (item: (typeof timed)[number], number: number): WheelRow => ({
    eventIndex: item.eventIndex, number, event: item.event,
    categoryName: categoryName.get(item.event.category) ?? item.event.category, when: describeWhen(item.event),
  });
  const rows = order.map((item) => rowOf(item, numberOf.get(item.eventIndex)!));
  const undated = timed.filter((item) => item.timing.kind === 'undated').map((item) => rowOf(item, 0));

  return {
    width: WHEEL_WIDTH, height: WHEEL_HEIGHT, center: { x: CX, y: CY }, hubRadius: HUB_RADIUS,
    year, crossing: firstIndex !== 0, firstMonth: MONTHS[firstIndex]!, lastMonth: MONTHS[covered.at(-1)!]!,
    months, rings, marks, labels, unlabelled, numberOnly, rows, undated,
  };
}

/** At the site's 20-unit label size, 28 characters fit between the label column and the edge. */
const MAX_LABEL_CHARS = 28;

/** "3. FoU-rådet sammanträder"; a title too long for the label column is never cut: the number alone, the title in the table. */
function eventLabel(number: number, event: WheelEvent): { text: string; numberOnly: boolean } {
  return event.title.length > MAX_LABEL_CHARS ? { text: `${number}.`, numberOnly: true } : { text: `${number}. ${event.title}`, numberOnly: false };
}

/**
 * Labels sit in two columns beside the wheel, in the order of their angles, pushed
 * apart so they never overlap; a leader line joins each label to its mark. When one
 * side has more events than fit, the rest keep only their number in the table.
 */
function placeLabels(marks: WheelMark[], events: readonly WheelEvent[]): { labels: WheelLabel[]; unlabelled: number; numberOnly: number } {
  const capacity = Math.floor((WHEEL_HEIGHT - 40) / LABEL_LINE_HEIGHT);
  const labels: WheelLabel[] = [];
  let unlabelled = 0;
  let numberOnly = 0;
  for (const side of ['right', 'left'] as const) {
    const onSide = marks
      .filter((mark) => (side === 'right' ? mark.angle < 180 : mark.angle >= 180))
      .map((mark) => ({ mark, anchor: polar(LABEL_RADIUS, mark.angle) }))
      .sort((a, b) => a.anchor.y - b.anchor.y || a.mark.number - b.mark.number);
    const shown = onSide.slice(0, capacity);
    unlabelled += onSide.length - shown.length;
    // Forward pass pushes labels down, backward pass pulls them back inside the box.
    const ys = shown.map((entry) => entry.anchor.y);
    for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? 20 : ys[i - 1]! + LABEL_LINE_HEIGHT);
    for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? WHEEL_HEIGHT - 20 : ys[i + 1]! - LABEL_LINE_HEIGHT);
    shown.forEach(({ mark }, i) => {
      const x = side === 'right' ? CX + LABEL_COLUMN_OFFSET : CX - LABEL_COLUMN_OFFSET;
      const y = round(ys[i]!);
      const from = mark.points[0] ?? polar(RINGS_OUTER - 4, mark.angle);
      const elbow = polar(MONTH_RING_OUTER + 6, mark.angle);
      const label = eventLabel(mark.number, events[mark.eventIndex]!);
      if (label.numberOnly) numberOnly++;
      labels.push({
        eventIndex: mark.eventIndex, number: mark.number, text: label.text,
        x, y, anchor: side === 'right' ? 'start' : 'end',
        leader: [from, elbow, { x: side === 'right' ? x - 6 : x + 6, y }],
      });
    });
  }
  return { labels, unlabelled, numberOnly };
}
