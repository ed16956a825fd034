/**
 * fast-check arbitraries for VALID plans, built from the zod model in schemas/. Each
 * block kind and field of the model has a generator; `fixUp` then makes the whole plan
 * consistent (unique ids, references that resolve, balanced budgets, correct declared
 * totals, wheel dates inside the wheel's year), so every generated plan passes
 * `checkPlans()` without errors (warnings such as placeholders or removed HTML are fine).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MONTHS, SEASONS } from '../../schemas';
import { PLAN_KINDS, PLAN_STATUSES } from '../../schemas/metadata';
import { ACTIVITY_STATUSES } from '../../schemas/goals';
import { drawableCodePoints } from '../../src/typeface/source-sans';
import { CONTROL_CHARACTER } from '../../src/validate/checks/check-characters';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A plan folder: plan.yaml data plus extra files (section Markdown, images). */
export interface GeneratedPlan {
  data: Data;
  files: Record<string, string | Buffer>;
}

/** A 1×1 PNG, used for figures with an image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const WORDS = ['planen', 'FoU', 'kommunerna', 'socialtjänst', 'äldreomsorg', 'Östersund', 'Åre', 'barn och unga', 'evidensbaserad', 'praktik', 'mål', 'uppföljning', '2020', '§ 53', 'RUG', 'x', 'a–ö', '50 %', '1 234 567 kr', 'e-post', 'Ärende'];

/**
 * Any printable text: Swedish words, odd Unicode (RTL, emoji, combining marks), long words.
 * `clean` keeps what the typeface can draw; bidi controls and combining marks survive.
 */
const freeText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u202eevil\u202c', 'שלום עולם', 'مرحبا', '👩‍👩‍👧‍👦 🇸🇪', 'e\u0301\u0301\u0301', 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel'.repeat(3), '&amp; &lt;b&gt; &#x3C;', '"\'`\\', '{{ x }} ${x}', 'null', 'true', '- inte en lista', '# inte en rubrik', '1. inte numrerad') },
);

/** Removes what would make the text invalid rather than merely odd. */
function clean(text: string): string {
  // NUL makes a file binary; internal links must resolve (the fix-up adds valid ones);
  // control characters and characters the PDF's typeface cannot draw are refused by check.
  let out = [...text.replace(/\]\(#/g, '] (#')]
    .filter((char) => !CONTROL_CHARACTER.test(char))
    .filter((char) => /[\s\p{Default_Ignorable_Code_Point}]/u.test(char) || drawableCodePoints().has(char.codePointAt(0)!))
    .join('');
  if (out.trim().length === 0) out = `text ${out}`;
  return out.trim() === '' ? 'text' : out;
}

export const plainText = freeText.map(clean);

const mdFragment = fc.oneof(
  plainText,
  plainText.map((t) => `**${t.trim()}**`),
  plainText.map((t) => `*${t.trim()}*`),
  plainText.map((t) => `\`${t.trim()}\``),
  fc.constantFrom(
    '[Socialstyrelsen](https://www.socialstyrelsen.se/)', '<https://example.se/a?b=c&d=e>', '[skriv](mailto:a@example.se)',
    'text[^1]\n\n[^1]: En fotnot.', '- en\n- två\n  - tre', '1. ett\n2. två', '> citat', '## Rubrik i texten',
    '| A | B |\n|---|---|\n| 1 | 2 |', '---', 'rad ett  \nrad två', '<b>html tas bort</b>', '[farlig](javascript:alert(1))',
    '![bild](x.png)', '```\nkod\n```', '~~struken~~', '- [ ] att göra', 'www.example.se', '&copy; &#8212;',
  ),
);

export const markdownText = fc.array(mdFragment, { minLength: 1, maxLength: 5 }).map((parts) => clean(parts.join('\n\n')));

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const small = <T>(arb: fc.Arbitrary<T>, min = 1, max = 4) => fc.array(arb, { minLength: min, maxLength: max });

const initials = fc.stringMatching(/^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}$/);
const safeUrl = fc.constantFrom('https://www.example.se/', 'http://example.org/a?b=1&c=2', 'mailto:info@example.se', 'https://xn--rebro-jua.se/sida#del');
const email = fc.constantFrom('anna@example.se', 'a.b-c@kommun.example.org');
const amount = fc.integer({ min: -5_000_000, max: 50_000_000 });

function isoDate(year: number) {
  return fc.date({ min: new Date(Date.UTC(year, 0, 1)), max: new Date(Date.UTC(year, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
}

type Nested = string | { text: string; items: Nested[] };
const nestedItem: fc.Arbitrary<Nested> = fc.letrec<{ item: Nested }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, markdownText, fc.record({ text: markdownText, items: small(tie('item'), 1, 3) })),
})).item;
const nestedList = small(nestedItem, 0, 4);

const budgetLine = fc.record({ label: plainText, amount, note: opt(plainText) }, { requiredKeys: ['label', 'amount'] });
const budgetGroup = fc.record({ title: opt(plainText), lines: small(budgetLine), declare: fc.boolean() });

const wheelEvent = fc.record({
  title: plainText,
  when: fc.oneof(
    fc.constant({ kind: 'date' as const }),
    fc.constantFrom(...MONTHS).map((month) => ({ kind: 'month' as const, month })),
    fc.tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...MONTHS)).map(([from, to]) => ({ kind: 'period' as const, from, to })),
    fc.constant({ kind: 'datePeriod' as const }),
    fc.constantFrom(...SEASONS).map((season) => ({ kind: 'season' as const, season })),
    fc.integer({ min: 1, max: 52 }).map((times) => ({ kind: 'times' as const, times })),
  ),
  categorySeed: fc.nat(),
  dateSeed: fc.nat({ max: 364 }),
  dateSeed2: fc.nat({ max: 364 }),
  note: opt(plainText),
});

