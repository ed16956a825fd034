import { defineConfig } from 'vitest/config';

const MODEL_TESTS = 'test/foundation/**/*.test.ts';
/** Test files that replace a module with vi.mock: they need a module graph of their own. */
const MOCKING_TESTS = ['test/robustness/long-words.test.ts'];
/** One temporary folder per run, for every project (see the file). */
const TEMP_ROOT = './test/shared/temp-root.ts';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and PDF tests start Chromium and external tools: keep them from fighting over two cores.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        // The model and check tests touch no process state, build nothing and start no
        // browser: they share one module cache per worker instead of importing the model
        // again for each of their 40-odd files (about a third of their time).
        test: { name: 'modell', include: [MODEL_TESTS], isolate: false, globalSetup: [TEMP_ROOT] },
      },
      {
        test: {
          name: 'bygge',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [MODEL_TESTS, ...MOCKING_TESTS],
          // One module graph per worker here too: every file imported planverk, playwright-core
          // and pdfkit and loaded the fonts again, a sixth of the suite's CPU time
          // (docs/prestanda.md, "Testsviten"). The files restore what they change in process.env.
          isolate: false,
          // Starts the service that makes shared fixtures (a built site, a browser) once per run, on first use.
          globalSetup: [TEMP_ROOT, './test/shared/global-setup.ts'],
        },
      },
      {
        test: { name: 'isolerad', include: MOCKING_TESTS, globalSetup: [TEMP_ROOT] },
      },
    ],
  },
});
