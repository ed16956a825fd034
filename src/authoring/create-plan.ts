/**
 * Creates a new plan folder from a template or from an earlier plan. Only ever creates
 * files: an existing plan folder is never touched.
 */
import { cp, mkdir, readFile, readdir, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { PLAN_FILE_NAME } from '../load/load-plan';
import { planNameProblem, suggestPlanName } from '../load/plan-name';
import { rollForward } from './roll-forward';

export const TEMPLATES = ['verksamhetsplan', 'handlingsplan'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export class CreatePlanError extends Error {}

export interface CreatePlanOptions {
  contentRoot: string;
  templatesRoot: string;
  /** Folder name of the new plan, e.g. "fou-jamt-2021". */
  id: string;
  template?: TemplateName;
  /** Folder of an earlier plan to roll forward. */
  from?: string;
  year?: number;
  organisation?: string;
}

export async function createPlan(options: CreatePlanOptions): Promise<string> {
  const nameProblem = planNameProblem(options.id);
  if (nameProblem) throw new CreatePlanError(`${nameProblem} Välj ett annat namn, t.ex. --id ${suggestPlanName(options.id)}.`);
  const target = path.join(options.contentRoot, options.id);
  try {
    await mkdir(target, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CreatePlanError(`Planen content/${options.id} finns redan och skrivs inte över.`);
    throw error;
  }

  const source = options.from ? path.resolve(options.contentRoot, options.from) : path.join(options.templatesRoot, options.template ?? 'verksamhetsplan');
  let text: string;
  try {
    text = await readFile(path.join(source, PLAN_FILE_NAME), 'utf8');
  } catch {
    await rmdir(target).catch(() => undefined); // only the empty folder just made
    throw new CreatePlanError(options.from ? `Hittar ingen plan i ${options.from}.` : `Mallen "${options.template}" finns inte.`);
  }

  // Copy everything but plan.yaml (section files, images); never overwrite (errorOnExist).
  for (const entry of await readdir(source)) {
    if (entry === PLAN_FILE_NAME) continue;
    await cp(path.join(source, entry), path.join(target, entry), { recursive: true, errorOnExist: true, force: false });
  }

  const doc = parseDocument(text);
  const schemaLine = '# yaml-language-server: $schema=../../schemas/plan.schema.json';
  if (options.from) {
    const start = Number(doc.getIn(['period', 'start']));
    const year = options.year ?? start + 1;
    rollForward(doc, year - start);
  } else {
    if (options.year) doc.setIn(['period', 'start'], options.year);
    if (options.organisation) doc.setIn(['organisation', 'name'], options.organisation);
    const title = String(doc.get('title') ?? '');
    doc.set('title', title.replace('ORGANISATION', options.organisation ?? 'ORGANISATION').replace('ÅR', String(options.year ?? doc.getIn(['period', 'start']))));
  }
  let output = doc.toString({ lineWidth: 0 });
  if (!output.startsWith(schemaLine)) output = `${schemaLine}\n${output.replace(/^# yaml-language-server:.*\n/, '')}`;
  await writeFile(path.join(target, PLAN_FILE_NAME), output, { flag: 'wx' });
  return target;
}
