/** The PDF prints the derived sums, rounded once: a staff table of 3 × 33,333… % sums to 100 %. */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';

describe('sums in the PDF', () => {
  it('prints "Summa 100 %" for 33,333 + 33,333 + 33,334 % and 0,31 for 0,1 + 0,2 + 0,005 + 0,005 åa', async () => {
    const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-pdf-sums-')));
    const dir = path.join(root, 'plan');
    await cp('test/fixtures/valid/minimal', dir, { recursive: true });
    const file = path.join(dir, 'plan.yaml');
    const yaml = (await readFile(file, 'utf8')).replace(
      /- label: forskningsassistent\n\s+fte: 1\.0\n\s+- label: forskningsledare\n\s+fte: 2\.0\n\s+declaredTotal: 3\.0/,
      ['- label: a', '            percent: 33.333', '          - label: b', '            percent: 33.333', '          - label: c',
        '            percent: 33.334', '        declaredTotal: 100', '      - type: staff', '        title: Årsarbetare', '        lines:',
        ...[0.1, 0.2, 0.005, 0.005].flatMap((fte, i) => [`          - label: roll ${i}`, `            fte: ${fte}`])].join('\n'),
    );
    expect(yaml).toContain('percent: 33.334');
    await writeFile(file, yaml);
    const { problems, plans } = await checkPlans(root, [dir]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const pdf = path.join(root, 'plan.pdf');
    await writeFile(pdf, await renderPlanPdf(plans[0]!, root));
    const sums = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\n').filter((line) => /^\s*Summa\s/.test(line)).map((line) => line.replace(/\s+/g, ' ').trim());
    expect(sums).toEqual(expect.arrayContaining(['Summa 100 %', 'Summa 0,31 åa']));
  });
});
