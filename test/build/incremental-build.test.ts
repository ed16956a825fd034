/**
 * Incremental `npm run build`: after one plan changes, only that plan's page and PDF are
 * made again (the rest is kept from the previous dist/), and the result is byte for byte
 * what a full build from an empty cache and an empty dist/ gives for the same content.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kilobytes, pdfPageCount } from '../../src/build/pdf-link';
import { SITE } from '../../src/shared/words-sv';
import { noneLeft, runBuild, type BuildRun } from './run-build';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(ROOT, 'test-output/builds');
/** Plan folders and where they come from: three real plans and the example plan with follow-ups (issue 21). */
const SOURCES: Record<string, string> = {
  'fou-jamt-2020': 'content', 'fou-fyrbodal-2023': 'content', 'fou-nordvast-2021': 'content', 'fou-exempelregionen-2025': 'examples/uppfoljning',
};
const PLANS = Object.keys(SOURCES);
/** The example plan's follow-ups: pages and PDFs that belong to the plan. */
const WITH_FOLLOW_UPS = 'fou-exempelregionen-2025';
const FOLLOW_UPS = ['uppfoljning-2025-t2', 'uppfoljning-2025'];
/**
 * The middle plan in the search index's order (fyrbodal, jamt, nordvast): the index holds
 * kept pages before and after the changed one, and its bytes depend on the order.
 */
const CHANGED = 'fou-jamt-2020';

let work: string;
let content: string;

const build = (dist: string, cache: string) => runBuild({ PLANVERK_CONTENT: content, PLANVERK_DIST: dist, PLANVERK_CACHE: cache });

/** Relative path → sha256 of every file below `dir`. */
async function fileHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.set(path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex'));
    }
  };
  await walk(dir);
  return out;
}

/** The UIDs of a calendar's events, in order. */
const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]!);

const pick = (hashes: Map<string, string>, filter: (file: string) => boolean) =>
  Object.fromEntries([...hashes].filter(([file]) => filter(file)).sort(([a], [b]) => (a < b ? -1 : 1)));

