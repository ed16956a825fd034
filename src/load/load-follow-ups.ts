/**
 * Loads a plan folder's follow-up files (uppfoljning-*.yaml) with the same YAML source map
 * as plan.yaml, so that every problem in them has file:line:col. Validation happens elsewhere.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems';
import { displayPath } from './display-path';
import { periodFromFileName, type FollowUpPeriod } from './follow-up-period';
import { parseYamlSource } from './parse-yaml-source';
import { readSourceFile } from './read-source-file';
import { SourceMap } from './source-map';

export interface LoadedFollowUp {
  /** The file name without extension: "uppfoljning-2020-t2". */
  id: string;
  /** As shown in messages. */
  file: string;
  /** From the file name; undefined when the name is not a valid follow-up name (an error is reported). */
  period?: FollowUpPeriod;
  /** Raw data; undefined when the file could not be read or parsed. */
  data: unknown;
  sourceMap: SourceMap;
  problems: Problem[];
}

/** Files that are meant as follow-ups: every `uppfoljning*.yaml`/`.yml` in the plan folder (a link is read through readSourceFile, which refuses one out of the content folder). */
const LOOKS_LIKE_FOLLOW_UP = /^uppf[oö]ljning.*\.ya?ml$/i;

export async function loadFollowUps(contentRoot: string, planDir: string): Promise<{ followUps: LoadedFollowUp[]; files: string[] }> {
  let names: string[];
  try {
    names = (await readdir(planDir, { withFileTypes: true })).filter((e) => (e.isFile() || e.isSymbolicLink()) && LOOKS_LIKE_FOLLOW_UP.test(e.name)).map((e) => e.name).sort();
  } catch {
    return { followUps: [], files: [] };
  }
  const followUps: LoadedFollowUp[] = [];
  const files: string[] = [];
  for (const name of names) {
    const full = path.join(planDir, name);
    const shown = displayPath(full);
    files.push(full);
    const period = periodFromFileName(name);
    const loaded: LoadedFollowUp = { id: name.replace(/\.ya?ml$/i, ''), file: shown, period, data: undefined, sourceMap: new SourceMap(shown), problems: [] };
    followUps.push(loaded);
    if (!period) {
      loaded.problems.push({ severity: 'error', code: 'uppfoljning-filnamn', file: shown, line: 1, column: 1, path: '',
        message: `Filnamnet "${name}" är inte ett namn på en uppföljning. Skriv uppfoljning-ÅR.yaml (helår), uppfoljning-ÅR-t1.yaml … -t3.yaml (tertial) eller uppfoljning-ÅR-h1.yaml/-h2.yaml (halvår), t.ex. uppfoljning-2020-t2.yaml.` });
      continue;
    }
    const read = await readSourceFile(contentRoot, full);
    if (!read.ok) { loaded.problems.push(read.problem); continue; }
    const yaml = parseYamlSource(read.text, shown);
    loaded.sourceMap = yaml.sourceMap;
    loaded.problems.push(...yaml.problems);
    if (yaml.problems.length === 0) loaded.data = yaml.value;
  }
  return { followUps, files };
}
