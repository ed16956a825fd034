/**
 * Follow-ups (issue 21): the file names and periods, the check against the plan, and the
 * derived model (status counts, indicator outcomes with direction, suggested judgements,
 * budget deviations) for the example in examples/uppfoljning.
 */
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { planInputHash } from '../../src/incremental/fingerprint';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import type { DerivedFollowUp, FollowUpPart, IndicatorChartPart, StatusBarsPart } from '../../src/derive/follow-up/follow-up-model';
import { chartScale, indicatorOutcome, suggestedJudgement } from '../../src/derive/follow-up/indicator-outcome';
import { parsePeriodKey, periodEnd, periodFromFileName, periodOrder } from '../../src/load/follow-up-period';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import type { TablePart } from '../../src/derive/presentation';

const BASE_PLAN = 'test/fixtures/invalid/uppfoljning-summa-fel/plan.yaml';

/** A content root with the small base plan and the given follow-up files. */
async function planWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'planverk-fu-'));
  const dir = path.join(root, 'testplan');
  await cp(BASE_PLAN, path.join(dir, 'plan.yaml'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return root;
}

async function check(files: Record<string, string>) {
  const root = await resolveContentRoot(await planWith(files));
  const result = await checkPlans(root);
  const lines = (severity: 'error' | 'warning') => result.problems.filter((p) => p.severity === severity).map((p) => formatProblem(p).replace(/^.*?testplan\//, ''));
  return { errors: lines('error'), warnings: lines('warning'), plan: result.plans[0] };
}

const complete = (extra = '') => `period: 2020-T2
goals:
  - ref: mal-kunskap
    judgement: uppfyllt
indicators:
  - ref: ind-deltagare
    outcome: 130
activities:
  - ref: akt-utbildning
    status: genomförd
budget:
  - ref: intakter
    outcome: 260
  - ref: kostnader
    outcome: -250
${extra}`;

describe('follow-up periods', () => {
  it('reads the period from the file name: year, tertial, half year', () => {
    expect(periodFromFileName('uppfoljning-2020.yaml')).toEqual({ year: 2020, kind: 'year', key: '2020' });
    expect(periodFromFileName('uppfoljning-2020-t2.yaml')).toEqual({ year: 2020, kind: 'tertial', part: 2, key: '2020-T2' });
    expect(periodFromFileName('uppfoljning-2020-h1.yaml')).toEqual({ year: 2020, kind: 'half', part: 1, key: '2020-H1' });
    expect(periodFromFileName('uppfoljning-2020-h3.yaml')).toBeUndefined();
    expect(periodFromFileName('uppfoljning-2020-t4.yaml')).toBeUndefined();
    expect(parsePeriodKey('2020-T3')?.key).toBe('2020-T3');
  });

  it('orders periods by their end, the whole year last', () => {
    const keys = ['2021-T1', '2020', '2020-H1', '2020-T3', '2020-T1', '2020-T2'];
    const sorted = keys.map((k) => parsePeriodKey(k)!).sort((a, b) => periodOrder(a) - periodOrder(b)).map((p) => p.key);
    expect(sorted).toEqual(['2020-T1', '2020-H1', '2020-T2', '2020-T3', '2020', '2021-T1']);
    expect(periodEnd(parsePeriodKey('2020-T2')!)).toBe('2020-08-31');
    expect(periodEnd(parsePeriodKey('2020-H1')!)).toBe('2020-06-30');
  });
});

describe('indicator outcomes and suggested judgements', () => {
  const indicator = { id: 'i', name: 'I', baseline: { value: 78, year: 2024 }, targets: { '2025': 85 } };

  it('takes the direction from the plan, or infers it from baseline → target, or cannot judge', () => {
    expect(indicatorOutcome({ ...indicator, direction: 'lägre är bättre' }, 2025, 80)).toMatchObject({ direction: 'lägre är bättre', inferred: false, met: true });
    expect(indicatorOutcome(indicator, 2025, 83)).toMatchObject({ direction: 'högre är bättre', inferred: true, met: false });
    expect(indicatorOutcome(indicator, 2025, 85)).toMatchObject({ met: true });
    expect(indicatorOutcome({ id: 'i', name: 'I', targets: { '2025': 85 } }, 2025, 90).met).toBeUndefined();
    expect(indicatorOutcome(indicator, 2026, 90).target).toBeUndefined();
  });

  it('suggests uppfyllt, delvis, ej uppfyllt or kan inte bedömas from the indicators with targets', () => {
    const o = (met: boolean | undefined) => ({ target: { value: 1, year: 2020 }, inferred: false, ...(met === undefined ? {} : { met }) });
    expect(suggestedJudgement([o(true), o(true)])?.value).toBe('uppfyllt');
    expect(suggestedJudgement([o(true), o(false)])?.value).toBe('delvis uppfyllt');
    expect(suggestedJudgement([o(false)])?.value).toBe('ej uppfyllt');
    expect(suggestedJudgement([o(true), o(undefined)])?.value).toBe('kan inte bedömas');
    expect(suggestedJudgement([{ inferred: false }])).toBeUndefined();
  });

  it('draws a scale from zero to a round number above every value', () => {
    expect(chartScale([78, 85, 83])).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(chartScale([-5, 10]).min).toBeLessThan(0);
  });
});

describe('the follow-up check', () => {
  it('accepts a complete follow-up without warnings and derives it', async () => {
    const { errors, warnings, plan } = await check({ 'uppfoljning-2020-t2.yaml': complete() });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(plan?.followUps?.map((f) => f.id)).toEqual(['uppfoljning-2020-t2']);
  });

  it('refuses a period that contradicts the file name, a bad file name and a period outside the plan', async () => {
    expect((await check({ 'uppfoljning-2020-t2.yaml': complete().replace('2020-T2', '2020-T3') })).errors).toEqual([
      'uppfoljning-2020-t2.yaml:1:9  period  Perioden "2020-T3" stämmer inte med filnamnet, som ger perioden "2020-T2". Rätta period eller byt namn på filen.',
    ]);
    expect((await check({ 'uppfoljning-2020-h3.yaml': complete() })).errors[0]).toMatch(/^uppfoljning-2020-h3.yaml:1:1 .*Filnamnet "uppfoljning-2020-h3.yaml" är inte ett namn på en uppföljning/);
    expect((await check({ 'uppfoljning-2021.yaml': complete().replace('period: 2020-T2\n', '') })).errors[0]).toMatch(/Uppföljningen gäller 2021, men planen i .*plan.yaml gäller 2020\./);
  });

  it('refuses a reference given twice and one to an item of another kind', async () => {
    const { errors } = await check({ 'uppfoljning-2020-t2.yaml': complete(`  - ref: intakter\n    outcome: 1\n`).replace('  - ref: akt-utbildning', '  - ref: mal-kunskap') });
    expect(errors).toEqual([
      expect.stringMatching(/^uppfoljning-2020-t2.yaml:9:10  activities\[0\].ref  "mal-kunskap" i .*plan.yaml är ett mål, inte en aktivitet; flytta den till goals\.$/),
      'uppfoljning-2020-t2.yaml:16:10  budget[2].ref  Budgetraden "intakter" följs redan upp tidigare i filen; ta bort den ena.',
    ]);
  });

  it('checks a group’s total of outcomes, by the group’s title', async () => {
    const root = await planWith({});
    const dir = path.join(root, 'testplan');
    const planText = (await readFile(BASE_PLAN, 'utf8')).replace(/        lines:\n          - id: intakter/, '        groups:\n          - title: Intäkter\n            lines:\n              - id: intakter').replace(/\n            label: Intäkter\n            values: \{ bu2020: 500 \}\n          - id: kostnader\n            label: Kostnader\n            values: \{ bu2020: -480 \}/, '\n                label: Intäkter\n                values: { bu2020: 500 }\n              - id: kostnader\n                label: Kostnader\n                values: { bu2020: -480 }');
    await writeFile(path.join(dir, 'plan.yaml'), planText);
    await writeFile(path.join(dir, 'uppfoljning-2020-t2.yaml'), complete('budgetTotals:\n  - group: Intäkter\n    outcome: 260\n  - group: Intakter\n    outcome: 10\n'));
    const { problems } = await checkPlans(await resolveContentRoot(root));
    expect(problems.map((p) => formatProblem(p).replace(/^.*?testplan\//, ''))).toEqual([
      'uppfoljning-2020-t2.yaml:18:14  budgetTotals[0].outcome  Summan av utfallet för "Intäkter" anges till 260 tkr men raderna blir 10 tkr (skillnad −250 tkr, tillåten avvikelse 0 tkr).',
      expect.stringMatching(/^uppfoljning-2020-t2.yaml:19:12  budgetTotals\[1\].group  Gruppen "Intakter" finns inte i budgettabellen "Driftbudget 2020" i .*plan.yaml\. Menade du "Intäkter"\? Grupper: "Intäkter"\.$/),
    ]);
  });

  it('refuses a total for an unknown table, and takes the plan’s only table when none is named', async () => {
    const { errors } = await check({ 'uppfoljning-2020-t2.yaml': complete('budgetTotals:\n  - table: driftbudgt\n    outcome: 10\n') });
    expect(errors).toEqual([expect.stringMatching(/budgetTotals\[0\].table  Budgettabellen "driftbudgt" finns inte i .*plan.yaml\. Menade du "driftbudget"\? Tabeller med id: driftbudget\.$/)]);
    expect((await check({ 'uppfoljning-2020-t2.yaml': complete('budgetTotals:\n  - outcome: 10\n') })).errors).toEqual([]);
    expect((await check({ 'uppfoljning-2020-t2.yaml': complete('budgetTotals:\n  - outcome: 11\n') })).errors).toEqual([
      'uppfoljning-2020-t2.yaml:17:14  budgetTotals[0].outcome  Summan av utfallet anges till 11 tkr men raderna blir 10 tkr (skillnad −1 tkr, tillåten avvikelse 0 tkr).',
    ]);
  });

  it('warns, without refusing, on plan items left out and fields left empty (a comment explains an empty field)', async () => {
    const { errors, warnings, plan } = await check({ 'uppfoljning-2020.yaml': 'goals:\n  - ref: mal-kunskap\n    judgement:\nindicators:\n  - ref: ind-deltagare\n    outcome:\n    comment: Mäts i december.\n' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^uppfoljning-2020.yaml:1:1  -  varning: Aktiviteten "akt-utbildning" \(Ge två utbildningar.\) i .*plan.yaml följs inte upp i filen; lägg till den under activities\.$/),
      expect.stringMatching(/^uppfoljning-2020.yaml:1:1  -  varning: Budgetraden "intakter" \(Intäkter\) i .*plan.yaml följs inte upp/),
      expect.stringMatching(/^uppfoljning-2020.yaml:1:1  -  varning: Budgetraden "kostnader" \(Kostnader\) i .*plan.yaml följs inte upp/),
      'uppfoljning-2020.yaml:3:5  goals[0].judgement  varning: Bedömningen av målet "mal-kunskap" är inte ifylld.',
    ]);
    expect(plan?.followUps?.[0]?.assessments).toEqual([{ goalId: 'mal-kunskap', suggestion: { value: 'kan inte bedömas', label: 'Kan inte bedömas', reason: 'Utfall eller riktning saknas för 1 av 1 indikator med målvärde.' } }]);
  });

  it('checks its texts like the plan’s: control characters, unsafe links', async () => {
    const { errors, warnings } = await check({ 'uppfoljning-2020-t2.yaml': complete().replace('judgement: uppfyllt', 'judgement: uppfyllt\n    comment: "Klart \\0 nu [x](javascript:alert(1))"') });
    expect(errors).toEqual(['uppfoljning-2020-t2.yaml:5:14  goals[0].comment  Texten innehåller ett osynligt styrtecken (U+0000). Det kommer oftast från inklistrad text eller "\\0" i YAML; ta bort det.']);
    expect(warnings).toEqual(['uppfoljning-2020-t2.yaml:5:14  goals[0].comment  varning: Länken "javascript:alert(1)" tas bort; bara http:, https:, mailto: och #id är tillåtna.']);
  });

  it('refuses a follow-up file that links out of the content folder, without reading it', async () => {
    const root = await planWith({});
    await symlink('/etc/hostname', path.join(root, 'testplan', 'uppfoljning-2020.yaml'));
    const result = await checkPlans(await resolveContentRoot(root));
    expect(result.problems.map((p) => [p.file.endsWith('testplan/uppfoljning-2020.yaml'), p.line, p.column, p.code])).toEqual([[true, 1, 1, 'fil-utanfor-content']]);
    expect(result.plans).toEqual([]);
  });

  it('is part of the plan folder the model cache hashes: a changed follow-up file changes the plan’s key', async () => {
    const root = await planWith({ 'uppfoljning-2020-t2.yaml': complete() });
    const dir = path.join(root, 'testplan');
    const before = planInputHash(root, dir);
    await writeFile(path.join(dir, 'uppfoljning-2020-t2.yaml'), complete().replace('outcome: 130', 'outcome: 131'));
    expect(planInputHash(root, dir)).not.toBe(before);
  });

  it('counts the statuses per perspective too when an area has several goals, a sub-goal in its parent’s area', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'planverk-fu-'));
    const goal = (id: string, extra: string) => `          - id: ${id}\n            title: Mål ${id}\n${extra}            activities:\n              - id: akt-${id}\n                text: Aktivitet ${id}.\n`;
    const planText = `title: Plan\nkind: verksamhetsplan\norganisation:\n  name: Test\nperiod:\n  start: 2020\nsections:\n  - title: Mål\n    blocks:\n      - type: goalModel\n        levels: [Mål, Delmål]\n        perspectives: [Medborgare, Ekonomi]\n        goals:\n`
      + goal('a', '            perspective: Medborgare\n').replace(/\n$/, '\n            goals:\n') + goal('a1', '').replace(/^ {10}/gm, '                  ')
      + goal('b', '            perspective: Ekonomi\n');
    await mkdir(path.join(root, 'p'));
    await writeFile(path.join(root, 'p', 'plan.yaml'), planText);
    await writeFile(path.join(root, 'p', 'uppfoljning-2020.yaml'), 'activities:\n  - ref: akt-a\n    status: genomförd\n  - ref: akt-a1\n    status: pågår\n  - ref: akt-b\n    status: försenad\n');
    const result = await checkPlans(await resolveContentRoot(root));
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const charts = partsOf(result.plans[0]!.followUps![0]!).filter((p): p is StatusBarsPart => p.kind === 'statusBars');
    expect(charts.map((c) => [c.label, c.caption])).toEqual([['Figur 1', 'Status för aktiviteterna per mål'], ['Figur 2', 'Status för aktiviteterna per perspektiv']]);
    expect(charts[1]!.bars.map((b) => b.summary)).toEqual(['Medborgare: 1 genomförd, 1 pågår av 2', 'Ekonomi: 1 försenad av 1', 'Hela planen: 1 genomförd, 1 pågår, 1 försenad av 3']);
    expect(cellTexts(charts[1]!.table)[0]).toEqual(['Medborgare', '1', '1', '0', '2']);
  });

  it('leaves the model of a plan without follow-up files as it was (no followUps key)', async () => {
    const { plan } = await check({});
    expect(plan).toBeDefined();
    expect('followUps' in plan!).toBe(false);
    expect('latestActivityStatus' in plan!).toBe(false);
  });
});