beforeAll(async () => {
  await mkdir(BUILD_DIR, { recursive: true });
  work = await mkdtemp(path.join(BUILD_DIR, 'incremental-'));
  content = path.join(work, 'content');
  for (const plan of PLANS) await cp(path.join(ROOT, SOURCES[plan]!, plan), path.join(content, plan), { recursive: true });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('incremental npm run build', () => {
  let first: Map<string, string>;
  let incremental: Map<string, string>;
  let incrementalRun: BuildRun;
  let firstUids: string[];
  /** What the cache's trash held after the second build: the site that build replaced (src/cli/trash.ts). */
  let trashed: string[];
  const trashEntries = async () => (existsSync(path.join(work, 'cache', 'trash')) ? (await readdir(path.join(work, 'cache', 'trash'))).sort() : []);

  it('a full first build, then a build without changes renders no page and no PDF again', async () => {
    const dist = path.join(work, 'dist');
    const cache = path.join(work, 'cache');
    const run = await build(dist, cache);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`bygger webbplatsen (${PLANS.length} planer)`);
    expect(run.output).toContain(`${PLANS.length} PDF skapade, 0 oförändrade`);
    first = await fileHashes(dist);
    // Open data (issue 22) beside each page under `npm run build` too, and the organisation's calendar.
    for (const plan of PLANS) {
      for (const file of ['oppna-data/aktiviteter.csv', 'oppna-data/mal-och-indikatorer.csv', 'oppna-data/budget.csv']) expect(first.has(`${plan}/${file}`), `${plan}/${file}`).toBe(true);
    }
    expect(first.has(`${CHANGED}/arshjul.ics`)).toBe(true);
    expect(first.has('kalender/fou-jämt.ics')).toBe(true);
    firstUids = uids(await readFile(path.join(dist, CHANGED, 'arshjul.ics'), 'utf8'));
    expect(firstUids.length).toBeGreaterThan(0);
    // Once the PDFs exist, each page's link names the PDF's pages and size (src/build/pdf-link.ts).
    for (const plan of PLANS) {
      const pdf = await readFile(path.join(dist, plan, `${plan}.pdf`));
      const html = await readFile(path.join(dist, plan, 'index.html'), 'utf8');
      expect(html, plan).toContain(`>${SITE.downloadPdfSized(pdfPageCount(pdf)!, kilobytes(pdf.length))}</a>`);
    }
    // The follow-ups' pages and report PDFs (issue 21).
    for (const id of FOLLOW_UPS) {
      expect(first.has(`${WITH_FOLLOW_UPS}/${id}/index.html`), id).toBe(true);
      expect(first.has(`${WITH_FOLLOW_UPS}/${id}.pdf`), id).toBe(true);
    }

    const again = await build(dist, cache);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(`bygger webbplatsen (0 av ${PLANS.length} planer ändrade)`);
    expect(again.output).toContain(`0 PDF skapade, ${PLANS.length} oförändrade`);
    expect(again.output).not.toMatch(/fou-[a-z0-9-]+\/index\.html/);
    expect(await fileHashes(dist)).toEqual(first);
    // The replaced site waits in the cache's trash, and no build leaves anything beside dist/.
    trashed = await trashEntries();
    expect(trashed).toHaveLength(1);
    expect((await readdir(work)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 300_000);

  it('stops on an invalid plan after a good build: Astro, started during the check, is stopped unheard', async () => {
    // The previous dist/ was built by the same code, so Astro starts before the check
    // (scripts/build.ts) and waits; the check fails, and nothing of Astro's may remain.
    const dist = path.join(work, 'dist');
    const file = path.join(content, CHANGED, 'plan.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^kind: .*$/m, 'kind: klar'));
    const tag = randomUUID();
    try {
      const run = await runBuild({ PLANVERK_CONTENT: content, PLANVERK_DIST: dist, PLANVERK_CACHE: path.join(work, 'cache'), PLANVERK_TEST_TAG: tag });
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(/plan\.yaml:\d+:\d+/);
      expect(run.output).toContain('inget byggdes och dist/ är orörd');
      expect(run.output).not.toMatch(/\[(types|build|vite)\]/);
      expect(await noneLeft(tag)).toEqual([]);
      expect((await readdir(work)).filter((name) => /^dist\.(tmp|old)-/.test(name))).toEqual([]);
      expect(await fileHashes(dist)).toEqual(first);
    } finally {
      await writeFile(file, good);
    }
  }, 300_000);

  it('after one plan changes, renders that plan only', async () => {
    const dist = path.join(work, 'dist');
    const file = path.join(content, CHANGED, 'plan.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace(/^title: (.*)$/m, 'title: $1 (reviderad)'));
    incrementalRun = await build(dist, path.join(work, 'cache'));
    expect(incrementalRun.code, incrementalRun.output).toBe(0);
    expect(incrementalRun.output).toContain(`bygger webbplatsen (1 av ${PLANS.length} planer ändrade)`);
    expect(incrementalRun.output).toContain(`1 PDF skapade, ${PLANS.length - 1} oförändrade`);
    // Astro's route list names the changed plan's page and none of the others.
    expect(incrementalRun.output).toContain(`/${CHANGED}/index.html`);
    for (const plan of PLANS.filter((p) => p !== CHANGED)) expect(incrementalRun.output).not.toContain(`/${plan}/index.html`);
    incremental = await fileHashes(dist);
    // This build emptied the trash of the site the previous one replaced, and put its own there.
    const nowTrashed = await trashEntries();
    expect(nowTrashed).toHaveLength(1);
    expect(nowTrashed).not.toEqual(trashed);

    const unchanged = (file: string) => PLANS.some((p) => p !== CHANGED && file.startsWith(`${p}/`));
    expect(pick(incremental, unchanged)).toEqual(pick(first, unchanged));
    expect(incremental.get(`${CHANGED}/index.html`)).not.toBe(first.get(`${CHANGED}/index.html`));
    expect(incremental.get(`${CHANGED}/${CHANGED}.pdf`)).not.toBe(first.get(`${CHANGED}/${CHANGED}.pdf`));
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('(reviderad)');
    // The catalogue is written by every build, so it names the revised title too, and its
    // page, JSON and PDF addresses (relative: no site address is set) reach the built files.
    const catalogue = JSON.parse(await readFile(path.join(dist, 'katalog.jsonld'), 'utf8'));
    const datasets = catalogue['dcat:dataset'] as { 'dct:title': { '@value': string }; 'dcat:distribution': { 'dcat:accessURL': { '@id': string } }[] }[];
    expect(datasets.map((d) => d['dct:title']['@value']).some((title) => title.endsWith('(reviderad)'))).toBe(true);
    const urls = datasets.flatMap((d) => d['dcat:distribution'].map((x) => x['dcat:accessURL']['@id']));
    expect(urls.filter((url) => url.endsWith('.pdf'))).toHaveLength(PLANS.length);
    for (const url of urls) {
      expect(incremental.has(url.endsWith('/') ? `${url}index.html` : url), url).toBe(true);
    }
    // The changed plan's calendar is written again (its name has the new title), its events keep their UIDs.
    const calendar = await readFile(path.join(dist, CHANGED, 'arshjul.ics'), 'utf8');
    expect(calendar.replace(/\r\n /g, '')).toContain('(reviderad)');
    expect(uids(calendar)).toEqual(firstUids);
    expect(uids(await readFile(path.join(dist, 'kalender', 'fou-jämt.ics'), 'utf8'))).toEqual(expect.arrayContaining(firstUids));
  }, 300_000);

  it('after a follow-up file changes, renders that plan with its follow-ups again and keeps the rest', async () => {
    const dist = path.join(work, 'dist');
    const before = incremental;
    const file = path.join(content, WITH_FOLLOW_UPS, `${FOLLOW_UPS[0]}.yaml`);
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace(/^asOf: .*$/m, 'asOf: 2025-08-30'));
    const run = await build(dist, path.join(work, 'cache'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`bygger webbplatsen (1 av ${PLANS.length} planer ändrade)`);
    expect(run.output).toContain(`1 PDF skapade, ${PLANS.length - 1} oförändrade`);
    expect(run.output).toContain(`/${WITH_FOLLOW_UPS}/${FOLLOW_UPS[0]}/index.html`);
    incremental = await fileHashes(dist);
    expect(incremental.get(`${WITH_FOLLOW_UPS}/${FOLLOW_UPS[0]}/index.html`)).not.toBe(before.get(`${WITH_FOLLOW_UPS}/${FOLLOW_UPS[0]}/index.html`));
    expect(incremental.get(`${WITH_FOLLOW_UPS}/${FOLLOW_UPS[0]}.pdf`)).not.toBe(before.get(`${WITH_FOLLOW_UPS}/${FOLLOW_UPS[0]}.pdf`));
    const others = (f: string) => !f.startsWith(`${WITH_FOLLOW_UPS}/`) && PLANS.some((p) => f.startsWith(`${p}/`));
    expect(pick(incremental, others)).toEqual(pick(before, others));
  }, 300_000);

  it('gives the same files as a full build from an empty cache and an empty dist/', async () => {
    const dist = path.join(work, 'dist-full');
    const run = await build(dist, path.join(work, 'cache-full'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`bygger webbplatsen (${PLANS.length} planer)`);
    const full = await fileHashes(dist);
    // Pagefind's index is compared by its file names (its fragments are content-hashed).
    expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
    const all = () => true;
    expect(pick(incremental, all)).toEqual(pick(full, all));
  }, 300_000);

  it('renders every page again when webbplats.yaml changes (the site name is in every header)', async () => {
    const dist = path.join(work, 'dist');
    await writeFile(path.join(content, 'webbplats.yaml'), 'title: Testplanerna\n');
    const run = await build(dist, path.join(work, 'cache'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`bygger webbplatsen (${PLANS.length} planer)`);
    for (const page of ['index.html', ...PLANS.map((p) => `${p}/index.html`), 'tillganglighet/index.html']) {
      expect(await readFile(path.join(dist, page), 'utf8'), page).toContain('<a class="webbplatsnamn" href="/">Testplanerna</a>');
    }
  }, 300_000);
});
