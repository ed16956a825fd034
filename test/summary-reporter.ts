/**
 * Prints the plain closing line CI reads: "N passed, N failed". Also writes every test
 * file's time (import, hooks and tests) to test-output/test-durations.json, longest first,
 * so that a slow suite can be looked into without a second run; PLANVERK_TEST_DURATIONS=1
 * prints the ten longest before the closing line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const OUTPUT = path.resolve(import.meta.dirname, '../test-output/test-durations.json');

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A file that failed outside its tests (an import, a beforeAll) counts as one failure:
      // its tests are only marked skipped, and "0 failed" would be read as a green run.
      failed += failedHere > 0 ? failedHere : module.state() === 'failed' ? 1 : 0;
    }
    const durations = fileDurations(testModules);
    mkdirSync(path.dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(durations, null, 1)}\n`);
    if (process.env.PLANVERK_TEST_DURATIONS) {
      for (const { file, seconds } of durations.slice(0, 10)) console.log(`${seconds.toFixed(1).padStart(7)} s  ${file}`);
    }
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}

interface FileDuration { file: string; seconds: number; importSeconds: number; hooksAndTestsSeconds: number; tests: number; firstTestAtSeconds?: number }

function fileDurations(testModules: ReadonlyArray<TestModule>): FileDuration[] {
  // When each file's first test started, from the run's first test: shows how the files were packed onto the workers.
  const starts = new Map(testModules.map((module) => [module, Math.min(...[...module.children.allTests()].map((test) => test.diagnostic()?.startTime ?? Infinity))]));
  const runStart = Math.min(...starts.values());
  return testModules.map((module) => {
    const d = module.diagnostic();
    const importMs = d.collectDuration + d.setupDuration + d.prepareDuration + d.environmentSetupDuration;
    const start = starts.get(module)!;
    return {
      file: path.relative(path.resolve(import.meta.dirname, '..'), module.moduleId),
      seconds: round((importMs + d.duration) / 1000),
      importSeconds: round(importMs / 1000),
      hooksAndTestsSeconds: round(d.duration / 1000),
      tests: [...module.children.allTests()].length,
      ...(Number.isFinite(start) ? { firstTestAtSeconds: round((start - runStart) / 1000) } : {}),
    };
  }).sort((a, b) => b.seconds - a.seconds);
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;
