/**
 * A goal model: goals on the plan's own levels, grouped by the plan's own perspectives,
 * as one table with the unit's own columns in the order written. A goal's cell spans the
 * rows of its indicators (and so do its activities); sub-goals follow their goal. When the
 * columns leave out "aktiviteter", the activities get a table of their own below.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Cell, Column, Inline, Part, RowGroup } from '../../derive/presentation';
import { linesCell, markdownCell, row, textCell } from '../../derive/table-parts';
import type { GoalModel, GoalModelActivity, GoalModelColumn, GoalModelGoal, GoalModelIndicator } from '../../../schemas';
import { formatMeasure } from '../../shared/format-sv';
import { statusCell } from '../../derive/activity-status';
import { ACTIVITY_STATUS, GOAL_MODEL } from '../../shared/words-sv';

/** The columns when the plan names none. */
export const DEFAULT_GOAL_MODEL_COLUMNS: readonly GoalModelColumn[] = ['mål', 'indikator', 'utgångsvärde', 'målvärde', 'frekvens', 'källa'];

const WEIGHTS: Record<GoalModelColumn, number> = {
  mål: 3, indikator: 2.6, utgångsvärde: 1.4, målvärde: 1.4, riktning: 1.4, frekvens: 1.3, källa: 1.6, uppföljning: 1.9, ansvarig: 1.6, aktiviteter: 3,
};
const NUMERIC: ReadonlySet<GoalModelColumn> = new Set(['utgångsvärde', 'målvärde']);
/** Columns that belong to the goal and span its indicator rows. */
const GOAL_WIDE: ReadonlySet<GoalModelColumn> = new Set(['mål', 'aktiviteter']);

/** The public page of a Kolada key figure (decision in docs/beslut.md). */
export const koladaUrl = (kpi: string) => `https://www.kolada.se/verktyg/fri-sokning/?kpis=${kpi}`;

interface PlacedGoal { goal: GoalModelGoal; depth: number; perspective: string | undefined }

/** Depth first, in the order written; a sub-goal without a perspective takes its goal's. */
function flatten(goals: readonly GoalModelGoal[], depth = 0, inherited?: string): PlacedGoal[] {
  return goals.flatMap((goal) => {
    const perspective = goal.perspective ?? inherited;
    return [{ goal, depth, perspective }, ...flatten(goal.goals ?? [], depth + 1, perspective)];
  });
}

/** The columns in the plan's order with their headers. */
export function goalModelColumns(block: GoalModel): { column: GoalModelColumn; header: string }[] {
  return (block.columns ?? DEFAULT_GOAL_MODEL_COLUMNS).map((c) =>
    typeof c === 'string' ? { column: c, header: GOAL_MODEL.headers[c] } : { column: c.column, header: c.header });
}

function sourceLine(indicator: GoalModelIndicator): Inline | undefined {
  const source = indicator.source;
  if (!source) return undefined;
  if ('kolada' in source) return { text: `[${GOAL_MODEL.kolada(source.kolada)}](${koladaUrl(source.kolada)})`, markdown: true };
  if ('survey' in source) return { label: GOAL_MODEL.survey, text: source.survey };
  return { label: GOAL_MODEL.register, text: source.register };
}

function indicatorCell(column: GoalModelColumn, indicator: GoalModelIndicator | undefined, goal: GoalModelGoal): Cell {
  const responsible = indicator?.responsible ?? goal.responsible;
  if (!indicator) {
    if (column === 'indikator') return textCell('', { emptyLabel: GOAL_MODEL.noIndicator });
    if (column === 'ansvarig') return textCell(responsible ?? '', { emptyLabel: GOAL_MODEL.noValue });
    return textCell('', { emptyLabel: GOAL_MODEL.noValue });
  }
  switch (column) {
    case 'indikator': return textCell(indicator.name);
    case 'utgångsvärde':
      return indicator.baseline
        ? textCell(GOAL_MODEL.baseline(formatMeasure(indicator.baseline.value, indicator.unit), indicator.baseline.year), { numeric: true })
        : textCell('', { emptyLabel: GOAL_MODEL.noValue, numeric: true });
    case 'målvärde': {
      const years = Object.keys(indicator.targets ?? {}).sort();
      return linesCell(years.map((y) => ({ label: GOAL_MODEL.targetYear(y), text: formatMeasure(indicator.targets![y]!, indicator.unit) })),
        { numeric: true, noWrap: true, emptyLabel: GOAL_MODEL.noValue });
    }
    case 'riktning': return textCell(indicator.direction ? GOAL_MODEL.directions[indicator.direction] : '', { emptyLabel: GOAL_MODEL.noValue });
    case 'frekvens': return textCell(indicator.frequency ? GOAL_MODEL.frequencies[indicator.frequency] : '', { emptyLabel: GOAL_MODEL.noValue });
    case 'källa': return linesCell([sourceLine(indicator)], { emptyLabel: GOAL_MODEL.noValue });
    case 'uppföljning':
      return linesCell([indicator.frequency ? { text: GOAL_MODEL.frequencies[indicator.frequency] } : undefined, sourceLine(indicator)], { emptyLabel: GOAL_MODEL.noValue });
    case 'ansvarig': return textCell(responsible ?? '', { emptyLabel: GOAL_MODEL.noValue });
    default: return textCell('');
  }
}

