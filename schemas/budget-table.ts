/**
 * A budget printed as one table with several typed columns (Bokslut 2021 | Budget 2022 |
 * Plan 2024 …), as municipal plans print them. Values are given per column id, sums and
 * change columns are computed, declared totals are checked within a stated tolerance.
 */
import * as z from 'zod';
import { editorialNote, id, text, year } from './primitives';

/** An amount in the table's unit; decimals are allowed (mnkr tables print 12,5). */
export const tableAmount = (description: string) =>
  z
    .number()
    .refine((n) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER, {
      message: 'Beloppet är orimligt stort. Kontrollera att inga siffror kommit med av misstag.',
      params: { code: 'belopp-for-stort' },
      abort: true,
    })
    .describe(`${description} (i tabellens enhet; decimaler tillåts, t.ex. 12.5 mnkr)`);

export const BUDGET_COLUMN_KINDS = ['utfall', 'bokslut', 'budget', 'prognos', 'plan'] as const;
export const BUDGET_UNITS = ['kr', 'tkr', 'mnkr'] as const;

const amountsByColumn = (description: string) =>
  z.record(z.string(), tableAmount('Belopp i kolumnen')).describe(`${description} (en siffra per kolumn-id, t.ex. "b2023: 1250")`);

export const budgetValueColumnSchema = z
  .strictObject({
    id: id('Kolumnens id, som raderna använder för sina värden, t.ex. "b2023".'),
    kind: z.enum(BUDGET_COLUMN_KINDS).describe('Slags kolumn: "utfall", "bokslut", "budget", "prognos" eller "plan".'),
    year: year('Året kolumnen avser.').optional(),
    label: text('Egen kolumnrubrik i stället för den härledda, t.ex. "Budget efter omfördelning".').optional(),
  })
  .describe('En kolumn med belopp som skrivs in.');

export const budgetChangeColumnSchema = z
  .strictObject({
    id: id('Kolumnens id (valfritt).').optional(),
    change: z
      .strictObject({
        from: id('Kolumnen förändringen räknas från.'),
        to: id('Kolumnen förändringen räknas till.'),
        as: z.enum(['kr', 'procent']).describe('"kr" för skillnaden i tabellens enhet, "procent" för förändringen i procent.'),
      })
      .describe('Förändring mellan två kolumner; värdena räknas fram.'),
    label: text('Egen kolumnrubrik, t.ex. "Avvikelse".').optional(),
  })
  .describe('En kolumn som räknas fram ur två andra.');

export const budgetTableLineSchema = z
  .strictObject({
    id: id('Radens id, stabilt mellan år (för uppföljning).'),
    label: text('Radens text, t.ex. "Lönekostnader".'),
    side: z.enum(['intakter', 'kostnader']).optional().describe('Intäkt eller kostnad, om gruppen inte anger det (behövs när kostnader skrivs positiva).'),
    values: amountsByColumn('Radens belopp'),
    note: text('Kommentar till raden.').optional(),
  })
  .describe('En rad i budgettabellen.');

export const budgetTableGroupSchema = z
  .strictObject({
    title: text('Gruppens rubrik, t.ex. "Intäkter".'),
    side: z.enum(['intakter', 'kostnader']).optional().describe('Intäkter eller kostnader (behövs när kostnader skrivs positiva).'),
    lines: z.array(budgetTableLineSchema).min(1).describe('Gruppens rader.'),
    declaredTotal: amountsByColumn('Gruppens summa enligt källan, kontrolleras mot raderna').optional(),
  })
  .describe('En grupp av rader med delsumma.');

export const budgetTableSchema = z
  .strictObject({
    type: z.literal('budgetTable'),
    editorialNote: editorialNote().optional(),
    id: id('Id för tabellen.').optional(),
    title: text('Tabellens rubrik, t.ex. "Driftbudget 2023–2025".'),
    unit: z.enum(BUDGET_UNITS).describe('Enheten för alla belopp i tabellen: "kr", "tkr" eller "mnkr".'),
    sign: z
      .enum(['costsNegative', 'costsPositive'])
      .default('costsNegative')
      .describe('Hur källan skriver kostnader: "costsNegative" (kostnader med minustecken, summan blir netto) eller "costsPositive" (kostnader positiva, nettot blir kostnader minus intäkter).'),
    columns: z.array(z.union([budgetValueColumnSchema, budgetChangeColumnSchema])).min(1).describe('Tabellens kolumner i ordning.'),
    groups: z.array(budgetTableGroupSchema).default([]).describe('Grupper av rader, t.ex. Intäkter och Kostnader.'),
    lines: z.array(budgetTableLineSchema).default([]).describe('Rader utan grupp (t.ex. en tabell med bara Intäkter, Kostnader och Nettokostnad).'),
    totalLabel: text('Rubrik för summaraden, t.ex. "Nettokostnad" (standard: "Summa").').optional(),
    declaredTotal: amountsByColumn('Tabellens summa enligt källan, kontrolleras mot raderna').optional(),
    tolerance: z
      .union([
        z.number().min(0).describe('Största tillåtna avvikelse i tabellens enhet.'),
        z.strictObject({ perLine: z.number().min(0).describe('Tillåten avvikelse per summerad rad, t.ex. 1 för avrundade tkr.') }),
      ])
      .default(0)
      .describe('Avrundningstolerans för deklarerade summor (standard: 0).'),
    note: text('Not under tabellen, t.ex. källa.').optional(),
  })
  .describe('Budgettabell över flera år eller kolumner (bokslut, budget, prognos, plan, utfall).');
