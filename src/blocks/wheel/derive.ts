/**
 * The annual wheel (årshjul): its drawing (unless a `generated: wheel` figure in the same
 * section draws it), a note when some events have no label in the drawing, and the table
 * of events. The table reads by time: Nr, När, Händelse, Kategori, in the order the
 * drawing numbers the events.
 */
import type { Plan, Section, Wheel } from '../../../schemas';
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { FigurePart, Part, TablePart, WheelDrawing } from '../../derive/presentation';
import { row, textCell } from '../../derive/table-parts';
import { wheelGeometry, type WheelGeometry } from '../../derive/wheel-geometry';
import { EDITORIAL, WHEEL } from '../../shared/words-sv';

export type WheelView = BlockView<'wheel'>;

/** The year the wheel shows: its own, else the plan period's first. */
export const wheelYear = (wheel: Wheel, plan: Plan): number => wheel.year ?? plan.period.start;

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

/** The drawing with every word it prints; the geometry is the layout both media share. */
export function wheelDrawing(wheel: Wheel, geometry: WheelGeometry): WheelDrawing {
  const categories = categoryNames(wheel);
  const rowOf = new Map(geometry.rows.map((entry) => [entry.eventIndex, entry]));
  const markName = (eventIndex: number) => {
    const entry = rowOf.get(eventIndex)!;
    return WHEEL.markName(entry.number, entry.event.title, entry.when, entry.categoryName);
  };
  const hollow = geometry.marks.some((mark) => mark.kind === 'frequency');
  return {
    width: geometry.width,
    height: geometry.height,
    center: geometry.center,
    hubRadius: geometry.hubRadius,
    year: String(geometry.year),
    months: geometry.months.map((month) => ({ ...month, short: WHEEL.monthShort(month.name) })),
    rings: geometry.rings.map(({ name, abbr, ...ring }) => ({ ...ring, legend: categories.get(ring.categoryId) ?? WHEEL.categoryName(name, abbr) })),
    marks: geometry.marks.map((mark) => ({ ...mark, name: markName(mark.eventIndex) })),
    labels: geometry.labels,
    legendHeading: WHEEL.legendHeading,
    ...(hollow ? { hollowExplanation: WHEEL.hollowExplanation } : {}),
    ...(hasEditorialCategory(wheel) ? { editorialExplanation: `${EDITORIAL.categoryMark} ${EDITORIAL.categoryExplanation}` } : {}),
  };
}

/** The drawing as a figure of its own, for a wheel that no `generated: wheel` figure draws. */
function ownFigure(wheel: Wheel, geometry: WheelGeometry): FigurePart {
  return {
    kind: 'figure',
    caption: { text: WHEEL.caption(geometry.year) },
    alt: WHEEL.alt(geometry.year, wheel.events.length),
    content: { kind: 'wheel', drawing: wheelDrawing(wheel, geometry) },
  };
}

function eventsTable(wheel: Wheel, geometry: WheelGeometry): TablePart {
  const categories = categoryNames(wheel);
  const name = WHEEL.eventsCaption(geometry.year);
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

export const deriveWheel: BlockDeriver<'wheel', WheelView> = (block, ctx) => {
  const geometry = wheelGeometry(block, wheelYear(block, ctx.plan));
  const parts: Part[] = [];
  if (!drawnByFigure(ctx.section)) parts.push(ownFigure(block, geometry));
  if (geometry.unlabelled > 0) parts.push({ kind: 'note', text: WHEEL.unlabelled(geometry.unlabelled) });
  parts.push(eventsTable(block, geometry));
  // The legend explains the mark in the drawing; under the table it is explained again.
  if (hasEditorialCategory(block)) parts.push({ kind: 'note', mark: EDITORIAL.categoryMark, text: EDITORIAL.categoryExplanation });
  return { type: 'wheel', ...(block.id ? { anchor: block.id } : {}), parts };
};
