/** bench/results.md is rendered from the measurement object (no timings are asserted). */
import { describe, expect, it } from 'vitest';
import { renderMarkdown, type BenchResults } from '../../scripts/bench/results';

const results: BenchResults = {
  date: '2026-01-02',
  machine: { cpus: 2, model: 'Test CPU', memoryGb: 8, node: 'v22.0.0', os: 'Linux', loadBefore: [0.5, 0, 0], loadAfter: [0.7, 0, 0] },
  quick: false,
  runs: 5,
  sizes: [10],
  rows: [
    { stage: 'YAML-tolkning (baslinje)', n: 10, median: 20, min: 18, max: 25, runs: 5, perPlanMs: 2, peakRssMb: 100 },
    { stage: 'check', n: 10, median: 30, min: 28, max: 40, runs: 5, perPlanMs: 3, peakRssMb: 120.4, baseline: 'YAML-tolkning (baslinje)', ratio: 1.5 },
    { stage: 'PDF (renderAllPdfs)', n: 10, median: 500, min: 450, max: 600, runs: 5, perPlanMs: 50, pages: 100, perPageMs: 5, peakRssMb: 300 },
  ],
  perPlanPdf: [{ plan: 'a', pages: 12, planverkMs: 40, chromiumMs: 200, ratio: 5 }],
  incremental: { n: 10, fullBuildMs: 9000, rebuildMs: 4000, fullBuildRuns: [9500, 9000, 8800], rebuildRuns: [4000, 4200, 3900], rendered: ['a', 'b', 'c'], onlyEdited: true, cachedCount: 9, editedPlan: 'a, b, c' },
  targets: [{ name: 'check per plan', goal: '≤ 5 ms', value: '3 ms', met: true }, { name: 'x', goal: 'y', value: 'z', met: null }],
  notes: ['Maskinen var delad.'],
};

describe('results writer', () => {
  const md = renderMarkdown(results);

  it('writes one table row per measured stage with the asked-for columns', () => {
    expect(md).toContain('| steg | N | median | min | max | körningar | per plan | sidor | per sida | högsta RSS (MB) | baslinje | kvot |');
    expect(md).toContain('| YAML-tolkning (baslinje) | 10 | 20 | 18 | 25 | 5 | 2,00 | – | – | 100 | – | – |');
    expect(md).toContain('| check | 10 | 30 | 28 | 40 | 5 | 3,00 | – | – | 120 | YAML-tolkning (baslinje) | 1,50 |');
    expect(md).toContain('| PDF (renderAllPdfs) | 10 | 500 | 450 | 600 | 5 | 50,00 | 100 | 5,00 | 300 | – | – |');
  });

  it('states date, machine, per-plan PDF comparison, incremental build, targets and notes', () => {
    expect(md).toContain('# planverk – prestandamätning 2026-01-02');
    expect(md).toContain('2 kärnor (Test CPU)');
    expect(md).toContain('| a | 12 | 40,0 | 200,0 | 5,00 |');
    expect(md).toContain('3 omgång(ar): median 9000 ms (9500, 9000, 8800)');
    expect(md).toContain('(a, b, c) och bygget kört igen: median 4000 ms (4000, 4200, 3900)');
    expect(md).toContain('PDF skapade på nytt: a, b, c (varje gång bara den ändrade planens); oförändrade: 9.');
    expect(md).toContain('| check per plan | ≤ 5 ms | 3 ms | ja |');
    expect(md).toContain('| x | y | z | ej mätt |');
    expect(md).toContain('- Maskinen var delad.');
  });
});
