/**
 * Dev-server resilience: while `astro dev` runs on temporary copies of two plans, saving an
 * invalid plan prints the Swedish `fil:rad:kolumn` problem with its source line and caret in
 * the terminal and shows the same on that plan's page in the open browser (the
 * integration's error page, no stack trace, no axe violations at 360 and 1280 px), while the
 * other plan keeps working and the home page lists the broken plan; saving the fix brings
 * the plan page back without restarting the server or reloading by hand. An internal error
 * while reading the plans (a disk error, injected by test/build/fault-injection.mjs) is
 * shown on every page and never stops the server. The data catalogue, which builds write
 * beside the pages, is served by the dev server as well.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { axeViolations, connectChromium, FULL_PAGE_SCREENSHOTS, ROOT } from '../site/harness';

const PLAN = 'fou-fyrbodal-2023';
/** A second plan, never broken: it must keep working while PLAN is broken. */
const OTHER = 'fou-jamt-2020';
let work: string;
let planFile: string;
let good: string;
let dev: ChildProcess;
let output = '';
let url: string;
let browser: Browser;
/** While this file exists, reading the plan fails with EIO inside the dev server. */
let faultSwitch: string;

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

async function waitFor(what: string, test: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`väntade förgäves på ${what}; utskrift:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'planverk-dev-'));
  await cp(path.join(ROOT, 'content', PLAN), path.join(work, PLAN), { recursive: true });
  await cp(path.join(ROOT, 'content', OTHER), path.join(work, OTHER), { recursive: true });
  planFile = path.join(work, PLAN, 'plan.yaml');
  good = await readFile(planFile, 'utf8');
  faultSwitch = path.join(work, 'fel-pa');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  // Vitest's environment (NODE_ENV=test, VITEST=…) makes astro dev answer 404: start it as a person would.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
  // --ignore-lock: an engineer's own `npm run dev` in the same folder must neither block nor be replaced.
  dev = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...env, ASTRO_TELEMETRY_DISABLED: '1', PLANVERK_CONTENT: work, FORCE_COLOR: '0', NO_COLOR: '1',
      NODE_OPTIONS: `--import ${path.join(ROOT, 'test/build/fault-injection.mjs')}`,
      PLANVERK_TEST_FAULT: JSON.stringify({ calls: ['readFile'], match: `${PLAN}/plan.yaml`, code: 'EIO', whenExists: faultSwitch }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk) => { output += chunk; });
  dev.stderr!.on('data', (chunk) => { output += chunk; });
  await waitFor('astro dev', async () => (await fetch(`${url}/`).catch(() => undefined))?.ok === true, 90_000);
  browser = await connectChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run dev with a broken plan', () => {
  it('shows the Swedish problem with its source line in terminal and on the plan\'s page, keeps the other plans, and recovers when fixed', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/${PLAN}/`, { waitUntil: 'load' });
    const title = await page.locator('h1').innerText();
    expect(title.length).toBeGreaterThan(5);

    // Break it: an unknown kind of plan.
    const before = output.length;
    await writeFile(planFile, good.replace(/^kind: .*$/m, 'kind: klar'));
    const line = good.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    const where = new RegExp(`${PLAN}/plan\\.yaml:${line}:7`);
    await waitFor('felet i terminalen', () => where.test(output.slice(before)));
    expect(output.slice(before)).toMatch(/kind/);
    // The source line and a caret under column 7 (the value), as npm run check prints them.
    await waitFor('raden och markeringen i terminalen', () => output.slice(before).includes(`  ${line} | kind: klar\n`));
    expect(output.slice(before)).toContain(`  ${' '.repeat(String(line).length)} |       ^`);

    // The open page reloads by itself and lists the problem, with the line and the caret.
    await waitFor('felsidan i webbläsaren', async () => (await page.locator('#planverk-fel').count()) > 0, 30_000);
    const shown = await page.locator('#planverk-fel').innerText();
    expect(shown).toMatch(where);
    expect(shown).toMatch(new RegExp(`Planen ${PLAN} har 1 fel`));
    expect(shown).not.toMatch(/PlanProblemsError|\bat .*\.(ts|js|mjs):\d+|node_modules/);
    const excerpt = await page.locator('#planverk-fel pre.utdrag').first().innerText();
    expect(excerpt.split('\n')).toEqual([`${line} | kind: klar`, `${' '.repeat(String(line).length)} |       ^`]);
    // The error page passes axe at both widths and never scrolls sideways on a phone.
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(ROOT, `test-output/site/dev-felsida-${width}.png`), fullPage: FULL_PAGE_SCREENSHOTS });
    }

    // The other plan keeps working, and the home page lists the broken plan as broken.
    const other = await fetch(`${url}/${OTHER}/`, { headers: { accept: 'text/html' } });
    expect(other.status).toBe(200);
    expect(await other.text()).not.toContain('planverk-fel');
    const home = await browser.newPage();
    await home.goto(`${url}/`, { waitUntil: 'load' });
    const broken = home.locator('section.planer-med-fel');
    expect(await broken.locator('h2').innerText()).toBe('Planer med fel');
    expect(await broken.locator('li').allInnerTexts()).toEqual([`${PLAN}: 1 fel`]);
    expect(await broken.locator('a').getAttribute('href')).toBe(`/${PLAN}/`);
    expect(await home.locator(`a[href="/${OTHER}/"]`).count()).toBeGreaterThan(0);
    expect(await axeViolations(home)).toEqual([]);
    await home.close();
    // A broken plan's page answers with an error status, for tools that fetch it.
    const response = await fetch(`${url}/${PLAN}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(where);

    // Fix it: the same page comes back without a restart or a manual reload.
    await writeFile(planFile, good);
    await waitFor('planen tillbaka i webbläsaren', async () => (await page.locator('#planverk-fel').count()) === 0 && (await page.locator('h1').count()) > 0 && (await page.locator('h1').innerText()) === title, 30_000);
    expect(dev.exitCode).toBeNull();
    // Nor did the terminal get a stack trace while the plan was broken.
    expect(output.slice(before)).not.toMatch(/Stack trace|\bat .*\.(ts|js|mjs):\d+/);
    await page.close();
  }, 180_000);

  it('survives an internal error while reading the plans, shows it in Swedish, and recovers', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/${PLAN}/`, { waitUntil: 'load' });
    const title = await page.locator('h1').innerText();
    const before = output.length;
    await writeFile(faultSwitch, '');
    await writeFile(planFile, `${good}\n`);
    await waitFor('det interna felet i terminalen', () => output.slice(before).includes('Planerna kunde inte läsas (EIO)'));
    await waitFor('felsidan i webbläsaren', async () => (await page.locator('#planverk-fel').count()) > 0, 30_000);
    const shown = await page.locator('#planverk-fel').innerText();
    expect(shown).toMatch(/Planerna kunde inte läsas \(EIO\)/);
    expect(shown).not.toMatch(/\bat .*\.(ts|js|mjs):\d+|node_modules/);
    expect(output.slice(before)).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
    expect(dev.exitCode).toBeNull();
    // While the plans cannot be read at all, every page says so.
    const other = await fetch(`${url}/${OTHER}/`, { headers: { accept: 'text/html' } });
    expect(other.status).toBe(500);
    expect(await other.text()).toMatch(/Planerna kunde inte läsas \(EIO\)/);

    await rm(faultSwitch);
    await writeFile(planFile, good);
    await waitFor('planen tillbaka i webbläsaren', async () => (await page.locator('#planverk-fel').count()) === 0 && (await page.locator('h1').count()) > 0 && (await page.locator('h1').innerText()) === title, 30_000);
    expect(dev.exitCode).toBeNull();
    await page.close();
  }, 180_000);
});