/** Block generators, one per `type` in schemas/block.ts. Fields with `$` are fixed up later. */
const blocks = {
  text: fc.record({ type: fc.constant('text'), markdown: markdownText }),
  figure: fc.record({
    type: fc.constant('figure'), source: fc.constantFrom('image', 'missing', 'wheel'), alt: plainText, caption: markdownText,
    credit: opt(fc.record({ text: plainText, url: opt(safeUrl) }, { requiredKeys: ['text'] })), missing: plainText,
  }),
  table: fc.record({
    type: fc.constant('table'), withId: fc.boolean(), caption: opt(markdownText), columns: small(plainText, 1, 5),
    rows: small(small(fc.oneof(markdownText, fc.constant('')), 0, 6), 0, 5),
  }),
  coreArea: fc.record({
    type: fc.constant('coreArea'), goals: small(markdownText), goalsIntro: opt(plainText), activities: nestedList,
    prioritised: opt(small(fc.record({ activity: markdownText, items: nestedList }))),
  }),
  strategicGoals: fc.record({
    type: fc.constant('strategicGoals'),
    goals: small(fc.record({ title: plainText, agenda2030: opt(small(fc.integer({ min: 1, max: 17 }), 0, 4)) })),
  }),
  goalTable: fc.record({
    type: fc.constant('goalTable'), linkGoal: fc.boolean(),
    goals: small(fc.record({ goal: markdownText, measures: small(fc.record({ measure: markdownText, target: opt(plainText), activities: opt(markdownText) })) })),
  }),
  programLogic: fc.record({
    type: fc.constant('programLogic'),
    headings: opt(fc.record({ resources: plainText, assignments: plainText, activities: plainText, outcomes: plainText }, { requiredKeys: [] })),
    groups: small(fc.record({
      resources: small(markdownText, 0, 3),
      assignments: small(fc.record({ assignment: small(markdownText, 1, 2), activities: small(markdownText, 0, 3), outcomes: small(markdownText, 0, 3) })),
    }), 1, 3),
  }),
  resultGoals: fc.record({
    type: fc.constant('resultGoals'), impactGoal: markdownText, goals: small(fc.record({ title: plainText, description: markdownText })),
  }),
  assignmentTable: fc.record({
    type: fc.constant('assignmentTable'), linkGoal: fc.boolean(),
    rows: small(fc.record({
      assignment: plainText, externallyFunded: opt(fc.boolean()), participants: opt(plainText), responsibleSeeds: small(fc.nat(), 0, 3),
      activities: small(markdownText), serviceAreas: opt(small(plainText, 0, 3)),
    })),
  }),
  actionPlan: fc.record({
    type: fc.constant('actionPlan'), goalArea: plainText,
    activities: small(fc.record({
      activity: markdownText, purpose: markdownText, measure: markdownText, responsible: small(plainText, 1, 3), timeline: plainText,
      status: opt(fc.constantFrom(...ACTIVITY_STATUSES)),
    })),
    progress: opt(small(fc.record({ status: fc.constantFrom('påbörjad', 'genomförd'), title: opt(plainText), text: markdownText }, { requiredKeys: ['status', 'text'] }))),
  }),
  fundedRoles: fc.record({
    type: fc.constant('fundedRoles'), title: plainText,
    roles: small(fc.record({ role: plainText, percent: fc.integer({ min: 0, max: 200 }), mandate: opt(plainText) }, { requiredKeys: ['role', 'percent'] })),
  }),
  wheel: fc.record({
    type: fc.constant('wheel'), useYear: fc.boolean(),
    categories: small(fc.record({ name: plainText, withAbbr: fc.boolean() }), 1, 12),
    events: small(wheelEvent, 0, 25),
  }),
  budget: fc.record({
    type: fc.constant('budget'), withYear: fc.boolean(), costs: small(budgetGroup, 1, 3), revenues: small(budgetGroup, 1, 3),
    balanced: fc.boolean(), declare: fc.boolean(),
  }),
  carriedOverFunds: fc.record({ type: fc.constant('carriedOverFunds'), title: plainText, withDate: fc.boolean(), lines: small(budgetLine), declare: fc.boolean() }),
  areaBudget: fc.record({
    type: fc.constant('areaBudget'), year: fc.integer({ min: 2000, max: 2040 }), amount: opt(fc.nat({ max: 90_000_000 })),
    approximate: opt(fc.boolean()), funding: opt(small(plainText, 0, 3)), text: markdownText,
  }),
  staff: fc.record({
    type: fc.constant('staff'), title: opt(plainText), unit: fc.constantFrom('fte', 'percent', 'mixed'),
    lines: small(fc.record({ label: plainText, value: fc.integer({ min: 0, max: 400 }), note: opt(plainText) })),
    declare: fc.boolean(), showTotal: opt(fc.boolean()), note: opt(markdownText),
  }),
};

