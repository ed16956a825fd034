/**
 * `dist/.planverk-build.json` records what the published site was built from: the code,
 * the settings that change every page, and each plan's model key. The next build renders
 * again only the pages of plans whose key changed, when code and settings are the same.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteModel } from '../derive/site-model';
import { writeFileAtomic } from '../shared/write-atomic';

export const BUILD_MANIFEST = '.planverk-build.json';

export interface BuildManifest {
  code: string;
  settings: Record<string, string>;
  plans: Record<string, string>;
  /** Number of search index shards (src/site/search-index.ts). */
  searchShards: number;
  /** Each plan's "Senast ändrad" from git (src/build/last-changed.ts); a new date renders the page again. */
  lastChanged?: Record<string, string>;
}

/**
 * Environment and site settings that change every page (base path, site address, PDF
 * links, and webbplats.yaml: the site's name is in every page's header).
 */
export function buildSettings(site?: SiteModel): Record<string, string> {
  return {
    base: process.env.PLANVERK_BASE ?? '',
    site: process.env.PLANVERK_SITE ?? '',
    pdf: '1',
    ...(site ? { siteSettings: createHash('sha256').update(JSON.stringify(site)).digest('hex') } : {}),
  };
}

export async function readBuildManifest(dist: string): Promise<BuildManifest | undefined> {
  try { return JSON.parse(await readFile(path.join(dist, BUILD_MANIFEST), 'utf8')) as BuildManifest; } catch { return undefined; }
}

export function writeBuildManifest(dir: string, manifest: BuildManifest): Promise<void> {
  return writeFileAtomic(path.join(dir, BUILD_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/**
 * Plans whose pages must be rendered, or null for a full site build (no usable previous
 * build, or the code or settings changed).
 */
export function pagesToRender(previous: BuildManifest | undefined, next: BuildManifest): string[] | null {
  if (!previous || previous.code !== next.code || JSON.stringify(previous.settings) !== JSON.stringify(next.settings)) return null;
  return Object.keys(next.plans).filter((id) => previous.plans[id] !== next.plans[id] || previous.lastChanged?.[id] !== next.lastChanged?.[id]);
}
