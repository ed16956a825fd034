/**
 * The organisation's logo in the plan page's header (issue 19, part 3): published beside
 * the page under the name the check gave it, an SVG as a sanitized copy, shown above the
 * organisation's name at phone and desktop widths without overflowing the header.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { buildSite, connectChromium, ROOT, SCREENSHOT_DIR, serveStatic, type StaticServer } from './harness';
import type { Browser } from 'playwright-core';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><script>alert(1)</script><rect width="240" height="80" fill="#1d4f91"/><text x="20" y="50" fill="#fff" font-size="32">Test</text></svg>';

let server: StaticServer;
let browser: Browser;
let logoName: string;

beforeAll(async () => {
  const root = await resolveContentRoot(await mkdtemp(path.join(tmpdir(), 'planverk-site-logo-')));
  const dir = path.join(root, 'logoprov');
  await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), dir, { recursive: true });
  const yaml = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
  await writeFile(path.join(dir, 'plan.yaml'), yaml.replace(/^organisation:/m, 'logo: logo.svg\norganisation:'));
  await writeFile(path.join(dir, 'logo.svg'), LOGO);
  logoName = (await checkPlans(root)).plans[0]!.front.logo!.name;
  const built = await buildSite(root);
  expect(built.code, built.output).toBe(0);
  server = await serveStatic(built.outDir);
  browser = await connectChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the logo in the plan header', () => {
  it('is published as a sanitized SVG under its content name', async () => {
    const response = await fetch(`${server.url}/logoprov/bilder/${logoName}`);
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(svg).toContain('<rect');
    expect(svg).not.toContain('<script');
  });

  it.each([360, 1280])('is shown above the organisation at %i px, inside the header', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/logoprov/`);
    const logo = page.locator('.planhuvud img.logotyp');
    await expect(logo.getAttribute('alt')).resolves.toBe('');
    const box = (await logo.boundingBox())!;
    const header = (await page.locator('.planhuvud').boundingBox())!;
    const organisation = (await page.locator('.planhuvud .organisation').boundingBox())!;
    expect(box.width).toBeGreaterThan(50);
    const rem = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(box.height).toBeLessThanOrEqual(4 * rem + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(header.x + header.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(organisation.y + 0.5);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `logotyp-${width}.png`) });
    await context.close();
  });
});