export const BLOCK_KINDS = Object.keys(blocks) as (keyof typeof blocks)[];
const anyBlock = fc.oneof(...Object.values(blocks)) as fc.Arbitrary<Data>;

interface RawSection { title: string; withId: boolean; numbered?: boolean; toc?: boolean; body?: string; asFile: boolean; blocks: Data[]; sections: RawSection[] }
const section: fc.Arbitrary<RawSection> = fc.letrec<{ section: RawSection }>((tie) => ({
  section: fc.record({
    title: plainText, withId: fc.boolean(), numbered: opt(fc.boolean()), toc: opt(fc.boolean()), body: opt(markdownText), asFile: fc.boolean(),
    blocks: small(anyBlock, 0, 3),
    sections: fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constant<RawSection[]>([]), small(tie('section'), 0, 3)),
  }, { requiredKeys: ['title', 'withId', 'asFile', 'blocks', 'sections'] }),
})).section;

const rawPlan = fc.record({
  title: plainText, subtitle: opt(plainText), kind: fc.constantFrom(...PLAN_KINDS),
  organisation: fc.record({
    name: plainText, parent: opt(plainText), unit: opt(plainText), municipalities: opt(small(plainText, 0, 6)), address: opt(plainText), website: opt(safeUrl),
  }, { requiredKeys: ['name'] }),
  start: fc.integer({ min: 2000, max: 2035 }), length: fc.integer({ min: 0, max: 3 }), oneYear: fc.boolean(),
  registryNumber: opt(plainText),
  author: opt(fc.record({ name: plainText, role: opt(plainText), email: opt(email), phone: opt(plainText) }, { requiredKeys: ['name'] })),
  documentDate: fc.boolean(), status: fc.constantFrom(...PLAN_STATUSES),
  approval: opt(fc.record({ body: plainText, withDate: fc.boolean(), reference: opt(plainText) })),
  copyright: opt(plainText), numbering: opt(fc.boolean()), toc: opt(fc.boolean()),
  people: small(fc.record({ initials, name: opt(plainText), role: opt(plainText) }), 0, 5),
  abbreviations: small(fc.record({ abbr: plainText, expansion: plainText }), 0, 5),
  sections: small(section, 1, 5),
  /** Where to add working internal links [](#id). */
  linkSeeds: small(fc.nat(), 0, 3),
});

