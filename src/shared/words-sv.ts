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
  /** Before a figure's source in its caption: "Källa: Socialstyrelsen". */
  source: 'Källa:',
  /** Shown for a figure without a picture when the plan gives no reason (the check normally requires one). */
  missing: 'Bilden saknas.',
  /** Leads the alt text of a missing picture for those who cannot see the dashed box (visually hidden on the site). */
  missingShows: 'Bilden visar:',
} as const;

export const REFERENCE = {
  section: (number: string) => `avsnitt ${number}`,
} as const;

const TIMES_IN_WORDS = ['', 'en gång', 'två gånger', 'tre gånger', 'fyra gånger', 'fem gånger', 'sex gånger', 'sju gånger', 'åtta gånger', 'nio gånger', 'tio gånger', 'elva gånger', 'tolv gånger'];

export const WHEEL = {
  /** Caption and name of the events table: "Händelser i årshjulet 2020". */
  eventsCaption: (year: number) => `Händelser i årshjulet ${year}`,
  number: 'Nr',
  when: 'När',
  event: 'Händelse',
  category: 'Kategori',
  /** A ring's name with its abbreviation, in the legend and the table: "Regional utvecklingsgrupp (RUG)". */
  categoryName: (name: string, abbr: string | undefined) => (abbr && abbr !== name ? `${name} (${abbr})` : name),
  /** Caption and alt text of a wheel drawn by its own block (no `generated: wheel` figure). */
  caption: (year: number) => `Årshjul ${year}`,
  alt: (year: number, events: number) => `Årshjul ${year} med ${events} ${events === 1 ? 'händelse' : 'händelser'}; de listas i tabellen nedan.`,
  /** An event's mark in the drawing, for assistive technology: "2. FoU-rådet sammanträder, 24 januari (FoU-rådet)". */
  markName: (number: number, title: string, when: string, category: string) => `${number}. ${title}, ${when} (${category})`,
  legendHeading: 'Ringarna inifrån och ut',
  hollowExplanation: 'Ihåliga ringar: händelser som sker ett antal gånger under året utan fasta datum.',
  unlabelled: (n: number) => (n === 1
    ? 'En händelse har inte plats med text i hjulet; den finns i tabellen.'
    : `${n} händelser har inte plats med text i hjulet; de finns i tabellen.`),
  /** An event without dates: "en gång under året", "fyra gånger under året", "20 gånger under året". */
  timesPerYear: (n: number) => `${TIMES_IN_WORDS[n] ?? `${n} gånger`} under året`,
  /** Month names where the drawing has no room for the whole name (the PDF writes them upright): "jan". */
  monthShort: (name: string) => name.slice(0, 3),
} as const;
