/**
 * The site settings, webbplats.yaml: errors as file:line:col  field  message lines like a
 * plan's, warnings for what the accessibility statement and the catalogue must show as
 * missing, the honest fallbacks, and that plan discovery never takes the file for a plan.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveSiteModel, type StatementParagraph } from '../../src/derive/site-model';
import { discoverPlanDirs } from '../../src/load/discover-plans';
import { checkSiteSettings } from '../../src/pipeline';
import { formatProblem } from '../../src/problems';
import { ACCESSIBILITY, SITE_SETTINGS } from '../../src/shared/words-sv';
import { commandArgs } from '../shared/command';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/site-settings';
const text = (paragraphs: StatementParagraph[] | undefined) =>
  (paragraphs ?? []).map((runs) => runs.map((run) => ('missing' in run ? run.missing : run.text)).join('')).join('\n');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'planverk-webbplats-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('webbplats.yaml', () => {
  it('reports every error of an invalid file as file:line:col  field  message, in Swedish', async () => {
    const result = await checkSiteSettings(path.join(ROOT, FIXTURES, 'ogiltig'));
    expect(result.site).toBeUndefined();
    const file = `${FIXTURES}/ogiltig/webbplats.yaml`;
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:4:3  organisation.adress  Okänd nyckel "adress".`,
      `${file}:5:10  baseUrl  Adressen måste vara en hel webbadress som börjar med https:// eller http://.`,
      `${file}:7:10  contact.email  Ogiltig e-postadress.`,
      `${file}:9:11  accessibility.status  Ogiltigt värde "delvis". Tillåtna värden: "helt förenlig", "delvis förenlig", "inte förenlig".`,
      `${file}:10:13  accessibility.reviewed  Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2020-01-24.`,
    ]);
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reports YAML syntax errors with their position, like a plan', async () => {
    const dir = path.join(work, 'syntax');
    await cp(path.join(ROOT, FIXTURES, 'ofullstandig'), dir, { recursive: true });
    await writeFile(path.join(dir, 'webbplats.yaml'), 'title: Planer\ncontact:\n  email: "a@b.se\n');
    const result = await checkSiteSettings(dir);
    expect(result.site).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', line: 3 });
  });

  it('warns (not errors) about an incomplete statement and a catalogue without an address', async () => {
    const result = await checkSiteSettings(path.join(ROOT, FIXTURES, 'ofullstandig'));
    expect(result.site).toBeDefined();
    expect(result.problems.map((p) => [p.severity, p.code, p.line])).toEqual([
      ['warning', 'katalog-relativa-adresser', 1],
      ['warning', 'redogorelse-ofullstandig', 2],
    ]);
    expect(result.problems[1]!.message).toContain('organisation, accessibility.contact (eller contact), accessibility.knownIssues, accessibility.reviewed');
  });

  it('without a file: one warning, and the fallbacks (title, CC0 licence, "Uppgift saknas")', async () => {
    const result = await checkSiteSettings(path.join(ROOT, 'content'));
    expect(result.exists).toBe(false);
    expect(result.problems.map((p) => [p.severity, p.code, formatProblem(p).split('  ')[0]])).toEqual([['warning', 'installningar-saknas', 'content/webbplats.yaml:1:1']]);
    const site = result.site!;
    expect(site.title).toBe('Verksamhetsplaner');
    expect(site.licence.uri).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
    expect(site.organisation).toBeUndefined();
    expect(site.statement.status).toBe('delvis förenlig');
    expect(site.statement.missing).toEqual(['organisation', 'accessibility.contact', 'accessibility.knownIssues', 'accessibility.reviewed']);
    const all = [text(site.statement.intro), ...site.statement.sections.map((s) => [text(s.paragraphs), text(s.list), text(s.after)].join('\n'))].join('\n');
    for (const field of site.statement.missing) expect(all).toContain(SITE_SETTINGS.missing(field));
  });

  it('is quiet for the complete made-up settings of the site tests', async () => {
    const result = await checkSiteSettings(path.join(ROOT, 'test/site/fixtures'));
    expect(result.problems).toEqual([]);
    expect(result.site!.title).toBe('Exempelregionens planer');
    expect(result.site!.statement.missing).toEqual([]);
  });

  it('is not a plan: discovery lists plan folders only', async () => {
    const dir = path.join(work, 'content');
    await cp(path.join(ROOT, 'test/site/fixtures'), dir, { recursive: true });
    expect((await discoverPlanDirs(dir)).map((d) => path.basename(d))).toEqual(['alla-block']);
  });

  it('needs at least one way to reach a contact', async () => {
    const result = await checkSiteSettings(path.join(ROOT, FIXTURES, 'kontakt-utan-vag'));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path, p.line])).toEqual([['kontakt-saknar-vag', 'contact', 2]]);
  });

  it('npm run check prints the settings errors and exits 1; with single plans it leaves the settings alone', async () => {
    const content = path.join(work, 'check');
    await cp(path.join(ROOT, 'test/site/fixtures/alla-block'), path.join(content, 'alla-block'), { recursive: true });
    await cp(path.join(ROOT, FIXTURES, 'ogiltig/webbplats.yaml'), path.join(content, 'webbplats.yaml'));
    const run = (args: string[]) => spawnSync(process.execPath, commandArgs('check', ...args), {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PLANVERK_CONTENT: content },
    });
    const all = run([]);
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/webbplats\.yaml:9:11  accessibility\.status  Ogiltigt värde "delvis"\./);
    expect(all.stdout).toContain('1 plan kontrollerad: 5 fel,');
    expect(all.stderr).not.toMatch(/\n\s+at /);
    const one = run([path.join(content, 'alla-block')]);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stderr).not.toContain('webbplats.yaml');
  });
});

describe('the accessibility statement', () => {
  const site = deriveSiteModel({
    title: 'Planerna',
    organisation: { name: 'Exempelkommunen' },
    contact: { email: 'planer@exempel.example' },
    accessibility: { status: 'helt förenlig', reviewed: '2026-11-30' },
  });
  const headings = site.statement.sections.map((s) => s.heading);

  it('follows DIGG\'s model statement: its headings in order, DIGG as supervisor with its report link', () => {
    expect(headings).toEqual([
      'Hur tillgänglig är webbplatsen?',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat webbplatsen',
      'Om redogörelsen',
    ]);
    const supervision = site.statement.sections[3]!;
    expect(supervision.paragraphs.flat()).toContainEqual({ text: ACCESSIBILITY.diggLink, href: 'https://www.digg.se/tdosanmalan' });
  });

  it('uses the general contact for reports when the statement has none, and states the compliance and date', () => {
    expect(site.statement.missing).toEqual([]);
    expect(text(site.statement.sections[2]!.list)).toBe('E-post: planer@exempel.example');
    expect(text(site.statement.sections[4]!.paragraphs)).toContain('helt förenlig');
    expect(text(site.statement.sections[5]!.paragraphs)).toBe(ACCESSIBILITY.noKnownIssues);
    expect(text(site.statement.sections[7]!.paragraphs)).toBe('Redogörelsen granskades och uppdaterades senast 30 november 2026.');
    expect(text(site.statement.intro)).toContain('Webbplatsen Planerna ges ut av Exempelkommunen.');
  });
});