function activityLines(activities: readonly GoalModelActivity[]): Inline[] {
  return activities.flatMap((a): Inline[] => {
    const detail = [a.responsible, a.status ? ACTIVITY_STATUS[a.status] : undefined].filter(Boolean).join(', ');
    // The activity's last line carries its id: the site puts its latest follow-up status after it.
    return detail
      ? [{ text: a.text, markdown: true as const }, { text: detail, detail: true as const, activityId: a.id }]
      : [{ text: a.text, markdown: true as const, activityId: a.id }];
  });
}

function goalCell(placed: PlacedGoal, levels: readonly string[], rowSpan: number): Cell {
  const level = levels[Math.min(placed.depth, levels.length - 1)]!;
  return linesCell([{ text: level, detail: true }, { text: placed.goal.title, markdown: true }], { header: true, ...(rowSpan > 1 ? { rowSpan } : {}) });
}

export const deriveGoalModel: BlockDeriver<'goalModel', BlockView<'goalModel'>> = (block) => {
  const columns = goalModelColumns(block);
  const placed = flatten(block.goals);
  const caption = block.title ?? GOAL_MODEL.caption;

  // Groups in the plan's perspective order, then any goal without one.
  const order = [...(block.perspectives ?? [])];
  for (const p of placed) if (p.perspective !== undefined && !order.includes(p.perspective)) order.push(p.perspective);
  const keys: (string | undefined)[] = [...order, undefined];
  const groups: RowGroup[] = [];
  for (const key of keys) {
    const members = placed.filter((p) => p.perspective === key);
    if (members.length === 0) continue;
    const rows = members.flatMap((p) => {
      const indicators = p.goal.indicators ?? [];
      const span = Math.max(1, indicators.length);
      return Array.from({ length: span }, (_, i) => row('line', columns.flatMap(({ column }): Cell[] => {
        if (GOAL_WIDE.has(column)) {
          if (i > 0) return [];
          const spanned = span > 1 ? { rowSpan: span } : {};
          return column === 'mål' ? [goalCell(p, block.levels, span)] : [linesCell(activityLines(p.goal.activities ?? []), spanned)];
        }
        return [indicatorCell(column, indicators[i], p.goal)];
      })));
    });
    const heading = key ?? (block.perspectives?.length ? GOAL_MODEL.noPerspective : undefined);
    groups.push({ ...(heading !== undefined ? { heading } : {}), rows });
  }

  const tableColumns: Column[] = columns.map(({ column, header }) => ({ header, weight: WEIGHTS[column], ...(NUMERIC.has(column) ? { numeric: true } : {}) }));
  const parts: Part[] = [{ kind: 'table', name: caption, caption: { text: caption }, columns: tableColumns, groups, footer: [], variant: 'maltabell' }];

  const withActivities = placed.filter((p) => (p.goal.activities ?? []).length > 0);
  if (!columns.some((c) => c.column === 'aktiviteter') && withActivities.length > 0) {
    const withStatus = withActivities.some((p) => p.goal.activities!.some((a) => a.status));
    parts.push({
      kind: 'table',
      name: GOAL_MODEL.activitiesCaption,
      caption: { text: GOAL_MODEL.activitiesCaption },
      columns: [
        { header: GOAL_MODEL.goal, weight: 3 }, { header: GOAL_MODEL.activity, weight: 4 }, { header: GOAL_MODEL.responsible, weight: 2 },
        ...(withStatus ? [{ header: GOAL_MODEL.status, weight: 1.3 }] : []),
      ],
      groups: withActivities.map((p) => ({
        rows: p.goal.activities!.map((a, i) => row('line', [
          ...(i === 0 ? [markdownCell(p.goal.title, { header: true, ...(p.goal.activities!.length > 1 ? { rowSpan: p.goal.activities!.length } : {}) })] : []),
          linesCell([{ text: a.text, markdown: true, activityId: a.id }]),
          textCell(a.responsible ?? p.goal.responsible ?? ''),
          ...(withStatus ? [statusCell(a.status)] : []),
        ])),
      })),
      footer: [],
      variant: 'maltabell',
    });
  }
  return { type: 'goalModel', parts };
};
