/**
 * Figure images as a real `astro build` publishes them: under planverk's name (content
 * hash + the extension of the type sniffed from the bytes), never the author's. A PNG with
 * a script appended named `x.html`, `x.htm` or `index.html`, an SVG named `.xhtml` or
 * `.svgz`, and names with `#`, `?`, spaces and å/ä/ö all publish as `<hash>.png|jpg|svg`
 * with a working <img src>. Then every hostile SVG (test/site/hostile-svgs.ts) is opened on
 * its own in Chromium: no request leaves for anything but the file itself, and nothing
 * navigates.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { assembleContent, buildSite, connectChromium, ROOT, SCREENSHOT_DIR, serveStatic, type BuildResult, type StaticServer } from './harness';
import { HOSTILE_SVGS } from './hostile-svgs';

const PLAN = 'bildnamn';
const PNG = readFileSync(path.join(ROOT, 'test/pdf/fixtures/staplar.png'));
const JPEG = readFileSync(path.join(ROOT, 'test/pdf/fixtures/sol.jpg'));
const SCRIPT = Buffer.from('<html><script>window.__pwned = "polyglot"</script></html>');
const SCRIPT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" onload="window.__pwned=1"><script>window.__pwned = 2</script><rect width="200" height="100" fill="#1d4f91"/></svg>';

/** Author file name → bytes. */
const IMAGES: Record<string, Buffer> = {
  'a#b.png': PNG,
  'q?x.png': Buffer.concat([PNG, Buffer.from(' ')]),
  'bild med å ä ö.jpg': JPEG,
  'x.html': Buffer.concat([PNG, SCRIPT]),
  'x.htm': Buffer.concat([PNG, SCRIPT, Buffer.from('htm')]),
  'index.html': Buffer.concat([PNG, SCRIPT, Buffer.from('index')]),
  'ritning.xhtml': Buffer.from(SCRIPT_SVG),
  'ritning.svgz': Buffer.from(SCRIPT_SVG.replace('#1d4f91', '#1d4f92')),
  ...Object.fromEntries(HOSTILE_SVGS.map((vector) => [`ond-${vector.name}.svg`, Buffer.from(vector.svg)])),
};

async function writePlan(contentRoot: string): Promise<void> {
  const dir = path.join(contentRoot, PLAN);
  await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), dir, { recursive: true });
  const plan = parse(await readFile(path.join(dir, 'plan.yaml'), 'utf8')) as { sections: unknown[] };
  plan.sections.push({
    id: 'bilder',
    title: 'Bilder',
    blocks: Object.keys(IMAGES).map((image, i) => ({ type: 'figure', id: `figur-${i}`, image, alt: `Bild ${i}.`, caption: `Bild ${i}.` })),
  });
  await writeFile(path.join(dir, 'plan.yaml'), stringify(plan));
  for (const [name, data] of Object.entries(IMAGES)) await writeFile(path.join(dir, name), data);
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('published figure images', () => {
  let contentRoot: string;
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    contentRoot = await assembleContent([]);
    await writePlan(contentRoot);
    build = await buildSite(contentRoot);
    if (build.code !== 0) throw new Error(`astro build misslyckades:\n${build.output}`);
    server = await serveStatic(build.outDir);
    browser = await connectChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (build) await rm(build.outDir, { recursive: true, force: true });
    if (contentRoot) await rm(contentRoot, { recursive: true, force: true });
  });

  it('publishes every image as <hash>.png|jpg|svg and no author name or extension', async () => {
    const published = await filesUnder(path.join(build.outDir, PLAN, 'bilder'));
    for (const name of published) expect(name).toMatch(/^[0-9a-f]{16}\.(png|jpg|svg)$/);
    // Two images share their bytes only if they are the same file; here every file differs.
    expect(published).toHaveLength(Object.keys(IMAGES).length);
    expect(published.filter((n) => n.endsWith('.png'))).toHaveLength(5);
    expect(published.filter((n) => n.endsWith('.jpg'))).toHaveLength(1);
    expect(published.filter((n) => n.endsWith('.svg'))).toHaveLength(2 + HOSTILE_SVGS.length);
    const everything = await filesUnder(build.outDir);
    expect(everything.filter((f) => /\.(htm|xhtml|svgz)$/i.test(f) || /(^|\/)x\.html$/.test(f) || f.includes('bilder/index.html'))).toEqual([]);
    expect(everything.filter((f) => /[#?\s]|[åäö]/i.test(f))).toEqual([]);
    // PNG and JPEG bytes are published as they are; SVG only cleaned.
    for (const name of published.filter((n) => n.endsWith('.svg'))) {
      expect(await readFile(path.join(build.outDir, PLAN, 'bilder', name), 'utf8')).not.toMatch(/<script|onload|127\.0\.0\.1/);
    }
    const json = JSON.parse(await readFile(path.join(build.outDir, PLAN, 'plan.json'), 'utf8')) as { computed: { images: { image: string; url: string; type: string }[] } };
    expect(json.computed.images.find((i) => i.image === 'x.html')).toMatchObject({ url: expect.stringMatching(/^bilder\/[0-9a-f]{16}\.png$/), type: 'image/png' });
    expect(json.computed.images.find((i) => i.image === 'ritning.svgz')).toMatchObject({ url: expect.stringMatching(/^bilder\/[0-9a-f]{16}\.svg$/), type: 'image/svg+xml' });
  });

  it('shows every figure on the plan page', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${server.url}/${PLAN}/`);
    const images = page.locator('figure img');
    expect(await images.count()).toBe(Object.keys(IMAGES).length);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 5000 }).toBe(true);
    }
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.evaluate(() => document.querySelector('figure img')!.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'publicerade-bilder.png') });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.close();
  });

  // One page opens the SVGs one after another: a context of its own for each cost a
  // renderer process and about a second of CPU apiece. Navigating away ends the previous
  // document and its timers, and the lists are emptied before each one, so no SVG is
  // charged with another's requests.
  let svgPage: Page | undefined;
  const requests: string[] = [];
  const navigations: string[] = [];
  afterAll(async () => { await svgPage?.context().close(); });

  it.for(HOSTILE_SVGS.map((vector) => vector.name))('opens the published %s on its own: no request elsewhere, no navigation', async (name) => {
    const html = await readFile(path.join(build.outDir, PLAN, 'index.html'), 'utf8');
    const index = Object.keys(IMAGES).indexOf(`ond-${name}.svg`);
    const src = html.match(new RegExp(`<figure class="figur" id="figur-${index}"><img src="([^"]+)"`))?.[1];
    expect(src).toMatch(/\/bilder\/[0-9a-f]{16}\.svg$/);
    const url = `${server.url}${src}`;
    if (!svgPage) {
      const context = await browser.newContext();
      svgPage = await context.newPage();
      context.on('request', (request) => { requests.push(request.url()); });
      svgPage.on('framenavigated', (frame) => { navigations.push(frame.url()); });
    }
    const page = svgPage;
    await page.goto('about:blank');
    requests.length = 0;
    navigations.length = 0;
    await page.goto(url);
    await page.mouse.click(100, 50);
    await page.mouse.click(10, 10);
    await page.waitForTimeout(300);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(navigations).toEqual([url]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
