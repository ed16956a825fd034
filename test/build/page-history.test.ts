/**
 * What `npm run build` writes into a plan page besides its model: "Senast ändrad" from the
 * plan folder's last git commit, and the PDF's pages and size in its download link.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesToRender, type BuildManifest } from '../../src/build/build-manifest';
import { lastChangedDates } from '../../src/build/last-changed';
import { fillPdfLinks, pdfPageCount, withPdfSize } from '../../src/build/pdf-link';
import { checkPlans } from '../../src/pipeline';
import { SITE } from '../../src/shared/words-sv';
import { planPage } from '../../src/site/plan-page/plan-body';

const ROOT = path.resolve(import.meta.dirname, '../..');

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'planverk-history-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const git = (cwd: string, args: string[], date?: string) => execFileSync('git', args, {
  cwd,
  env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
});

describe('Senast ändrad from git', () => {
  it('gives each plan the date of the newest commit touching its folder, and nothing outside git', async () => {
    const repo = path.join(work, 'repo');
    const content = path.join(repo, 'content');
    await mkdir(path.join(content, 'plan-a'), { recursive: true });
    await mkdir(path.join(content, 'plan-ä'), { recursive: true });
    git(repo, ['init', '-q']);
    await writeFile(path.join(content, 'plan-a', 'plan.yaml'), 'a: 1\n');
    await writeFile(path.join(content, 'plan-ä', 'plan.yaml'), 'a: 1\n');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'first'], '2024-03-01T10:00:00+01:00');
    await writeFile(path.join(content, 'plan-ä', 'avsnitt.md'), '# Mål\n');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'second'], '2025-11-20T09:30:00+01:00');
    // Uncommitted edits do not count.
    await writeFile(path.join(content, 'plan-a', 'plan.yaml'), 'a: 2\n');
    expect(await lastChangedDates(content, ['plan-a', 'plan-ä', 'plan-saknas'])).toEqual({
      'plan-a': '2024-03-01T10:00:00+01:00',
      'plan-ä': '2025-11-20T09:30:00+01:00',
    });
    const outside = path.join(work, 'outside');
    await mkdir(path.join(outside, 'plan-a'), { recursive: true });
    expect(await lastChangedDates(outside, ['plan-a'])).toEqual({});
  });

  it('renders a page again when only its date changed, so an incremental build equals a full one', () => {
    const base: BuildManifest = { code: 'c', settings: {}, plans: { a: 'k1', b: 'k2' }, searchShards: 1, lastChanged: { a: '2024-01-01', b: '2024-01-01' } };
    expect(pagesToRender(base, { ...base, lastChanged: { a: '2024-01-01', b: '2025-02-02' } })).toEqual(['b']);
    expect(pagesToRender(base, { ...base, lastChanged: { a: '2024-01-01' } })).toEqual(['b']);
    expect(pagesToRender(base, base)).toEqual([]);
  });
});

describe('the plan page with a date', () => {
  it('shows "Senast ändrad" with the commit\'s day among the facts, and nothing without a date', async () => {
    const { plans } = await checkPlans(path.join(ROOT, 'test/fixtures/plans'));
    const derived = plans[0]!;
    const links = { base: '/', withPdf: true };
    const dated = planPage(derived, links, { lastChanged: '2025-11-20T09:30:00+01:00' }).html;
    expect(dated).toContain(`<dt>${SITE.lastChanged}</dt><dd><time datetime="2025-11-20">20 november 2025</time></dd>`);
    expect(dated).toContain(`data-pdf-size="">${SITE.downloadPdf}</a>`);
    expect(planPage(derived, links).html).not.toContain(SITE.lastChanged);
  });
});

async function pdfWithPages(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let i = 0; i < pages; i++) doc.addPage().text(`Sida ${i + 1}`);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('the PDF link', () => {
  it('reads the page count pdfkit writes', async () => {
    expect(pdfPageCount(await pdfWithPages(1))).toBe(1);
    expect(pdfPageCount(await pdfWithPages(12))).toBe(12);
    expect(pdfPageCount(Buffer.from('not a pdf'))).toBeUndefined();
  });

  it('writes "Ladda ner PDF (N sidor, M kB)" into the marked link of each listed page, and only there', async () => {
    const site = path.join(work, 'site');
    const link = (id: string) => `<ul class="planlankar"><li><a href="/${id}/${id}.pdf" type="application/pdf" download="" data-pdf-size="">${SITE.downloadPdf}</a></li><li><a href="/">Alla planer</a></li></ul>`;
    for (const id of ['p1', 'p2']) {
      await mkdir(path.join(site, id), { recursive: true });
      await writeFile(path.join(site, id, 'index.html'), `<main>${link(id)}</main>`);
    }
    const pdf = await pdfWithPages(3);
    await writeFile(path.join(site, 'p1', 'p1.pdf'), pdf);
    await writeFile(path.join(site, 'p2', 'p2.pdf'), pdf);
    fillPdfLinks(site, ['p1']);
    const kb = String(Math.max(1, Math.round(pdf.length / 1024)));
    const filled = await readFile(path.join(site, 'p1', 'index.html'), 'utf8');
    expect(filled).toContain(`data-pdf-size="">Ladda ner PDF (3 sidor, ${kb} kB)</a>`);
    expect(filled).toContain('<a href="/">Alla planer</a>');
    expect(await readFile(path.join(site, 'p2', 'index.html'), 'utf8')).toBe(`<main>${link('p2')}</main>`);
    expect(SITE.downloadPdfSized(1, '1')).toBe('Ladda ner PDF (1 sida, 1 kB)');
  });

  it('fills the link itself when the text of the page also names the mark, and keeps the rest of the page byte for byte', () => {
    const before = '<main><p>Åtgärd: attributet data-pdf-size i <a href="/om/">texten</a> – även här.</p>';
    const after = '<p>Årshjul för 2025 · ÄÖ</p></main>';
    const html = Buffer.from(`${before}<a href="/p/p.pdf" data-pdf-size="">${SITE.downloadPdf}</a>${after}`);
    const filled = withPdfSize(html, 2, 2048)!.toString('utf8');
    expect(filled).toBe(`${before}<a href="/p/p.pdf" data-pdf-size="">Ladda ner PDF (2 sidor, 2 kB)</a>${after}`);
    expect(withPdfSize(Buffer.from('<main><a href="/">Alla planer</a></main>'), 2, 2048)).toBeUndefined();
  });
});
