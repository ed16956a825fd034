/**
 * A follow-up file and its plan → the follow-up's presentation model (follow-up-model.ts):
 * a summary with the activities' statuses as bars and the goals' judgements, a section per
 * goal with its judgement, the suggestion its indicators give, a chart per indicator and its
 * activities' statuses, and the budget's outcome against budget with deviations.
 */
import GithubSlugger from 'github-slugger';
import type { BudgetTable, FollowUp, Plan } from '../../../schemas';
import { periodOrder, type FollowUpPeriod } from '../../load/follow-up-period';
import { subtractExact, type Decimal } from '../../shared/exact-decimal';
import { formatAmount, formatDateLong, formatMeasure, formatNumber } from '../../shared/format-sv';
import { budgetTableSums } from '../../shared/sums';
import { BUDGET_TABLE, FIGURE, FOLLOW_UP, GOAL_MODEL, TABLE } from '../../shared/words-sv';
import { budgetColumnFor, followableItems, type FollowableGoal, type FollowableItems } from '../../validate/follow-up-items';
import type { ValidatedFollowUp } from '../../validate/validate-follow-ups';
import { outcomeTable } from '../../validate/validate-follow-ups';
import { changeValue } from '../../blocks/budget-table/derive';
import { decisionLine } from '../plan-front';
import type { Cell, Part, Row, RowGroup, TablePart } from '../presentation';
import { markdownCell, row, textCell } from '../table-parts';
import { typesetPart } from '../typeset-parts';
import type {
  BarSegment, DerivedFollowUp, FollowUpPart, FollowUpSection, FollowUpStatus, GoalAssessment, IndicatorChartPart, StatusBarsPart,
} from './follow-up-model';
import { chartScale, indicatorOutcome, suggestedJudgement, type IndicatorOutcome } from './indicator-outcome';

export const FOLLOW_UP_STATUS_ORDER: readonly FollowUpStatus[] = ['genomförd', 'pågår', 'ej påbörjad', 'försenad', 'struken'];

const DOCUMENT_KIND = { year: 'verksamhetsberättelse', tertial: 'tertialrapport', half: 'halvårsrapport' } as const;

/** A goal's title as one line of plain text (goal-model titles are Markdown). */
export const plainTitle = (text: string): string =>
  text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();

const statusStyle = (status: string) => status.replace(/ /g, '-');

function goalLabel(goal: FollowableGoal): string {
  const title = plainTitle(goal.title);
  return goal.kind === 'strategicGoals' ? FOLLOW_UP.strategicGoal(goal.number, title)
    : goal.kind === 'resultGoals' ? FOLLOW_UP.resultGoal(goal.number, title)
      : FOLLOW_UP.goal(goal.number, title);
}

interface Counters { figure: number; table: number }

