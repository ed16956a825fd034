/**
 * `npm run new -- --uppfoljning <plan> --period 2020-T2`: writes the follow-up file of a
 * plan and period, listing every goal, indicator, activity and budget line the plan lets a
 * follow-up refer to, with empty fields and a comment naming each item. Only ever creates
 * the file: an existing follow-up is never overwritten. The file passes `npm run check`
 * with warnings for the empty fields (docs/uppfoljning.md).
 */
import { realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLLOW_UP_STATUSES, GOAL_JUDGEMENTS } from '../../schemas/follow-up';
import { followUpFileName, parsePeriodKey, periodEnd, type FollowUpPeriod } from '../load/follow-up-period';
import { loadPlan } from '../load/load-plan';
import { isInside } from '../load/resolve-plan-file';
import { formatNumber } from '../shared/format-sv';
import { FOLLOW_UP } from '../shared/words-sv';
import { budgetColumnFor, followableItems } from '../validate/follow-up-items';
import { validatePlan } from '../validate/validate-plan';
import { CreatePlanError } from './create-plan';

const SCHEMA = fileURLToPath(new URL('../../schemas/uppfoljning.schema.json', import.meta.url));

export interface CreateFollowUpOptions {
  contentRoot: string;
  /** The plan's folder name in the content folder. */
  plan: string;
  /** "2020-T2", "2020-H1" or "2020" (any case). */
  period: string;
}

/** One line of a YAML comment: the plan's text flattened, never breaking the comment. */
const commentText = (text: string) => text.replace(/\s+/g, ' ').trim();
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} eller ${values.at(-1)}`;

export interface CreatedFollowUp {
  file: string;
  /** The plan has nothing a follow-up can refer to (no goals, indicators, activities or budget lines with ids). */
  empty: boolean;
}

export async function createFollowUp(options: CreateFollowUpOptions): Promise<CreatedFollowUp> {
  const period = parsePeriodKey(options.period.toUpperCase());
  if (!period) throw new CreatePlanError(`"${options.period}" är ingen period. Skriv t.ex. --period 2020 (helår), --period 2020-T2 (tertial) eller --period 2020-H1 (halvår).`);
  const contentRoot = await realpath(options.contentRoot);
  const given = path.resolve(contentRoot, options.plan);
  let dir: string;
  try {
    dir = await realpath(given);
  } catch {
    throw new CreatePlanError(`Hittar ingen plan i ${options.plan}. Ange planens mappnamn, t.ex. --uppfoljning fou-jamt-2020.`);
  }
  if (!isInside(contentRoot, given) || !isInside(contentRoot, dir) || dir === contentRoot) {
    throw new CreatePlanError(`--uppfoljning ${options.plan} ligger utanför mappen med planerna (eller är en länk dit); inget skapades.`);
  }
  const validated = await validatePlan(await loadPlan(contentRoot, dir));
  if (!validated.plan) throw new CreatePlanError(`Planen i ${options.plan} kan inte läsas; kör npm run check och rätta felen först.`);
  const plan = validated.plan;
  const end = plan.period.end ?? plan.period.start;
  if (period.year < plan.period.start || period.year > end) {
    throw new CreatePlanError(`Perioden ${period.key} ligger utanför planens period (${plan.period.start === end ? end : `${plan.period.start}–${end}`}).`);
  }
  const target = path.join(dir, followUpFileName(period));
  const text = followUpText(plan, period, path.relative(dir, SCHEMA).split(path.sep).join('/'));
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CreatePlanError(`${path.join(options.plan, followUpFileName(period))} finns redan och skrivs inte över.`);
    throw error;
  }
  const items = followableItems(plan);
  return { file: target, empty: items.goals.length + items.indicators.length + items.activities.length + items.budgetLines.length === 0 };
}

/** The scaffold's text: every followable item with empty fields and its name in a comment. */
export function followUpText(plan: Parameters<typeof followableItems>[0], period: FollowUpPeriod, schemaPath: string): string {
  const items = followableItems(plan);
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# ${FOLLOW_UP.title(period.kind, period.year, period.part)}: uppföljning av "${commentText(plan.title)}".`,
    '# Fyll i de tomma fälten; ett fält som lämnas tomt ger en varning i npm run check, utom när',
    '# en kommentar förklarar det. Se docs/uppfoljning.md.',
    ...(items.goals.length + items.indicators.length + items.activities.length + items.budgetLines.length === 0
      ? ['# Planen har inga mål, indikatorer, aktiviteter eller budgetrader med id som kan följas upp;', '# skriv dem som en målmodell (goalModel) och en budgettabell (budgetTable) i planen.']
      : []),
    `period: ${period.kind === 'year' ? `"${period.key}"` : period.key}`,
    `asOf: ${periodEnd(period)}`,
    'summary:',
  ];
  const list = (key: string, entries: string[][]) => {
    if (entries.length === 0) { out.push(`${key}: []`); return; }
    out.push(`${key}:`);
    for (const entry of entries) out.push(...entry);
  };
  list('goals', items.goals.map((goal) => [
    `  # Mål ${goal.number}: ${commentText(goal.title)}`,
    `  - ref: ${goal.id}`,
    `    judgement: # ${oneOf(GOAL_JUDGEMENTS)}`,
    '    comment:',
  ]));
  list('indicators', items.indicators.map(({ id, indicator }) => {
    const target = indicator.targets?.[String(period.year)];
    const about = [indicator.unit && `enhet ${indicator.unit}`, target !== undefined && `målvärde ${period.year}: ${formatNumber(target)}`].filter(Boolean).join(', ');
    return [
      `  # ${commentText(indicator.name)}${about ? ` (${about})` : ''}`,
      `  - ref: ${id}`,
      '    outcome:',
      ...(indicator.unit ? [`    unit: ${JSON.stringify(indicator.unit)}`] : []),
      '    comment:',
    ];
  }));
  list('activities', items.activities.map(({ id, activity }) => [
    `  # ${commentText(activity.text)}`,
    `  - ref: ${id}`,
    `    status: # ${oneOf(FOLLOW_UP_STATUSES)}`,
    '    comment:',
  ]));
  list('budget', items.budgetLines.map((line) => {
    const table = items.budgetTables[line.tableIndex]!.table;
    const column = budgetColumnFor(table, period.year);
    const all = [...table.groups.flatMap((g) => g.lines), ...table.lines];
    const budget = column ? all.find((l) => l.id === line.id)?.values[column] : undefined;
    return [
      `  # ${commentText(table.title)}: ${commentText(line.label)}${budget !== undefined ? ` (budget ${formatNumber(budget)} ${table.unit})` : ` (${table.unit})`}`,
      `  - ref: ${line.id}`,
      '    outcome:',
      '    comment:',
    ];
  }));
  return `${out.join('\n')}\n`;
}
