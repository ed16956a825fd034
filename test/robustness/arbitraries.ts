/**
 * fast-check arbitraries for VALID plans, built from the zod model in schemas/. Each
 * block type has a generator in block-arbitraries.ts, each value a generator in
 * value-arbitraries.ts; `fixUp` then makes the whole plan consistent (unique ids,
 * references that resolve, balanced budgets, correct declared totals, wheel dates inside
 * the wheel's year), so every generated plan passes `checkPlans()` without errors
 * (warnings such as placeholders or removed HTML are fine).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DECISION_STATES, PLAN_KINDS, PLAN_STATUSES } from '../../schemas/metadata';
import { BLOCK_ARBITRARIES, fixUpBlock, type FixUpContext } from './block-arbitraries';
import { markdownText, opt, plainText, safeUrl, small, strip, type Data } from './value-arbitraries';

export { markdownText, plainText, TINY_PNG } from './value-arbitraries';

/** A plan folder: plan.yaml data plus extra files (section Markdown, images). */
export interface GeneratedPlan {
  data: Data;
  files: Record<string, string | Buffer>;
}

const initials = fc.stringMatching(/^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}$/);
const email = fc.constantFrom('anna@example.se', 'a.b-c@kommun.example.org');

export const BLOCK_KINDS = Object.keys(BLOCK_ARBITRARIES) as (keyof typeof BLOCK_ARBITRARIES)[];
const anyBlock = fc.oneof(...Object.values(BLOCK_ARBITRARIES).map((block) => block.draw)) as fc.Arbitrary<Data>;

interface RawSection { title: string; withId: boolean; numbered?: boolean; toc?: boolean; body?: string; asFile: boolean; blocks: Data[]; sections: RawSection[] }
const section: fc.Arbitrary<RawSection> = fc.letrec<{ section: RawSection }>((tie) => ({
  section: fc.record({
    title: plainText, withId: fc.boolean(), numbered: opt(fc.boolean()), toc: opt(fc.boolean()), body: opt(markdownText), asFile: fc.boolean(),
    blocks: small(anyBlock, 0, 3),
    sections: fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constant<RawSection[]>([]), small(tie('section'), 0, 3)),
  }, { requiredKeys: ['title', 'withId', 'asFile', 'blocks', 'sections'] }),
})).section;

const rawPlan = fc.record({
  title: plainText, subtitle: opt(plainText), kind: fc.oneof(fc.constantFrom(...PLAN_KINDS), plainText.map((annan) => ({ annan }))),
  organisation: fc.record({
    name: plainText, parent: opt(plainText), unit: opt(plainText), municipalities: opt(small(plainText, 0, 6)), address: opt(plainText), website: opt(safeUrl),
  }, { requiredKeys: ['name'] }),
  start: fc.integer({ min: 2000, max: 2035 }), length: fc.integer({ min: 0, max: 3 }), oneYear: fc.boolean(),
  registryNumber: opt(plainText),
  author: opt(fc.record({ name: plainText, role: opt(plainText), email: opt(email), phone: opt(plainText) }, { requiredKeys: ['name'] })),
  documentDate: fc.boolean(), status: opt(fc.constantFrom(...PLAN_STATUSES)),
  approval: opt(fc.record({ body: plainText, withDate: fc.boolean(), reference: opt(plainText) })),
  decisions: opt(small(fc.record({
    body: plainText, subject: opt(plainText), state: fc.constantFrom(...DECISION_STATES), withDate: fc.boolean(),
    reference: opt(plainText), registryNumber: opt(plainText), withValidFrom: fc.boolean(),
  }, { requiredKeys: ['body', 'state', 'withDate', 'withValidFrom'] }), 1, 3)),
  copyright: opt(plainText), numbering: opt(fc.boolean()), toc: opt(fc.boolean()),
  people: small(fc.record({ initials, name: opt(plainText), role: opt(plainText) }), 0, 5),
  abbreviations: small(fc.record({ abbr: plainText, expansion: plainText }), 0, 5),
  sections: small(section, 1, 5),
  /** Where to add working internal links [](#id). */
  linkSeeds: small(fc.nat(), 0, 3),
});

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

  const context: FixUpContext = {
    start, end, people, abbreviations, files, nextId, targets, strategicIds, resultIds, later, textBlocks,
    get counter() { return counter; },
  };

  const fixSection = (s: RawSection): Data => {
    const id = s.withId ? nextId('avsnitt') : undefined;
    if (id) targets.push(id);
    const blocksOut: Data[] = [];
    for (const b of s.blocks) blocksOut.push(fixUpBlock(b, context, s.blocks));
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
    // With decisions the status follows from them (a written one could contradict them), and approval is not allowed beside them.
    status: raw.decisions ? undefined : raw.status,
    decisions: raw.decisions?.map((d) => strip({
      body: d.body, subject: d.subject, state: d.state, date: d.withDate ? `${start - 1}-12-13` : undefined,
      reference: d.reference, registryNumber: d.registryNumber, validFrom: d.withValidFrom ? `${start}-01-01` : undefined,
    })),
    approval: raw.decisions ? undefined : raw.approval && strip({ body: raw.approval.body, date: raw.approval.withDate ? `${start - 1}-12-13` : undefined, reference: raw.approval.reference }),
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

