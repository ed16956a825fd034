/**
 * The colophon at the foot of the last page (issue 19, part 3): the date, planverk's version
 * and the source commit, read once per build by the build layer (renderers run no git)
 * and part of the PDF cache key, so an archived PDF can be traced to its source.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { readSourceInfos } from '../../src/build/source-info';
import { pdfPath, renderAllPdfs } from '../../src/build/pdf-pool/render-all';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { normalizeSpace, pdfText, ROOT } from './harness';

const commit = '0123456789abcdef0123456789abcdef01234567';

async function fyrbodal() {
  const root = await resolveContentRoot(path.join(ROOT, 'content'));
  const { plans } = await checkPlans(root, [path.join(root, 'fou-fyrbodal-2023')]);
  return { root, plan: plans[0]! };
}

function lastPageText(pdf: Buffer, pageCount: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'planverk-colophon-')), 'plan.pdf');
  writeFileSync(file, pdf);
  return normalizeSpace(pdfText(file, { page: pageCount }));
}

describe('the colophon', () => {
  it('prints the date, the version and the short commit on the last page', async () => {
    const { root, plan } = await fyrbodal();
    const { pdf, pageCount } = await renderPlanPdfWithPages(plan, root, { source: { date: '2024-03-05', commit, modified: true } });
    const text = lastPageText(pdf, pageCount);
    expect(text).toContain('Utskriven 5 mars 2024');
    expect(text).toContain(`planverk ${packageJson.version}`);
    expect(text).toContain('Källa: 0123456789ab (med ändringar som inte är incheckade)');
    expect(text).not.toContain(commit);
  });

  it('says nothing of a source without git, and no date unless the build gives one', async () => {
    const { root, plan } = await fyrbodal();
    const { pdf, pageCount } = await renderPlanPdfWithPages(plan, root);
    const text = lastPageText(pdf, pageCount);
    expect(text).toContain(`planverk ${packageJson.version}`);
    expect(text).not.toMatch(/Källa:|Utskriven/);
  });
});

describe('readSourceInfos (the build layer)', () => {
  it('outside git: no commit, the date given explicitly (SOURCE_DATE_EPOCH or today)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planverk-nogit-'));
    expect(await readSourceInfos(dir, ['plan-a'], { env: {}, today: new Date('2025-11-02T10:00:00Z') })).toEqual({ 'plan-a': { date: '2025-11-02' } });
    expect(await readSourceInfos(dir, ['plan-a'], { env: { SOURCE_DATE_EPOCH: '1700000000' } })).toEqual({ 'plan-a': { date: '2023-11-14' } });
  });

  it('in a git checkout: per plan the last commit that touched its folder, its date, and whether the folder differs from it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planverk-git-'));
    const git = (date: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).trim();
    const commit = (date: string, file: string, text: string) => {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
      git(date, 'add', file);
      git(date, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', file);
      return git(date, 'rev-parse', 'HEAD');
    };
    git('2024-01-01T12:00:00Z', 'init', '-q');
    const a = commit('2024-02-29T12:00:00Z', 'plan-a/plan.yaml', 'title: x\n');
    const b = commit('2024-03-15T12:00:00Z', 'plan-b/plan.yaml', 'title: x\n');
    // A later commit to plan B leaves plan A's source (and so its PDF) as it was.
    expect(await readSourceInfos(dir, ['plan-a', 'plan-b'], { env: {} })).toEqual({
      'plan-a': { date: '2024-02-29', commit: a },
      'plan-b': { date: '2024-03-15', commit: b },
    });
    writeFileSync(path.join(dir, 'plan-a', 'plan.yaml'), 'title: y\n');
    writeFileSync(path.join(dir, 'plan-b', 'ny.md'), 'Ny text.\n');
    expect(await readSourceInfos(dir, ['plan-a', 'plan-b'], { env: {} })).toEqual({
      'plan-a': { date: '2024-02-29', commit: a, modified: true },
      'plan-b': { date: '2024-03-15', commit: b, modified: true },
    });
  });
});

describe('the PDF cache', () => {
  it('renders again when what the colophon prints changes, and not otherwise', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'planverk-colophon-cache-'));
    cpSync(path.join(ROOT, 'content', 'fou-fyrbodal-2023'), path.join(root, 'fou-fyrbodal-2023'), { recursive: true });
    const { plans } = await checkPlans(await resolveContentRoot(root));
    const out = mkdtempSync(path.join(tmpdir(), 'planverk-colophon-out-'));
    const first = await renderAllPdfs({ outDir: out, plans, contentRoot: root, sources: { 'fou-fyrbodal-2023': { date: '2024-01-01', commit } } });
    expect(first.rendered).toEqual(['fou-fyrbodal-2023']);
    const same = await renderAllPdfs({ outDir: out, plans, contentRoot: root, sources: { 'fou-fyrbodal-2023': { date: '2024-01-01', commit } } });
    expect(same.cached).toEqual(['fou-fyrbodal-2023']);
    const next = await renderAllPdfs({ outDir: out, plans, contentRoot: root, sources: { 'fou-fyrbodal-2023': { date: '2024-01-02', commit } } });
    expect(next.rendered).toEqual(['fou-fyrbodal-2023']);
    expect(readFileSync(pdfPath(out, 'fou-fyrbodal-2023')).length).toBeGreaterThan(1000);
  }, 120_000);
});
