/**
 * The annual wheel's palette, shapes and layout (issue 19 §1): every category colour has a
 * contrast of at least 3:1 against every background it is drawn on (WCAG 1.4.11), text at
 * least 4.5:1; categories differ by shape as well as colour; both renderers take their
 * colours from the drawing (one palette); and the drawing's numbers never overlap each
 * other, a date's shape, the hub or the month names, for the content plan, the läsår
 * fixture and 300 events alike. Text sizes are checked in the browser and the PDF too
 * (test/site/wheel-readable.test.ts, test/pdf/wheel-sizes.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanInput, type Wheel } from '../../schemas';
import { MONTHS } from '../../schemas/primitives';
import { WHEEL_TEXT, wheelGeometry, type WheelGeometry } from '../../src/derive/wheel-geometry';
import { CATEGORY_STYLES, MARK_BACKGROUNDS, WHEEL_PAINT } from '../../src/derive/wheel-palette';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** WCAG 2.x relative luminance and contrast ratio, written out here rather than imported. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the wheel palette', () => {
  it('gives every category colour at least 3:1 against every background it is drawn on', () => {
    expect(CATEGORY_STYLES).toHaveLength(12);
    for (const { colour } of CATEGORY_STYLES) {
      for (const background of MARK_BACKGROUNDS) expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
    }
    // The legend's band sample and the grey months' outline too.
    for (const background of MARK_BACKGROUNDS) expect(contrast(WHEEL_PAINT.legendMark, background)).toBeGreaterThanOrEqual(3);
  });

  it('gives text at least 4.5:1 on its fill: month names, the hub year and the numbers', () => {
    for (const fill of WHEEL_PAINT.monthFills) expect(contrast(WHEEL_PAINT.monthText, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(WHEEL_PAINT.outsideText, WHEEL_PAINT.outsideFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(WHEEL_PAINT.hubText, WHEEL_PAINT.hub)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(WHEEL_PAINT.tagText, WHEEL_PAINT.tagFill)).toBeGreaterThanOrEqual(4.5);
    // The month ring itself stands out from the page (a graphical object, 3:1).
    for (const fill of WHEEL_PAINT.monthFills) expect(contrast(fill, WHEEL_PAINT.page)).toBeGreaterThanOrEqual(3);
  });

  it('tells categories apart by shape, not colour alone', () => {
    expect(new Set(CATEGORY_STYLES.map((style) => style.shape)).size).toBe(CATEGORY_STYLES.length);
    expect(new Set(CATEGORY_STYLES.map((style) => style.colour)).size).toBe(CATEGORY_STYLES.length);
  });

  it('is the only palette: neither renderer of the wheel writes a colour of its own', () => {
    for (const file of ['src/site/plan-page/parts/wheel-drawing.tsx', 'src/pdf/document/parts/wheel-drawing.ts']) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      expect(source.match(/#[0-9a-f]{3,6}\b/gi) ?? [], file).toEqual([]);
    }
  });
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The numbers: never on each other, on a date's shape, on the hub or on the month ring. */
function expectTidyTags(geometry: WheelGeometry, monthRingInner: number) {
  const tags = geometry.marks.flatMap((mark) => (mark.tag ? [mark.tag] : []));
  for (let i = 0; i < tags.length; i++) {
    for (let j = i + 1; j < tags.length; j++) expect(overlap(tags[i]!, tags[j]!), `${tags[i]!.text} and ${tags[j]!.text}`).toBe(false);
    const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([a, b]) => [tags[i]!.x + a! * tags[i]!.width, tags[i]!.y + b! * tags[i]!.height]);
    for (const [x, y] of corners) expect(Math.hypot(x! - geometry.center.x, y! - geometry.center.y)).toBeLessThan(monthRingInner);
    const nearestX = Math.max(tags[i]!.x, Math.min(geometry.center.x, tags[i]!.x + tags[i]!.width));
    const nearestY = Math.max(tags[i]!.y, Math.min(geometry.center.y, tags[i]!.y + tags[i]!.height));
    expect(Math.hypot(nearestX - geometry.center.x, nearestY - geometry.center.y)).toBeGreaterThan(geometry.hubRadius);
    for (const mark of geometry.marks) {
      for (const p of mark.points) {
        const shape = { x: p.x - mark.radius, y: p.y - mark.radius, width: 2 * mark.radius, height: 2 * mark.radius };
        expect(overlap(tags[i]!, shape), `${tags[i]!.text} on the shape of ${mark.number}`).toBe(false);
      }
    }
  }
  expect(tags.length + geometry.unlabelled).toBe(geometry.marks.length);
}

