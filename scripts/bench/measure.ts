/** Timing helpers for the benchmark: warm-up + runs, medians, and child processes with peak RSS. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Summary {
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export function summarize(times: number[]): Summary {
  if (times.length === 0) throw new Error('no runs');
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: times, median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** One untimed warm-up (JIT, file cache) unless told not to, then `runs` timed runs in ms. */
export async function timeRuns(runs: number, warmUp: boolean, task: () => Promise<unknown>): Promise<number[]> {
  if (warmUp) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}

/** One timed run of a build in `sideBySide`. */
export interface Measured { ms: number; rssMb: number; astroMs?: number }

/**
 * Runs every build once per round, forwards in even rounds and backwards in odd ones, after
 * an untimed round when `warmUp`: the machine's speed drifts by up to half within minutes,
 * and blocks of runs of one build at a time would compare builds run under different drift.
 * The first round runs forwards, so a build that reads another's output (Pagefind reads
 * the pages of `inBuild`) comes after it.
 */
export async function sideBySide<K extends string>(builds: Record<K, () => Promise<Measured>>, rounds: number, warmUp: boolean): Promise<Record<K, Measured[]>> {
  const order = Object.keys(builds) as K[];
  const measured = Object.fromEntries(order.map((key) => [key, [] as Measured[]])) as Record<K, Measured[]>;
  const first = warmUp ? -1 : 0;
  for (let round = first; round < rounds; round++) {
    for (const key of (round - first) % 2 === 0 ? order : [...order].reverse()) {
      const result = await builds[key]();
      if (round >= 0) measured[key].push(result);
    }
  }
  return measured;
}

export const NODE = path.resolve('node_modules/.bin/node');
export const TSX = path.resolve('node_modules/.bin/tsx');

/** A preload that writes the process's peak RSS (KB, including worker threads) on exit. */
const probeDir = mkdtempSync(path.join(os.tmpdir(), 'planverk-bench-probe-'));
const PROBE = path.join(probeDir, 'rss-probe.mjs');
writeFileSync(PROBE, `import { writeFileSync } from 'node:fs';
process.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });
`);
process.on('exit', () => rmSync(probeDir, { recursive: true, force: true }));

export interface ChildResult {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
  maxRssMb: number;
}

/** Runs a Node program (wall time, output, peak RSS via the probe). */
export function runNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ChildResult> {
  const rssFile = path.join(probeDir, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, ['--import', PROBE, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      let maxRssMb = 0;
      try { maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024; rmSync(rssFile); } catch { /* killed before exit */ }
      resolve({ ms, code: code ?? 1, stdout, stderr, maxRssMb });
    });
  });
}

/** Runs a TypeScript file with tsx (through Node 22 and the RSS probe). */
export function runTsx(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ChildResult> {
  return runNode(['--import', 'tsx', file, ...args], options);
}

export async function expectOk(result: Promise<ChildResult>, what: string): Promise<ChildResult> {
  const r = await result;
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr.slice(-3000)}\n${r.stdout.slice(-2000)}`);
  return r;
}
