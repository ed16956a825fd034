/**
 * Bundled entries (workers, and the Astro integration under `npm run build`) run from
 * node_modules/.cache but keep each source module's own `import.meta.url`, so modules that
 * find the project's folders relative to themselves find the same folders bundled. Node
 * loads astro.config.mjs by itself with the bundled integration (no Vite server).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { astroChildEnv } from '../../src/build/astro-child';
import { bundledEntry } from '../../src/workers/entry-bundle';
import { ROOT } from '../site/harness';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('bundled entries', () => {
  it("keep every source module's import.meta.url and run from the project's cache", async () => {
    // Inside the project, so the bundle resolves packages as the real entries do.
    dir = await mkdtemp(path.join(ROOT, 'test', 'build', '.entry-'));
    await writeFile(path.join(dir, 'helper.ts'), "export const helperUrl: string = import.meta.url;\n");
    await writeFile(path.join(dir, 'entry.ts'), "import { helperUrl } from './helper';\nexport const urls = { entry: import.meta.url, helper: helperUrl };\n");
    const bundle = await bundledEntry(path.join(dir, 'entry.ts'), ROOT);
    expect(path.dirname(bundle)).toBe(path.join(ROOT, 'node_modules', '.cache', 'planverk'));
    const { urls } = await import(pathToFileURL(bundle).href) as { urls: { entry: string; helper: string } };
    expect(urls).toEqual({ entry: pathToFileURL(path.join(dir, 'entry.ts')).href, helper: pathToFileURL(path.join(dir, 'helper.ts')).href });
    await rm(bundle);
  });
});

describe("the Astro child's config", () => {
  it('loads in plain Node with the integration npm run build bundles', async () => {
    const env = await astroChildEnv({ outDir: path.join(ROOT, 'dist'), modelFile: 'model.json' });
    const script = "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join(','));";
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, ...env } });
    expect(stdout.trim()).toBe('planverk');
  });
});
