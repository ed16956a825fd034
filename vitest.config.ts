import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Starts the service that makes shared fixtures (a built site, PDFs) once per run, on first use.
    globalSetup: ['./test/shared/global-setup.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and PDF tests start Chromium and external tools: keep them from fighting over two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
