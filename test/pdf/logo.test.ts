/**
 * The organisation's logo (issue 19, part 3): `logo: logo.svg|logo.png` in plan.yaml,
 * checked like a figure's image (inside the plan's folder, by content, SVG within the
 * drawing limits), drawn at the top right of the PDF's cover (SVG as vectors, cleaned by
 * the sanitizer) and published beside the plan page for its header. Fixture plans only:
 * no plan in content/ has a logo.
 */
import { cp, mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizePlan } from '../../src/incremental/plan-summary';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { planBodyHtml } from '../../src/site/plan-page/plan-body';
import { colourBox, OUTPUT_DIR, ROOT, run } from './harness';
import { mkdirSync } from 'node:fs';

const RED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><script>alert(1)</script><rect width="120" height="40" fill="#ff0000"/></svg>';

async function planWithLogo(logo: string, write: (file: string) => Promise<void>) {
  const root = await resolveContentRoot(await mkdtemp(path.join(tmpdir(), 'planverk-logo-')));
  const dir = path.join(root, 'logoprov');
  await cp(path.join(ROOT, 'test/fixtures/valid/minimal'), dir, { recursive: true });
  const yaml = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
  await writeFile(path.join(dir, 'plan.yaml'), yaml.replace(/^organisation:/m, `logo: ${logo}\norganisation:`));
  await write(path.join(dir, logo));
  return { root, ...(await checkPlans(root)) };
}

describe('the logo', () => {
  it('is drawn at the top right of the cover from an SVG, and published for the page header', async () => {
    const { root, plans, problems } = await planWithLogo('logo.svg', (file) => writeFile(file, RED_SVG));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = plans[0]!;
    expect(plan.front.logo?.format).toBe('svg');
    const pdf = await renderPlanPdf(plan, root);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = path.join(OUTPUT_DIR, 'logotyp.pdf');
    await writeFile(file, pdf);
    const red = colourBox(file, 1, [255, 0, 0]);
    expect(red.count).toBeGreaterThan(1000);
    // 120 × 40 pt scaled into at most 150 × 52, right-aligned at the margin, at the top.
    expect(red.left + red.width).toBeGreaterThan(595 - 72);
    expect(red.top).toBeLessThan(80);
    expect(red.width / red.height).toBeCloseTo(3, 0);
    const summary = summarizePlan(plan);
    expect(summary.images.map((i) => i.name)).toContain(plan.front.logo!.name);
    const html = planBodyHtml(plan, { base: '/', withPdf: false });
    expect(html).toContain(`<img class="logotyp" src="/logoprov/bilder/${plan.front.logo!.name}" alt=""`);
  });

  it('may be a PNG', async () => {
    const { root, plans, problems } = await planWithLogo('logo.png', (file) => copyFile(path.join(ROOT, 'test/fixtures/images/palette.png'), file));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const pdf = await renderPlanPdf(plans[0]!, root);
    const file = path.join(OUTPUT_DIR, 'logotyp-png.pdf');
    await writeFile(file, pdf);
    const { stdout } = run('pdfimages', ['-f', '1', '-l', '1', '-list', file]);
    expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3); // header, rule, the image
  });

  it('is refused when missing, not an image, or a JPEG', async () => {
    const missing = await planWithLogo('logo.svg', async () => undefined);
    expect(missing.problems.map((p) => [p.code, p.path])).toContainEqual(['bild-saknas', 'logo']);
    const html = await planWithLogo('logo.svg', (file) => writeFile(file, '<html><body>inte en bild</body></html>'));
    expect(html.problems.map((p) => p.code)).toContain('bild-trasig');
    const jpeg = await planWithLogo('logo.jpg', (file) => copyFile(path.join(ROOT, 'test/fixtures/images/grey.jpg'), file));
    const problem = jpeg.problems.find((p) => p.code === 'logo-format');
    expect(problem?.message).toMatch(/SVG eller PNG/);
    expect(jpeg.plans).toEqual([]);
  });
});
