/**
 * Geometry of the annual wheel, shared by the site (inline SVG) and the PDF (pdfkit
 * draws the same SVG path strings). Coordinates are in a fixed viewBox; angles are
 * degrees clockwise from the top, where the year starts.
 */
import type { Wheel, WheelEvent } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
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
  index: number;
  name: string;
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
  /** Filled shape for arcs; circle centres for points and frequency marks. */
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
  year: number;
  months: WheelMonth[];
  rings: WheelRing[];
  marks: WheelMark[];
  labels: WheelLabel[];
  /** Events without text labels because too many share one side of the wheel. */
  unlabelled: number;
  /** All events in chronological order, frequency events last: the accessible table. */
  rows: WheelRow[];
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
  const categoryCount = wheel.categories.length;
  const ringWidth = (RINGS_OUTER - HUB_RADIUS) / categoryCount;

  const rings: WheelRing[] = wheel.categories.map((category, i) => {
    const inner = HUB_RADIUS + i * ringWidth;
    const outer = inner + ringWidth;
    return {
      categoryId: category.id, name: category.name, abbr: category.abbr, inner, outer,
      path: sectorPath(inner, outer, 0, 360), label: polar((inner + outer) / 2, 0),
    };
  });

  const months: WheelMonth[] = MONTHS.map((name, index) => ({
    index, name,
    path: sectorPath(RINGS_OUTER, MONTH_RING_OUTER, index * 30, index * 30 + 30),
    label: polar((RINGS_OUTER + MONTH_RING_OUTER) / 2, index * 30 + 15),
  }));

  const timed = wheel.events.map((event, eventIndex) => ({ event, eventIndex, timing: eventTiming(event) }));
  const order = [...timed].sort((a, b) =>
    (a.timing.kind === 'frequency' ? 1 : 0) - (b.timing.kind === 'frequency' ? 1 : 0) ||
    a.timing.start - b.timing.start || a.eventIndex - b.eventIndex);
  const numberOf = new Map(order.map((item, i) => [item.eventIndex, i + 1]));
  const categoryName = new Map(wheel.categories.map((c) => [c.id, c.name]));
  const ringOf = new Map(rings.map((ring) => [ring.categoryId, ring]));

  const marks: WheelMark[] = [];
  for (const ring of rings) {
    const inRing = order.filter((item) => item.event.category === ring.categoryId && item.timing.kind !== 'frequency');
    const lanes = assignLanes(inRing.map((item) => item.timing));
    const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
    const laneWidth = (ring.outer - ring.inner) / laneCount;
    inRing.forEach((item, i) => {
      const lane = lanes[i]!;
      const inner = ring.inner + lane * laneWidth;
      const outer = inner + laneWidth;
      const middle = (inner + outer) / 2;
      const { start, end, kind } = item.timing;
      const angle = kind === 'point' ? start : (start + end) / 2;
      marks.push({
        eventIndex: item.eventIndex, number: numberOf.get(item.eventIndex)!, categoryId: ring.categoryId, kind,
        path: kind === 'arc' ? sectorPath(inner + laneWidth * 0.15, outer - laneWidth * 0.15, start, end) : undefined,
        points: kind === 'point' ? [polar(middle, start)] : [],
        radius: Math.min(11, laneWidth * 0.35, ring.outer - ring.inner),
        angle: angle % 360,
      });
    });
  }
  for (const item of order.filter((entry) => entry.timing.kind === 'frequency')) {
    const ring = ringOf.get(item.event.category);
    if (!ring) continue;
    const times = item.timing.times ?? 1;
    // Evenly spread hollow marks, starting mid-January: "N times a year, dates not fixed".
    const points = Array.from({ length: times }, (_, k) => polar((ring.inner + ring.outer) / 2, 15 + (k * 360) / times));
    marks.push({
      eventIndex: item.eventIndex, number: numberOf.get(item.eventIndex)!, categoryId: ring.categoryId,
      kind: 'frequency', points, radius: Math.min(9, (ring.outer - ring.inner) * 0.3), angle: 15,
    });
  }

  const { labels, unlabelled } = placeLabels(marks.filter((mark) => mark.kind !== 'frequency'), wheel.events);

  const rows: WheelRow[] = order.map((item) => ({
    eventIndex: item.eventIndex, number: numberOf.get(item.eventIndex)!, event: item.event,
    categoryName: categoryName.get(item.event.category) ?? item.event.category, when: describeWhen(item.event),
  }));

  return { width: WHEEL_WIDTH, height: WHEEL_HEIGHT, center: { x: CX, y: CY }, hubRadius: HUB_RADIUS, year, months, rings, marks, labels, unlabelled, rows };
}

/** At the site's 20-unit label size, 28 characters fit between the label column and the edge. */
const MAX_LABEL_CHARS = 28;

function shortLabel(number: number, event: WheelEvent): string {
  const title = event.title.length > MAX_LABEL_CHARS ? `${event.title.slice(0, MAX_LABEL_CHARS - 1)}…` : event.title;
  return `${number}. ${title}`;
}

/**
 * Labels sit in two columns beside the wheel, in the order of their angles, pushed
 * apart so they never overlap; a leader line joins each label to its mark. When one
 * side has more events than fit, the rest keep only their number in the table.
 */
function placeLabels(marks: WheelMark[], events: readonly WheelEvent[]): { labels: WheelLabel[]; unlabelled: number } {
  const capacity = Math.floor((WHEEL_HEIGHT - 40) / LABEL_LINE_HEIGHT);
  const labels: WheelLabel[] = [];
  let unlabelled = 0;
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
      labels.push({
        eventIndex: mark.eventIndex, number: mark.number, text: shortLabel(mark.number, events[mark.eventIndex]!),
        x, y, anchor: side === 'right' ? 'start' : 'end',
        leader: [from, elbow, { x: side === 'right' ? x - 6 : x + 6, y }],
      });
    });
  }
  return { labels, unlabelled };
}
