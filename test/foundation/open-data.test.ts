/**
 * Open data (issue 22): the rows derive makes of a plan's activities, goals and
 * indicators and budget lines; the CSV serializer (BOM, `;`, RFC 4180 quoting, CRLF,
 * decimal comma); the wheel as calendar events and their iCalendar text, read back with
 * ical.js (a maintained RFC 5545 parser) and the CSV with csv-parse.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../schemas';
import { planCalendar } from '../../src/derive/calendar-events';
import { derivePlan } from '../../src/derive/derive-plan';
import { openDataNumber, openDataRows, type OpenDataTable } from '../../src/derive/open-data-rows';
import { OPEN_DATA } from '../../src/shared/words-sv';
import { csvText } from '../../src/site/open-data/csv';
import { openDataFiles } from '../../src/site/open-data/files';
import { organisationCalendarFile } from '../../src/site/open-data/paths';
import { combineCalendars, foldLine, planCalendarText } from '../../src/site/open-data/icalendar';

type SectionInput = PlanInput['sections'][number];
type WheelInput = Extract<NonNullable<SectionInput['blocks']>[number], { type: 'wheel' }>;

const derive = (sections: SectionInput[], extra: Partial<PlanInput> = {}, id = 'provplan') =>
  derivePlan(id, planSchema.parse({ title: 'Provplan', kind: 'verksamhetsplan', organisation: { name: 'Provkommunen' }, period: { start: 2024 }, status: 'utkast', sections, ...extra }));

const C = OPEN_DATA.columns;
/** The rows of a table as objects by header. */
const records = (table: OpenDataTable) => table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i]!])));
/** A CSV text read back as a reader of the file would: BOM stripped, `;` between fields. */
const readCsv = (text: string): string[][] => parse(text, { bom: true, delimiter: ';', relax_column_count: false });

