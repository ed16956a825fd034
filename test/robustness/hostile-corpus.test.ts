/**
 * The hostile-content corpus (issue 6, item 3): payloads in every text field and Markdown
 * body of real plans (test/site/fixtures/alla-block has every block type; fou-jamt-2020 has
 * Markdown files), built with `astro build`, every generated page loaded in Chromium with
 * traps for alert()/window.__pwned and CSP violations, every request checked; and the PDFs'
 * link annotations checked for http:, https: and mailto: only.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DerivedPlan } from '../../src/derive/derive-plan';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { buildSite, connectChromium, ROOT, serveStatic, type StaticServer } from '../site/harness';
import { tempContentRoot } from './generated-content';
import { TEXT_PAYLOADS, URL_PAYLOADS, VARIANTS_FOR_EVERY_PAYLOAD, writePoisonedPlan } from './hostile-payloads';

const SOURCES: { dir: string; variants: number }[] = [
  { dir: 'test/site/fixtures/alla-block', variants: VARIANTS_FOR_EVERY_PAYLOAD },
  { dir: 'content/fou-jamt-2020', variants: Number(process.env.HOSTILE_EXTRA_VARIANTS ?? 3) },
];

let root: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;
let plans: DerivedPlan[] = [];
const placed = { count: 0 };

beforeAll(async () => {
  root = await tempContentRoot('planverk-hostile-');
  for (const { dir, variants } of SOURCES) {
    for (let v = 0; v < variants; v++) await writePoisonedPlan(path.join(ROOT, dir), path.join(root, `ond-${path.basename(dir)}-${v}`), v, placed);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
  if (root) await rm(root, { recursive: true, force: true });
});

async function htmlPages(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  return files.map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`).sort();
}

describe('hostile content corpus', () => {
  it('stays valid: payloads are only warned about, never errors', async () => {
    const result = await checkPlans(root);
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    plans = result.plans;
    expect(plans.length).toBe(SOURCES.reduce((n, s) => n + s.variants, 0));
    console.log(`fientligt: ${TEXT_PAYLOADS.length + URL_PAYLOADS.length} olika nyttolaster, ${placed.count} placeringar i ${plans.length} planer`);
  }, 120_000);

  it('builds, and no page runs a payload or makes a request off the local server', async () => {
    const build = await buildSite(root);
    expect(build.code, build.output.slice(-4000)).toBe(0);
    outDir = build.outDir;
    server = await serveStatic(outDir);
    browser = await connectChromium();
    const pages = await htmlPages(outDir);
    expect(pages.length).toBeGreaterThanOrEqual(plans.length + 2);

    const context = await browser.newContext();
    const offsite: string[] = [];
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__pwned = 0;
      w.__csp = [] as string[];
      const trap = (name: string) => () => { w.__pwned = `${name}()`; };
      window.alert = trap('alert');
      window.confirm = trap('confirm') as unknown as typeof window.confirm;
      window.prompt = trap('prompt') as unknown as typeof window.prompt;
      document.addEventListener('securitypolicyviolation', (e) => {
        (w.__csp as string[]).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    // Requests are only watched, not blocked by routing, so that anything leaving the page is seen.
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.url}/`)) offsite.push(`${request.frame().url()} → ${url}`);
    });
    await context.route(/^(?!http:\/\/127\.0\.0\.1:).*/, (route) => route.abort()); // never actually leave the machine
    const page = await context.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Control: the traps do catch a script that runs, a blocked inline handler and a request off the page.
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const control = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:," onerror="window.__pwned=1">';
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 100));
      window.alert('kontroll');
      return { pwned: w.__pwned, csp: (w.__csp as string[]).length };
    });
    expect(control.pwned).toBe('alert()');
    expect(control.csp).toBeGreaterThanOrEqual(1);
    // The site's CSP would block the fetch before it is a request; a blank page has no CSP.
    await page.goto('about:blank');
    await page.evaluate(() => fetch('http://evil.example/kontroll').catch(() => undefined));
    expect(offsite).toEqual(['about:blank → http://evil.example/kontroll']);
    offsite.length = 0;

    for (const pathName of pages) {
      const response = await page.goto(`${server.url}${pathName}`, { waitUntil: 'load' });
      expect(response?.status(), pathName).toBe(200);
      // Give handlers a chance: hover, focus and open everything.
      const report = await page.evaluate(async () => {
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'animationstart']) {
            if (type === 'click' && el.closest('a, button, summary, input, form')) continue;
            el.dispatchEvent(new Event(type, { bubbles: true }));
          }
        }
        for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
        await new Promise((r) => setTimeout(r, 50));
        const w = window as unknown as Record<string, unknown>;
        const handlers: string[] = [];
        const badUrls: string[] = [];
        const banned: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name)) handlers.push(`<${el.localName} ${attr.name}>`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcset', 'poster', 'ping'].includes(attr.name)) {
              const v = attr.value.trim();
              // http(s), mailto, or a path on this site (no other scheme, no //host).
              const ok = /^(https?:|mailto:)/i.test(v) || (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('//'));
              if (!ok) badUrls.push(`<${el.localName} ${attr.name}="${v.slice(0, 60)}">`);
            }
          }
          if (['iframe', 'object', 'embed', 'base', 'frame', 'applet', 'audio', 'video', 'source', 'link', 'style'].includes(el.localName)) {
            // The site's own <link>s are in <head> and point at this site (checked above).
            if (!(el.localName === 'link' && el.parentElement === document.head)) banned.push(el.localName);
          }
          // The site's own search form (action /sok/) is the only form; its fields are type=search.
          if (el.localName === 'form' && el.getAttribute('action') !== '/sok/') banned.push('form');
          if (el.localName === 'input' && el.getAttribute('type') !== 'search') banned.push('input');
          if (el.localName === 'meta' && el.getAttribute('http-equiv') && el.getAttribute('http-equiv')!.toLowerCase() !== 'content-security-policy') banned.push('meta http-equiv');
        }
        const inlineScripts = Array.from(document.querySelectorAll('script')).filter((s) => /alert\(|__pwned|evil\.example/.test(s.textContent ?? ''));
        return { pwned: w.__pwned, csp: w.__csp as string[], handlers, badUrls, banned, inlineScripts: inlineScripts.length };
      });
      expect(report.pwned, pathName).toBe(0);
      expect(report.csp, pathName).toEqual([]);
      expect(report.handlers, pathName).toEqual([]);
      expect(report.badUrls, pathName).toEqual([]);
      expect(report.banned, pathName).toEqual([]);
      expect(report.inlineScripts, pathName).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
    console.log(`fientligt: ${pages.length} sidor laddade i Chromium, inget skript kördes, ingen begäran lämnade sidan`);
  }, 600_000);

  it('gives PDFs whose link annotations carry only http:, https: or mailto:', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    let links = 0;
    const nonAsciiUris = new Set<string>();
    for (const plan of plans) {
      const pdf = await renderPlanPdf(plan, root);
      // Actions are dictionary entries, outside streams: the compressed bytes of a stream
      // (fonts, page contents) may hold "/JS" by chance, which is no action at all.
      const raw = pdf.toString('latin1').replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, 'stream endstream');
      expect(raw, plan.id).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|RichMedia)\b/);
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      for (let n = 1; n <= doc.numPages; n++) {
        for (const annotation of await (await doc.getPage(n)).getAnnotations()) {
          expect(annotation.subtype, `${plan.id} s. ${n}`).toBe('Link');
          const raw: string | undefined = annotation.unsafeUrl ?? annotation.url;
          if (raw !== undefined) {
            links++;
            // pdfkit writes a URI with non-ASCII characters as UTF-16BE with a BOM (not 7-bit
            // ASCII as the PDF spec asks); decode it before checking the scheme, and report it.
            const url = raw.startsWith('\u00fe\u00ff') ? Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le') : raw;
            if (url !== raw) nonAsciiUris.add(url);
            expect(url, `${plan.id} s. ${n}`).toMatch(/^(https?:\/\/|mailto:)/i);
          } else {
            expect(annotation.dest ?? annotation.action, `${plan.id} s. ${n}: länk utan mål`).toBeDefined();
          }
        }
      }
      await doc.cleanup();
    }
    expect(links).toBeGreaterThan(0);
    console.log(`fientligt: ${plans.length} PDF, ${links} externa länkar, alla http/https/mailto`);
    if (nonAsciiUris.size) console.log(`fientligt: ${nonAsciiUris.size} URI skrivna som UTF-16 i PDF:en (inte 7-bitars ASCII): ${JSON.stringify([...nonAsciiUris])}`);
  }, 600_000);
});
