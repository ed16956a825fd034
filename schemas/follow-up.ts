/**
 * A follow-up of a plan (issue 21): a tertial or half-year report, or the annual report
 * (verksamhetsberättelse). It lives beside the plan as `uppfoljning-<år>[-t<1-3>|-h<1-2>].yaml`
 * and refers to the plan's own ids: goals, indicators and activities of a goal model, goals of
 * strategic and result goals, and the lines of budget tables.
 *
 * A field left empty (`outcome:` with nothing after it, as `npm run new -- --uppfoljning`
 * writes them) is read as "not filled in yet": the check warns, it does not refuse.
 */
import * as z from 'zod';
import { tableAmount } from './budget-table';
import { decisionSchema } from './metadata';
import { id, isoDate, markdown, text } from './primitives';

export const GOAL_JUDGEMENTS = ['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'kan inte bedömas'] as const;
export const FOLLOW_UP_STATUSES = ['genomförd', 'pågår', 'ej påbörjad', 'försenad', 'struken'] as const;

/** "2020", "2020-T2" or "2020-H1": the year, a tertial or a half year. */
export const FOLLOW_UP_PERIOD = /^(\d{4})(?:-([TH])([1-3]))?$/;
/** The follow-up's file name: uppfoljning-2020.yaml, uppfoljning-2020-t2.yaml, uppfoljning-2020-h1.yaml. */
export const FOLLOW_UP_FILE = /^uppfoljning-(\d{4})(?:-([th])([1-3]))?\.yaml$/;

/** A value that may be left empty (YAML null) in a scaffolded file. */
const fillable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const comment = () => fillable(markdown('Kommentar, kort.'));

export const followUpGoalSchema = z
  .strictObject({
    ref: id('Målets id i planen.'),
    judgement: fillable(z.enum(GOAL_JUDGEMENTS).describe('Bedömning: "uppfyllt", "delvis uppfyllt", "ej uppfyllt" eller "kan inte bedömas".')),
    comment: comment(),
  })
  .describe('Bedömningen av ett mål i planen.');

export const followUpIndicatorSchema = z
  .strictObject({
    ref: id('Indikatorns id i planen.'),
    outcome: fillable(z.number().describe('Utfallet för perioden, i indikatorns enhet.')),
    unit: fillable(text('Enheten för utfallet; måste vara densamma som indikatorns i planen, t.ex. "%".')),
    comment: comment(),
  })
  .describe('Utfallet för en indikator i planen.');

export const followUpActivitySchema = z
  .strictObject({
    ref: id('Aktivitetens id i planen.'),
    status: fillable(z.enum(FOLLOW_UP_STATUSES).describe('Status: "genomförd", "pågår", "ej påbörjad", "försenad" eller "struken".')),
    comment: comment(),
  })
  .describe('Läget för en aktivitet i planen.');

export const followUpBudgetLineSchema = z
  .strictObject({
    ref: id('Budgetradens id i planens budgettabell.'),
    outcome: fillable(tableAmount('Utfallet för raden')),
    comment: comment(),
  })
  .describe('Utfallet för en rad i planens budgettabell, i tabellens enhet och med samma tecken som tabellen.');

export const followUpBudgetTotalSchema = z
  .strictObject({
    table: id('Budgettabellens id i planen (behövs bara när planen har flera budgettabeller).').optional(),
    group: text('Gruppens rubrik i tabellen, t.ex. "Kostnader", när summan gäller en grupp och inte hela tabellen.').optional(),
    outcome: tableAmount('Summan av utfallet enligt källan, kontrolleras mot raderna'),
  })
  .describe('Summan av utfallet för en budgettabell, eller en grupp i den, enligt källan.');

export const followUpSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Sökväg till JSON-schemat (för redigeraren).'),
    period: z
      .string()
      .regex(FOLLOW_UP_PERIOD, 'Perioden skrivs "2020" (helår), "2020-T2" (tertial) eller "2020-H1" (halvår).')
      .optional()
      .describe('Perioden: "2020" (helår, verksamhetsberättelse), "2020-T1"–"2020-T3" (tertial) eller "2020-H1"/"2020-H2" (halvår). Måste stämma med filnamnet.'),
    asOf: fillable(isoDate('Datum då läget beskrivs, t.ex. periodens sista dag.')),
    decisions: z.array(decisionSchema).min(1, 'Ange minst ett beslut, eller ta bort decisions.').optional().describe('Besluten om uppföljningen, t.ex. att nämnden godkänner verksamhetsberättelsen.'),
    summary: fillable(markdown('Sammanfattning av perioden.')),
    goals: z.array(followUpGoalSchema).default([]).describe('Bedömning av planens mål.'),
    indicators: z.array(followUpIndicatorSchema).default([]).describe('Utfall för planens indikatorer.'),
    activities: z.array(followUpActivitySchema).default([]).describe('Läget för planens aktiviteter.'),
    budget: z.array(followUpBudgetLineSchema).default([]).describe('Utfall för raderna i planens budgettabeller.'),
    budgetTotals: z.array(followUpBudgetTotalSchema).optional().describe('Summan av utfallet per budgettabell enligt källan; kontrolleras mot raderna.'),
  })
  .describe('En uppföljning av en plan: tertialrapport, halvårsrapport eller verksamhetsberättelse.');

export type FollowUp = z.infer<typeof followUpSchema>;
export type FollowUpInput = z.input<typeof followUpSchema>;
export type GoalJudgementValue = (typeof GOAL_JUDGEMENTS)[number];
export type FollowUpStatusValue = (typeof FOLLOW_UP_STATUSES)[number];
