/**
 * Goal management as municipal units structure it: goals on the plan's own levels
 * ("Fullmäktiges mål" → "Nämndens mål"), optionally grouped by the plan's own
 * perspectives (balanced scorecard), with first-class indicators and activities, and the
 * unit's own column set for the goal table. planverk never invents levels or perspectives.
 */
import * as z from 'zod';
import { activityStatus } from './goals';
import { editorialNote, id, markdown, text } from './primitives';

/** The columns a goal table may show, by the Swedish names the plan writes. */
export const GOAL_MODEL_COLUMNS = [
  'mål', 'indikator', 'utgångsvärde', 'målvärde', 'riktning', 'frekvens', 'källa', 'uppföljning', 'ansvarig', 'aktiviteter',
] as const;
export type GoalModelColumn = (typeof GOAL_MODEL_COLUMNS)[number];

export const FREQUENCIES = ['månad', 'kvartal', 'tertial', 'halvår', 'år'] as const;
export const DIRECTIONS = ['högre är bättre', 'lägre är bättre'] as const;

/** A Kolada KPI id: one capital letter and five digits, e.g. N00945 or U00402. */
export const KOLADA_ID = /^[A-Z]\d{5}$/;

const columnName = z.enum(GOAL_MODEL_COLUMNS).describe(`Kolumn: ${GOAL_MODEL_COLUMNS.map((c) => `"${c}"`).join(', ')}.`);

const indicatorSchema = z.strictObject({
  id: id('Indikatorns id, unikt i planen; uppföljningen hänvisar till det.'),
  name: text('Indikatorns namn, t.ex. "Andel nöjda brukare".'),
  unit: text('Enhet som skrivs efter talen, t.ex. "%", "dagar" eller "st".').optional(),
  baseline: z
    .strictObject({
      value: z.number().describe('Utgångsvärdet.'),
      year: z.number().int('Året ska vara ett heltal.').min(1900, 'Året är orimligt tidigt.').max(2200, 'Året är orimligt sent.').describe('Året utgångsvärdet gäller.'),
    })
    .optional()
    .describe('Utgångsvärde med år.'),
  targets: z
    .record(z.string().regex(/^\d{4}$/, 'Året ska skrivas med fyra siffror, t.ex. 2025.'), z.number().describe('Målvärdet för året.'))
    .optional()
    .describe('Målvärde per år, t.ex. {2024: 80, 2025: 85}.'),
  direction: z.enum(DIRECTIONS).optional().describe('Riktning: "högre är bättre" eller "lägre är bättre".'),
  frequency: z.enum(FREQUENCIES).optional().describe('Hur ofta indikatorn följs upp: "månad", "kvartal", "tertial", "halvår" eller "år".'),
  source: z
    .union([
      z.strictObject({
        kolada: z
          .string()
          .regex(KOLADA_ID, 'Kolada-id ska vara en stor bokstav och fem siffror, t.ex. N00945 eller U00402.')
          .describe('Nyckeltalets id i Kolada, t.ex. "N00945".'),
      }),
      z.strictObject({ survey: text('Den egna enkäten, t.ex. "Brukarenkät hemtjänst".') }),
      z.strictObject({ register: text('Registret eller systemet, t.ex. "Verksamhetssystemet Treserva".') }),
    ])
    .optional()
    .describe('Källa: {kolada: "N00945"}, {survey: "…"} (egen enkät) eller {register: "…"}.'),
  responsible: text('Ansvarig för uppföljningen, om annan än målets.').optional(),
});

const activitySchema = z.strictObject({
  id: id('Aktivitetens id, unikt i planen.'),
  text: markdown('Aktiviteten.'),
  responsible: text('Ansvarig, t.ex. "Enhetschef hemtjänst".').optional(),
  status: activityStatus.optional(),
});

/** A goal; its sub-goals are on the next level. */
export interface GoalModelGoal {
  id: string;
  title: string;
  perspective?: string | undefined;
  responsible?: string | undefined;
  indicators?: z.infer<typeof indicatorSchema>[] | undefined;
  activities?: z.infer<typeof activitySchema>[] | undefined;
  goals?: GoalModelGoal[] | undefined;
}

const goalSchema: z.ZodType<GoalModelGoal> = z.lazy(() =>
  z.strictObject({
    id: id('Målets id, unikt i planen.'),
    title: markdown('Målet.'),
    perspective: text('Perspektivet eller målområdet, ett av blockets perspectives.').optional(),
    responsible: text('Ansvarig för målet.').optional(),
    indicators: z.array(indicatorSchema).optional().describe('Indikatorer som mäter målet.'),
    activities: z.array(activitySchema).optional().describe('Aktiviteter för att nå målet.'),
    goals: z.array(goalSchema).optional().describe('Mål på nästa nivå under detta mål.'),
  }),
);

export const goalModelSchema = z
  .strictObject({
    type: z.literal('goalModel'),
    editorialNote: editorialNote().optional(),
    title: text('Rubrik över måltabellen, t.ex. "Nämndens mål och indikatorer 2025".').optional(),
    levels: z.array(text('Nivåns namn.')).min(1).describe('Målnivåerna uppifrån, t.ex. ["Fullmäktiges mål", "Nämndens mål"].'),
    perspectives: z.array(text('Perspektivets namn.')).optional().describe('Perspektiven eller målområdena i planens ordning, t.ex. ["Medborgare", "Verksamhet", "Medarbetare", "Ekonomi"].'),
    columns: z
      // Object branch first: on a tie in likelyBranch (an unknown name inside {column}) its issue wins.
      .array(z.union([z.strictObject({ column: columnName, header: text('Egen kolumnrubrik.') }), columnName]))
      .min(1)
      .optional()
      .describe('Måltabellens kolumner i ordning, med egen rubrik om så önskas; utan columns: mål, indikator, utgångsvärde, målvärde, frekvens, källa.'),
    goals: z.array(goalSchema).min(1).describe('Målen på den översta nivån; undermål under goals.'),
  })
  .describe('Mål på planens egna nivåer och perspektiv, med indikatorer, aktiviteter och egen kolumnuppsättning.');

export type GoalModel = z.infer<typeof goalModelSchema>;
export type GoalModelIndicator = z.infer<typeof indicatorSchema>;
export type GoalModelActivity = z.infer<typeof activitySchema>;
