/**
 * Creates a new plan folder from a template or from an earlier plan. Only ever creates
 * files: an existing plan folder is never touched.
 */
import { cp, mkdir, readFile, readdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { PLAN_FILE_NAME } from '../load/load-plan';
import { planNameProblem, suggestPlanName } from '../load/plan-name';
import { readSourceFile } from '../load/read-source-file';
import { isInside } from '../load/resolve-plan-file';
import { PLAN_KINDS, type Plan } from '../../schemas';
import { PLAN_KIND } from '../shared/words-sv';
import { rollForward } from './roll-forward';
import { yearsLeftBehind } from './year-leftovers';

export const TEMPLATES = ['verksamhetsplan', 'handlingsplan'] as const;
export type TemplateName = (typeof TEMPLATES)[number];
export type PlanKind = Plan['kind'];

/** The template a kind of plan starts from when none is named: an action plan's own, else the operational plan's. */
export const defaultTemplate = (kind: PlanKind): TemplateName => (kind === 'handlingsplan' ? 'handlingsplan' : 'verksamhetsplan');

/** A multi-year plan covers three years by default (2027–2029); the other kinds one. */
const defaultYears = (kind: PlanKind): number => (kind === 'flerårsplan' ? 3 : 1);

/** "uppdragsplan", "verksamhetsplan med budget" or "annan: Tillsynsplan" (from --typ) as a kind; undefined when unknown. */
export function parseKind(text: string): PlanKind | undefined {
  const given = text.trim();
  const other = /^annan\s*:\s*(.+)$/iu.exec(given);
  if (other) return { annan: other[1]!.trim() };
  const lower = given.toLocaleLowerCase('sv-SE');
  return PLAN_KINDS.find((kind) => kind === lower);
}

const kindLabel = (kind: PlanKind): string => (typeof kind === 'string' ? PLAN_KIND[kind] : kind.annan);

export class CreatePlanError extends Error {}

export interface CreatePlanOptions {
  contentRoot: string;
  templatesRoot: string;
  /** Folder name of the new plan, e.g. "fou-jamt-2021". */
  id: string;
  template?: TemplateName;
  /** The kind of plan (--typ); it picks the template when none is given, and names the plan. */
  kind?: PlanKind;
  /** Folder of an earlier plan to roll forward. */
  from?: string;
  year?: number;
  organisation?: string;
}

/**
 * The folder of the plan given with --fran: it must be a plan folder whose real location
 * (all links followed) lies inside content/, as for every file a plan reads.
 */
async function sourcePlanDir(contentRoot: string, from: string): Promise<string> {
  const given = path.resolve(contentRoot, from);
  let real: string;
  try {
    real = await realpath(given);
  } catch {
    throw new CreatePlanError(`Hittar ingen plan i ${from}. Ange planens mappnamn i content/, t.ex. --fran fou-jamt-2020.`);
  }
  if (!isInside(contentRoot, given) || !isInside(contentRoot, real) || real === contentRoot) {
    throw new CreatePlanError(`--fran ${from} ligger utanför mappen content/ (eller är en länk dit). planverk läser bara planer i content/; inget skapades.`);
  }
  return real;
}

/** The new plan's folder; for a plan rolled forward (--fran) also the years its period left behind. */
export interface CreatedPlan {
  target: string;
  rolledForward?: { leftBehind: number[]; start: number; end?: number };
}

export async function createPlan(given: CreatePlanOptions): Promise<string> {
  return (await createPlanReport(given)).target;
}

export async function createPlanReport(given: CreatePlanOptions): Promise<CreatedPlan> {
  // Inside-content/ is decided between real paths, as for every file a plan reads.
  const options = { ...given, contentRoot: await realpath(given.contentRoot) };
  const nameProblem = planNameProblem(options.id);
  if (nameProblem) throw new CreatePlanError(`${nameProblem} Välj ett annat namn, t.ex. --id ${suggestPlanName(options.id)}.`);
  // The source is read before anything is made, so a refused source leaves no folder behind.
  const templateName = options.template ?? (options.kind ? defaultTemplate(options.kind) : 'verksamhetsplan');
  const source = options.from ? await sourcePlanDir(options.contentRoot, options.from) : path.join(options.templatesRoot, templateName);
  let text: string;
  if (options.from) {
    const read = await readSourceFile(options.contentRoot, path.join(source, PLAN_FILE_NAME));
    if (!read.ok) throw new CreatePlanError(`Kan inte läsa planen i ${options.from}: ${read.problem.message}`);
    text = read.text;
  } else {
    try {
      text = await readFile(path.join(source, PLAN_FILE_NAME), 'utf8');
    } catch {
      throw new CreatePlanError(`Mallen "${templateName}" finns inte.`);
    }
  }

  const target = path.join(options.contentRoot, options.id);
  try {
    await mkdir(target, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CreatePlanError(`Planen content/${options.id} finns redan och skrivs inte över.`);
    throw error;
  }

  // Copy everything but plan.yaml (section files, images); never overwrite (errorOnExist).
  for (const entry of await readdir(source)) {
    if (entry === PLAN_FILE_NAME) continue;
    // Links are copied as links, as written (never followed), so nothing outside is read;
    // check judges them in the new plan as in the old.
    await cp(path.join(source, entry), path.join(target, entry), { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
  }

  const doc = parseDocument(text);
  const schemaLine = '# yaml-language-server: $schema=../../schemas/plan.schema.json';
  let rolledForward: CreatedPlan['rolledForward'];
  if (options.from) {
    const start = Number(doc.getIn(['period', 'start']));
    const endValue = doc.getIn(['period', 'end']);
    const end = endValue === undefined ? undefined : Number(endValue);
    const year = options.year ?? start + 1;
    rollForward(doc, year - start);
    const newEnd = end === undefined ? undefined : end + year - start;
    rolledForward = { leftBehind: yearsLeftBehind(start, end, year, newEnd), start: year, end: newEnd };
  } else {
    if (options.year) doc.setIn(['period', 'start'], options.year);
    if (options.organisation) doc.setIn(['organisation', 'name'], options.organisation);
    const start = Number(doc.getIn(['period', 'start']));
    let title = String(doc.get('title') ?? '');
    let years = String(start);
    if (options.kind) {
      // The kind names the plan: "Uppdragsplan för ORGANISATION ÅR" instead of the template's "Verksamhetsplan för …".
      const templateKind = doc.get('kind');
      if (typeof templateKind === 'string' && templateKind in PLAN_KIND) {
        const label = PLAN_KIND[templateKind as keyof typeof PLAN_KIND];
        if (title.startsWith(label)) title = `${kindLabel(options.kind)}${title.slice(label.length)}`;
      }
      doc.set('kind', doc.createNode(options.kind));
      const count = defaultYears(options.kind);
      if (count > 1) {
        doc.setIn(['period', 'end'], start + count - 1);
        years = `${start}–${start + count - 1}`;
      }
    }
    doc.set('title', title.replace('ORGANISATION', options.organisation ?? 'ORGANISATION').replace('ÅR', years));
  }
  let output = doc.toString({ lineWidth: 0 });
  if (!output.startsWith(schemaLine)) output = `${schemaLine}\n${output.replace(/^# yaml-language-server:.*\n/, '')}`;
  await writeFile(path.join(target, PLAN_FILE_NAME), output, { flag: 'wx' });
  return { target, rolledForward };
}
