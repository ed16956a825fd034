/**
 * `npm run dev` as an editor uses it: Astro's dev server over a corpus of plans, one plan's
 * page open in Chromium (playwright-core), and its plan.yaml saved with a new title. Each
 * time runs from the write of the file to the new title in the page's DOM (the dev server
 * notices the file, reads the plans again and tells the page to reload).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

async function until(what: string, test: () => Promise<boolean>, ms: number, output: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`dev-edit: waited in vain for ${what}:\n${output().slice(-3000)}`);
}

export interface DevEdit {
  /** From the write to the new text in the DOM. */
  ms: number;
  /** From the write to the page starting its reload: the server's share (watcher, its quiet period, reading the plans). */
  reloadMs: number;
}

/** For each saved edit: when the page began to reload, and when its text was in the page. */
export async function devEditTimes(options: { repo: string; corpus: string; plan: string; edits: number }): Promise<DevEdit[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const dev = spawn(path.join(options.repo, 'node_modules/.bin/node'), [path.join(options.repo, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: options.repo,
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLANVERK_CONTENT: options.corpus, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  dev.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const file = path.join(options.corpus, options.plan, 'plan.yaml');
  const original = await readFile(file, 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.PLANVERK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await until('astro dev', async () => (await fetch(`${url}/`)).ok, 120_000, () => output);
    const page = await browser.newPage();
    await page.goto(`${url}/${options.plan}/`, { waitUntil: 'load' });
    const times: DevEdit[] = [];
    let navigated = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigated = performance.now(); });
    // One untimed edit first: the dev server compiles the page's code on its first change.
    for (let edit = 0; edit <= options.edits; edit++) {
      const marker = `ändring ${edit + 1}`;
      const text = original.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^(["']?)/, `$1${marker} `)}`);
      if (text === original) throw new Error(`dev-edit: ${file} has no title line`);
      // The page is loaded and quiet before the file is saved.
      await page.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      navigated = 0;
      await writeFile(file, text);
      await page.waitForFunction((wanted) => document.querySelector('h1')?.textContent?.includes(wanted) ?? false, marker, { timeout: 30_000, polling: 20 });
      if (edit > 0) times.push({ ms: performance.now() - started, reloadMs: navigated ? navigated - started : Number.NaN });
    }
    return times;
  } finally {
    await browser.close();
    await writeFile(file, original);
    if (dev.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
  }
}