const partsOf = (followUp: DerivedFollowUp): FollowUpPart[] => followUp.sections.flatMap(function all(s): FollowUpPart[] { return [...s.parts, ...s.sections.flatMap(all)]; });
const cellTexts = (table: TablePart) => [...table.groups.flatMap((g) => g.rows), ...table.footer].map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join(' ') || `(${c.emptyLabel ?? ''})`));

describe('the example in examples/uppfoljning', () => {
  let plan: DerivedPlan;
  beforeAll(async () => {
    const result = await checkPlans(await resolveContentRoot('examples/uppfoljning'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    plan = result.plans[0]!;
  }, 60_000);

  it('has two follow-ups in period order: the tertial report, then the annual report', () => {
    expect(plan.followUps!.map((f) => [f.id, f.periodKey, f.periodLabel, f.documentKind, f.title])).toEqual([
      ['uppfoljning-2025-t2', '2025-T2', 'Tertial 2 2025', 'tertialrapport', 'Tertialrapport 2 2025'],
      ['uppfoljning-2025', '2025', '2025', 'verksamhetsberättelse', 'Verksamhetsberättelse 2025'],
    ]);
    const [t2, year] = plan.followUps!;
    expect(t2!.asOf).toBe('Läget den 31 augusti 2025');
    expect(year!.decisions).toEqual([expect.stringMatching(/FoU-rådet.*12 februari 2026.*§ 5/)]);
    expect(t2!.toc.map((e) => `${e.number} ${e.title}`)).toEqual([
      '1 Sammanfattning', '2 Mål och indikatorer',
      '2.1 Mål 1: Kommunernas socialtjänst använder forskning och beprövad erfarenhet',
      '2.2 Mål 2: Samverkan mellan kommunerna och regionen är stark', '3 Ekonomi',
    ]);
  });

  it('counts the activities per status, per goal and for the whole plan, with a table alternative', () => {
    const bars = partsOf(plan.followUps![0]!).find((p): p is StatusBarsPart => p.kind === 'statusBars')!;
    expect(bars.legend.map((l) => l.label)).toEqual(['Genomförd', 'Pågår', 'Ej påbörjad', 'Försenad']);
    expect(bars.bars.map((b) => b.summary)).toEqual([
      'Mål 1: Kommunernas socialtjänst använder forskning och beprövad erfarenhet: 1 genomförd, 1 pågår, 1 ej påbörjad av 3',
      'Mål 2: Samverkan mellan kommunerna och regionen är stark: 2 pågår, 1 försenad av 3',
      'Hela planen: 1 genomförd, 3 pågår, 1 ej påbörjad, 1 försenad av 6',
    ]);
    expect(bars.bars[2]!.segments.map((s) => s.fraction)).toEqual([1 / 6, 3 / 6, 1 / 6, 1 / 6]);
    expect(cellTexts(bars.table).at(-1)).toEqual(['Hela planen', '1', '3', '1', '1', '6']);
  });

  it('charts each indicator against target and baseline, direction taken into account', () => {
    const charts = partsOf(plan.followUps![1]!).filter((p): p is IndicatorChartPart => p.kind === 'indicatorChart');
    expect(charts.map((c) => [c.title, c.directionText, c.outcome?.text, c.target?.text, c.verdict])).toEqual([
      ['Deltagare i FoU-enhetens utbildningar', 'Högre är bättre', '412\u00a0st', '400\u00a0st', 'Målvärdet nått'],
      ['Andel deltagare som är nöjda med utbildningarna', 'Högre är bättre (av utgångs- och målvärdet)', '83\u00a0%', '85\u00a0%', 'Målvärdet inte nått'],
      ['Genomsnittlig tid från beställning till start av utvärdering', 'Lägre är bättre', '41\u00a0dagar', '45\u00a0dagar', 'Målvärdet nått'],
    ]);
    const [first] = charts;
    expect(first!.outcome!.fraction).toBeCloseTo((412 - first!.scale.min) / (first!.scale.max - first!.scale.min));
    expect(first!.name).toBe('Deltagare i FoU-enhetens utbildningar: utgångsvärde 2024 320\u00a0st, målvärde 2025 400\u00a0st, utfall 2025 412\u00a0st. Målvärdet nått.');
  });

  it('shows the editor’s judgement beside the suggestion the indicators give', () => {
    expect(plan.followUps![1]!.assessments).toEqual([
      { goalId: 'mal-kunskap', judgement: { value: 'delvis uppfyllt', label: 'Delvis uppfyllt' }, suggestion: { value: 'delvis uppfyllt', label: 'Delvis uppfyllt', reason: '1 av 2 indikatorer har nått målvärdet.' } },
      { goalId: 'mal-samverkan', judgement: { value: 'uppfyllt', label: 'Uppfyllt' }, suggestion: { value: 'uppfyllt', label: 'Uppfyllt', reason: 'Indikatorn har nått målvärdet.' } },
    ]);
  });

  it('gives each activity its latest status for the plan page', () => {
    expect(plan.followUps![0]!.activityStatus['akt-utvardering-familj']).toEqual({ status: 'försenad', label: 'Försenad, T2 2025', comment: 'En kommun har bytt kontaktperson.' });
    expect(plan.followUps![1]!.activityStatus['akt-kunskapsoversikt']?.label).toBe('Struken, 2025');
    expect(plan.latestActivityStatus!['akt-utvardering-familj']).toEqual({ status: 'genomförd', label: 'Genomförd, 2025', comment: 'Rapporten publicerades i november.', followUpId: 'uppfoljning-2025' });
    expect(Object.keys(plan.latestActivityStatus!)).toHaveLength(6);
  });

  it('sets budget against outcome with the deviation in the table’s unit and in per cent', () => {
    const budget = partsOf(plan.followUps![1]!).find((p): p is TablePart => p.kind === 'table' && p.name.startsWith('Driftbudget'))!;
    expect(budget.columns.map((c) => c.header)).toEqual(['Post', 'Budget', 'Utfall', 'Avvikelse (tkr)', 'Avvikelse (%)']);
    const rows = cellTexts(budget);
    expect(rows[2]).toEqual(['Projektmedel', '600', '540', '−60', '−10,0\u00a0%']);
    expect(rows.at(-1)).toEqual(['Resultat', '0', '45', '45', '(Kan inte beräknas, budgeten är noll)']);
  });
});
