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
  /** Shown above a table only while it is wider than the screen (the site's scroll frame). */
  scrollHint: 'Tabellen är bredare än skärmen: svep i sidled för att se alla kolumner.',
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
  downloadPdf: 'Ladda ner PDF',
  /** Written by `npm run build` once the PDF exists (src/build/pdf-link.ts): "Ladda ner PDF (12 sidor, 345 kB)". */
  downloadPdfSized: (pages: number, kilobytes: string) => `Ladda ner PDF (${pages} ${pages === 1 ? 'sida' : 'sidor'}, ${kilobytes} kB)`,
  planJson: 'Planens data som JSON',
  /** The date of the plan's last commit in git, beside its facts. */
  lastChanged: 'Senast ändrad',
  /** The "#" beside a heading, a link to copy: "Länk till avsnittet 2.1 Mål", "Länk till avsnittet Mål". */
  sectionLink: (number: string | undefined, title: string) => `Länk till avsnittet ${number ? `${number} ` : ''}${title}`,
  abbreviationsLink: 'Länk till förkortningarna',
  /** The footer link to the accessibility statement on every page. */
  accessibilityLink: 'Tillgänglighetsredogörelse',
  /** The footer link to the open data catalogue (DCAT-AP-SE, JSON-LD). */
  catalogueLink: 'Datakatalog för öppna data',
} as const;

/** The follow-up page and the plan page's links to it (issue 21); the follow-up's own words come from derive. */
export const FOLLOW_UP_PAGE = {
  /** The plan page's list of its follow-ups. */
  listHeading: 'Uppföljning',
  downloadPdf: 'Ladda ner rapporten som PDF',
  backToPlan: 'Tillbaka till planen',
  /** The closed table alternative under each chart. */
  showTable: 'Visa som tabell',
  legend: 'Teckenförklaring',
  /** Before an activity's status from the latest follow-up on the plan page. */
  latestStatus: 'Senaste uppföljning:',
} as const;

export const HOME_PAGE = {
  title: 'Verksamhetsplaner',
  description: 'Verksamhetsplaner och handlingsplaner, med mål, årshjul, personal och budget.',
  lead: 'Planerna för regionala FoU-enheter inom socialtjänsten: mål, aktiviteter, årshjul, personal och budget.',
  empty: 'Det finns inga planer ännu.',
  /** The field that narrows the list by organisation, title, kind or year (with JavaScript). */
  filter: 'Filtrera listan',
  filterHint: 'Organisation, titel, typ eller år',
  filtered: (shown: number, total: number) => (shown === 0 ? 'Inga planer matchar.' : `${shown} av ${total} planer visas.`),
  /** Jump links to each organisation's plans, on a long list. */
  organisations: (count: number) => `Organisationer (${count})`,
} as const;

/** The site settings' fallbacks (webbplats.yaml, src/derive/site-model.ts). */
export const SITE_SETTINGS = {
  /** What the site calls itself without a title in webbplats.yaml. */
  title: SITE.name,
  description: 'Verksamhetsplaner och handlingsplaner, publicerade som webbsidor, PDF och öppna data.',
  /** Shown where a field the statement needs is missing: "Uppgift saknas – ange organisation i webbplats.yaml". */
  missing: (field: string) => `Uppgift saknas – ange ${field} i webbplats.yaml`,
  cc0: 'CC0 1.0 Universell (fri användning)',
} as const;

/** The open data catalogue (katalog.jsonld, src/derive/catalogue.ts). */
export const CATALOGUE = {
  title: (site: string) => `${site}: planer som öppna data`,
  /** A plan's dataset: "Verksamhetsplan för FoU Jämt, 2020, med mål, aktiviteter och budget som webbsida, PDF och öppna data." */
  datasetDescription: (kind: string, organisation: string, period: string) =>
    `${kind} för ${organisation}, ${period}: mål, aktiviteter, årshjul och budget som webbsida, PDF, JSON och CSV.`,
  distribution: {
    html: 'Planen som webbsida',
    pdf: 'Planen som PDF',
    json: 'Planens data som JSON',
    activities: 'Planens aktiviteter som CSV',
    goals: 'Planens mål och indikatorer som CSV',
    budget: 'Planens budgetrader som CSV',
    calendar: 'Planens årshjul som kalender (iCalendar)',
  },
  keywords: ['verksamhetsplan', 'offentlig sektor'],
} as const;

