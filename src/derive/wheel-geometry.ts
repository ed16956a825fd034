/**
 * Geometry of the annual wheel, shared by the site (inline SVG) and the PDF (pdfkit
 * draws the same SVG path strings). Coordinates are in a fixed viewBox; angles are
 * degrees clockwise from the top, where the wheel's first month (`startMonth`, default
 * januari) starts. Events without a fixed time are not drawn: they are `undated` rows.
 */
import type { Wheel, WheelEvent } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { wheelMonths } from '../shared/wheel-months';
import { categoryStyle, shapePath, type WheelShape } from './wheel-palette';
import { describeWhen, eventTiming, type WhenKind } from './wheel-when';

export const WHEEL_WIDTH = 1000;
export const WHEEL_HEIGHT = 1000;
const CX = WHEEL_WIDTH / 2;
const CY = WHEEL_HEIGHT / 2;
/** The smallest hub: room for "2024/25". */
const MIN_HUB_RADIUS = 100;
const RINGS_OUTER = 392;
const MONTH_RING_OUTER = 490;
/** A lane is at most this wide, so a wheel with few events has a large hub rather than near-empty rings. */
const MAX_LANE_WIDTH = 92;
/** The narrowest ring when many lanes share the room. */
const MIN_RING_WIDTH = 44;

/**
 * Text sizes in drawing units, the same in both media. At 360 px the drawing is 326 px wide
 * (a scale of 0.326), so 36 units are 11.7 CSS px; in the PDF the drawing is at least
 * 290 pt wide, so 36 units are at least 10.4 pt.
 */
export const WHEEL_TEXT = { month: 36, tag: 36, year: 64, yearLong: 50 } as const;
/** Tags: height and width per digit of the number, padding included. */
const TAG_HEIGHT = 46;
const TAG_DIGIT = 20;
const TAG_PADDING = 16;
/** The category's shape inside an arc's or a band's tag, before its number. */
const TAG_SYMBOL = 30;

export interface Point { x: number; y: number }

export interface WheelMonth {
  /** The calendar month, 0 = januari. */
  index: number;
  name: string;
  /** False for the months outside a period shorter than a year (juli in a läsår augusti–juni). */
  inPeriod: boolean;
  /** Degrees of the month's middle on the wheel. */
  angle: number;
  /** The name's rotation in degrees: along the ring, turned in the lower half so it never reads upside down. */
  rotation: number;
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
  /** The category's colour and shape (src/derive/wheel-palette.ts). */
  colour: string;
  shape: WheelShape;
  /** The shape for the legend, in a 20 × 20 box. */
  symbol: string;
}

/** An event's number in the drawing, upright on a white tag; arcs and bands show their category's shape before it. */
export interface WheelTag {
  /** Top left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  /** Centre of the number (after the shape, when there is one). */
  textX: number;
  textY: number;
  /** The category's shape, for arcs and bands (a dated event's mark is the shape itself). */
  symbol?: string;
}

