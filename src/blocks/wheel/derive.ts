/**
 * The annual wheel (årshjul): its drawing (unless a `generated: wheel` figure in the same
 * section draws it, or the plan gives the wheel only as a list: `show: lista`), a note
 * when some events have no label in the drawing, and the table of events. The table reads
 * by time: Nr, När, Händelse, Kategori, in the order the drawing numbers the events. Events
 * without a fixed time follow in a list "Under året"; they are never drawn.
 */
import type { Plan, Section, Wheel } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { FigurePart, Part, TablePart, WheelDrawing } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { WHEEL_TEXT, wheelGeometry, type WheelGeometry } from '../../derive/wheel-geometry';
import { WHEEL_PAINT } from '../../derive/wheel-palette';
import { EDITORIAL, WHEEL } from '../../shared/words-sv';

export type WheelView = BlockView<'wheel'>;

/** The year the wheel shows (starts in): its own, else the plan period's first. */
export const wheelYear = (wheel: Wheel, plan: Plan): number => wheel.year ?? plan.period.start;

/** "2020", "2024/25", "läsåret 2024/25": the wheel's period in captions. */
const periodName = (wheel: Wheel, geometry: WheelGeometry) => WHEEL.period(geometry.year, geometry.crossing, wheel.yearName);

/** The first wheel of a section, which a `generated: wheel` figure there draws. */
export const sectionWheel = (section: Section): Wheel | undefined => section.blocks?.find((block): block is Wheel => block.type === 'wheel');

const drawnByFigure = (section: Section) => (section.blocks ?? []).some((block) => block.type === 'figure' && block.generated === 'wheel');

function categoryNames(wheel: Wheel): Map<string, string> {
  return new Map(wheel.categories.map((category) => [
    category.id,
    `${WHEEL.categoryName(category.name, category.abbr)}${category.editorial ? EDITORIAL.categoryMark : ''}`,
  ]));
}

const hasEditorialCategory = (wheel: Wheel) => wheel.categories.some((category) => category.editorial);

/**
 * Up to this many drawn events the numbered list (the key) stands beside the wheel; a wheel
 * with more has its numbers explained by the table right after the figure.
 */
export const KEY_LIMIT = 30;

/** The drawing with every word it prints; the geometry is the layout both media share. */
export function wheelDrawing(wheel: Wheel, geometry: WheelGeometry): WheelDrawing {
  const categories = categoryNames(wheel);
  const rowOf = new Map(geometry.rows.map((entry) => [entry.eventIndex, entry]));
  const markName = (eventIndex: number) => {
    const entry = rowOf.get(eventIndex)!;
    return WHEEL.markName(entry.number, entry.event.title, entry.when, entry.categoryName);
  };
  const bands = geometry.marks.some((mark) => mark.kind === 'band');
  const outside = geometry.months.some((month) => !month.inPeriod);
  return {
    width: geometry.width,
    height: geometry.height,
    center: geometry.center,
    hubRadius: geometry.hubRadius,
    year: WHEEL.hubYear(geometry.year, geometry.crossing),
    text: WHEEL_TEXT,
    paint: WHEEL_PAINT,
    months: geometry.months,
    rings: geometry.rings.map(({ name, abbr, ...ring }) => ({ ...ring, legend: categories.get(ring.categoryId) ?? WHEEL.categoryName(name, abbr) })),
    marks: geometry.marks.map((mark) => ({ ...mark, name: markName(mark.eventIndex) })),
    ...(geometry.rows.length > 0 && geometry.rows.length <= KEY_LIMIT ? {
      key: { heading: WHEEL.keyHeading, items: geometry.rows.map((entry) => ({ number: entry.number, when: entry.when, title: entry.event.title })) },
    } : {}),
    legendHeading: WHEEL.legendHeading,
    ...(hasEditorialCategory(wheel) ? { editorialExplanation: `${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}` } : {}),
    ...(bands ? { bandExplanation: WHEEL.bandExplanation } : {}),
    ...(outside ? { outsideExplanation: WHEEL.outsideExplanation(geometry.firstMonth, geometry.lastMonth) } : {}),
  };
}

/** The drawing as a figure of its own, for a wheel that no `generated: wheel` figure draws. */
function ownFigure(wheel: Wheel, geometry: WheelGeometry): FigurePart {
  return {
    kind: 'figure',
    caption: { text: WHEEL.caption(periodName(wheel, geometry)) },
    alt: WHEEL.alt(periodName(wheel, geometry), geometry.rows.length),
    content: { kind: 'wheel', drawing: wheelDrawing(wheel, geometry) },
  };
}

function eventsTable(wheel: Wheel, geometry: WheelGeometry): TablePart {
  const categories = categoryNames(wheel);
  const name = WHEEL.eventsCaption(periodName(wheel, geometry));
  return {
    kind: 'table',
    name,
    caption: { text: name },
    columns: [
      { header: WHEEL.number, numeric: true, weight: 0.6 },
      { header: WHEEL.when, weight: 2 },
      { header: WHEEL.event, weight: 4.5 },
      { header: WHEEL.category, weight: 2.9 },
    ],
    groups: [{
      rows: geometry.rows.map((entry) => row('line', [
        textCell(String(entry.number), { numeric: true }),
        textCell(entry.when),
        textCell(entry.event.title, { header: true, ...(entry.event.note ? { detail: entry.event.note } : {}) }),
        textCell(categories.get(entry.event.category) ?? entry.categoryName),
      ])),
    }],
    footer: [],
    variant: 'hjultabell',
  };
}

/** Events without a fixed time, apart from the drawing: "Träffar för nätverket – fyra gånger under året (Nätverket)". */
function undatedList(wheel: Wheel, geometry: WheelGeometry): Part[] {
  if (geometry.undated.length === 0) return [];
  const categories = categoryNames(wheel);
  return [
    { kind: 'leadIn', text: WHEEL.undated },
    {
      kind: 'list',
      variant: 'under-aret',
      items: geometry.undated.map((entry) => ({
        text: { text: entry.when === WHEEL.undated ? entry.event.title : `${entry.event.title} – ${entry.when}` },
        detail: [categories.get(entry.event.category) ?? entry.categoryName, entry.event.note].filter(Boolean).join('; '),
      })),
    },
  ];
}

/** Only a list (`show: lista`): nothing is drawn, so there is nothing to say about the drawing. */
const listOnly = (wheel: Wheel) => wheel.show === 'lista';

export const deriveWheel: BlockDeriver<'wheel', WheelView> = (block, ctx) => {
  const geometry = wheelGeometry(block, wheelYear(block, ctx.plan));
  const parts: Part[] = [];
  if (!listOnly(block) && !drawnByFigure(ctx.section)) parts.push(ownFigure(block, geometry));
  if (!listOnly(block) && geometry.unlabelled > 0) parts.push({ kind: 'note', text: WHEEL.unlabelled(geometry.unlabelled) });
  if (geometry.rows.length > 0) parts.push(eventsTable(block, geometry));
  // The legend explains the mark in the drawing; under the table it is explained again.
  if (hasEditorialCategory(block)) parts.push({ kind: 'note', mark: EDITORIAL.categoryMark, text: EDITORIAL.categoryExplanation });
  if (!listOnly(block) && geometry.undated.length > 0) parts.push({ kind: 'note', text: WHEEL.undatedIntro });
  parts.push(...undatedList(block, geometry));
  return { type: 'wheel', ...(block.id ? { anchor: block.id } : {}), parts };
};