/** The accessibility statement (tillgänglighetsredogörelse), after DIGG's model statement. */
export const ACCESSIBILITY = {
  title: 'Tillgänglighetsredogörelse',
  /** The page's heading, with a soft hyphen: the long word breaks there on a phone, not anywhere. */
  heading: 'Tillgänglighets\u00ADredogörelse',
  description: 'Hur tillgänglig webbplatsen är, kända brister och hur du rapporterar problem.',
  /** "Webbplatsen Verksamhetsplaner ges ut av " + the organisation + ".". */
  publishedBy: (site: string) => `Webbplatsen ${site} ges ut av `,
  intro: 'Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
  howAccessible: 'Hur tillgänglig är webbplatsen?',
  fully: 'Vi känner inte till några delar av webbplatsen som inte är tillgängliga.',
  partly: 'Vi vet att delar av webbplatsen inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.',
  notCompliant: 'Stora delar av webbplatsen är inte tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.',
  ifYouCannot: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  otherForm: 'Om du behöver innehåll från webbplatsen i en annan form kan du kontakta oss:',
  asData: 'Varje plan finns också som öppna data, i JSON-format och som CSV-filer, som går att läsa med andra program.',
  report: 'Rapportera brister i webbplatsens tillgänglighet',
  reportText: 'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns:',
  email: 'E-post',
  phone: 'Telefon',
  form: 'Kontaktformulär',
  supervision: 'Tillsyn',
  supervisionText: 'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn enligt lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påpeka det.',
  diggLink: 'Anmäl bristande tillgänglighet till DIGG',
  technical: 'Teknisk information om webbplatsens tillgänglighet',
  compliance: (status: string) =>
    status === 'helt förenlig'
      ? 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.'
      : `Webbplatsen är ${status} med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.`,
  notAccessible: 'Innehåll som inte är tillgängligt',
  noKnownIssues: 'Vi känner inte till något innehåll som inte är tillgängligt.',
  howTested: 'Hur vi testat webbplatsen',
  method: (method: string) => `Vi har bedömt webbplatsen genom ${method}.`,
  assessed: (date: string) => `Bedömningen gjordes ${date}.`,
  testsIntro: 'Webbplatsen och PDF-filerna kontrolleras dessutom automatiskt varje gång planverk, programmet som bygger webbplatsen, ändras:',
  tests: [
    'Varje sorts sida (startsidan, söksidan, varje plan och den här sidan) granskas med axe-core i webbläsaren Chromium, i bredderna 360 och 1280 pixlar, och får inte ha några fel som axe-core hittar. Ingen sida får rulla i sidled vid 360 pixlars bredd.',
    'Med tangentbordet ska länken Hoppa till innehållet och varje händelse i årshjulet gå att nå, med synlig fokusmarkering.',
    'Varje plans PDF ska ha ett strukturträd med rubriker och stycken (kontrollerat med poppler), svenska som språk, en titel som visas i fönstret, bokmärken och märkningen för tillgänglig PDF, ha all text i märkt innehåll och alternativtext till varje figur (kontrollerat med pdf.js). PDF/A-varianten kontrolleras med PDFBox Preflight.',
  ],
  testsLimit: 'Automatiska tester hittar bara vissa sorters tillgänglighetsproblem.',
  reviewed: 'Om redogörelsen',
  reviewedText: (date: string) => `Redogörelsen granskades och uppdaterades senast ${date}.`,
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
  /** With filters but no search words: "4 planer." */
  plans: (count: number) => (count === 0 ? 'Inga planer med de valda avgränsningarna.' : `${count} ${count === 1 ? 'plan' : 'planer'}.`),
  /** A hit's title: "Verksamhetsplan 2025 – 2.1 Mål"; the plan alone when the hit is above the first heading. */
  resultTitle: (plan: string, section: string | undefined) => (section && section !== plan ? `${plan} – ${section}` : plan),
  moreInPlan: 'Fler träffar i planen',
  filters: 'Avgränsa',
  filterOrganisation: 'Organisation',
  filterYear: 'År',
  filterKind: 'Typ',
  filterAll: 'Alla',
} as const;

/**
 * The search filters' names, seen in the search page's address (`/sok/?ar=2021&typ=…`):
 * Pagefind filter keys on the plan pages (plan-body.tsx) and on the search page (sok.astro).
 */
export const SEARCH_FILTERS = { organisation: 'organisation', year: 'ar', kind: 'typ' } as const;