const plan = (input: Partial<PlanInput>) =>
  planSchema.parse({ title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2023 }, status: 'utkast', sections: [], ...input });

/** The bench's stress wheel (scripts/bench/make-corpus.ts): 300 events in six categories. */
function stressWheel(): Wheel {
  const months = MONTHS;
  const parsed = plan({ sections: [{ title: 'Årshjul', blocks: [{
    type: 'wheel',
    categories: Array.from({ length: 6 }, (_, c) => ({ id: `kategori-${c + 1}`, name: `Kategori ${c + 1}` })),
    events: Array.from({ length: 300 }, (_, e) => {
      const base = { title: `Händelse ${e + 1}`, category: `kategori-${(e % 6) + 1}` };
      if (e % 3 === 0) return { ...base, date: `2023-${String((e % 12) + 1).padStart(2, '0')}-${String((e % 28) + 1).padStart(2, '0')}` };
      if (e % 3 === 1) return { ...base, month: months[e % 12]! };
      return { ...base, period: { from: months[e % 6]!, to: months[6 + (e % 6)]! } };
    }),
  }] }] });
  return parsed.sections[0]!.blocks![0] as Wheel;
}

describe('the wheel layout', () => {
  const monthRingInner = (geometry: WheelGeometry) => Math.min(...geometry.months.map((month) => Math.hypot(month.label.x - geometry.center.x, month.label.y - geometry.center.y))) - WHEEL_TEXT.month;

  it('numbers every event of the content plan and the läsår fixture, tidily, with text readable at 360 px', async () => {
    const cases: [string, string][] = [['content', 'fou-jamt-2020'], ['test/fixtures/plans', 'arshjul-lasar']];
    for (const [folder, id] of cases) {
      const contentRoot = await resolveContentRoot(path.join(ROOT, folder));
      const { plans } = await checkPlans(contentRoot, [path.join(contentRoot, id)]);
      const written = plans[0]!.plan.sections.flatMap((section) => section.blocks ?? []).find((block): block is Wheel => block.type === 'wheel')!;
      const geometry = wheelGeometry(written, written.year ?? plans[0]!.plan.period.start);
      expect(geometry.unlabelled, id).toBe(0);
      expectTidyTags(geometry, monthRingInner(geometry));
      // No near-empty rings: as many rings as categories with something drawn, and none wider than its lanes need.
      for (const ring of geometry.rings) expect(ring.outer - ring.inner).toBeLessThanOrEqual(92 * 4);
    }
    // At 360 px the drawing is 326 CSS px wide: every text size of the drawing is at least 11 px.
    for (const size of Object.values(WHEEL_TEXT)) expect((size * 326) / 1000).toBeGreaterThanOrEqual(11);
  });

  it('stays sane with 300 events: every event drawn, numbers where they fit and never overlapping', () => {
    const geometry = wheelGeometry(stressWheel(), 2023);
    expect(geometry.marks).toHaveLength(300);
    expect(geometry.rows).toHaveLength(300);
    expect(geometry.unlabelled).toBeGreaterThan(0);
    expect(geometry.unlabelled).toBeLessThan(300);
    expectTidyTags(geometry, monthRingInner(geometry));
    // Rings of dates beside rings of many arcs keep a visible width.
    for (const ring of geometry.rings) expect(ring.outer - ring.inner).toBeGreaterThanOrEqual(40);
  });
});