describe('npm run dev and the data catalogue', () => {
  it('serves katalog.jsonld (builds write it beside the pages) with every plan, as JSON-LD', async () => {
    const response = await fetch(`${url}/katalog.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const text = await response.text();
    const catalogue = JSON.parse(text) as { '@type': string; 'dcat:dataset': { 'dct:identifier': string }[] };
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dcat:dataset'].map((dataset) => dataset['dct:identifier']).sort()).toEqual([`${OTHER}/`, `${PLAN}/`].sort());
    // As a build writes it: indented, one newline at the end.
    expect(text).toMatch(/^\{\n  "@context"/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('npm run dev with a figure image', () => {
  it('serves an edited image under its new published name without a restart', async () => {
    const dir = path.dirname(planFile);
    const plan = parse(good) as { sections: unknown[] };
    plan.sections.push({ title: 'Bild', blocks: [{ type: 'figure', id: 'figur-dev', image: 'a#b.png', alt: 'Staplar.', caption: 'Staplar.' }] });
    await writeFile(path.join(dir, 'a#b.png'), await readFile(path.join(ROOT, 'test/pdf/fixtures/staplar.png')));
    await writeFile(planFile, stringify(plan));
    const imageUrl = async () => (await (await fetch(`${url}/${PLAN}/`, { headers: { accept: 'text/html' } })).text()).match(/src="([^"]*\/bilder\/[0-9a-f]{16}\.png)"/)?.[1];
    let first: string | undefined;
    await waitFor('bilden på sidan', async () => (first = await imageUrl()) !== undefined, 30_000);
    expect((await fetch(`${url}${first}`)).status).toBe(200);
    // A new image gets a new name (its content hash); Astro must learn the new path.
    await writeFile(path.join(dir, 'a#b.png'), await readFile(path.join(ROOT, 'test/fixtures/images/palette.png')));
    let second: string | undefined;
    await waitFor('den nya bilden på sidan', async () => (second = await imageUrl()) !== undefined && second !== first, 30_000);
    // The page can show the new name a moment before Astro has handled the content-changed
    // message that renews the image route (the browser reloads only after it): poll briefly.
    let response: Response | undefined;
    await waitFor('den nya bilden publicerad', async () => (response = await fetch(`${url}${second}`)).status === 200, 15_000);
    expect(response?.headers.get('content-type')).toBe('image/png');
    await writeFile(planFile, good);
  }, 120_000);
});