export function deriveFollowUp(planId: string, plan: Plan, validated: ValidatedFollowUp): DerivedFollowUp {
  const { followUp, period } = validated;
  const items = followableItems(plan);
  const periodLabel = FOLLOW_UP.periodLabel(period.kind, period.year, period.part);
  const periodShort = FOLLOW_UP.periodShort(period.kind, period.year, period.part);
  const counters: Counters = { figure: 0, table: 0 };
  const slugger = new GithubSlugger();
  for (const goal of items.goals) slugger.slug(goal.id);

  const goalEntries = new Map(followUp.goals.map((g) => [g.ref, g]));
  const indicatorEntries = new Map(followUp.indicators.map((i) => [i.ref, i]));
  const activityEntries = new Map(followUp.activities.map((a) => [a.ref, a]));

  // Indicators' outcomes and the goals' suggested judgements.
  const outcomes = new Map<string, IndicatorOutcome>(items.indicators.map((i) => [i.id, indicatorOutcome(i.indicator, period.year, indicatorEntries.get(i.id)?.outcome ?? undefined)]));
  const assessments: GoalAssessment[] = [];
  for (const goal of items.goals) {
    const written = goalEntries.get(goal.id)?.judgement ?? undefined;
    const suggestion = suggestedJudgement(goal.indicators.map((id) => outcomes.get(id)!));
    if (!written && !suggestion && !goalEntries.has(goal.id)) continue;
    assessments.push({
      goalId: goal.id,
      ...(written ? { judgement: { value: written, label: FOLLOW_UP.judgements[written] } } : {}),
      ...(suggestion ? { suggestion: { value: suggestion.value, label: FOLLOW_UP.judgements[suggestion.value], reason: suggestionReason(suggestion) } } : {}),
    });
  }
  const assessmentOf = new Map(assessments.map((a) => [a.goalId, a]));

  const activityStatus: DerivedFollowUp['activityStatus'] = {};
  for (const entry of followUp.activities) {
    if (!entry.status) continue;
    activityStatus[entry.ref] = {
      status: entry.status,
      label: FOLLOW_UP.latestStatus(FOLLOW_UP.statuses[entry.status], periodShort),
      ...(entry.comment ? { comment: entry.comment } : {}),
    };
  }

  const sections: FollowUpSection[] = [];
  const section = (title: string, parts: FollowUpPart[], children: FollowUpSection[] = [], anchor?: string): FollowUpSection =>
    ({ anchor: anchor ?? slugger.slug(title), title, level: 1, parts, sections: children });

  // 1. Summary: the editor's text, the statuses as bars, the goals' judgements.
  const summaryParts: FollowUpPart[] = [];
  if (followUp.summary) summaryParts.push({ kind: 'prose', markdown: followUp.summary });
  const bars = statusBars(items, activityEntries, periodLabel, counters);
  if (bars) summaryParts.push(...bars);
  if (assessments.length > 0) summaryParts.push(assessmentTable(items, assessmentOf, counters));
  if (summaryParts.length > 0) sections.push(section(FOLLOW_UP.sections.summary, summaryParts));

  // 2. A section per goal that has anything to report.
  const goalSections: FollowUpSection[] = [];
  for (const goal of items.goals) {
    const parts = goalParts(goal, items, followUp, outcomes, assessmentOf.get(goal.id), activityEntries, periodLabel, counters);
    if (parts.length === 0) continue;
    goalSections.push({ anchor: goal.id, title: goalLabel(goal), level: 2, parts, sections: [] });
  }
  if (goalSections.length > 0) sections.push(section(FOLLOW_UP.sections.goals, [], goalSections));

  // 3. The budget's outcome.
  const budget = items.budgetTables.flatMap(({ table }) => budgetParts(table, followUp, period, counters));
  if (budget.length > 0) sections.push(section(FOLLOW_UP.sections.budget, budget));

  // Numbering and the table of contents, in document order.
  const toc: DerivedFollowUp['toc'] = [];
  sections.forEach((s, i) => {
    s.number = String(i + 1);
    toc.push({ anchor: s.anchor, number: s.number, title: s.title, level: 1 });
    s.sections.forEach((child, j) => {
      child.number = `${s.number}.${j + 1}`;
      toc.push({ anchor: child.anchor, number: child.number, title: child.title, level: 2 });
    });
  });

  const organisation = [plan.organisation.name, plan.organisation.parent, plan.organisation.unit].filter(Boolean).join(', ');
  const asOf = followUp.asOf ?? undefined;
  return {
    planId,
    id: validated.id,
    periodKey: period.key,
    periodLabel,
    documentKind: DOCUMENT_KIND[period.kind],
    title: FOLLOW_UP.title(period.kind, period.year, period.part),
    planTitle: plan.title,
    organisation: plan.organisation.name,
    decisions: (followUp.decisions ?? []).map((d) => decisionLine(d).sentence),
    ...(asOf ? { asOf: FOLLOW_UP.asOf(formatDateLong(asOf)) } : {}),
    facts: [
      { label: FOLLOW_UP.facts.period, value: periodLabel },
      { label: FOLLOW_UP.facts.plan, value: plan.title },
      { label: FOLLOW_UP.facts.organisation, value: organisation },
      ...(asOf ? [{ label: FOLLOW_UP.facts.asOf, value: formatDateLong(asOf) }] : []),
    ],
    toc,
    sections: sections.map(typesetSection),
    assessments,
    activityStatus,
  };
}

