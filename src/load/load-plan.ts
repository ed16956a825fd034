/**
 * Loads one plan folder: `content/<plan-id>/plan.yaml` plus the Markdown files its
 * sections name. Returns raw data with a source map; validation happens elsewhere.
 */
import path from 'node:path';
import type { Problem } from '../problems';
import { displayPath } from './display-path';
import { formatFieldPath as formatPath, type PathSegment } from './field-path';
import { loadFollowUps, type LoadedFollowUp } from './load-follow-ups';
import { parseYamlSource } from './parse-yaml-source';
import { readSourceFile } from './read-source-file';
import { isInside } from './resolve-plan-file';
import { SourceMap } from './source-map';
import { splitFrontMatter } from './split-front-matter';

export const PLAN_FILE_NAME = 'plan.yaml';

export interface LoadedPlan {
  /** Folder name, used in URLs and output file names. */
  id: string;
  /** Absolute path of the plan folder. */
  dir: string;
  /** Absolute path of the content root. */
  contentRoot: string;
  /** plan.yaml as shown in messages. */
  file: string;
  /** Raw merged data, undefined when a file could not be read or parsed. */
  data: unknown;
  sourceMap: SourceMap;
  problems: Problem[];
  /** Every file read, for caches and the dev server's watcher. */
  files: string[];
  /** The plan's follow-up files (uppfoljning-*.yaml), each with its own source map and problems. */
  followUps?: LoadedFollowUp[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const SAFE_RELATIVE = (p: string) => !path.isAbsolute(p) && !/^[a-z]:/i.test(p) && !p.split(/[\\/]/).includes('..');

export async function loadPlan(contentRoot: string, planDir: string): Promise<LoadedPlan> {
  const loaded = await loadPlanFile(contentRoot, planDir);
  const { followUps, files } = await loadFollowUps(contentRoot, planDir);
  if (followUps.length > 0) {
    loaded.followUps = followUps;
    loaded.files.push(...files);
  }
  return loaded;
}

async function loadPlanFile(contentRoot: string, planDir: string): Promise<LoadedPlan> {
  const file = path.join(planDir, PLAN_FILE_NAME);
  const shown = displayPath(file);
  const loaded: LoadedPlan = {
    id: path.basename(planDir), dir: planDir, contentRoot, file: shown,
    data: undefined, sourceMap: new SourceMap(shown), problems: [], files: [file],
  };
  const read = await readSourceFile(contentRoot, file);
  if (!read.ok) { loaded.problems.push(read.problem); return loaded; }

  const yaml = parseYamlSource(read.text, shown);
  loaded.sourceMap = yaml.sourceMap;
  loaded.problems.push(...yaml.problems);
  if (yaml.problems.length > 0) return loaded;
  loaded.data = yaml.value;
  if (isRecord(yaml.value)) await mergeSectionFiles(loaded, yaml.value.sections, ['sections'], 0);
  return loaded;
}

async function mergeSectionFiles(loaded: LoadedPlan, sections: unknown, at: PathSegment[], depth: number): Promise<void> {
  if (!Array.isArray(sections) || depth > 20) return;
  for (const [index, section] of sections.entries()) {
    if (!isRecord(section)) continue;
    const sectionPath = [...at, index];
    if (typeof section.file === 'string' && SAFE_RELATIVE(section.file)) {
      await mergeSectionFile(loaded, section, sectionPath);
    }
    await mergeSectionFiles(loaded, section.sections, [...sectionPath, 'sections'], depth + 1);
  }
}

/** Reads a section's Markdown file; its front matter fields and body join the section. */
async function mergeSectionFile(loaded: LoadedPlan, section: Record<string, unknown>, sectionPath: PathSegment[]): Promise<void> {
  const filePath = [...sectionPath, 'file'];
  const target = path.resolve(loaded.dir, section.file as string);
  const problemAtField = (code: string, message: string): void => {
    loaded.problems.push({ severity: 'error', code, ...loaded.sourceMap.locate(filePath), path: formatPath(filePath), message });
  };

  if (!isInside(loaded.dir, target)) return problemAtField('fil-utanfor-content', 'Filen måste ligga i planens egen mapp.');
  const read = await readSourceFile(loaded.contentRoot, target);
  loaded.files.push(target);
  if (!read.ok) {
    if (read.problem.code === 'fil-saknas') return problemAtField('fil-saknas', `Filen "${String(section.file)}" finns inte i planens mapp.`);
    loaded.problems.push(read.problem);
    return;
  }

  const shown = displayPath(target);
  const split = splitFrontMatter(read.text);
  if (split.frontMatter !== undefined) {
    const yaml = parseYamlSource(split.frontMatter, shown, split.frontMatterLine);
    loaded.problems.push(...yaml.problems);
    if (yaml.value !== undefined && yaml.value !== null && !isRecord(yaml.value)) {
      loaded.problems.push({ severity: 'error', code: 'front-matter', file: shown, line: 2, column: 1, path: '',
        message: 'Front matter ska vara nycklar med värden, t.ex. "title: Inledning".' });
    } else if (isRecord(yaml.value)) {
      for (const [key, value] of Object.entries(yaml.value)) {
        if (key === 'file' || key === 'sections' || key === 'body') {
          const loc = yaml.sourceMap.locate([key], true);
          loaded.problems.push({ severity: 'error', code: 'front-matter', ...loc, path: key,
            message: `"${key}" kan inte anges i en avsnittsfils front matter; ange det i plan.yaml.` });
          continue;
        }
        if (key in section) {
          const loc = yaml.sourceMap.locate([key], true);
          loaded.problems.push({ severity: 'error', code: 'dubbelt-falt', ...loc, path: formatPath([...sectionPath, key]),
            message: `"${key}" anges både i plan.yaml och i filen; ta bort det ena.` });
          continue;
        }
        section[key] = value;
      }
      loaded.sourceMap.mount(sectionPath, yaml.sourceMap);
    }
  }
  if (split.body.trim() !== '') {
    if ('body' in section) {
      problemAtField('dubbelt-falt', 'Avsnittet har både "body" och "file"; använd det ena.');
      return;
    }
    section.body = split.body;
    const firstLine = split.body.split('\n').findIndex((line) => line.trim() !== '');
    loaded.sourceMap.set([...sectionPath, 'body'], {
      value: { file: shown, line: split.bodyLineOffset + Math.max(0, firstLine) + 1, column: 1 },
    });
  }
}

