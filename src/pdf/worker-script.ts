/**
 * The worker processes' entry point as plain JavaScript. Starting a worker through tsx
 * costs about a second of transpiling per worker and per build; instead the worker is
 * bundled once with esbuild (packages stay external) into node_modules/.cache, named by
 * the hash of its code, so a changed renderer gets a new file and an unchanged one is
 * reused across builds.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface WorkerScript {
  file: string;
}

let script: Promise<WorkerScript> | undefined;

export function workerScript(): Promise<WorkerScript> {
  script ??= bundle();
  return script;
}

async function bundle(): Promise<WorkerScript> {
  const entry = fileURLToPath(new URL('./render-worker.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  // Inside the project's node_modules, so the bundle's bare imports (pdfkit, fontkit …) resolve.
  const dir = fileURLToPath(new URL('../../node_modules/.cache/planverk/', import.meta.url));
  const file = path.join(dir, `pdf-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, code);
    await rename(temp, file);
  }
  return { file };
}