/** `npm run dev`'s page for plans with errors (src/site/dev-error-page.ts). */
export const DEV_ERROR_PAGE = {
  title: 'Fel i planerna',
  unreadable: 'Planerna kunde inte läsas',
  errors: (count: number) => (count === 1 ? '1 fel i planerna' : `${count} fel i planerna`),
  reloads: 'Webbplatsen visas igen när felen är rättade; sidan laddas om av sig själv när du sparar.',
  /** The page of one plan with errors: "Planen fou-jamt-2020 har 2 fel". */
  planTitle: (id: string) => `Fel i planen ${id}`,
  planErrors: (id: string, count: number) => `Planen ${id} har ${count} fel`,
  planReloads: 'Sidan visar planen när felen är rättade; den laddas om av sig själv när du sparar. De andra planerna fungerar som vanligt.',
  home: 'Alla planer',
  warnings: 'Varningar',
} as const;

/** The home page's list of plans with errors, shown only in `npm run dev`. */
export const DEV_BROKEN_PLANS = {
  heading: 'Planer med fel',
  lead: 'De här planerna visas inte förrän felen är rättade. Öppna en plan för att se felen.',
  errors: (count: number) => (count === 1 ? '1 fel' : `${count} fel`),
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
  /** Before the table, when some drawn events have no room for their number in the drawing. */
  unlabelled: (n: number) => (n === 1
    ? 'En händelse har inte plats för sitt nummer i hjulet; den finns i tabellen.'
    : `${n} händelser har inte plats för sina nummer i hjulet; de finns i tabellen.`),
  /** The numbered list beside the wheel. */
  keyHeading: 'Händelserna i hjulet',
  /** An event without dates: "en gång under året", "fyra gånger under året", "20 gånger under året". */
  timesPerYear: (n: number) => `${TIMES_IN_WORDS[n] ?? `${n} gånger`} under året`,
  /** Recurring events in the table's "När". */
  recurs: { veckovis: 'Varje vecka', månadsvis: 'Varje månad', tertial: 'Varje tertial' },
  /** An event the source gives no time for, and the heading of the list of events without a fixed time. */
  undated: 'Under året',
  /** Before the list of events without a fixed time: they are not drawn. */
  undatedIntro: 'Händelser utan fast tidpunkt ritas inte i hjulet.',
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

/** The open data files beside each plan (docs/oppna-data.md): CSV column headers and values, the calendar's texts. */
export const OPEN_DATA = {
  /** The plan page's part that links the files. */
  heading: 'Öppna data',
  activitiesLink: 'Aktiviteter (CSV)',
  goalsLink: 'Mål och indikatorer (CSV)',
  budgetLink: 'Budget (CSV)',
  schemaLink: 'Beskrivning av JSON-formatet',
  subscribe: 'Prenumerera på årshjulet',
  /** After the subscribe link: what it is. */
  subscribeHint: 'iCalendar-fil (.ics) för kalenderprogram',
  columns: {
    section: 'Avsnitt',
    block: 'Block',
    blockId: 'Block-id',
    id: 'Id',
    belongsTo: 'Hör till',
    activity: 'Aktivitet',
    purpose: 'Syfte',
    measure: 'Mått',
    responsible: 'Ansvarig',
    timeline: 'Tidplan',
    status: 'Status',
    kind: 'Typ',
    level: 'Nivå',
    perspective: 'Perspektiv',
    text: 'Text',
    description: 'Beskrivning',
    agenda2030: 'Agenda 2030',
    unit: 'Enhet',
    baseline: 'Utgångsvärde',
    baselineYear: 'Utgångsår',
    targetYear: 'Målår',
    target: 'Målvärde',
    direction: 'Riktning',
    frequency: 'Frekvens',
    source: 'Källa',
    table: 'Tabell',
    group: 'Grupp',
    side: 'Sida',
    lineId: 'Rad-id',
    line: 'Post',
    column: 'Kolumn',
    year: 'År',
    amount: 'Belopp',
    note: 'Kommentar',
  },
  /** The `Block` column: what kind of block a row comes from. */
  blocks: {
    actionPlan: 'Handlingsplan',
    goalModel: 'Målmodell',
    coreArea: 'Kärnområde',
    goalTable: 'Måltabell',
    programLogic: 'Programlogik',
    assignmentTable: 'Uppdragstabell',
    strategicGoals: 'Strategiska mål',
    resultGoals: 'Resultatmål',
    budget: 'Budget',
    carriedOverFunds: 'Balanserade medel',
    areaBudget: 'Områdesbudget',
    budgetTable: 'Budgettabell',
  },
  /** The `Typ` column of mal-och-indikatorer.csv. */
  kinds: {
    goal: 'mål',
    strategicGoal: 'strategiskt mål',
    impactGoal: 'effektmål',
    resultGoal: 'resultatmål',
    measure: 'mätetal',
    indicator: 'indikator',
  },
  /** The `Sida` column of budget.csv. */
  sides: { costs: 'kostnader', revenues: 'intäkter' },
  /** The `Källa` column: "Kolada N00945", "Enkät: Brukarenkät", "Register: Treserva". */
  source: {
    kolada: (id: string) => `Kolada ${id}`,
    survey: (name: string) => `Enkät: ${name}`,
    register: (name: string) => `Register: ${name}`,
  },
  /** The `Kommentar` of an area budget given as an approximate amount. */
  approximately: 'cirka',
  /** Calendar feeds: the calendar's name and its description. */
  calendarName: (title: string) => `Årshjul: ${title}`,
  organisationCalendarName: (organisation: string) => `Årshjul: ${organisation}`,
  calendarDescription: (title: string, undated: number) => `Händelserna i årshjulet i ${title}.${undatedSentence(undated)}`,
  organisationCalendarDescription: (organisation: string, plans: number, undated: number) =>
    `Händelserna i årshjulen i ${plans === 1 ? 'en plan' : `${plans} planer`} från ${organisation}.${undatedSentence(undated)}`,
  /** The event's description: category, the plan's wording and where it comes from. */
  eventCategory: (name: string) => `Kategori: ${name}`,
  eventSource: (title: string) => `Ur ${title}`,
} as const;

function undatedSentence(undated: number): string {
  if (undated === 0) return '';
  return undated === 1
    ? ' En händelse utan fast tidpunkt (t.ex. "under året") finns inte i kalendern; den står i planen.'
    : ` ${undated} händelser utan fast tidpunkt (t.ex. "under året") finns inte i kalendern; de står i planen.`;
}
/** Follow-ups of a plan (issue 21): tertial and half-year reports and the annual report. */
export const FOLLOW_UP = {
  documentKind: { tertialrapport: 'Tertialrapport', halvårsrapport: 'Halvårsrapport', verksamhetsberättelse: 'Verksamhetsberättelse' },
  /** "Tertial 2 2020", "Första halvåret 2020", "2020". */
  periodLabel: (kind: 'year' | 'tertial' | 'half', year: number, part?: number) =>
    kind === 'year' ? String(year) : kind === 'tertial' ? `Tertial ${part} ${year}` : `${part === 1 ? 'Första' : 'Andra'} halvåret ${year}`,
  /** "T2 2020", "H1 2020", "2020": after an activity's status on the plan page. */
  periodShort: (kind: 'year' | 'tertial' | 'half', year: number, part?: number) =>
    kind === 'year' ? String(year) : `${kind === 'tertial' ? 'T' : 'H'}${part} ${year}`,
  /** "Verksamhetsberättelse 2020", "Tertialrapport 2 2020", "Halvårsrapport 1 2020". */
  title: (kind: 'year' | 'tertial' | 'half', year: number, part?: number) =>
    kind === 'year' ? `Verksamhetsberättelse ${year}` : `${kind === 'tertial' ? 'Tertialrapport' : 'Halvårsrapport'} ${part} ${year}`,
  /** "Genomförd, T2 2020". */
  latestStatus: (status: string, period: string) => `${status}, ${period}`,
  /** "Läget den 31 augusti 2020". */
  asOf: (date: string) => `Läget den ${date}`,
  facts: { period: 'Period', plan: 'Plan', organisation: 'Organisation', asOf: 'Läget den', documentKind: 'Dokument' },
  statuses: { genomförd: 'Genomförd', pågår: 'Pågår', 'ej påbörjad': 'Ej påbörjad', försenad: 'Försenad', struken: 'Struken' },
  /** A count with its status, for a bar's summary: "3 genomförda", "1 pågår". */
  statusCount: {
    genomförd: (n: number) => `${n} ${n === 1 ? 'genomförd' : 'genomförda'}`,
    pågår: (n: number) => `${n} pågår`,
    'ej påbörjad': (n: number) => `${n} ${n === 1 ? 'ej påbörjad' : 'ej påbörjade'}`,
    försenad: (n: number) => `${n} ${n === 1 ? 'försenad' : 'försenade'}`,
    struken: (n: number) => `${n} ${n === 1 ? 'struken' : 'strukna'}`,
  },
  /** "Mål 1: 3 genomförda, 1 pågår av 4". */
  barSummary: (label: string, counts: readonly string[], total: number) => `${label}: ${counts.join(', ')} av ${total}`,
  judgements: { uppfyllt: 'Uppfyllt', 'delvis uppfyllt': 'Delvis uppfyllt', 'ej uppfyllt': 'Ej uppfyllt', 'kan inte bedömas': 'Kan inte bedömas' },
  sections: { summary: 'Sammanfattning', goals: 'Mål och indikatorer', budget: 'Ekonomi' },
  /** "Mål 1.2: Nöjda brukare". */
  goal: (number: string, title: string) => `Mål ${number}: ${title}`,
  strategicGoal: (number: string, title: string) => `Strategiskt mål ${number}: ${title}`,
  resultGoal: (number: string, title: string) => `Resultatmål ${number}: ${title}`,
  wholePlan: 'Hela planen',
  statusBarsCaption: 'Status för aktiviteterna per mål',
  statusBarsName: (period: string) => `Status för aktiviteterna per mål, ${period}`,
  statusBarsAreaCaption: 'Status för aktiviteterna per perspektiv',
  statusBarsAreaName: (period: string) => `Status för aktiviteterna per perspektiv, ${period}`,
  statusColumn: { goal: 'Mål', area: 'Perspektiv', total: 'Summa' },
  /** Under the status chart when some activities have no status yet. */
  withoutStatus: (n: number) => `Status saknas för ${n} ${n === 1 ? 'aktivitet, som' : 'aktiviteter, som'} inte räknas.`,
  judgement: 'Bedömning',
  suggestion: 'Förslag utifrån indikatorerna',
  notJudged: 'Inte bedömd',
  /** "Uppfyllt (förslag utifrån indikatorerna: Delvis uppfyllt – 1 av 2 indikatorer har nått målvärdet.)" */
  suggestionReason: {
    all: (n: number) => (n === 1 ? 'Indikatorn har nått målvärdet.' : `Alla ${n} indikatorer har nått målvärdet.`),
    some: (met: number, n: number) => `${met} av ${n} indikatorer har nått målvärdet.`,
    none: (n: number) => (n === 1 ? 'Indikatorn har inte nått målvärdet.' : `Ingen av ${n} indikatorer har nått målvärdet.`),
    missing: (missing: number, n: number) => `Utfall eller riktning saknas för ${missing} av ${n} ${n === 1 ? 'indikator' : 'indikatorer'} med målvärde.`,
  },
  assessmentCaption: 'Målens bedömning',
  assessmentColumns: { goal: 'Mål', judgement: 'Bedömning', suggestion: 'Förslag utifrån indikatorerna' },
  indicator: {
    baseline: (year: number) => `Utgångsvärde ${year}`,
    target: (year: number) => `Målvärde ${year}`,
    outcome: (period: string) => `Utfall ${period}`,
    met: 'Målvärdet nått',
    notMet: 'Målvärdet inte nått',
    noOutcome: 'Utfall saknas',
    noTarget: 'Målvärde saknas',
    noDirection: 'Kan inte bedömas: riktning saknas',
    /** Inferred from baseline → target: "Högre är bättre (av utgångs- och målvärdet)". */
    inferred: (direction: string) => `${direction} (av utgångs- och målvärdet)`,
    noDirectionText: 'Riktning anges inte',
    columns: { what: 'Värde', value: 'Antal' },
    valueColumn: 'Värde',
    pointColumn: 'Mätpunkt',
    /** The chart's accessible name: "Andel nöjda brukare: utgångsvärde 2019 72 %, målvärde 2020 80 %, utfall Tertial 2 2020 78 %. Målvärdet inte nått." */
    name: (title: string, points: readonly string[], verdict: string) => `${title}: ${points.join(', ')}. ${verdict}.`,
  },
  activities: { caption: 'Aktiviteter', activity: 'Aktivitet', status: 'Status', comment: 'Kommentar', notGiven: 'Inte ifylld', notFollowed: 'Följs inte upp', noComment: 'Ingen kommentar' },
  comment: 'Kommentar',
  budget: {
    caption: (title: string) => `${title}: budget och utfall`,
    line: 'Post',
    budget: 'Budget',
    outcome: 'Utfall',
    deviation: (unit: string) => `Avvikelse (${unit})`,
    deviationPercent: 'Avvikelse (%)',
    total: 'Summa',
    missing: 'Uppgift saknas',
    noPercent: 'Kan inte beräknas, budgeten är noll',
    /** Under the table: what the deviation means. */
    note: 'Avvikelse = utfall minus budget, med tabellens tecken.',
  },
} as const;