/** The follow-up's plain text typeset like the plan's (typeset-parts.ts), the charts' tables included. */
function typesetSection(section: FollowUpSection): FollowUpSection {
  const part = (value: FollowUpPart): FollowUpPart =>
    value.kind === 'statusBars' || value.kind === 'indicatorChart' ? { ...value, table: typesetPart(value.table) as TablePart } : typesetPart(value);
  return { ...section, parts: section.parts.map(part), sections: section.sections.map(typesetSection) };
}

function suggestionReason(s: NonNullable<ReturnType<typeof suggestedJudgement>>): string {
  const r = FOLLOW_UP.suggestionReason;
  if (s.missing > 0) return r.missing(s.missing, s.total);
  return s.met === s.total ? r.all(s.total) : s.met === 0 ? r.none(s.total) : r.some(s.met, s.total);
}

/** Status counts per goal with activities, and for the whole plan; undefined when no activity has a status. */
function statusBars(items: FollowableItems, entries: ReadonlyMap<string, FollowUp['activities'][number]>, periodLabel: string, counters: Counters): FollowUpPart[] | undefined {
  const statusOf = (id: string) => entries.get(id)?.status ?? undefined;
  const allStatuses = items.activities.map((a) => statusOf(a.id));
  const known = allStatuses.filter((s): s is FollowUpStatus => s !== undefined);
  if (known.length === 0) return undefined;
  const legend = FOLLOW_UP_STATUS_ORDER.filter((s) => known.includes(s));
  const bar = (label: string, statuses: readonly (FollowUpStatus | undefined)[], href?: string): StatusBarsPart['bars'][number] => {
    const counted = statuses.filter((s): s is FollowUpStatus => s !== undefined);
    const total = counted.length;
    const segments: BarSegment[] = legend.flatMap((status) => {
      const count = counted.filter((s) => s === status).length;
      return count === 0 ? [] : [{ status, label: FOLLOW_UP.statuses[status], count, fraction: count / total }];
    });
    return { label, ...(href ? { href } : {}), total, segments, summary: FOLLOW_UP.barSummary(label, segments.map((s) => FOLLOW_UP.statusCount[s.status](s.count)), total) };
  };
  const chart = (rows: { label: string; statuses: (FollowUpStatus | undefined)[]; href?: string }[], caption: string, name: string, column: string): StatusBarsPart => {
    const rowBars = rows.map((r) => bar(r.label, r.statuses, r.href));
    const bars = [...rowBars, bar(FOLLOW_UP.wholePlan, allStatuses)];
    const columns = [{ header: column, weight: 3 }, ...legend.map((s) => ({ header: FOLLOW_UP.statuses[s], numeric: true, weight: 1 })), { header: FOLLOW_UP.statusColumn.total, numeric: true, weight: 1 }];
    const countCells = (b: StatusBarsPart['bars'][number]) => [
      ...legend.map((s) => textCell(String(b.segments.find((x) => x.status === s)?.count ?? 0), { numeric: true })),
      textCell(String(b.total), { numeric: true }),
    ];
    return {
      kind: 'statusBars',
      label: FIGURE.label(++counters.figure),
      caption,
      name,
      legend: legend.map((status) => ({ status, label: FOLLOW_UP.statuses[status] })),
      bars,
      table: {
        kind: 'table',
        name,
        caption: { text: caption },
        columns,
        groups: [{ rows: rowBars.map((b) => row('line', [textCell(b.label, { header: true }), ...countCells(b)])) }],
        footer: [row('total', [textCell(FOLLOW_UP.wholePlan, { header: true }), ...countCells(bars.at(-1)!)])],
      },
    };
  };
  const goalsWithStatus = items.goals.filter((g) => g.activities.some((id) => statusOf(id) !== undefined));
  const parts: FollowUpPart[] = [chart(
    goalsWithStatus.map((g) => ({ label: goalLabel(g), statuses: g.activities.map(statusOf), href: `#${g.id}` })),
    FOLLOW_UP.statusBarsCaption, FOLLOW_UP.statusBarsName(periodLabel), FOLLOW_UP.statusColumn.goal,
  )];
  // Per perspective (area) too, when two or more areas have activities and some area has several goals (else it repeats the bars per goal).
  const areas = [...new Set(goalsWithStatus.flatMap((g) => (g.perspective !== undefined ? [g.perspective] : [])))];
  if (areas.length >= 2 && areas.length < goalsWithStatus.length) {
    parts.push(chart(
      areas.map((area) => ({ label: area, statuses: items.goals.filter((g) => g.perspective === area).flatMap((g) => g.activities.map(statusOf)) })),
      FOLLOW_UP.statusBarsAreaCaption, FOLLOW_UP.statusBarsAreaName(periodLabel), FOLLOW_UP.statusColumn.area,
    ));
  }
  const missing = allStatuses.length - known.length;
  return [...parts, ...(missing > 0 ? [{ kind: 'note' as const, text: FOLLOW_UP.withoutStatus(missing) }] : [])];
}

