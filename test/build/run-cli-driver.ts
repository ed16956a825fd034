/**
 * Test driver for src/cli/run-cli.ts: `reject <marker>` leaves a rejection unhandled while
 * `main` waits forever; `linger` returns 0 but leaves a timer running. The clean-up writes
 * `marker`.
 */
import { writeFileSync } from 'node:fs';
import { onFailure, runCli } from '../../src/cli/run-cli';

const [action, marker] = process.argv.slice(2) as [string, string | undefined];
await runCli(async () => {
  onFailure(() => { if (marker) writeFileSync(marker, 'städat'); });
  if (action === 'reject') {
    void Promise.reject(new Error('EIO: simulerat, read'));
    await new Promise(() => setInterval(() => {}, 60_000));
  }
  setInterval(() => {}, 60_000);
  return 0;
});
