/**
 * The plan-level texts (DerivedPlan.front): the kind and period, the status and approval
 * sentence, the facts, metadata, contents and abbreviations are decided in derive, and
 * the site's page header and the PDF's cover say the same words.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../schemas';
import { derivePlan, type DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { renderPlanPdf } from '../../src/pdf';
import { planPage } from '../../src/site/plan-page/plan-body';
import { normalizeSpace, pdfText } from '../pdf/harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-output/presentation-plan');

const plan = (input: Partial<PlanInput>) =>
  planSchema.parse({ title: 'Verksamhetsplan för Testenheten 2020', kind: 'verksamhetsplan', organisation: { name: 'Testenheten' }, period: { start: 2020 }, status: 'utkast', sections: [], ...input });
const front = (input: Partial<PlanInput>) => derivePlan('p', plan(input)).front;
const approval = { body: 'FoU-rådet', date: '2019-12-13', reference: '§ 53' };

describe('plan front on small plans', () => {
  it('words the approval once, with the decision for an approved plan', () => {
    const approved = front({ status: 'fastställd', approval });
    expect(approved.decisions.map((d) => d.sentence)).toEqual(['Fastställd av FoU-rådet den 13 december 2019 (§ 53).']);
    expect(approved.statusLines).toEqual([approved.decisions[0]!.sentence]);
    expect(approved.statusName).toBe('Fastställd');
    expect(approved.draftNotice).toBeUndefined();
    expect(approved.draftMark).toBeUndefined();
  });

  it('keeps the approving body of a draft beside the draft notice', () => {
    const draft = front({ status: 'utkast', approval: { body: 'FoU-rådet', date: '2019-12-13' } });
    expect(draft.statusLines).toEqual(['Utkast – planen är inte fastställd.', 'Ska fastställas av FoU-rådet den 13 december 2019.']);
    expect(draft.draftNotice).toEqual({ lead: 'Utkast', rest: '– planen är inte fastställd.' });
    expect(draft.draftMark).toBe('UTKAST');
    expect(draft.facts.find((f) => f.key === 'decision')?.value).toBe(draft.statusLines[1]);
  });

  it('says only "Fastställd." of an approved plan whose decision is unknown, and invents no decision', () => {
    const approved = front({ status: 'fastställd' });
    expect(approved.statusLines).toEqual(['Fastställd.']);
    expect(approved.decisions).toEqual([]);
    expect(approved.facts.map((f) => f.key)).not.toContain('decision');
    expect(front({ status: 'utkast' }).statusLines).toEqual(['Utkast – planen är inte fastställd.']);
  });

  it('puts the kind and period under the cover title unless the title already says them', () => {
    expect(front({}).coverKindLine).toBe('Verksamhetsplan 2020');
    expect(front({ title: 'Verksamhetsplan 2021–2023', period: { start: 2021, end: 2023 } }).coverKindLine).toBeUndefined();
    expect(front({ title: 'Verksamhetsplan 2021', period: { start: 2021, end: 2023 } }).coverKindLine).toBe('Verksamhetsplan 2021–2023');
    // A period the source does not give keeps its editorial mark on the cover.
    expect(front({ title: 'Verksamhetsplan 2021', missingInSource: ['period'] }).coverKindLine).toBe('Verksamhetsplan 2020 (perioden är redaktionell)');
  });

  it('lists the facts in one order with one label each, the ones the cover says on its own lines marked', () => {
    const all = front({
      kind: 'flerårsplan', period: { start: 2021, end: 2023 }, registryNumber: 'RE 2019/123', documentDate: '2019-12-20', status: 'fastställd', approval,
      author: { name: 'Anna Andersson', role: 'textansvarig', email: 'anna@example.se', phone: '010-123 45 67' },
      organisation: { name: 'Exempelenheten', parent: 'Region Exempel', unit: 'Enheten', address: 'Box 1, 123 45 Exempelstad', website: 'https://www.example.se', municipalities: ['Alby', 'Åsele'] },
    });
    expect(all.facts.map((f) => [f.label, f.value, f.ownLineOnCover ?? false])).toEqual([
      ['Typ', 'Flerårsplan', true],
      ['Period', '2021–2023', true],
      ['Diarienummer', 'RE 2019/123', false],
      ['Status', 'Fastställd', true],
      ['Beslut', 'Fastställd av FoU-rådet den 13 december 2019 (§ 53).', true],
      ['Dokumentets datum', '20 december 2019', false],
      ['Textansvarig', 'Anna Andersson', false],
      ['E-post', 'anna@example.se', false],
      ['Telefon', '010-123 45 67', false],
      ['Postadress', 'Box 1, 123 45 Exempelstad', false],
      ['Webbplats', 'www.example.se', false],
      ['Medlemskommuner', 'Alby, Åsele', false],
    ]);
    expect(all.facts.find((f) => f.key === 'email')?.href).toBe('mailto:anna@example.se');
    expect(all.facts.find((f) => f.key === 'website')?.href).toBe('https://www.example.se');
    expect(all.kindAndPeriod).toBe('Flerårsplan 2021–2023');
    expect(all.organisationLine).toBe('Exempelenheten, Region Exempel, Enheten');
    expect(all.description).toBe('Flerårsplan 2021–2023 för Exempelenheten.');
    expect(all.pageTitle).toBe('Verksamhetsplan för Testenheten 2020 – Exempelenheten');
    expect(all.metadata).toEqual({
      title: 'Verksamhetsplan för Testenheten 2020', author: 'Anna Andersson',
      subject: 'Flerårsplan 2021–2023, Exempelenheten', keywords: 'verksamhetsplan, flerårsplan, Exempelenheten, 2021–2023',
    });
    expect(front({}).facts.find((f) => f.key === 'author')).toBeUndefined();
    // No role: no invented label, the name on its own line (as the source prints it under its title).
    expect(front({ author: { name: 'Bo' } }).facts.find((f) => f.key === 'author')).toBeUndefined();
    expect(front({ author: { name: 'Bo' } }).authorLine).toBe('Bo');
    expect(all.authorLine).toBeUndefined();
  });

  it('ends the contents with the abbreviations, sorted the Swedish way, and has none when there is nothing to list', () => {
    const abbreviations = [{ abbr: 'ÖK', expansion: 'öppen kommun' }, { abbr: 'AK', expansion: 'allmän kurs' }, { abbr: 'ÄO', expansion: 'äldreomsorg' }];
    const withList = front({ sections: [{ title: 'Inledning' }], abbreviations });
    expect(withList.contents?.title).toBe('Innehåll');
    expect(withList.contents?.entries.map((e) => e.title)).toEqual(['Inledning', 'Förkortningar']);
    expect(withList.abbreviations?.entries.map((a) => a.abbr)).toEqual(['AK', 'ÄO', 'ÖK']);
    expect(withList.abbreviations?.columns).toEqual({ abbreviation: 'Förkortning', expansion: 'Betydelse' });
    expect(front({ sections: [{ title: 'Inledning' }], toc: false }).contents).toBeUndefined();
    expect(front({}).contents).toBeUndefined();
    expect(front({}).abbreviations).toBeUndefined();
  });
});

/** The text of HTML with each tag a space, the entities hono writes decoded. */
const htmlText = (html: string) =>
  normalizeSpace(html.replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('the page header and the PDF cover of the content plans say the same', async () => {
  const contentRoot = await resolveContentRoot(path.join(ROOT, 'content'));
  const { plans } = await checkPlans(contentRoot);
  const covers = new Map<string, string>();
  const pages = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const derived of plans) {
      const file = path.join(OUT, `${derived.id}.pdf`);
      writeFileSync(file, await renderPlanPdf(derived, contentRoot));
      covers.set(derived.id, normalizeSpace(pdfText(file, { page: 1 })));
      pages.set(derived.id, htmlText(planPage(derived, { base: '/', withPdf: true }).html));
    }
  }, 120_000);

  it('has the five plans', () => {
    expect(plans.map((p) => p.id).sort()).toEqual(['fou-fyrbodal-2023', 'fou-jamt-2020', 'fou-jamt-handlingsplan-ebp', 'fou-nordvast-2021', 'fourum-jonkoping-2021-2023']);
  });

  it.each(['fou-fyrbodal-2023', 'fou-jamt-2020', 'fou-jamt-handlingsplan-ebp', 'fou-nordvast-2021', 'fourum-jonkoping-2021-2023'])('%s', (id) => {
    const derived = plans.find((p) => p.id === id) as DerivedPlan;
    const { front } = derived;
    const cover = covers.get(id)!;
    const page = pages.get(id)!;
    // Every fact: on the site as a term and its value, on the cover as "label: value" unless it has its own line there.
    for (const fact of front.facts) {
      expect(page, fact.label).toContain(normalizeSpace(`${fact.label} ${fact.value}`));
      if (!fact.ownLineOnCover) expect(cover, fact.label).toContain(normalizeSpace(`${fact.label}: ${fact.value}`));
    }
    // The kind and period stand on the cover once: on a line of their own, or in the title that says them.
    expect(cover.split(normalizeSpace(front.kindAndPeriod)).length - 1).toBe(1);
    if (front.coverKindLine) expect(cover).toContain(normalizeSpace(front.coverKindLine));
    else expect(normalizeSpace(front.title)).toContain(normalizeSpace(front.kindAndPeriod));
    for (const line of front.statusLines) expect(cover).toContain(normalizeSpace(line));
    for (const decision of front.decisions) expect(page).toContain(normalizeSpace(decision.sentence));
    if (front.draftNotice) expect(page).toContain(normalizeSpace(`${front.draftNotice.lead} ${front.draftNotice.rest}`));
    // A status the source does not state is said nowhere: no UTKAST, no "Fastställd" (issue 18).
    if (!front.status) {
      expect(cover).not.toMatch(/UTKAST|Utkast|Fastställd/);
      expect(front.facts.map((f) => f.key)).not.toContain('status');
    }
    // The words the plan's model has: the kind, period and status on both.
    expect(page).toContain(`${front.kindName}`);
    expect(page).toContain(normalizeSpace(front.period));
    if (front.abbreviations) expect(page).toContain(front.abbreviations.title);
    if (front.contents) expect(page).toContain(front.contents.title);
  });
});