function assessmentTable(items: FollowableItems, assessments: ReadonlyMap<string, GoalAssessment>, counters: Counters): TablePart {
  const C = FOLLOW_UP.assessmentColumns;
  const rows = items.goals.flatMap((goal) => {
    const a = assessments.get(goal.id);
    if (!a) return [];
    return [row('line', [
      textCell(goalLabel(goal), { header: true }),
      a.judgement ? textCell(a.judgement.label, { status: statusStyle(a.judgement.value) }) : textCell('', { emptyLabel: FOLLOW_UP.notJudged }),
      a.suggestion ? textCell(a.suggestion.label, { detail: a.suggestion.reason }) : textCell('', { emptyLabel: FOLLOW_UP.indicator.noTarget }),
    ])];
  });
  return {
    kind: 'table',
    label: TABLE.label(++counters.table),
    caption: { text: FOLLOW_UP.assessmentCaption },
    name: FOLLOW_UP.assessmentCaption,
    columns: [{ header: C.goal, weight: 3 }, { header: C.judgement, weight: 1 }, { header: C.suggestion, weight: 2 }],
    groups: [{ rows }],
    footer: [],
  };
}

function goalParts(
  goal: FollowableGoal, items: FollowableItems, followUp: FollowUp, outcomes: ReadonlyMap<string, IndicatorOutcome>, assessment: GoalAssessment | undefined,
  activities: ReadonlyMap<string, FollowUp['activities'][number]>, periodLabel: string, counters: Counters,
): FollowUpPart[] {
  const parts: FollowUpPart[] = [];
  const entry = followUp.goals.find((g) => g.ref === goal.id);
  if (assessment) {
    parts.push({
      kind: 'facts',
      facts: [
        { label: FOLLOW_UP.judgement, value: assessment.judgement?.label ?? FOLLOW_UP.notJudged },
        ...(assessment.suggestion ? [{ label: FOLLOW_UP.suggestion, value: `${assessment.suggestion.label}. ${assessment.suggestion.reason}` }] : []),
      ],
    });
  }
  if (entry?.comment) parts.push({ kind: 'prose', markdown: entry.comment });
  for (const id of goal.indicators) {
    const indicator = items.indicators.find((i) => i.id === id)!;
    parts.push(indicatorChart(id, indicator.indicator.name, indicator.indicator.unit, outcomes.get(id)!, periodLabel));
    const comment = followUp.indicators.find((i) => i.ref === id)?.comment;
    if (comment) parts.push({ kind: 'prose', markdown: comment });
  }
  if (goal.activities.length > 0) {
    const A = FOLLOW_UP.activities;
    const rows: Row[] = goal.activities.map((id) => {
      const activity = items.activities.find((a) => a.id === id)!.activity;
      const given = activities.get(id);
      const status = given?.status ?? undefined;
      const statusCell: Cell = status ? textCell(FOLLOW_UP.statuses[status], { status: statusStyle(status) })
        : textCell('', { emptyLabel: given ? A.notGiven : A.notFollowed });
      return row('line', [markdownCell(activity.text, { header: true }), statusCell, markdownCell(given?.comment ?? undefined, given?.comment ? {} : { emptyLabel: A.noComment })]);
    });
    parts.push({
      kind: 'table',
      label: TABLE.label(++counters.table),
      caption: { text: A.caption },
      name: `${A.caption}: ${plainTitle(goal.title)}`,
      columns: [{ header: A.activity, weight: 3 }, { header: A.status, weight: 1 }, { header: A.comment, weight: 3 }],
      groups: [{ rows }],
      footer: [],
    });
  }
  return parts;
}

