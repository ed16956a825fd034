/**
 * `npm run bench:check [-- N]`: validates N plans (copies of content/) in-process and
 * compares with plain YAML parsing of the same files, side by side in one run.
 */
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { makeCorpus } from './make-corpus';
import { measure, peakRssMb, resetPeakRss } from './measure';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const corpus = path.join(os.tmpdir(), `planverk-bench-check-${count}`);
const dirs = await makeCorpus(corpus, count);
const root = await resolveContentRoot(corpus);

const files: string[] = [];
for (const dir of dirs) for (const name of await readdir(dir)) if (/\.(ya?ml|md)$/.test(name)) files.push(path.join(dir, name));

resetPeakRss();
const check = await measure(runs, async () => {
  const { problems } = await checkPlans(root, undefined, { derive: false });
  if (problems.some((p) => p.severity === 'error')) throw new Error('corpus has errors');
});
const checkPeak = peakRssMb();
const yamlOnly = await measure(runs, async () => {
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (file.endsWith('.yaml')) parse(text);
  }
});

const perPlan = check.median / count;
const row = (name: string, m: typeof check) => `| ${name} | ${count} | ${m.median.toFixed(0)} | ${m.min.toFixed(0)} | ${m.max.toFixed(0)} | ${(m.median / count).toFixed(2)} |`;
console.log(`\ncheck-benchmark ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} kärnor, Node ${process.version}, median av ${runs} körningar efter uppvärmning\n`);
console.log('| steg | planer | median ms | min ms | max ms | ms per plan |');
console.log('|---|---|---|---|---|---|');
console.log(row('npm run check (checkPlans)', check));
console.log(row('bara YAML-tolkning (baslinje)', yamlOnly));
console.log(`\nPer plan: ${perPlan.toFixed(2)} ms (mål ≤ 5 ms). Kvot mot YAML-tolkning: ${(check.median / yamlOnly.median).toFixed(2)}. Högsta minnesanvändning (RSS): ${checkPeak.toFixed(0)} MB (mål < 300 MB).`);
