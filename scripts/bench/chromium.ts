/**
 * Baseline for the PDF stage: Debian's Chromium (via playwright-core, kept warm) prints
 * each plan's built web page to PDF, a new page per document. The site is served by a
 * tiny static server on 127.0.0.1 only.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};

export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Per plan id: the times (ms) of `runs` prints after one warm-up round. */
export async function chromiumPrintTimes(siteDir: string, planIds: string[], runs: number): Promise<Record<string, number[]>> {
  const server = await serveStatic(path.resolve(siteDir));
  const profile = await mkdtemp(path.join(os.tmpdir(), 'planverk-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: Record<string, number[]> = Object.fromEntries(planIds.map((id) => [id, []]));
  try {
    const printOne = async (id: string) => {
      const started = performance.now();
      const page = await context.newPage();
      await page.goto(`${server.url}/${id}/`, { waitUntil: 'load' });
      await page.pdf({ format: 'A4', printBackground: true });
      await page.close();
      return performance.now() - started;
    };
    for (const id of planIds) await printOne(id); // warm-up
    for (let run = 0; run < runs; run++) for (const id of planIds) times[id]!.push(await printOne(id));
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return times;
}