function indicatorChart(id: string, title: string, unit: string | undefined, o: IndicatorOutcome, periodLabel: string): IndicatorChartPart {
  const I = FOLLOW_UP.indicator;
  const scale = chartScale([o.baseline?.value, o.target?.value, o.outcome].filter((v): v is number => v !== undefined));
  const fraction = (value: number) => (value - scale.min) / (scale.max - scale.min);
  const point = (value: number, label: string) => ({ value, fraction: fraction(value), text: formatMeasure(value, unit), label });
  const baseline = o.baseline && point(o.baseline.value, I.baseline(o.baseline.year));
  const target = o.target && point(o.target.value, I.target(o.target.year));
  const outcome = o.outcome !== undefined ? point(o.outcome, I.outcome(periodLabel)) : undefined;
  const verdict = o.outcome === undefined ? I.noOutcome : !o.target ? I.noTarget : o.met === undefined ? I.noDirection : o.met ? I.met : I.notMet;
  const directionName = o.direction ? GOAL_MODEL.directions[o.direction] : undefined;
  const directionText = directionName ? (o.inferred ? I.inferred(directionName) : directionName) : I.noDirectionText;
  const points = [baseline, target, outcome].filter((p): p is NonNullable<typeof p> => p !== undefined);
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);
  return {
    kind: 'indicatorChart',
    anchor: id,
    title,
    ...(unit ? { unit } : {}),
    directionText,
    scale: { min: scale.min, max: scale.max, ticks: scale.ticks.map((value) => ({ value, fraction: fraction(value), text: formatNumber(value) })) },
    ...(baseline ? { baseline } : {}),
    ...(target ? { target } : {}),
    ...(outcome ? { outcome } : {}),
    ...(o.met !== undefined ? { met: o.met } : {}),
    verdict,
    name: I.name(title, points.map((p) => `${lower(p.label)} ${p.text}`), verdict),
    table: {
      kind: 'table',
      name: title,
      caption: { text: title },
      columns: [{ header: I.pointColumn, weight: 2 }, { header: I.valueColumn, numeric: true, weight: 1 }],
      groups: [{ rows: points.map((p) => row('line', [textCell(p.label, { header: true }), textCell(p.text, { numeric: true })])) }],
      footer: [],
    },
  };
}

const amountText = (value: number | Decimal) => (String(value).includes('.') ? formatNumber(value) : formatAmount(value));

