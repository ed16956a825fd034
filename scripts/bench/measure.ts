/** Median-of-runs timing with a warm-up, and peak RSS, for the benchmark scripts. */
export interface Measurement {
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export async function measure(runs: number, task: () => Promise<unknown>): Promise<Measurement> {
  await task(); // warm-up: JIT, file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: times, median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
}

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 20);
sampler.unref();

export function resetPeakRss(): void { peakRss = process.memoryUsage.rss(); }
export function peakRssMb(): number { return Math.max(peakRss, process.memoryUsage.rss()) / 1024 / 1024; }