const strip = (o: Data): Data => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const uniqueBy = <T>(items: T[], key: (t: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
};

/** Makes a raw draw into a plan that passes every check. */
function fixUp(raw: typeof rawPlan extends fc.Arbitrary<infer R> ? R : never): GeneratedPlan {
  const files: Record<string, string | Buffer> = {};
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}-${++counter}`;
  const start = raw.start;
  const end = raw.oneYear ? undefined : start + raw.length;
  const people = uniqueBy(raw.people, (p) => p.initials).map(strip);
  const abbreviations = uniqueBy(raw.abbreviations, (a) => a.abbr).map(strip);
  const strategicIds: string[] = [];
  const resultIds: string[] = [];
  const targets: string[] = [];
  const later: (() => void)[] = [];
  const textBlocks: Data[] = [];

  const fixBlock = (b: Data, siblings: Data[]): Data => {
    switch (b.type) {
      case 'text': return (textBlocks.push(b), b);
      case 'figure': {
        const id = nextId('figur');
        targets.push(id);
        const out: Data = { type: 'figure', id, alt: b.alt, caption: b.caption, source: b.credit && strip(b.credit) };
        if (b.source === 'wheel' && siblings.some((s) => s.type === 'wheel')) out.generated = 'wheel';
        else if (b.source === 'image') { out.image = `bild-${id}.png`; files[out.image] = TINY_PNG; }
        else out.missing = b.missing;
        return strip(out);
      }
      case 'table': {
        const id = b.withId ? nextId('tabell') : undefined;
        if (id) targets.push(id);
        return strip({ type: 'table', id, caption: b.caption, columns: b.columns, rows: b.rows });
      }
      case 'coreArea': return strip({ ...b, prioritised: b.prioritised });
      case 'strategicGoals': {
        const goals = b.goals.map((g: Data) => { const id = nextId('mal'); strategicIds.push(id); return strip({ id, title: g.title, agenda2030: g.agenda2030 }); });
        return { type: 'strategicGoals', goals };
      }
      case 'goalTable': {
        const out: Data = { type: 'goalTable', goals: b.goals.map((g: Data) => ({ goal: g.goal, measures: g.measures.map(strip) })) };
        if (b.linkGoal) later.push(() => { if (strategicIds.length) out.strategicGoal = strategicIds[0]; });
        return out;
      }
      case 'programLogic': return strip({ type: 'programLogic', headings: b.headings && strip(b.headings), groups: b.groups });
      case 'resultGoals': {
        const goals = b.goals.map((g: Data) => { const id = nextId('resultat'); resultIds.push(id); return { id, title: g.title, description: g.description }; });
        return { type: 'resultGoals', impactGoal: b.impactGoal, goals };
      }
      case 'assignmentTable': {
        const out: Data = {
          type: 'assignmentTable',
          rows: b.rows.map((r: Data) => strip({
            assignment: r.assignment, externallyFunded: r.externallyFunded, participants: r.participants,
            responsible: people.length ? [...new Set(r.responsibleSeeds.map((s: number) => people[s % people.length]!.initials))] : [],
            activities: r.activities, serviceAreas: r.serviceAreas,
          })),
        };
        if (b.linkGoal) later.push(() => { if (resultIds.length) out.resultGoal = resultIds[0]; });
        return out;
      }
      case 'actionPlan': return strip({ type: 'actionPlan', goalArea: b.goalArea, activities: b.activities.map(strip), progress: b.progress?.map(strip) });
      case 'fundedRoles': return { type: 'fundedRoles', title: b.title, roles: b.roles.map(strip) };
      case 'wheel': {
        const year = b.useYear && end !== undefined ? end : start;
        const categories = b.categories.map((c: Data) => strip({
          id: nextId('kategori'), name: c.name, abbr: c.withAbbr && abbreviations.length ? abbreviations[counter % abbreviations.length]!.abbr : undefined,
        }));
        const day = (seed: number) => new Date(Date.UTC(year, 0, 1 + (seed % (year % 4 === 0 ? 366 : 365)))).toISOString().slice(0, 10);
        const events = b.events.map((e: Data) => {
          const out: Data = { title: e.title, category: categories[e.categorySeed % categories.length]!.id, note: e.note };
          const w = e.when;
          if (w.kind === 'date') out.date = day(e.dateSeed);
          else if (w.kind === 'month') out.month = w.month;
          else if (w.kind === 'period') out.period = { from: w.from, to: w.to };
          else if (w.kind === 'datePeriod') out.period = { from: day(Math.min(e.dateSeed, e.dateSeed2)), to: day(Math.max(e.dateSeed, e.dateSeed2)) };
          else if (w.kind === 'season') out.season = w.season;
          else out.timesPerYear = w.times;
          return strip(out);
        });
        return strip({ type: 'wheel', year: b.useYear ? year : undefined, categories, events });
      }
      case 'budget': {
        const group = (g: Data) => {
          const lines = g.lines.map(strip);
          return strip({ title: g.title, lines, declaredTotal: g.declare ? lines.reduce((s: number, l: Data) => s + l.amount, 0) : undefined });
        };
        const costs = b.costs.map(group);
        const revenues = b.revenues.map(group);
        const sum = (gs: Data[]) => gs.reduce((s, g) => s + g.lines.reduce((t: number, l: Data) => t + l.amount, 0), 0);
        if (b.balanced) {
          const diff = sum(costs) - sum(revenues);
          if (diff !== 0) {
            const last = revenues.at(-1)!;
            last.lines.push({ label: 'Utjämning', amount: diff });
            if (last.declaredTotal !== undefined) last.declaredTotal += diff;
          }
        }
        return strip({
          type: 'budget', year: b.withYear ? start : undefined, costs, revenues, balanced: b.balanced ? undefined : false,
          declaredTotals: b.declare ? { costs: sum(costs), revenues: sum(revenues) } : undefined,
        });
      }
      case 'carriedOverFunds': {
        const lines = b.lines.map(strip);
        return strip({
          type: 'carriedOverFunds', title: b.title, asOf: b.withDate ? `${start}-01-01` : undefined, lines,
          declaredTotal: b.declare ? lines.reduce((s: number, l: Data) => s + l.amount, 0) : undefined,
        });
      }
      case 'areaBudget': return strip(b);
      case 'staff': {
        const lines = b.lines.map((l: Data, i: number) => {
          const percent = b.unit === 'percent' || (b.unit === 'mixed' && i % 2 === 1);
          return strip({ label: l.label, note: l.note, ...(percent ? { percent: l.value } : { fte: l.value / 4 }) });
        });
        const total = b.unit === 'mixed' ? undefined : lines.reduce((s: number, l: Data) => s + (l.fte ?? l.percent), 0);
        return strip({ type: 'staff', title: b.title, lines, declaredTotal: b.declare ? total : undefined, showTotal: b.showTotal, note: b.note });
      }
      default: throw new Error(`okänd blocktyp ${b.type}`);
    }
  };

  const fixSection = (s: RawSection): Data => {
    const id = s.withId ? nextId('avsnitt') : undefined;
    if (id) targets.push(id);
    const blocksOut: Data[] = [];
    for (const b of s.blocks) blocksOut.push(fixBlock(b, s.blocks));
    const out: Data = strip({
      id, title: s.title, numbered: s.numbered, toc: s.toc,
      blocks: blocksOut.length ? blocksOut : undefined,
      sections: s.sections.length ? s.sections.map(fixSection) : undefined,
    });
    if (s.body !== undefined) {
      if (s.asFile) { const file = `${nextId('text')}.md`; files[file] = `${s.body}\n`; out.file = file; }
      else out.body = s.body;
    }
    return out;
  };

  const sections = raw.sections.map(fixSection);
  for (const fix of later) fix();
  // Working internal links: append [](#id) to text blocks.
  raw.linkSeeds.forEach((seed, i) => {
    if (!targets.length || !textBlocks.length) return;
    const block = textBlocks[(seed + i) % textBlocks.length]!;
    block.markdown += ` Se [](#${targets[seed % targets.length]}).`;
  });

  const data: Data = strip({
    title: raw.title, subtitle: raw.subtitle, kind: raw.kind,
    organisation: strip({ ...raw.organisation }),
    period: strip({ start, end }),
    registryNumber: raw.registryNumber,
    author: raw.author && strip(raw.author),
    documentDate: raw.documentDate ? `${start - 1}-12-20` : undefined,
    status: raw.status,
    approval: raw.approval && strip({ body: raw.approval.body, date: raw.approval.withDate ? `${start - 1}-12-13` : undefined, reference: raw.approval.reference }),
    copyright: raw.copyright, numbering: raw.numbering, toc: raw.toc,
    people: people.length ? people : undefined,
    abbreviations: abbreviations.length ? abbreviations : undefined,
    sections,
  });
  return { data, files };
}

/** A random plan that passes `checkPlans()` without errors. */
export const validPlanArbitrary: fc.Arbitrary<GeneratedPlan> = rawPlan.map(fixUp);

/** The plan.yaml text of a generated plan. */
export function planYaml(plan: GeneratedPlan): string {
  return stringify(plan.data, { aliasDuplicateObjects: false, lineWidth: 0 });
}