describe('CSV serialization', () => {
  const table: OpenDataTable = {
    columns: ['Text', 'Belopp'],
    rows: [
      ['semi;kolon', '1234,5'],
      ['citat "så här"', '-7'],
      ['två\nrader', '0'],
      ['vanlig', ''],
    ],
  };
  const text = csvText(table);

  it('starts with a byte order mark, separates with ; and ends every record with CRLF', () => {
    expect(text.startsWith('\uFEFFText;Belopp\r\n')).toBe(true);
    expect(text.endsWith('vanlig;\r\n')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with ;, " or line breaks (RFC 4180) and reads back the same with csv-parse', () => {
    expect(text).toContain('"semi;kolon";1234,5\r\n');
    expect(text).toContain('"citat ""så här""";-7\r\n');
    expect(text).toContain('"två\nrader";0\r\n');
    expect(readCsv(text)).toEqual([table.columns, ...table.rows]);
  });

  it('a table without rows is its header row alone', () => {
    expect(csvText({ columns: ['A', 'B'], rows: [] })).toBe('\uFEFFA;B\r\n');
  });

  it('writes numbers without thousands separators, with decimal comma and never an exponent', () => {
    expect(openDataNumber(2544000)).toBe('2544000');
    expect(openDataNumber(1234.5)).toBe('1234,5');
    expect(openDataNumber(-0.25)).toBe('-0,25');
    expect(openDataNumber(1e-7)).toBe('0,0000001');
    expect(openDataNumber(9007199254740991)).toBe('9007199254740991');
  });
});

describe('open data rows', () => {
  const derived = derive([
    {
      title: 'Mål', blocks: [
        {
          type: 'goalModel', levels: ['Fullmäktiges mål', 'Nämndens mål'], perspectives: ['Medborgare'],
          goals: [{
            id: 'kf-trygg', title: 'En *trygg* omsorg', perspective: 'Medborgare',
            goals: [{
              id: 'nm-nojd', title: 'Nöjda brukare', responsible: 'Verksamhetschef',
              indicators: [{ id: 'ind-nojd', name: 'Andel nöjda', unit: '%', baseline: { value: 81.5, year: 2023 }, targets: { 2025: 85, 2024: 83.25 }, direction: 'högre är bättre', frequency: 'år', source: { kolada: 'U21468' } }],
              activities: [{ id: 'akt-rad', text: 'Starta ett brukarråd; varje kvartal', status: 'planerad' }],
            }],
          }],
        },
        { type: 'strategicGoals', goals: [{ id: 'sg-1', title: 'Starkt partnerskap', agenda2030: [3, 10] }] },
      ],
    },
    {
      title: 'Aktiviteter', sections: [{
        title: 'Handlingsplan', blocks: [{
          type: 'actionPlan', goalArea: 'kunskapsutveckling',
          activities: [{ activity: 'Erbjuda "FoU-cirklar"\n\ni alla kommuner', purpose: 'Öka kunskapen', measure: 'Antal cirklar', responsible: ['FoU', 'RUG'], timeline: 'Hösten 2024', status: 'pågår' }],
        }],
      }],
    },
    {
      title: 'Ekonomi', blocks: [
        { type: 'budget', year: 2024, costs: [{ title: 'Personal', lines: [{ label: 'Löner', amount: 100 }] }], revenues: [{ lines: [{ label: 'Bidrag', amount: 100, note: 'från kommunerna' }] }] },
        {
          type: 'budgetTable', id: 'drift', title: 'Driftbudget', unit: 'mnkr',
          columns: [{ id: 'b23', kind: 'budget', year: 2023 }, { id: 'p24', kind: 'plan', year: 2024 }, { change: { from: 'b23', to: 'p24', as: 'kr' } }],
          lines: [{ id: 'loner', label: 'Löner', side: 'kostnader', values: { b23: -12.5, p24: -13 } }],
        },
      ],
    },
  ]);
  const rows = openDataRows(derived);

  it('activities: one row per activity, with section, block, id, what it belongs to, and plain text', () => {
    const activities = records(rows.activities);
    expect(activities).toEqual([
      expect.objectContaining({ [C.section]: '1 Mål', [C.block]: OPEN_DATA.blocks.goalModel, [C.id]: 'akt-rad', [C.belongsTo]: 'nm-nojd', [C.activity]: 'Starta ett brukarråd; varje kvartal', [C.status]: 'planerad' }),
      expect.objectContaining({
        [C.section]: '2.1 Handlingsplan', [C.block]: OPEN_DATA.blocks.actionPlan, [C.id]: '', [C.belongsTo]: 'kunskapsutveckling',
        [C.activity]: 'Erbjuda ”FoU-cirklar”\ni alla kommuner', [C.purpose]: 'Öka kunskapen', [C.measure]: 'Antal cirklar',
        [C.responsible]: 'FoU, RUG', [C.timeline]: 'Hösten 2024', [C.status]: 'pågår',
      }),
    ]);
  });

  it('goals and indicators: goals on their levels, an indicator per target year with decimal comma', () => {
    const goals = records(rows.goals);
    expect(goals.map((g) => [g[C.kind], g[C.id], g[C.belongsTo], g[C.level], g[C.text]])).toEqual([
      ['mål', 'kf-trygg', '', 'Fullmäktiges mål', 'En trygg omsorg'],
      ['mål', 'nm-nojd', 'kf-trygg', 'Nämndens mål', 'Nöjda brukare'],
      ['indikator', 'ind-nojd', 'nm-nojd', 'Nämndens mål', 'Andel nöjda'],
      ['indikator', 'ind-nojd', 'nm-nojd', 'Nämndens mål', 'Andel nöjda'],
      ['strategiskt mål', 'sg-1', '', '', 'Starkt partnerskap'],
    ]);
    expect(goals[2]).toMatchObject({ [C.unit]: '%', [C.baseline]: '81,5', [C.baselineYear]: '2023', [C.targetYear]: '2024', [C.target]: '83,25', [C.source]: 'Kolada U21468', [C.direction]: 'högre är bättre', [C.frequency]: 'år' });
    expect(goals[3]).toMatchObject({ [C.targetYear]: '2025', [C.target]: '85' });
    expect(goals[4]![C.agenda2030]).toBe('3, 10');
  });

  it('budget: every line of a budget, every typed column of a budget table (not computed changes)', () => {
    const budget = records(rows.budget);
    expect(budget.map((b) => [b[C.block], b[C.side], b[C.line], b[C.column], b[C.year], b[C.amount], b[C.unit]])).toEqual([
      ['Budget', 'kostnader', 'Löner', '', '2024', '100', 'kr'],
      ['Budget', 'intäkter', 'Bidrag', '', '2024', '100', 'kr'],
      ['Budgettabell', 'kostnader', 'Löner', 'Budget 2023', '2023', '-12,5', 'mnkr'],
      ['Budgettabell', 'kostnader', 'Löner', 'Plan 2024', '2024', '-13', 'mnkr'],
    ]);
    expect(budget[1]![C.note]).toBe('från kommunerna');
    expect(budget[2]).toMatchObject({ [C.blockId]: 'drift', [C.table]: 'Driftbudget', [C.lineId]: 'loner' });
  });

  it('the CSV file of the rows reads back with csv-parse: a cell with ; and a line break survives', () => {
    const files = openDataFiles(derived);
    expect(files.map((f) => f.path)).toEqual(['oppna-data/aktiviteter.csv', 'oppna-data/mal-och-indikatorer.csv', 'oppna-data/budget.csv']);
    const read = readCsv(files[0]!.text);
    expect(read[0]).toEqual([...rows.activities.columns]);
    expect(read.slice(1)).toEqual(rows.activities.rows);
  });

  it('a plan without such blocks gets three files of a header row each, and no calendar', () => {
    const files = openDataFiles(derive([{ title: 'Inledning', body: 'Text.' }]));
    expect(files.map((f) => [f.path, readCsv(f.text).length])).toEqual([
      ['oppna-data/aktiviteter.csv', 1], ['oppna-data/mal-och-indikatorer.csv', 1], ['oppna-data/budget.csv', 1],
    ]);
  });
});

const wheel = (events: WheelInput['events'], extra: Partial<WheelInput> = {}): SectionInput => ({
  title: 'Årshjul',
  blocks: [{ type: 'wheel', categories: [{ id: 'rad', name: 'Rådet', abbr: 'R' }, { id: 'ek', name: 'Ekonomi' }], events, ...extra }],
});

describe('the wheel as calendar events', () => {
  const lasar = derive([wheel([
    { title: 'Skolstart', category: 'rad', date: '2024-08-19' },
    { title: 'Budget i januari', category: 'ek', month: 'januari' },
    { title: 'Beredning', category: 'ek', period: { from: 'november', to: 'februari' } },
    { title: 'Vårterminen', category: 'rad', season: 'våren' },
    { title: 'Nämnden', category: 'rad', recurs: 'månadsvis' },
    { title: 'Veckomöte', category: 'rad', recurs: 'veckovis' },
    { title: 'Tertialrapport', category: 'ek', recurs: 'tertial' },
    { title: 'Fyra träffar', category: 'rad', timesPerYear: 4 },
    { title: 'Internkontroll', category: 'ek', undated: true },
  ], { year: 2024, startMonth: 'augusti', endMonth: 'juni', yearName: 'läsår' })]);
  const calendar = planCalendar(lasar)!;
  const byTitle = (title: string) => calendar.events.find((e) => e.title === title)!;

  it('dated events are all-day spans; months before the first month of a läsår are in the next year', () => {
    expect(byTitle('Skolstart')).toMatchObject({ start: '2024-08-19', end: '2024-08-20' });
    expect(byTitle('Budget i januari')).toMatchObject({ start: '2025-01-01', end: '2025-02-01' });
    expect(byTitle('Beredning')).toMatchObject({ start: '2024-11-01', end: '2025-03-01' });
    expect(byTitle('Vårterminen')).toMatchObject({ start: '2025-03-01', end: '2025-06-01' });
    expect(byTitle('Skolstart').rrule).toBeUndefined();
  });

  it('recurring events repeat by RRULE until the wheel\'s last day', () => {
    expect(byTitle('Nämnden')).toMatchObject({ start: '2024-08-01', end: '2024-09-01', rrule: 'FREQ=MONTHLY;UNTIL=20250630' });
    expect(byTitle('Veckomöte')).toMatchObject({ start: '2024-08-01', end: '2024-08-08', rrule: 'FREQ=WEEKLY;UNTIL=20250630' });
    expect(byTitle('Tertialrapport')).toMatchObject({ start: '2024-05-01', end: '2024-09-01', rrule: 'FREQ=MONTHLY;INTERVAL=4;UNTIL=20250630' });
  });

  it('events without a fixed time are left out and counted in the description', () => {
    expect(calendar.events).toHaveLength(7);
    expect(calendar.undated).toBe(2);
    expect(calendar.description).toContain('2 händelser utan fast tidpunkt');
    expect(calendar.name).toBe('Årshjul: Provplan');
  });

  it('no calendar for a plan whose wheels have only undated events, or no wheel', () => {
    expect(planCalendar(derive([wheel([{ title: 'Något', category: 'rad', undated: true }])]))).toBeUndefined();
    expect(planCalendar(derive([{ title: 'Inledning', body: 'Text.' }]))).toBeUndefined();
  });

  it('UIDs are the same on every derivation and stay when other events are edited, added or removed', () => {
    const events: WheelInput['events'] = [
      { title: 'Rådet', category: 'rad', date: '2024-02-01' },
      { title: 'Bokslut', category: 'ek', month: 'mars' },
      { title: 'Rådet', category: 'rad', date: '2024-09-01' },
    ];
    const uids = (list: WheelInput['events']) => new Map(planCalendar(derive([wheel(list)]))!.events.map((e) => [`${e.title} ${e.start}`, e.uid]));
    const first = uids(events);
    expect(uids(events)).toEqual(first);
    expect(new Set(first.values()).size).toBe(3);
    const edited = uids([
      { title: 'Nytt möte', category: 'ek', date: '2024-01-10' },
      { ...events[0]!, note: 'ändrad anteckning' },
      { title: 'Bokslut och årsredovisning', category: 'ek', month: 'mars' },
      events[2]!,
    ]);
    expect(edited.get('Rådet 2024-02-01')).toBe(first.get('Rådet 2024-02-01'));
    expect(edited.get('Rådet 2024-09-01')).toBe(first.get('Rådet 2024-09-01'));
    // Its title changed: a new UID (the documented limitation).
    expect(edited.get('Bokslut och årsredovisning 2024-03-01')).not.toBe(first.get('Bokslut 2024-03-01'));
    // Another plan's identical event has its own UID.
    expect(planCalendar(derive([wheel(events)], {}, 'annan-plan'))!.events[0]!.uid).not.toBe(first.get('Rådet 2024-02-01'));
  });

  it('an event with an id keeps its UID when its title and time change', () => {
    const uidOf = (event: WheelInput['events'][number]) => planCalendar(derive([wheel([event])]))!.events[0]!.uid;
    const written = { id: 'radsmote-var', title: 'Rådet', category: 'rad', date: '2024-02-01' } as const;
    expect(uidOf({ ...written, title: 'FoU-rådet sammanträder', date: '2024-02-08' })).toBe(uidOf(written));
    expect(uidOf({ ...written, id: 'radsmote-host' })).not.toBe(uidOf(written));
  });

  it('two identical events get two UIDs', () => {
    const twice = planCalendar(derive([wheel([{ title: 'Möte', category: 'rad', date: '2024-05-05' }, { title: 'Möte', category: 'rad', date: '2024-05-05' }])]))!;
    expect(new Set(twice.events.map((e) => e.uid)).size).toBe(2);
  });
});

describe('iCalendar text', () => {
  const long = 'Gemensam planeringsdag för förskolechefer, rektorer och elevhälsans personal; med ”citat”, komma och \\ snedstreck';
  const derived = derive([wheel([
    { title: long, category: 'rad', date: '2024-03-14', note: 'Två rader:\nandra raden' },
    { title: 'Nämnden', category: 'rad', recurs: 'månadsvis' },
    { title: 'Under året', category: 'ek', undated: true },
  ], { year: 2024 })], { documentDate: '2023-12-01' });
  const text = planCalendarText(planCalendar(derived)!);
  const component = new ICAL.Component(ICAL.parse(text));
  const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses with ical.js: all-day DTSTART;VALUE=DATE, RRULE, calendar name and description', () => {
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Årshjul: Provplan');
    expect(component.getFirstPropertyValue('x-wr-caldesc')).toContain('En händelse utan fast tidpunkt');
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(2);
    const [dated, recurring] = events as [ICAL.Event, ICAL.Event];
    expect(dated.summary).toBe(long);
    expect(dated.description).toContain('Två rader:\nandra raden');
    expect(dated.startDate.isDate).toBe(true);
    expect(dated.startDate.toString()).toBe('2024-03-14');
    expect(dated.endDate.toString()).toBe('2024-03-15');
    expect(dated.isRecurring()).toBe(false);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20240314\r\n');
    expect(text).toContain('\r\nDTSTAMP:20231201T000000Z\r\n');
    expect(recurring.isRecurring()).toBe(true);
    const rule = recurring.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('MONTHLY');
    const iterator = recurring.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toString());
    expect(starts).toHaveLength(12);
    expect(starts.at(-1)).toBe('2024-12-01');
  });

  it('folds lines at 75 octets without splitting a character, with CRLF line ends', () => {
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const folded = foldLine(`SUMMARY:${'å'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'å'.repeat(100)}`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('combines several plans\' calendars into one feed with every event and the undated counted', () => {
    const other = derive([wheel([{ title: 'Bokslut', category: 'ek', month: 'februari' }, { title: 'X', category: 'ek', timesPerYear: 2 }, { title: 'Y', category: 'ek', undated: true }])], {}, 'andra');
    const combined = combineCalendars([text, planCalendarText(planCalendar(other)!)], 'Årshjul: Provkommunen', (undated) => OPEN_DATA.organisationCalendarDescription('Provkommunen', 2, undated));
    const parsed = new ICAL.Component(ICAL.parse(combined));
    const vevents = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents.map((e) => e.summary)).toEqual([long, 'Nämnden', 'Bokslut']);
    expect(new Set(vevents.map((e) => e.uid)).size).toBe(3);
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('Årshjul: Provkommunen');
    expect(parsed.getFirstPropertyValue('x-wr-caldesc')).toContain('3 händelser utan fast tidpunkt');
    expect(parsed.getFirstPropertyValue('x-wr-caldesc')).toContain('2 planer från Provkommunen');
  });
});

describe('the organisation calendar file name', () => {
  it('is the github-slugger slug of the name, safe as a file name', () => {
    expect(organisationCalendarFile('FoU Jämt')).toBe('kalender/fou-jämt.ics');
    expect(organisationCalendarFile('Kommunal utveckling, Region Jönköpings län')).toBe('kalender/kommunal-utveckling-region-jönköpings-län.ics');
    expect(organisationCalendarFile('!!!')).toBe('kalender/organisation.ics');
    const long = organisationCalendarFile('Förvaltning '.repeat(60));
    expect(Buffer.byteLength(long.slice('kalender/'.length, -'.ics'.length), 'utf8')).toBeLessThanOrEqual(200);
    expect(long).toMatch(/^kalender\/förvaltning-förvaltning.*[^-]\.ics$/);
  });
});
