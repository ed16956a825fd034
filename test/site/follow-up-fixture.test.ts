/**
 * The follow-up page body rendered from the hand-made model that has every part kind
 * (test/fixtures/follow-up/derived-follow-up.ts), without a build: each kind is laid out,
 * the charts carry their names, positions come from the model's fractions, and no inline
 * style is written (the site's CSP forbids them).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { followUpBodyHtml } from '../../src/site/follow-up/follow-up-body';
import { FOLLOW_UP_SITE_PARTS } from '../../src/site/follow-up/follow-up-parts';
import { FOLLOW_UP_PAGE } from '../../src/shared/words-sv';
import { FOLLOW_UP_FIXTURE, INDICATOR_MET, INDICATOR_MISSING, INDICATOR_NOT_MET, STATUS_BARS } from '../fixtures/follow-up/derived-follow-up';

const root = await resolveContentRoot(path.resolve(import.meta.dirname, '../fixtures/plans'));
const plan = (await checkPlans(root, [path.join(root, 'malstyrning')])).plans[0]!;
const html = followUpBodyHtml(plan, FOLLOW_UP_FIXTURE, { base: '/', withPdf: true });
const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe('follow-up page body from the fixture model', () => {
  it('has a renderer for every part kind, and the fixture uses every kind', () => {
    const used = new Set(FOLLOW_UP_FIXTURE.sections.flatMap(function kinds(s): string[] { return [...s.parts.map((p) => p.kind), ...s.sections.flatMap(kinds)]; }));
    expect([...used].sort()).toEqual(Object.keys(FOLLOW_UP_SITE_PARTS).sort());
  });

  it('lays out title, decisions, contents, sections and every kind of part', () => {
    const text = unescape(html);
    expect(text).toContain(`<h1>${FOLLOW_UP_FIXTURE.title}</h1>`);
    for (const decision of FOLLOW_UP_FIXTURE.decisions) expect(text).toContain(decision);
    for (const entry of FOLLOW_UP_FIXTURE.toc) expect(text).toContain(`href="#${entry.anchor}"`);
    expect(text).toContain('href="/malstyrning/uppfoljning-2020-t2.pdf"');
    expect(text).toContain(FOLLOW_UP_PAGE.downloadPdf);
    for (const needle of ['Budget och utfall 2020 (tkr)', 'Redaktionell anmärkning', 'Bedömning per mål', 'Fast omsorgskontakt', 'Belopp i tusental kronor.', 'Bilden finns inte i källan.']) expect(text).toContain(needle);
  });

  it('names the charts and each bar, draws from the fractions and writes no inline style', () => {
    const text = unescape(html);
    expect(text).toContain(`aria-label="${STATUS_BARS.name}"`);
    for (const bar of STATUS_BARS.bars) expect(text).toContain(`role="img" aria-label="${bar.summary}"`);
    // Mål 1: 2 of 4 done, then 1 of 4 in progress from 50 %.
    expect(text).toMatch(/x="0%" y="0" width="50%"/);
    expect(text).toMatch(/x="50%" y="0" width="25%"/);
    for (const chart of [INDICATOR_MET, INDICATOR_NOT_MET, INDICATOR_MISSING]) {
      expect(text).toContain(`role="img" aria-label="${chart.name}"`);
      expect(text).toContain(chart.verdict);
    }
    // The outcome 87 % on the 60–100 scale sits at 67,5 %.
    expect(text).toContain('x="67.5%"');
    expect((text.match(/<details class="tabellalternativ">/g) ?? []).length).toBe(4);
    expect(text).not.toMatch(/\sstyle="/);
  });
});
