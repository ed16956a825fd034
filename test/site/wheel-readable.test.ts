/**
 * The annual wheel on the built site is readable on a phone (issue 19 §1): at 360 px every
 * text in every wheel drawing is at least 11 CSS px (computed font size times the drawing's
 * scale, and its box measured), the numbered list (the key) comes before the wheel, and
 * nothing scrolls sideways; at 1280 px the key stands beside the wheel. Screenshots of each
 * wheel figure at both widths go to test-output/site/hjul-<plan>-<width>.png.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, startBuiltSite, type BuiltSite } from './harness';

let site: BuiltSite;
/** Plans whose page draws a wheel: the content plan with a wheel and the test plans. */
let withWheel: string[];

beforeAll(async () => {
  site = await startBuiltSite();
  withWheel = site.plans
    .filter((plan) => JSON.stringify(plan.sections).includes('"kind":"wheel"'))
    .map((plan) => plan.id);
}, 300_000);

afterAll(async () => {
  await site?.close();
});

describe('the wheel on a phone and a desktop', () => {
  it('writes no text in the wheel below 11 CSS px at 360 px, and shows the key first', async () => {
    expect(withWheel).toEqual(expect.arrayContaining(['fou-jamt-2020', 'arshjul-lasar']));
    for (const id of withWheel) {
      const page = await site.walk(360, `/${id}/`);
      await page.evaluate(() => document.fonts.ready);
      const texts = await page.locator('svg.arshjul text').evaluateAll((elements) => elements.map((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return { text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale, height: text.getBoundingClientRect().height };
      }));
      expect(texts.length, id).toBeGreaterThan(12);
      const small = texts.filter((entry) => entry.px < 11).map((entry) => `${entry.text}: ${entry.px.toFixed(1)} px`);
      expect(small, id).toEqual([]);
      // Measured too: the horizontal texts' boxes (turned month names have taller boxes).
      for (const entry of texts) expect(entry.height, `${id} ${entry.text}`).toBeGreaterThanOrEqual(11);
      const figure = page.locator('.hjulfigur').first();
      const key = figure.locator('.hjulnyckel');
      if (await key.count()) {
        // Below 600 px the year reads as a list first, the wheel after it.
        const keyBox = (await key.boundingBox())!;
        const wheelBox = (await figure.locator('svg.arshjul').boundingBox())!;
        expect(keyBox.y + keyBox.height, id).toBeLessThanOrEqual(wheelBox.y);
        const sizes = await key.locator('li').evaluateAll((items) => items.map((li) => parseFloat(getComputedStyle(li).fontSize)));
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(360);
      await figure.screenshot({ path: path.join(SCREENSHOT_DIR, `hjul-${id}-360.png`) });
    }
  }, 180_000);

  it('puts the key beside the wheel at 1280 px', async () => {
    for (const id of withWheel) {
      const page = await site.walk(1280, `/${id}/`);
      await page.evaluate(() => document.fonts.ready);
      const figure = page.locator('.hjulfigur').first();
      const key = figure.locator('.hjulnyckel');
      if (await key.count()) {
        const keyBox = (await key.boundingBox())!;
        const wheelBox = (await figure.locator('svg.arshjul').boundingBox())!;
        expect(keyBox.x, id).toBeGreaterThanOrEqual(wheelBox.x + wheelBox.width);
        expect(keyBox.y, id).toBeLessThan(wheelBox.y + wheelBox.height / 2);
      }
      await figure.screenshot({ path: path.join(SCREENSHOT_DIR, `hjul-${id}-1280.png`) });
    }
  }, 180_000);
});
