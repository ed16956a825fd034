/**
 * The environment of the `astro build` child of `npm run build` (the bench times the same
 * stage with it). Everything the parent decided (the checked model, the pages to render,
 * the search shards, its own pid) is in one manifest file (site-plans.ts `ModelManifest`);
 * the environment only names it, Astro's output folder, that PDFs are published, and the
 * integration as plain JavaScript, which Node imports directly (astro.config.mjs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledEntry } from '../workers/entry-bundle';

export interface AstroChildSettings {
  /** Astro's output folder, which the parent's PDF stage fills too. */
  outDir: string;
  /** The `ModelManifest` file (src/build/astro-site/site-plans.ts), written before Astro starts. */
  modelFile: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The integration as plain JavaScript, bundled once per change of its sources. */
export const integrationBundle = () => bundledEntry(path.join(PROJECT_ROOT, 'src/build/astro-site/integration.ts'), PROJECT_ROOT);

export async function astroChildEnv(settings: AstroChildSettings): Promise<Record<string, string>> {
  return {
    PLANVERK_OUT_DIR: settings.outDir,
    PLANVERK_WITH_PDF: '1',
    PLANVERK_MODEL: settings.modelFile,
    PLANVERK_INTEGRATION: await integrationBundle(),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
