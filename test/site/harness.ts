/**
 * Test harness for the website: builds dist/ with `astro build` into a temp folder,
 * serves it on 127.0.0.1 with a tiny static server, and starts Debian's Chromium
 * through playwright-core. Without Chromium the tests fail; they never skip.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import { SITE_SETTINGS_FILE_NAME } from '../../schemas/site-settings';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { checkPlans } from '../../src/pipeline';
import { integrationBundle } from '../../src/build/astro-child';
import { sharedFixture } from '../shared/shared-fixture';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output/site');
/**
 * Screenshots are for people to look at, not assertions. A whole long page costs more to
 * encode than the checks around it (11 of 37 s in the axe walk), so by default they show
 * the first screen; `PLANVERK_SKARMBILDER=hela npm test` takes whole pages.
 */
export const FULL_PAGE_SCREENSHOTS = process.env.PLANVERK_SKARMBILDER === 'hela';
/** Temporary build output; inside ROOT so that parallel `astro build`s keep separate prerender folders. */
export const BUILD_DIR = path.join(ROOT, 'test-output/builds');
export const CHROMIUM = process.env.PLANVERK_CHROMIUM ?? '/usr/bin/chromium';

/** Folders whose plans the browser tests publish together: the real content and the test plans. */
export const PLAN_SOURCES = ['content', 'test/site/fixtures', 'test/fixtures/hostile', 'test/fixtures/plans', 'examples/uppfoljning'];

/** Copies every plan folder of the sources, and the first site settings file, into one temporary content root. */
export async function assembleContent(sources = PLAN_SOURCES): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'planverk-content-'));
  for (const source of sources) {
    const dir = path.join(ROOT, source);
    if (!existsSync(dir)) continue;
    // The site settings of the first source that has them (test/site/fixtures: made up, complete).
    const settings = path.join(dir, SITE_SETTINGS_FILE_NAME);
    if (existsSync(settings) && !existsSync(path.join(root, SITE_SETTINGS_FILE_NAME))) await cp(settings, path.join(root, SITE_SETTINGS_FILE_NAME));
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !existsSync(path.join(dir, entry.name, 'plan.yaml'))) continue;
      await cp(path.join(dir, entry.name), path.join(root, entry.name), { recursive: true });
    }
  }
  return root;
}

export interface BuildResult { code: number; output: string; outDir: string }

/**
 * How Astro's config gets planverk's integration: as `npm run build` hands it over (plain
 * JavaScript, bundled once per change of its sources), or as plain `astro build`
 * (`npm run build:site`) loads it, TypeScript through a Vite server of Astro's own, which
 * costs every build about 1 s and 1,3 s of CPU time more.
 */
export type IntegrationSource = 'bundle' | 'typescript';

/** Runs `astro build` with Node 22 (the running process) for a content root. */
export async function buildSite(contentRoot: string, env: Record<string, string> = {}, integration: IntegrationSource = 'bundle'): Promise<BuildResult> {
  // Inside the project: for an outDir outside the working directory Astro puts its
  // prerender chunks in ./.astro/, shared by every build, and parallel builds break.
  await mkdir(BUILD_DIR, { recursive: true });
  const outDir = await mkdtemp(path.join(BUILD_DIR, 'dist-'));
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const bundle = integration === 'bundle' ? { PLANVERK_INTEGRATION: await integrationBundle() } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLANVERK_CONTENT: contentRoot, PLANVERK_OUT_DIR: outDir, ...bundle, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, outDir }));
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pdf': 'application/pdf',
};

export interface StaticServer { url: string; close: () => Promise<void> }

/** Serves `dir` like a static host: `/x/` → `/x/index.html`, 404 otherwise. Loopback only. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let file = path.join(dir, decodeURIComponent(url.pathname));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('404');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // No spare renderer started ahead for the next page: a spare belongs to the context that
  // started it, and the tests' new pages each come in a new context, so every spare was
  // thrown away unused (20 new contexts: 40 renderer processes instead of 60, 14 % less
  // CPU; docs/prestanda.md, "Testsviten").
  // Nor the address bar's popup, which Chromium 156 renders as a WebUI page in a renderer
  // process of its own for every new window, even headless: each new context paid for one
  // (10 new contexts with a page: 9,1 s → 3,2 s; docs/prestanda.md, "Testsviten").
  '--disable-features=SpareRendererForSitePerProcess,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/**
 * Starts Chromium as a server for the whole test run (test/shared/fixtures.ts): starting it
 * costs more CPU than most browser tests, and each test file works in contexts of its own,
 * which share no cookies, storage or cache.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium saknas: ${CHROMIUM} finns inte. Installera det (apt-get install chromium) eller ange PLANVERK_CHROMIUM.`);
  }
  // playwright-core gives every launch a fresh temporary profile (user data dir).
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The run's shared Chromium (started on first use); close() only disconnects this file. */
export async function connectChromium(): Promise<Browser> {
  const { wsEndpoint } = await sharedFixture('browser');
  return chromium.connect(wsEndpoint);
}

/**
 * One page per width that goes from address to address, for tests that walk many pages and
 * only read what each shows. A fresh context for each page costs three times the CPU (a
 * new renderer process, the fonts and styles loaded again). The viewport is set back to
 * `width` before each visit, so a test may widen the page it was given.
 */
export function pageWalker(newPage: (width: number) => Promise<Page>): (width: number, url: string) => Promise<Page> {
  const pages = new Map<number, Promise<Page>>();
  return async (width, url) => {
    if (!pages.has(width)) pages.set(width, newPage(width));
    const page = await pages.get(width)!;
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status() ?? 'inget svar'}`);
    return page;
  };
}

/**
 * axe-core's violations on the page as it is now, one line each (rule, help, first nodes);
 * empty when it passes. axe is injected only when the page lacks it, so a page that is
 * widened or changed after a first run is checked again without loading axe twice.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Not `'axe' in window`: an element with id="axe" would answer that too.
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: typeof axe }).axe?.run === 'function'))) await page.evaluate(axe.source);
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

/** Whitespace as a reader sees it: no-break and narrow no-break spaces count as spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export interface BuiltSite {
  /** The valid plans that were built, as the site's model. */
  plans: DerivedPlan[];
  server: StaticServer;
  browser: Browser;
  /** A page of the site in a fresh browser context of the given width (close the context after). */
  open: (width: number, pathName: string) => Promise<{ context: BrowserContext; page: Page }>;
  /** A page of the site in this file's one page of that width (pageWalker; leave it open). */
  walk: (width: number, pathName: string) => Promise<Page>;
  /** Disconnects from the shared browser and stops the server; the shared build is removed at the end of the run. */
  close: () => Promise<void>;
}

/**
 * Every plan source built with `astro build` (once per test run, shared by the files that
 * look at it: test/shared/fixtures.ts), served, and a Chromium of this file's own.
 */
export async function startBuiltSite(): Promise<BuiltSite> {
  const { contentRoot, outDir } = await sharedFixture('site');
  const plans = (await checkPlans(contentRoot)).plans;
  const server = await serveStatic(outDir);
  const browser = await connectChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const walker = pageWalker((width) => browser.newPage({ viewport: { width, height: 900 } }));
  return {
    plans, server, browser,
    open: async (width, pathName) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${pathName}`);
      return { context, page };
    },
    walk: (width, pathName) => walker(width, `${server.url}${pathName}`),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
