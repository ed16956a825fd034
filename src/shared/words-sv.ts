/**
 * Every Swedish word planverk itself puts on a page, in the PDF or in plan.json: labels,
 * captions, column headings, status names. The plan's own text never passes through here.
 * Derive builds the presentation model from these; the renderers take the chrome (page
 * furniture, navigation) from here too, so the site and the PDF cannot word a thing twice.
 */

export const BUDGET = {
  costs: 'Kostnader',
  revenues: 'Intäkter',
  line: 'Post',
  amount: 'Belopp (kr)',
  totalCosts: 'Summa kostnader',
  totalRevenues: 'Summa intäkter',
  /** "Summa personalkostnader" under a titled group. */
  groupTotal: (title: string) => `Summa ${title.toLocaleLowerCase('sv-SE')}`,
  result: 'Resultat (intäkter minus kostnader)',
  total: 'Summa',
  /** Under a carried-over balance's caption: "Saldo per 1 januari 2020". */
  asOf: (date: string) => `Saldo per ${date}`,
  area: (year: number) => `Budget ${year}`,
  approximately: 'cirka',
  funding: 'Finansiering',
} as const;

export const STAFF = {
  caption: 'Personal',
  role: 'Roll eller område',
  extent: 'Omfattning',
  comment: 'Kommentar',
  total: 'Summa',
  /** Full-time equivalents: the abbreviation and its expansion, explained under the table. */
  fteUnit: 'åa',
  fteExpansion: 'årsarbetare',
  fteExplanation: 'åa = årsarbetare.',
} as const;

export const TABLE = {
  /** "Tabell 2". */
  label: (n: number) => `Tabell ${n}`,
  /** Fallback name of a table without a caption, for the landmark around it. */
  unnamed: 'Tabell',
  /** Accessible name of an empty cell shown as a dash. */
  empty: 'tom',
} as const;

export const FIGURE = {
  label: (n: number) => `Figur ${n}`,
} as const;

export const REFERENCE = {
  section: (number: string) => `avsnitt ${number}`,
} as const;

/** Activity statuses by the plan's value (action plans; the schema's enum). */
export const ACTIVITY_STATUS = { planerad: 'Planerad', påbörjad: 'Påbörjad', genomförd: 'Genomförd' } as const;

export const GOAL_TABLE = {
  /** The caption of a goal table that names no strategic goal. */
  caption: 'Mål och mätetal',
  /** "Strategiskt mål 2: Partnerskap". */
  strategicGoal: (n: number, title: string) => `Strategiskt mål ${n}: ${title}`,
  goal: 'Mål (område)',
  measure: 'Mätetal',
  target: 'Målvärde',
  activities: 'Aktiviteter',
  noTarget: 'inget målvärde',
} as const;

export const ACTION_PLAN = {
  goalArea: (area: string) => `Målområde: ${area}`,
  activity: 'Aktivitet, syfte och mått',
  responsible: 'Ansvar',
  timeline: 'Tidplan',
  status: 'Status',
  purpose: 'Syfte:',
  measure: 'Mått:',
  /** The progress lists under the table, in this order. */
  progress: { genomförd: 'Genomförda aktiviteter', påbörjad: 'Påbörjade aktiviteter' },
} as const;

export const ASSIGNMENTS = {
  /** "Uppdrag för resultatmål 1: Stöd att utveckla professionen". */
  caption: (n: number, title: string) => `Uppdrag för resultatmål ${n}: ${title}`,
  /** The caption of an assignment table that names no result goal. */
  unlinked: 'Uppdrag och aktiviteter',
  assignment: 'Uppdrag',
  activity: 'Aktivitet',
  serviceArea: 'Verksamhet',
  /** "Ansvarig: Martin Åberg, Anna Gärdegård". */
  responsible: (names: readonly string[]) => `Ansvarig: ${names.join(', ')}`,
  /** The mark after an externally funded assignment and what it means (explained under the table). */
  externalMark: '*',
  externallyFunded: 'Externt finansierat',
  externalNote: 'Externt finansierat.',
} as const;

export const FUNDED_ROLES = {
  role: 'Roll',
  extent: 'Omfattning',
  mandate: 'Uppdrag',
} as const;

export const PROGRAM_LOGIC = {
  name: 'Programlogik',
  /** "Programlogik: Resurser → Uppdrag → Det här ska vi göra → Utfall". */
  caption: (headings: readonly string[]) => `Programlogik: ${headings.join(' → ')}`,
  /** Column headings unless the plan words them otherwise (the schema has the same defaults). */
  headings: { resources: 'Resurser', assignments: 'Uppdrag', activities: 'Det här ska vi göra', outcomes: 'Utfall' },
} as const;

/** Several values in one cell ("FoU Jämt, RUG"). */
export const joinValues = (values: readonly string[]) => values.join(', ');