function budgetParts(table: BudgetTable, followUp: FollowUp, period: FollowUpPeriod, counters: Counters): Part[] {
  const ids = new Set([...table.groups.flatMap((g) => g.lines), ...table.lines].map((l) => l.id));
  const entries = followUp.budget.filter((b) => ids.has(b.ref));
  if (entries.length === 0) return [];
  const B = FOLLOW_UP.budget;
  const outcomes = new Map(entries.flatMap((b) => (b.outcome == null ? [] : [[b.ref, b.outcome] as const])));
  const comments = new Map(entries.flatMap((b) => (b.comment ? [[b.ref, b.comment] as const] : [])));
  const budgetColumn = budgetColumnFor(table, period.year);
  const budgetSums = budgetTableSums(table);
  const outcomeSums = budgetTableSums(outcomeTable(table, outcomes));
  const allFollowed = [...ids].every((id) => outcomes.has(id));
  const amountCells = (budget: number | Decimal | undefined, outcome: number | Decimal | undefined): Cell[] => {
    const missing = (label: string = B.missing) => textCell('', { numeric: true, emptyLabel: label });
    const deviation = budget !== undefined && outcome !== undefined ? subtractExact(outcome, budget) : undefined;
    const percent = budget !== undefined && outcome !== undefined ? changeValue(budget, outcome, 'procent') : undefined;
    return [
      budget === undefined ? missing() : textCell(amountText(budget), { numeric: true }),
      outcome === undefined ? missing() : textCell(amountText(outcome), { numeric: true }),
      deviation === undefined ? missing() : textCell(formatNumber(deviation), { numeric: true }),
      percent === undefined ? missing(deviation === undefined ? B.missing : B.noPercent) : textCell(percent, { numeric: true }),
    ];
  };
  const lineRow = (line: BudgetTable['lines'][number]) => row('line', [
    textCell(line.label, { header: true, ...(comments.has(line.id) ? { detail: comments.get(line.id)! } : {}) }),
    ...amountCells(budgetColumn ? line.values[budgetColumn] : undefined, outcomes.get(line.id)),
  ]);
  const groups: RowGroup[] = table.groups.map((group, g) => ({
    heading: group.title,
    rows: [
      ...group.lines.map(lineRow),
      ...(group.lines.length > 1 ? [row('subtotal', [textCell(BUDGET_TABLE.groupTotal(group.title), { header: true }),
        ...amountCells(budgetColumn ? budgetSums.groups[g]![budgetColumn] : undefined, group.lines.every((l) => outcomes.has(l.id)) ? outcomeSums.groups[g]!.utfall : undefined)])] : []),
    ],
  }));
  if (table.lines.length > 0) groups.push({ rows: table.lines.map(lineRow) });
  const single = table.groups.length + table.lines.length === 1;
  const caption = B.caption(table.title);
  return [
    {
      kind: 'table',
      label: TABLE.label(++counters.table),
      caption: { text: caption },
      captionDetail: BUDGET_TABLE.unit(table.unit),
      name: caption,
      columns: [
        { header: B.line, weight: 3 },
        { header: B.budget, numeric: true, weight: 1 },
        { header: B.outcome, numeric: true, weight: 1 },
        { header: B.deviation(table.unit), numeric: true, weight: 1 },
        { header: B.deviationPercent, numeric: true, weight: 1 },
      ],
      groups,
      footer: single ? [] : [row('total', [textCell(table.totalLabel ?? B.total, { header: true }),
        ...amountCells(budgetColumn ? budgetSums.total[budgetColumn] : undefined, allFollowed ? outcomeSums.total.utfall : undefined)])],
      variant: 'belopp',
    },
    { kind: 'note', text: B.note },
  ];
}

/** Per activity id: its status in the latest follow-up that gives one, with that follow-up's id (for the plan page's link). */
export function latestActivityStatus(followUps: readonly DerivedFollowUp[]): Record<string, DerivedFollowUp['activityStatus'][string] & { followUpId: string }> {
  const latest: Record<string, DerivedFollowUp['activityStatus'][string] & { followUpId: string }> = {};
  for (const followUp of followUps) {
    for (const [id, status] of Object.entries(followUp.activityStatus)) latest[id] = { ...status, followUpId: followUp.id };
  }
  return latest;
}

/** The follow-ups of a plan in period order. */
export function deriveFollowUps(planId: string, plan: Plan, followUps: readonly ValidatedFollowUp[]): DerivedFollowUp[] {
  return [...followUps].sort((a, b) => periodOrder(a.period) - periodOrder(b.period)).map((f) => deriveFollowUp(planId, plan, f));
}

