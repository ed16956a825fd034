/**
 * Entry points as plain JavaScript: the workers' (PDF, plan pages) and the Astro
 * integration's under `npm run build`. Starting a worker through tsx costs about a second
 * of transpiling per worker, and Astro loads a config that imports TypeScript through a
 * Vite server of its own (about 1,5 s); instead each entry is compiled with esbuild into
 * the project's node_modules/.cache and reused by every later run until one of its source
 * files changes (./compiled-entry.mjs, which the commands' launcher shares).
 */
import { compiledEntry } from './compiled-entry.mjs';

/**
 * The compiled file for `entry` (an absolute path to a .ts file). `projectRoot` holds the
 * node_modules the bundle's bare imports (pdfkit, hastscript …) resolve from.
 */
export function bundledEntry(entry: string, projectRoot: string): Promise<string> {
  return compiledEntry(entry, projectRoot);
}
