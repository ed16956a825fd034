/**
 * Issue 18 §3–4: a plan's decisions, a status that follows from them or is not stated, and
 * the kinds of plan. Derive words every decision once (DerivedPlan.front); the site's page
 * header, the PDF's cover and plan.json carry the same sentences. The fixture
 * test/fixtures/plans/beslut is an uppdragsplan adopted by the board while the council's
 * decision on its budget is pending.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PLAN_KINDS, planSchema, type PlanInput } from '../../schemas';
import { derivePlan, type DerivedPlan } from '../../src/derive/derive-plan';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { planJsonText } from '../../src/site/plan-json';
import { planPage } from '../../src/site/plan-page/plan-body';
import { normalizeSpace, pdfText } from '../pdf/harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output/presentation-decisions');

const base = { title: 'Plan för Testenheten 2025', kind: 'verksamhetsplan', organisation: { name: 'Testenheten' }, period: { start: 2025 }, sections: [] };
const front = (input: Partial<PlanInput>) => derivePlan('p', planSchema.parse({ ...base, ...input })).front;
const board = { body: 'FoU-rådet', date: '2024-12-13', reference: '§ 53' };

describe('decisions in sentences', () => {
  it('says a taken decision with its paragraph, registry number and valid-from date', () => {
    const adopted = front({ decisions: [{ ...board, state: 'fattat', registryNumber: 'FR 2024/7', validFrom: '2025-01-01' }] });
    expect(adopted.decisions.map((d) => d.sentence)).toEqual(['Fastställd av FoU-rådet den 13 december 2024 (§ 53, dnr FR 2024/7). Gäller från den 1 januari 2025.']);
    expect(adopted.status).toBe('fastställd');
    expect(adopted.statusName).toBe('Fastställd');
    expect(adopted.adoptedOn).toBe('2024-12-13');
    expect(adopted.draftMark).toBeUndefined();
    expect(adopted.statusLines).toEqual(adopted.decisions.map((d) => d.sentence));
  });

  it.each(['planerat', 'väntande'] as const)('says "Ska fastställas av X den Y" of a %s decision, and the plan is a draft', (state) => {
    const draft = front({ decisions: [{ body: 'direktionen', state, date: '2025-02-10' }] });
    expect(draft.decisions.map((d) => d.sentence)).toEqual(['Ska fastställas av direktionen den 10 februari 2025.']);
    expect(draft.status).toBe('utkast');
    expect(draft.draftMark).toBe('UTKAST');
    expect(draft.adoptedOn).toBeUndefined();
    expect(draft.statusLines).toEqual(['Utkast – planen är inte fastställd.', 'Ska fastställas av direktionen den 10 februari 2025.']);
  });

  it('lists every decision as a fact, in order; a decision on a part of the plan names it and leaves the status alone', () => {
    const two = front({
      decisions: [
        { ...board, state: 'fattat' },
        { body: 'kommunfullmäktige', subject: 'Budgeten för 2025', state: 'väntande', date: '2025-02-17', registryNumber: 'KS 2024/590' },
      ],
    });
    expect(two.status).toBe('fastställd');
    expect(two.facts.filter((f) => f.key === 'decision').map((f) => [f.label, f.value])).toEqual([
      ['Beslut', 'Fastställd av FoU-rådet den 13 december 2024 (§ 53).'],
      ['Beslut', 'Budgeten för 2025: beslut ska fattas av kommunfullmäktige den 17 februari 2025 (dnr KS 2024/590).'],
    ]);
    expect(front({ decisions: [{ body: 'kommunfullmäktige', subject: 'Budgeten för 2025', state: 'fattat', date: '2024-11-20' }] }).decisions[0]!.sentence)
      .toBe('Budgeten för 2025: beslut av kommunfullmäktige den 20 november 2024.');
  });

  it('is a draft while any decision on the whole plan is not taken', () => {
    const front2 = front({ decisions: [{ ...board, state: 'fattat' }, { body: 'direktionen', state: 'planerat' }] });
    expect(front2.status).toBe('utkast');
    expect(front2.statusLines).toEqual(['Utkast – planen är inte fastställd.', 'Fastställd av FoU-rådet den 13 december 2024 (§ 53).', 'Ska fastställas av direktionen.']);
  });

  it('says nothing about a status that is not stated: no UTKAST, no "Fastställd", no status fact', () => {
    const unstated = front({});
    expect(unstated.status).toBeUndefined();
    expect(unstated.statusName).toBeUndefined();
    expect(unstated.draftNotice).toBeUndefined();
    expect(unstated.draftMark).toBeUndefined();
    expect(unstated.statusLines).toEqual([]);
    expect(unstated.facts.map((f) => f.key)).not.toContain('status');
  });

  it('reads the older approval as one decision: taken, unless the plan says utkast', () => {
    expect(front({ approval: board }).statusLines).toEqual(['Fastställd av FoU-rådet den 13 december 2024 (§ 53).']);
    expect(front({ approval: board }).status).toBe('fastställd');
    expect(front({ approval: board, status: 'utkast' }).decisions.map((d) => d.sentence)).toEqual(['Ska fastställas av FoU-rådet den 13 december 2024 (§ 53).']);
  });
});

describe('kinds of plan', () => {
  it('names every listed kind, and a kind of the plan’s own by its own name', () => {
    expect(PLAN_KINDS.map((kind) => front({ kind }).kindName)).toEqual([
      'Verksamhetsplan', 'Handlingsplan', 'Flerårsplan', 'Uppdragsplan', 'Internbudget', 'Verksamhetsplan med budget',
    ]);
    const other = front({ kind: { annan: 'Tillsynsplan' } });
    expect(other.kindAndPeriod).toBe('Tillsynsplan 2025');
    expect(other.facts.find((f) => f.key === 'kind')?.value).toBe('Tillsynsplan');
    expect(other.metadata.keywords).toBe('verksamhetsplan, tillsynsplan, Testenheten, 2025');
  });
});

describe('the check: status and decisions agree', () => {
  async function problemsOf(plan: Record<string, unknown>): Promise<string[]> {
    const contentRoot = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-decisions-')));
    const dir = path.join(contentRoot, 'plan');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'plan.yaml'), stringify(plan));
    return (await checkPlans(contentRoot, [dir])).problems.map((p) => `${p.code} ${p.path} ${p.message}`);
  }

  it('refuses "utkast" when every decision on the plan is taken', async () => {
    expect(await problemsOf({ ...base, status: 'utkast', decisions: [{ ...board, state: 'fattat' }] })).toEqual([
      'status-motsager-beslut status Planen har status "utkast", men beslutet om planen är fattat, så planen är fastställd. Ta bort status (den följer av besluten) eller rätta beslutets state.',
    ]);
  });

  it('accepts a status that agrees with the decisions, and one next to decisions only on parts of the plan', async () => {
    expect(await problemsOf({ ...base, status: 'fastställd', decisions: [{ ...board, state: 'fattat' }] })).toEqual([]);
    expect(await problemsOf({ ...base, status: 'utkast', decisions: [{ body: 'kommunfullmäktige', subject: 'Budgeten', state: 'fattat' }] })).toEqual([]);
  });

  it('makes placeholders errors once the decisions make the plan fastställd', async () => {
    const sections = [{ id: 't', title: 'T', body: 'Budgeten är x kronor.' }];
    const adopted = await problemsOf({ ...base, sections, decisions: [{ ...board, state: 'fattat' }] });
    expect(adopted).toHaveLength(1);
    expect(adopted[0]).toMatch(/^platshallare .*En fastställd plan får inte ha kvar platshållare/);
    const pending = await problemsOf({ ...base, sections, decisions: [{ ...board, state: 'väntande' }] });
    expect(pending[0]).not.toMatch(/En fastställd plan/);
  });
});

/** The text of HTML with each tag a space, the entities hono writes decoded. */
const htmlText = (html: string) =>
  normalizeSpace(html.replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('the fixture beslut on the site, in the PDF and in plan.json', async () => {
  const contentRoot = await resolveContentRoot(path.join(ROOT, 'test/fixtures/plans'));
  const { plans, problems } = await checkPlans(contentRoot, [path.join(contentRoot, 'beslut')]);
  const derived = plans[0] as DerivedPlan;
  let cover = '';
  let coverLines: string[] = [];
  let html = '';

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, 'beslut.pdf');
    writeFileSync(file, await renderPlanPdf(derived, contentRoot));
    cover = normalizeSpace(pdfText(file, { page: 1 }));
    // Lines as printed (without -layout pdftotext joins a word hyphenated at a line end).
    coverLines = pdfText(file, { page: 1, layout: true }).split('\n').map((line) => line.trim());
    html = planPage(derived, { base: '/', withPdf: true }).html;
  }, 60_000);

  const sentences = [
    'Fastställd av socialnämnden den 27 november 2024 (§ 112, dnr SN 2024/318). Gäller från den 1 januari 2025.',
    'Budgeten för 2025: beslut ska fattas av kommunfullmäktige den 17 februari 2025 (dnr KS 2024/590).',
  ];

  it('is valid, an uppdragsplan, and fastställd by its decisions without a written status', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(derived.plan.status).toBeUndefined();
    expect(derived.front.kindAndPeriod).toBe('Uppdragsplan 2025');
    expect(derived.front.status).toBe('fastställd');
    expect(derived.front.decisions.map((d) => d.sentence)).toEqual(sentences);
  });

  it('prints both decisions, the kind and no UTKAST on the PDF cover', () => {
    // The long title breaks between words: a name on the cover is never hyphenated.
    expect(cover).toContain(normalizeSpace(derived.plan.title));
    const first = coverLines.findIndex((line) => line.startsWith('Uppdragsplan för'));
    const last = coverLines.findIndex((line, i) => i >= first && line.endsWith('socialförvaltning 2025'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    const titleLines = coverLines.slice(first, last + 1);
    for (const line of titleLines) expect(line).not.toMatch(/-$/);
    expect(titleLines.join(' ')).toContain('Exempelkommunens');
    expect(cover).toContain('Uppdragsplan 2025');
    for (const sentence of sentences) expect(cover).toContain(normalizeSpace(sentence));
    expect(cover).not.toContain('UTKAST');
  });

  it('shows both decisions among the facts of the page header, and no draft notice', () => {
    const decisions = [...html.matchAll(/<div class="beslut"><dt>([^<]*)<\/dt><dd>([^<]*)<\/dd><\/div>/g)].map((m) => [m[1], htmlText(m[2]!)]);
    expect(decisions).toEqual(sentences.map((s) => ['Beslut', normalizeSpace(s)]));
    expect(htmlText(html)).toContain('Typ Uppdragsplan');
    expect(html).not.toContain('utkastmarkering');
  });

  it('carries the decisions and the status in plan.json', () => {
    const json = JSON.parse(planJsonText(derived));
    expect(json.decisions).toHaveLength(2);
    expect(json.computed.status).toBe('fastställd');
    expect(json.computed.decisions.map((d: { sentence: string }) => d.sentence)).toEqual(sentences);
  });
});
