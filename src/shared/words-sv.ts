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
  /** Funding the source places outside the area's budget ("finansieras därutöver"). */
  fundingOutside: 'Finansiering utanför budgeten',
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
  /** A table per year: the computed change column, last year minus the year before: "Förändring 2024–2025". */
  change: (previous: number, last: number) => `Förändring ${previous}–${last}`,
  /** A year's column heading. */
  year: (year: number) => String(year),
} as const;

export const TABLE = {
  /** "Tabell 2". */
  label: (n: number) => `Tabell ${n}`,
  /** Fallback name of a table without a caption, for the landmark around it. */
  unnamed: 'Tabell',
  /** Accessible name of an empty cell shown as a dash. */
  empty: 'tom',
  /** What an empty cell with an `emptyLabel` shows, in both media. */
  dash: '–',
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

// ——— Plan-level words (the page's header, the PDF's cover, metadata and page furniture) ———

export const PLAN_KIND = {
  verksamhetsplan: 'Verksamhetsplan',
  handlingsplan: 'Handlingsplan',
  flerårsplan: 'Flerårsplan',
  uppdragsplan: 'Uppdragsplan',
  internbudget: 'Internbudget',
  'verksamhetsplan med budget': 'Verksamhetsplan med budget',
} as const;

export const PLAN_STATUS = { fastställd: 'Fastställd', utkast: 'Utkast' } as const;

export const PLAN = {
  /** Labels of the facts about a plan (the page's header, the PDF's cover, the start page). */
  kind: 'Typ',
  period: 'Period',
  status: 'Status',
  decision: 'Beslut',
  registryNumber: 'Diarienummer',
  documentDate: 'Dokumentets datum',
  email: 'E-post',
  phone: 'Telefon',
  address: 'Postadress',
  website: 'Webbplats',
  municipalities: 'Medlemskommuner',
  /** The draft notice, "Utkast – planen är inte fastställd.", with its first word set apart. */
  draftNotice: { lead: 'Utkast', rest: '– planen är inte fastställd.' },
  /**
   * A decision in one sentence: "Fastställd av FoU-rådet den 13 december 2019 (§ 53, dnr FR 2019/7)."
   * or "Ska fastställas av …"; a decision about a part of the plan names it:
   * "Budgeten för 2025: beslut av kommunfullmäktige den 20 november 2024 (§ 112)." or
   * "Budgeten för 2025: beslut ska fattas av kommunfullmäktige den …".
   */
  decisionSentence: (taken: boolean, body: string, date: string | undefined, references: readonly string[], subject?: string) =>
    `${subject ? `${subject}: beslut${taken ? '' : ' ska fattas'}` : taken ? 'Fastställd' : 'Ska fastställas'} av ${body}`
    + `${date ? ` den ${date}` : ''}${references.length > 0 ? ` (${references.join(', ')})` : ''}.`,
  /** "dnr SN 2024/112" inside the decision's parenthesis. */
  decisionRegistryNumber: (registryNumber: string) => `dnr ${registryNumber}`,
  /** After the decision: "Gäller från den 1 januari 2025." or "Ska gälla från den …". */
  validFrom: (taken: boolean, date: string) => `${taken ? 'Gäller' : 'Ska gälla'} från den ${date}.`,
  /** The cover's status line for an approved plan whose decision is not known. */
  approvedUnknown: 'Fastställd.',
  /** The page's description: "Verksamhetsplan 2020 för FoU Jämt." */
  description: (kindAndPeriod: string, organisation: string) => `${kindAndPeriod} för ${organisation}.`,
  /** The first keyword of every PDF: what all plans are, whatever their kind. */
  keyword: 'verksamhetsplan',
} as const;

export const CONTENTS = {
  title: 'Innehåll',
} as const;

export const ABBREVIATIONS = {
  title: 'Förkortningar',
  abbreviation: 'Förkortning',
  expansion: 'Betydelse',
} as const;

export const PAGE = {
  /** The PDF's footer: "Sida 3 av 14". */
  number: (page: number, count: number) => `Sida ${page} av ${count}`,
  /** Across every page of a draft's PDF and beside its page numbers. */
  draftMark: 'UTKAST',
} as const;

/** The PDF's colophon at the foot of its last page: where an archived copy came from. */
export const COLOPHON = {
  printed: (date: string) => `Utskriven ${date}`,
  version: (version: string) => `planverk ${version}`,
  source: (commit: string) => `Källa: ${commit}`,
  /** After the commit when files under content/ differed from it. */
  modified: 'med ändringar som inte är incheckade',
} as const;

export const FOOTNOTES = {
  title: 'Fotnoter',
  /** The link from a footnote back to its reference (a screen reader's name for "↩"). */
  back: (n: number) => `Tillbaka till texten (fotnot ${n})`,
} as const;

/** The website's own pages and navigation. */
export const SITE = {
  name: 'Verksamhetsplaner',
  skipLink: 'Hoppa till innehållet',
  searchLabel: 'Sök i planerna',
  searchButton: 'Sök',
  footer: 'Publicerad med planverk från planernas källfiler.',
  allPlans: 'Alla planer',
  downloadPdf: 'Ladda ner planen som PDF',
  planJson: 'Planens data som JSON',
  /** The "#" beside a heading: "Länk till avsnitt 2.1", or for an unnumbered one "Länk till avsnittet Mål". */
  sectionLink: (number: string | undefined, title: string) => (number ? `Länk till avsnitt ${number}` : `Länk till avsnittet ${title}`),
  abbreviationsLink: 'Länk till förkortningarna',
} as const;

export const HOME_PAGE = {
  title: 'Verksamhetsplaner',
  description: 'Verksamhetsplaner och handlingsplaner, med mål, årshjul, personal och budget.',
  lead: 'Planerna för regionala FoU-enheter inom socialtjänsten: mål, aktiviteter, årshjul, personal och budget.',
  empty: 'Det finns inga planer ännu.',
} as const;

export const SEARCH_PAGE = {
  title: 'Sök i planerna',
  field: 'Sökord',
  button: 'Sök',
  /** Without JavaScript: "Sökningen behöver JavaScript. Alla planer finns på <a>startsidan</a>." */
  noScript: { before: 'Sökningen behöver JavaScript. Alla planer finns på ', link: 'startsidan', after: '.' },
  searching: 'Söker …',
  noHits: (query: string) => `Inga träffar för ”${query}”.`,
  hits: (count: number, query: string) => `${count} ${count === 1 ? 'träff' : 'träffar'} för ”${query}”.`,
} as const;

/** `npm run dev`'s page for plans with errors (src/site/dev-error-page.ts). */
export const DEV_ERROR_PAGE = {
  title: 'Fel i planerna',
  unreadable: 'Planerna kunde inte läsas',
  errors: (count: number) => (count === 1 ? '1 fel i planerna' : `${count} fel i planerna`),
  reloads: 'Webbplatsen visas igen när felen är rättade; sidan laddas om av sig själv när du sparar.',
  warnings: 'Varningar',
} as const;

const TIMES_IN_WORDS = ['', 'en gång', 'två gånger', 'tre gånger', 'fyra gånger', 'fem gånger', 'sex gånger', 'sju gånger', 'åtta gånger', 'nio gånger', 'tio gånger', 'elva gånger', 'tolv gånger'];

export const WHEEL = {
  /**
   * The wheel's period: "2020", or for a period that crosses the calendar year "2024/25",
   * "läsåret 2024/25", "verksamhetsåret 2024/25".
   */
  period: (year: number, crossing: boolean, yearName?: 'läsår' | 'verksamhetsår') => {
    if (!crossing) return String(year);
    const years = `${year}/${String(year + 1).slice(-2)}`;
    return yearName ? `${yearName}et ${years}` : years;
  },
  /** The year in the hub: "2020", "2024/25". */
  hubYear: (year: number, crossing: boolean) => (crossing ? `${year}/${String(year + 1).slice(-2)}` : String(year)),
  /** Caption and name of the events table: "Händelser i årshjulet 2020", "Händelser i årshjulet läsåret 2024/25". */
  eventsCaption: (period: string) => `Händelser i årshjulet ${period}`,
  number: 'Nr',
  when: 'När',
  event: 'Händelse',
  category: 'Kategori',
  /** A ring's name with its abbreviation, in the legend and the table: "Regional utvecklingsgrupp (RUG)". */
  categoryName: (name: string, abbr: string | undefined) => (abbr && abbr !== name ? `${name} (${abbr})` : name),
  /** Caption and alt text of a wheel drawn by its own block (no `generated: wheel` figure). */
  caption: (period: string) => `Årshjul ${period}`,
  alt: (period: string, events: number) => `Årshjul ${period} med ${events} ${events === 1 ? 'händelse' : 'händelser'}; de listas i tabellen nedan.`,
  /** An event's mark in the drawing, for assistive technology: "2. FoU-rådet sammanträder, 24 januari (FoU-rådet)". */
  markName: (number: number, title: string, when: string, category: string) => `${number}. ${title}, ${when} (${category})`,
  legendHeading: 'Ringarna inifrån och ut',
  /** Explains the bands; only when the wheel has recurring events. */
  bandExplanation: 'Band runt en ring: händelser som återkommer varje vecka, månad eller tertial.',
  /** Explains the grey months of a period shorter than twelve months: "Månader i grått ligger utanför perioden augusti–juni." */
  outsideExplanation: (from: string, to: string) => `Månader i grått ligger utanför perioden ${from}–${to}.`,
  unlabelled: (n: number) => (n === 1
    ? 'En händelse har inte plats med text i hjulet; den finns i tabellen.'
    : `${n} händelser har inte plats med text i hjulet; de finns i tabellen.`),
  numberOnly: (n: number) => (n === 1
    ? 'En händelse har för lång titel för hjulet och visas där med sitt nummer; titeln står i tabellen.'
    : `${n} händelser har för lång titel för hjulet och visas där med sitt nummer; titlarna står i tabellen.`),
  /** An event without dates: "en gång under året", "fyra gånger under året", "20 gånger under året". */
  timesPerYear: (n: number) => `${TIMES_IN_WORDS[n] ?? `${n} gånger`} under året`,
  /** Recurring events in the table's "När". */
  recurs: { veckovis: 'Varje vecka', månadsvis: 'Varje månad', tertial: 'Varje tertial' },
  /** An event the source gives no time for, and the heading of the list of events without a fixed time. */
  undated: 'Under året',
  /** Before the list of events without a fixed time: they are not drawn. */
  undatedIntro: 'Händelser utan fast tidpunkt ritas inte i hjulet.',
  /** Month names where the drawing has no room for the whole name (the PDF writes them upright): "jan". */
  monthShort: (name: string) => name.slice(0, 3),
} as const;
/** Activity statuses by the plan's value (action plans; the schema's enum). */
export const ACTIVITY_STATUS = {
  planerad: 'Planerad', pågår: 'Pågår', påbörjad: 'Påbörjad', genomförd: 'Genomförd', försenad: 'Försenad', struken: 'Struken',
} as const;
/** An activity without a status in a table where others have one (never shown as "Planerad"). */
export const ACTIVITY_STATUS_NOT_GIVEN = { name: 'Anges inte', status: 'anges-inte' } as const;

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

/** Budget tables over several years and columns (budgetTable). */
export const BUDGET_TABLE = {
  kinds: { utfall: 'Utfall', bokslut: 'Bokslut', budget: 'Budget', prognos: 'Prognos', plan: 'Plan' },
  /** "Belopp i tkr" in the caption line. */
  unit: (unit: string) => `Belopp i ${unit}`,
  line: 'Post',
  total: 'Summa',
  groupTotal: (title: string) => `Summa ${title.toLocaleLowerCase('sv-SE')}`,
  /** "Förändring 2022–2023 (tkr)", or between unnamed columns "Förändring (%)". */
  change: (from: string, to: string, unit: string) => `Förändring ${from}–${to} (${unit})`,
  changePlain: (unit: string) => `Förändring (${unit})`,
  percentUnit: '%',
  /** The accessible name of the dash shown for a percentage of a zero base. */
  noPercent: 'Kan inte beräknas, jämförelsevärdet är noll',
  missing: 'Uppgift saknas',
} as const;

export const GOAL_MODEL = {
  /** The caption of a goal model without its own title. */
  caption: 'Mål och indikatorer',
  /** Default headers of the columns a plan may choose (schemas/goal-model.ts). */
  headers: {
    mål: 'Mål',
    indikator: 'Indikator',
    utgångsvärde: 'Utgångsvärde',
    målvärde: 'Målvärde',
    riktning: 'Riktning',
    frekvens: 'Frekvens',
    källa: 'Källa',
    uppföljning: 'Uppföljning',
    ansvarig: 'Ansvarig',
    aktiviteter: 'Aktiviteter',
  },
  /** "72 % (2023)". */
  baseline: (value: string, year: number) => `${value} (${year})`,
  /** Label before a year's target: "2025:". */
  targetYear: (year: string) => `${year}:`,
  directions: { 'högre är bättre': 'Högre är bättre', 'lägre är bättre': 'Lägre är bättre' },
  frequencies: { månad: 'Varje månad', kvartal: 'Per kvartal', tertial: 'Per tertial', halvår: 'Per halvår', år: 'Årligen' },
  /** "Kolada N00945": the link text of a Kolada key figure. */
  kolada: (kpi: string) => `Kolada ${kpi}`,
  survey: 'Egen enkät:',
  register: 'Register:',
  noIndicator: 'ingen indikator',
  noValue: 'inget värde',
  /** Caption of the activity table when the goal table has no activity column. */
  activitiesCaption: 'Aktiviteter för målen',
  activity: 'Aktivitet',
  goal: 'Mål',
  responsible: 'Ansvarig',
  status: 'Status',
  /** Name of a perspective's rows for assistive technology: "Perspektiv: Medborgare". */
  perspective: (name: string) => name,
  noPerspective: 'Övriga mål',
} as const;

/**
 * Editorial marking: what the transcriber of a plan adds is never shown with the
 * authority of the source (docs/modell.md, "Redaktionellt material").
 */
export const EDITORIAL = {
  /** Leads an editorial note after a block and the cover's list of missing data. */
  noteLabel: 'Redaktionell anmärkning',
  /** In a reconstructed figure's caption. */
  reconstructedLabel: 'Rekonstruerad figur',
  reconstructedText: 'återskapad utifrån källans text, inte källans egen figur.',
  /** After a wheel category the source does not name, in the legend and the events table. */
  categoryMark: '*',
  categoryExplanation: 'Redaktionell kategori: källan använder inte det här namnet.',
  /** The value of a field the source does not give. */
  missingInSource: 'uppgift saknas i källan',
  /** After an editorial title or period where planverk needs one (the list of plans, the period fact). */
  editorialValue: 'redaktionell',
  /** The cover's and page header's lines for each field the source does not give. */
  missingLine: {
    title: (title: string) => `Titel: uppgift saknas i källan. Titeln ”${title}” är redaktionell.`,
    period: (period: string) => `Period: uppgift saknas i källan. Perioden ${period} är redaktionell.`,
  },
  /** The line under the cover's title when the source gives no period: "Handlingsplan 2015–2017 (perioden är redaktionell)". */
  kindAndPeriod: (kindAndPeriod: string) => `${kindAndPeriod} (perioden är redaktionell)`,
  /** After an editorial title in the list of plans. */
  titleMark: '(redaktionell titel; uppgift saknas i källan)',
  /** The period fact of a plan whose source gives no period. */
  periodValue: (period: string) => `${period} (redaktionell; uppgift saknas i källan)`,
} as const;
