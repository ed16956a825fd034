/**
 * Entry points as plain JavaScript: the workers' (PDF, plan pages) and the Astro
 * integration's under `npm run build`. Starting a worker through tsx costs about a second
 * of transpiling per worker and per build, and Astro loads a config that imports
 * TypeScript through a Vite server of its own (about 1,5 s); instead each entry is bundled
 * once with esbuild (packages stay external) into the project's node_modules/.cache, named
 * by the hash of its code, so changed code gets a new file and unchanged code is reused
 * across builds.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/**
 * The bundled file for `entry` (an absolute path to a .ts file). `projectRoot` holds the
 * node_modules the bundle's bare imports (pdfkit, hastscript …) resolve from.
 */
export function bundledEntry(entry: string, projectRoot: string): Promise<string> {
  let file = bundles.get(entry);
  if (!file) {
    file = bundle(entry, projectRoot);
    bundles.set(entry, file);
  }
  return file;
}

/**
 * `import.meta.url` keeps naming each source file, not the bundle in node_modules/.cache:
 * modules find the project's folders relative to themselves.
 */
const ownUrls: Plugin = {
  name: 'own-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.tsx?$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      const contents = source.includes('import.meta.url') ? source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)) : source;
      return { contents, loader: file.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

async function bundle(entry: string, projectRoot: string): Promise<string> {
  const result = await build({
    plugins: [ownUrls],
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
