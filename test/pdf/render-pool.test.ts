/**
 * The PDF worker pool (`renderAllPdfs` with worker threads running the esbuild-bundled
 * worker): the PDFs it writes are byte-identical to rendering in this thread, a failing
 * plan stops the pool with a message naming the file, and nothing half-written is left.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderPlanPdf } from '../../src/pdf';
import { pdfPath, renderAllPdfs } from '../../src/build/pdf-pool/render-all';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { ROOT } from './harness';

const allFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('renderAllPdfs worker pool', () => {
  it('writes the same bytes as rendering in-process, for all five plans on two workers', async () => {
    const root = await resolveContentRoot(path.join(ROOT, 'content'));
    const { plans } = await checkPlans(root);
    expect(plans.length).toBe(5);
    const out = mkdtempSync(path.join(tmpdir(), 'planverk-pool-'));
    const result = await renderAllPdfs({ outDir: out, plans, contentRoot: root, workers: 2, force: true });
    expect(result.rendered.sort()).toEqual(plans.map((p) => p.id).sort());
    for (const plan of plans) {
      const fromPool = readFileSync(pdfPath(out, plan.id));
      expect(fromPool.equals(await renderPlanPdf(plan, root)), plan.id).toBe(true);
    }
    expect(allFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('stops with a message naming the broken image and leaves no temporary file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'planverk-pool-bad-'));
    for (const id of ['fou-fyrbodal-2023', 'fou-nordvast-2021', 'fou-jamt-handlingsplan-ebp']) await cp(path.join(ROOT, 'content', id), path.join(root, id), { recursive: true });
    const dir = path.join(root, 'trasig-bild');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'plan.yaml'), stringify({
      title: 'Testplan', kind: 'verksamhetsplan', organisation: { name: 'FoU Test' }, period: { start: 2024 }, status: 'utkast',
      sections: [{ title: 'Bild', blocks: [{ type: 'figure', id: 'figur-test', image: 'trasig.png', alt: 'En testbild.', caption: 'Testbild.' }] }],
    }));
    // A good image at check time, broken before the PDF stage reads it.
    writeFileSync(path.join(dir, 'trasig.png'), readFileSync(path.join(ROOT, 'test/fixtures/invalid/figur-med-bild-och-hjul/hjul.png')));
    const contentRoot = await resolveContentRoot(root);
    const { plans, problems } = await checkPlans(contentRoot);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plans.length).toBe(4);
    writeFileSync(path.join(dir, 'trasig.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('inte en bild')]));
    const out = mkdtempSync(path.join(tmpdir(), 'planverk-pool-out-'));
    await expect(renderAllPdfs({ outDir: out, plans, contentRoot, workers: 2, force: true })).rejects.toThrow(/trasig\.png: bildfilen har ändrats/);
    expect(allFiles(out).filter((f) => f.endsWith('.tmp') || f.includes('trasig-bild.pdf'))).toEqual([]);
  }, 240_000);
});
