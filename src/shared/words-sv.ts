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
