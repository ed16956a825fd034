/** The benchmark's results: the measurement object, and bench/results.md + .json written from it. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Row {
  /** e.g. "check", "yaml (baslinje)", "site", "astro (baslinje)", "pdf". */
  stage: string;
  n: number;
  median: number;
  min: number;
  max: number;
  runs: number;
  perPlanMs: number;
  /** PDF pages (or HTML pages for the site) the stage produced, when known. */
  pages?: number;
  perPageMs?: number;
  peakRssMb?: number;
  /** Stage this row is compared with, and median / baseline median. */
  baseline?: string;
  ratio?: number;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  /** null: not measured in this run (e.g. --quick). */
  met: boolean | null;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string; os: string; loadBefore: number[]; loadAfter?: number[] };
  quick: boolean;
  runs: number;
  sizes: number[];
  rows: Row[];
  /** Per-plan warm PDF times against Chromium print-to-PDF of the plan's web page. */
  perPlanPdf: { plan: string; pages: number; planverkMs: number; chromiumMs?: number; ratio?: number }[];
  /** Build times are medians of the rounds in fullBuildRuns and rebuildRuns; onlyEdited: each round rendered only its edited plan's PDF. */
  incremental?: { n: number; fullBuildMs: number; rebuildMs: number; fullBuildRuns: number[]; rebuildRuns: number[]; rendered: string[]; onlyEdited: boolean; cachedCount: number; editedPlan: string };
  targets: Target[];
  notes: string[];
}

const f = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits).replace('.', ','));

export function renderMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# planverk – prestandamätning ${r.date}`, '');
  lines.push(`Maskin: ${r.machine.cpus} kärnor (${r.machine.model}), ${f(r.machine.memoryGb)} GB minne, Node ${r.machine.node}, ${r.machine.os}. `
    + `Belastning (load average 1 min) före/efter: ${f(r.machine.loadBefore[0], 1)}/${f(r.machine.loadAfter?.[0], 1)}.`);
  lines.push(`Körning: ${r.quick ? '`--quick` (röktest)' : 'fullständig'}, median av ${r.runs} körningar efter en uppvärmning, N = ${r.sizes.join(', ')}. Tider i ms.`, '');
  lines.push('| steg | N | median | min | max | körningar | per plan | sidor | per sida | högsta RSS (MB) | baslinje | kvot |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of r.rows) {
    lines.push(`| ${row.stage} | ${row.n} | ${f(row.median)} | ${f(row.min)} | ${f(row.max)} | ${row.runs} | ${f(row.perPlanMs, 2)} | ${row.pages ?? '–'} | ${f(row.perPageMs, 2)} | ${f(row.peakRssMb)} | ${row.baseline ?? '–'} | ${f(row.ratio, 2)} |`);
  }
  if (r.perPlanPdf.length) {
    lines.push('', '## PDF per plan, varm: planverk mot Chromiums utskrift till PDF', '');
    lines.push('| plan | sidor | planverk ms | Chromium ms | Chromium / planverk |');
    lines.push('|---|---|---|---|---|');
    for (const p of r.perPlanPdf) lines.push(`| ${p.plan} | ${p.pages} | ${f(p.planverkMs, 1)} | ${f(p.chromiumMs, 1)} | ${f(p.ratio, 2)} |`);
  }
  if (r.incremental) {
    const inc = r.incremental;
    lines.push('', `## Inkrementellt bygge (N = ${inc.n})`, '');
    lines.push(`Fullt \`npm run build\` från tom dist/ och tom modellcache, ${inc.fullBuildRuns.length} omgång(ar): median ${f(inc.fullBuildMs)} ms (${inc.fullBuildRuns.map((ms) => f(ms)).join(', ')}). `
      + `Efter varje en annan plan ändrad (${inc.editedPlan}) och bygget kört igen: median ${f(inc.rebuildMs)} ms (${inc.rebuildRuns.map((ms) => f(ms)).join(', ')}); `
      + `PDF skapade på nytt: ${inc.rendered.length ? inc.rendered.join(', ') : 'ingen'}${inc.onlyEdited ? ' (varje gång bara den ändrade planens)' : ''}; oförändrade: ${inc.cachedCount}.`);
  }
  lines.push('', '## Mål', '', '| mål | krav | uppmätt | uppfyllt |', '|---|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.goal} | ${t.value} | ${t.met === null ? 'ej mätt' : t.met ? 'ja' : 'nej'} |`);
  if (r.notes.length) lines.push('', '## Anmärkningar', '', ...r.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

export async function writeResults(r: BenchResults, dir = 'bench'): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(path.join(dir, 'results.md'), renderMarkdown(r));
}
