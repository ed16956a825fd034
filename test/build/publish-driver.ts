/**
 * Test driver for src/cli/atomic-output.ts in a process of its own, so that a preloaded
 * test/build/fault-injection.mjs can make the file system fail: `publish <dist>` stages a
 * two-file site and publishes it (`publish <dist> <trash>`: the replaced site into that trash
 * folder); `recover <dist>` only recovers; `lock <dist>` takes the build lock and reports its
 * file. Prints one JSON line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, prepareOutput, recoverInterruptedBuilds } from '../../src/cli/atomic-output';
import { acquireBuildLock } from '../../src/cli/build-lock';

const [action, dist, trash] = process.argv.slice(2) as [string, string, string | undefined];
try {
  if (action === 'lock') {
    const lock = await acquireBuildLock(dist);
    console.log(JSON.stringify({ ok: true, lock: lock.file }));
    lock.release();
    process.exit(0);
  }
  await recoverInterruptedBuilds(dist);
  if (action === 'publish') {
    const output = await prepareOutput(dist, { trash });
    await writeFile(path.join(output.staging, 'index.html'), 'nytt bygge');
    await mkdir(path.join(output.staging, 'plan'));
    await writeFile(path.join(output.staging, 'plan', 'index.html'), 'ny plan');
    try {
      await output.publish();
    } catch (error) {
      await output.discard();
      throw error;
    }
    console.log(JSON.stringify({ ok: true, inPlace: output.inPlace, staging: output.staging, target: output.target }));
  } else {
    console.log(JSON.stringify({ ok: true }));
  }
} catch (error) {
  console.log(JSON.stringify({ ok: false, swedish: error instanceof OutputError, message: (error as Error).message, code: (error as NodeJS.ErrnoException).code }));
}
