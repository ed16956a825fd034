/**
 * Workers' entry points as plain JavaScript. Starting a worker through tsx costs about a
 * second of transpiling per worker and per build; instead each entry is bundled once with
 * esbuild (packages stay external) into the project's node_modules/.cache, named by the
 * hash of its code, so a changed renderer gets a new file and an unchanged one is reused
 * across builds.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/**
 * The bundled file for `entry` (an absolute path to a .ts file). `projectRoot` holds the
 * node_modules the bundle's bare imports (pdfkit, hastscript …) resolve from.
 */
export function workerBundle(entry: string, projectRoot: string): Promise<string> {
  let file = bundles.get(entry);
  if (!file) {
    file = bundle(entry, projectRoot);
    bundles.set(entry, file);
  }
  return file;
}

async function bundle(entry: string, projectRoot: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = path.join(projectRoot, 'node_modules', '.cache', 'planverk');
  const file = path.join(dir, `${path.basename(entry, path.extname(entry))}-${hash}.mjs`);
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, code);
    await rename(temp, file);
  }
  return file;
}
