/**
 * Money. Sums are always computed by planverk; an author may add the total from the
 * approved decision as `declaredTotal`, and `npm run check` reports any difference.
 */
import * as z from 'zod';
import { amount, editorialNote, id, isoDate, markdown, text, year } from './primitives';

export const budgetLineSchema = z
  .strictObject({
    label: text('Budgetpost, t.ex. "Lokalhyra".'),
    amount: amount('Belopp.'),
    note: text('Kommentar.').optional(),
  })
  .describe('En rad i budgeten.');

export const budgetGroupSchema = z
  .strictObject({
    title: text('Gruppens rubrik, t.ex. "Personalkostnader".').optional(),
    lines: z.array(budgetLineSchema).min(1),
    declaredTotal: amount('Gruppens summa enligt beslutet (kontrolleras mot raderna).').optional(),
  })
  .describe('En grupp av budgetrader.');

export const budgetSchema = z
  .strictObject({
    type: z.literal('budget'),
    editorialNote: editorialNote().optional(),
    id: id('Id för budgeten.').optional(),
    year: year('Budgetåret.').optional(),
    costs: z.array(budgetGroupSchema).min(1).describe('Kostnader, i grupper.'),
    revenues: z.array(budgetGroupSchema).min(1).describe('Intäkter, i grupper.'),
    declaredTotals: z
      .strictObject({
        costs: amount('Summa kostnader enligt beslutet.').optional(),
        revenues: amount('Summa intäkter enligt beslutet.').optional(),
      })
      .optional()
      .describe('Summorna enligt beslutet (kontrolleras mot raderna).'),
    balanced: z.boolean().default(true).describe('Kostnader och intäkter ska vara lika stora (standard: ja).'),
  })
  .describe('Budget med kostnader och intäkter.');

export const carriedOverFundsSchema = z
  .strictObject({
    type: z.literal('carriedOverFunds'),
    editorialNote: editorialNote().optional(),
    title: text('Rubrik, t.ex. "Balanserade medel 200101".'),
    asOf: isoDate('Datum som saldot avser.').optional(),
    lines: z.array(budgetLineSchema).min(1),
    declaredTotal: amount('Summa enligt källan (kontrolleras mot raderna).').optional(),
  })
  .describe('Balanserade medel från tidigare år.');

export const areaBudgetSchema = z
  .strictObject({
    type: z.literal('areaBudget'),
    year: year('Budgetåret.'),
    amount: amount('Budgeten i kronor, om den anges.').optional(),
    approximate: z.boolean().default(false).describe('Beloppet är ungefärligt ("cirka").'),
    funding: z.array(text('Finansieringskälla.')).default([]).describe('Finansieringskällor för områdets budget.'),
    fundingOutsideBudget: z
      .array(text('Det som finansieras och hur, t.ex. "Barnahus: kommunerna genom särskilt avtal".'))
      .default([])
      .describe('Finansiering som källan anger utanför områdets budget (t.ex. "finansieras därutöver").'),
    text: markdown('Budgettexten som den står i planen.'),
    editorialNote: editorialNote().optional(),
  })
  .describe('Ett områdes budget och finansiering.');
