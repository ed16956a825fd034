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

export const CORE_AREA = {
  goals: 'Mål',
  /** Lead-in of the activity list when the plan writes no introduction of its own. */
  activities: 'Övergripande aktiviteter',
  activity: 'Övergripande aktivitet',
  prioritised: 'Prioriterade aktiviteter',
  /** Name of the prioritised-activity table for assistive technology: "Prioriterade aktiviteter: <section title>". */
  prioritisedName: (sectionTitle: string) => `Prioriterade aktiviteter: ${sectionTitle}`,
} as const;

/** The 17 global goals of Agenda 2030, by number (index 0 is unused). */
export const AGENDA_2030 = [
  '', 'Ingen fattigdom', 'Ingen hunger', 'Hälsa och välbefinnande', 'God utbildning för alla', 'Jämställdhet',
  'Rent vatten och sanitet för alla', 'Hållbar energi för alla', 'Anständiga arbetsvillkor och ekonomisk tillväxt',
  'Hållbar industri, innovationer och infrastruktur', 'Minskad ojämlikhet', 'Hållbara städer och samhällen',
  'Hållbar konsumtion och produktion', 'Bekämpa klimatförändringarna', 'Hav och marina resurser',
  'Ekosystem och biologisk mångfald', 'Fredliga och inkluderande samhällen', 'Genomförande och globalt partnerskap',
] as const;

export const GOALS = {
  /** "Agenda 2030: mål 3 (Hälsa och välbefinnande), mål 10 (Minskad ojämlikhet)". */
  agenda2030: (numbers: readonly number[]) => `Agenda 2030: ${numbers.map((n) => `mål ${n} (${AGENDA_2030[n]})`).join(', ')}`,
  impactGoal: 'Effektmål',
  resultGoals: 'Resultatmål',
} as const;
