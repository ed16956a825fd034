/**
 * Reads the optional site settings, `webbplats.yaml` at the root of the content folder,
 * with the same safe reader and YAML-with-positions parser as a plan. Raw data and a
 * source map; validation happens in src/validate/validate-site-settings.ts.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { SITE_SETTINGS_FILE_NAME } from '../../schemas/site-settings';
import type { Problem } from '../problems';
import { displayPath } from './display-path';
import { parseYamlSource } from './parse-yaml-source';
import { readSourceFile } from './read-source-file';
import { SourceMap } from './source-map';

export interface LoadedSiteSettings {
  /** The settings file as shown in messages (also when it does not exist). */
  file: string;
  /** Absolute path of the settings file. */
  path: string;
  /** False when the content folder has no settings file (every field falls back). */
  exists: boolean;
  /** Raw data; undefined when the file is missing, unreadable or not YAML. */
  data: unknown;
  sourceMap: SourceMap;
  problems: Problem[];
}

export async function loadSiteSettings(contentRoot: string): Promise<LoadedSiteSettings> {
  const file = path.join(contentRoot, SITE_SETTINGS_FILE_NAME);
  const shown = displayPath(file);
  const loaded: LoadedSiteSettings = { file: shown, path: file, exists: false, data: undefined, sourceMap: new SourceMap(shown), problems: [] };
  // Anything under that name (also a link, or a folder) is the settings file: the reader
  // says what is wrong with it, and refuses a link out of content/.
  if (!(await lstat(file).catch(() => undefined))) return loaded;
  loaded.exists = true;
  const read = await readSourceFile(contentRoot, file);
  if (!read.ok) { loaded.problems.push(read.problem); return loaded; }
  const yaml = parseYamlSource(read.text, shown);
  loaded.sourceMap = yaml.sourceMap;
  loaded.problems.push(...yaml.problems);
  if (yaml.problems.length === 0) loaded.data = yaml.value;
  return loaded;
}