export interface WheelMark {
  /** Index into wheel.events. */
  eventIndex: number;
  /** Number shown in the tag, the key and the event table (chronological). */
  number: number;
  categoryId: string;
  kind: WhenKind;
  colour: string;
  /** Filled shape: the sector of an arc, the segments of a band, the category's shape for a date. */
  path: string;
  /** Centre of a date's shape. */
  points: Point[];
  radius: number;
  /** Angle of the mark's middle (a band's: its first segment). */
  angle: number;
  /** The number; absent when there is no room for it (the event is in the table). */
  tag?: WheelTag;
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
  /** Drawn events without a number in the drawing: no room for their tag. */
  unlabelled: number;
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

/** SVG path of a whole ring: two circles, filled with the even-odd rule, so that no seam is stroked. */
export function annulusPath(inner: number, outer: number): string {
  const circle = (r: number) => `M${round(CX)} ${round(CY - r)}A${round(r)} ${round(r)} 0 1 1 ${round(CX)} ${round(CY + r)}A${round(r)} ${round(r)} 0 1 1 ${round(CX)} ${round(CY - r)}Z`;
  return `${circle(outer)} ${circle(inner)}`;
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

/** Month names follow the ring; those in the lower half are turned so they never read upside down. */
const monthRotation = (angle: number) => (angle > 90 && angle < 270 ? angle - 180 : angle >= 270 ? angle - 360 : angle);

export function wheelGeometry(wheel: Wheel, year: number): WheelGeometry {
  const covered = wheelMonths(wheel);
  const firstIndex = covered[0]!;
  /** Calendar degrees (0 = 1 January) to the wheel's degrees (0 = its first month). */
  const offset = firstIndex * 30;
  const turn = (angle: number) => (((angle - offset) % 360) + 360) % 360;

  const months: WheelMonth[] = MONTHS.map((name, index) => {
    const at = turn(index * 30);
    return {
      index, name, inPeriod: covered.includes(index), angle: at + 15, rotation: monthRotation(at + 15),
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
  const order = [...drawn].sort((a, b) =>
    (a.timing.kind === 'band' ? 1 : 0) - (b.timing.kind === 'band' ? 1 : 0) ||
    a.timing.start - b.timing.start || a.eventIndex - b.eventIndex);
  const numberOf = new Map(order.map((item, i) => [item.eventIndex, i + 1]));
  const categoryName = new Map(wheel.categories.map((c) => [c.id, c.name]));

  // A ring per category with something drawn in it: a category whose events are all listed
  // under "Under året" would be an empty ring (its name still appears in the table and list).
  // Rings are as wide as their lanes need, up to MAX_LANE_WIDTH a lane; the hub takes the rest.
  const drawnCategories = new Set(drawn.map((item) => item.event.category));
  const ringCategories = drawnCategories.size > 0 ? wheel.categories.filter((category) => drawnCategories.has(category.id)) : wheel.categories;
  const inRings = ringCategories.map((category) => {
    const items = order.filter((item) => item.event.category === category.id);
    const lanes = assignLanes(items.map((item) => item.timing));
    return { category, items, lanes, laneCount: Math.max(1, ...lanes.map((lane) => lane + 1)) };
  });
  const widths = ringWidths(inRings.map((ring) => ring.laneCount));
  const hubRadius = round(RINGS_OUTER - widths.reduce((sum, width) => sum + width, 0));

  const rings: WheelRing[] = [];
  const marks: WheelMark[] = [];
  const placing: Placing[] = [];
  let ringInner = hubRadius;
  inRings.forEach(({ category, items, lanes, laneCount }, i) => {
    const style = categoryStyle(i);
    const inner = ringInner;
    const outer = inner + widths[i]!;
    const laneWidth = widths[i]! / laneCount;
    ringInner = outer;
    rings.push({
      categoryId: category.id, name: category.name, abbr: category.abbr, inner: round(inner), outer: round(outer),
      path: annulusPath(inner, outer), colour: style.colour, shape: style.shape, symbol: shapePath(style.shape, 10, 10, 7.5),
    });
    items.forEach((item, k) => {
      const laneInner = inner + lanes[k]! * laneWidth;
      const laneOuter = laneInner + laneWidth;
      const middle = (laneInner + laneOuter) / 2;
      const { start, end, kind, segments } = item.timing;
      const radius = round(Math.max(7, Math.min(22, laneWidth * 0.32)));
      const centre = polar(middle, start);
      const inset = laneWidth * (kind === 'band' ? 0.3 : 0.12);
      const path = kind === 'point'
        ? shapePath(style.shape, centre.x, centre.y, radius)
        : kind === 'band'
          ? (segments ?? []).map(([a, b]) => sectorPath(laneInner + inset, laneOuter - inset, a, b)).join(' ')
          : sectorPath(laneInner + inset, laneOuter - inset, start, end);
      const angle = kind === 'point' ? start : kind === 'band' ? ((segments?.[0]?.[0] ?? 0) + (segments?.[0]?.[1] ?? 0)) / 2 : (start + end) / 2;
      const mark: WheelMark = {
        eventIndex: item.eventIndex, number: numberOf.get(item.eventIndex)!, categoryId: category.id, kind, colour: style.colour,
        path, points: kind === 'point' ? [centre] : [], radius, angle: angle % 360,
      };
      marks.push(mark);
      placing.push({
        mark, middle, shape: style.shape,
        spans: kind === 'band' ? segments ?? [] : [[start, end]],
      });
    });
  });

  const unlabelled = placeTags(placing, hubRadius);
  marks.sort((a, b) => a.number - b.number);

  const rowOf = (item: (typeof timed)[number], number: number): WheelRow => ({
    eventIndex: item.eventIndex, number, event: item.event,
    categoryName: categoryName.get(item.event.category) ?? item.event.category, when: describeWhen(item.event),
  });
  const rows = order.map((item) => rowOf(item, numberOf.get(item.eventIndex)!));
  const undated = timed.filter((item) => item.timing.kind === 'undated').map((item) => rowOf(item, 0));

  return {
    width: WHEEL_WIDTH, height: WHEEL_HEIGHT, center: { x: CX, y: CY }, hubRadius,
    year, crossing: firstIndex !== 0, firstMonth: MONTHS[firstIndex]!, lastMonth: MONTHS[covered.at(-1)!]!,
    months, rings, marks, unlabelled, rows, undated,
  };
}

/**
 * Ring widths from their lane counts: MAX_LANE_WIDTH a lane when all fit (the hub takes the
 * rest); otherwise shared by lanes, but no ring narrower than MIN_RING_WIDTH, so that a
 * ring of dates beside rings of many arcs keeps visible shapes.
 */
function ringWidths(laneCounts: readonly number[]): number[] {
  const room = RINGS_OUTER - MIN_HUB_RADIUS;
  const total = laneCounts.reduce((sum, count) => sum + count, 0);
  if (total * MAX_LANE_WIDTH <= room) return laneCounts.map((count) => count * MAX_LANE_WIDTH);
  const floor = Math.min(MIN_RING_WIDTH, room / laneCounts.length);
  const small = laneCounts.map((count) => count * (room / total) < floor);
  const shared = room - floor * small.filter(Boolean).length;
  const sharedLanes = laneCounts.reduce((sum, count, i) => sum + (small[i] ? 0 : count), 0);
  return laneCounts.map((count, i) => (small[i] ? floor : (count * shared) / sharedLanes));
}

/** A mark with what placing its tag needs beyond what the drawing keeps: its lane's middle radius and its angles. */
interface Placing { mark: WheelMark; middle: number; spans: [number, number][]; shape: WheelShape }

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box, gap = 3) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** The box lies between the hub and the month ring, so a number never covers a month name or the year. */
function insideRings(box: Box, hubRadius: number): boolean {
  const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]];
  if (corners.some(([x, y]) => Math.hypot(x! - CX, y! - CY) > RINGS_OUTER - 2)) return false;
  // The nearest point of the box to the centre.
  const nx = Math.max(box.x, Math.min(CX, box.x + box.width));
  const ny = Math.max(box.y, Math.min(CY, box.y + box.height));
  return Math.hypot(nx - CX, ny - CY) >= hubRadius + 2;
}

/**
 * Gives every mark an upright number tag where it fits: a date's beside its shape (right,
 * left, below, above, then diagonally), an arc's or a band's on the
 * mark, at its middle or further along it (a band: along each of its segments in turn). A tag never overlaps another tag, a date's shape,
 * the hub or the month ring; a mark without room keeps no number (the table has them all).
 * Returns how many marks have no tag.
 */
function placeTags(placing: Placing[], hubRadius: number): number {
  const taken: Box[] = placing.flatMap(({ mark }) => mark.points.map((p) => ({ x: p.x - mark.radius * 1.3, y: p.y - mark.radius * 1.3, width: mark.radius * 2.6, height: mark.radius * 2.6 })));
  let unlabelled = 0;
  for (const { mark, middle, spans, shape } of [...placing].sort((a, b) => a.mark.number - b.mark.number)) {
    const text = String(mark.number);
    const textWidth = text.length * TAG_DIGIT + TAG_PADDING;
    const symbol = mark.kind !== 'point';
    const width = textWidth + (symbol ? TAG_SYMBOL : 0);
    const boxAt = (p: Point): Box => ({ x: round(p.x - width / 2), y: round(p.y - TAG_HEIGHT / 2), width, height: TAG_HEIGHT });
    const candidates: Box[] = [];
    if (mark.kind === 'point') {
      const centre = mark.points[0]!;
      const dx = mark.radius * 1.3 + width / 2 + 5;
      const dy = mark.radius * 1.3 + TAG_HEIGHT / 2 + 5;
      for (const [sx, sy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const) {
        candidates.push(boxAt({ x: centre.x + sx * dx, y: centre.y + sy * dy }));
      }
    } else {
      // On the mark first; then a little outside or inside it, near the hub where a lane is narrow.
      for (const shift of [0, 30, -30, 60]) {
        for (const [from, to] of spans) {
          const mid = (from + to) / 2;
          const reach = Math.max(0, (to - from) / 2 - ((width / 2) / middle) * (180 / Math.PI));
          for (const step of [0, 0.5, -0.5, 1, -1]) candidates.push(boxAt(polar(middle + shift, mid + step * reach)));
        }
      }
    }
    const box = candidates.find((candidate) => insideRings(candidate, hubRadius) && !taken.some((other) => overlaps(candidate, other)));
    if (!box) { unlabelled++; continue; }
    taken.push(box);
    mark.tag = {
      ...box, text, textX: round(box.x + (symbol ? TAG_SYMBOL : 0) + textWidth / 2), textY: round(box.y + TAG_HEIGHT / 2),
      ...(symbol ? { symbol: shapePath(shape, box.x + TAG_PADDING / 2 + TAG_SYMBOL / 2 - 2, box.y + TAG_HEIGHT / 2, 11) } : {}),
    };
  }
  return unlabelled;
}
