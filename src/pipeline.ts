/**
 * The one entry point every tool uses: load → validate → derive. The CLI, the Astro
 * loader and the PDF renderer all call this, so they see the same plans and problems.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../schemas';
import { derivePlan, type DerivedPlan } from './derive/derive-plan';
import { discoverPlanDirs } from './load/discover-plans';
import { loadPlan, type LoadedPlan } from './load/load-plan';
import { planNameMessage } from './load/plan-name';
import { hasErrors, sortProblems, UserError, type Problem } from './problems';
import { validatePlan } from './validate/validate-plan';

export const DEFAULT_CONTENT_DIR = 'content';

export interface PlanResult {
  /** Where the plan came from (raw data and source map are dropped after validation). */
  loaded: Pick<LoadedPlan, 'id' | 'dir' | 'file' | 'files'>;
  /** The validated plan, kept only when deriving. */
  plan?: Plan;
  problems: Problem[];
}

export interface PipelineResult {
  results: PlanResult[];
  /** Plans without errors, ready to render (empty when `derive` is false). */
  plans: DerivedPlan[];
  problems: Problem[];
}

export interface CheckOptions {
  /** Derive render-ready plans (default true); `npm run check` needs only the problems. */
  derive?: boolean;
  /** Plans loaded at once; bounds memory for large corpora. */
  concurrency?: number;
}

export async function resolveContentRoot(dir = DEFAULT_CONTENT_DIR): Promise<string> {
  try {
    return await realpath(path.resolve(dir));
  } catch (error) {
    throw new UserError(`Mappen med planerna, ${dir}, finns inte. Kör kommandot i planverks mapp, eller ange mappen med PLANVERK_CONTENT.`, error);
  }
}

function withNameProblem(loaded: LoadedPlan, problems: Problem[]): Problem[] {
  const message = planNameMessage(loaded.id);
  if (!message) return problems;
  return sortProblems([{ severity: 'error', code: 'ogiltigt-mappnamn', file: loaded.file, line: 1, column: 1, path: '', message }, ...problems]);
}

async function checkOne(contentRoot: string, dir: string, derive: boolean): Promise<PlanResult & { derived?: DerivedPlan }> {
  const loaded = await loadPlan(contentRoot, dir);
  const validated = await validatePlan(loaded);
  const { plan, images, followUps } = validated;
  // A name the site cannot publish stops the plan, whatever else is right in it.
  const problems = withNameProblem(loaded, validated.problems);
  const summary = { id: loaded.id, dir: loaded.dir, file: loaded.file, files: loaded.files };
  if (!derive) return { loaded: summary, problems };
  const derived = plan && !hasErrors(problems) ? derivePlan(loaded.id, plan, images, followUps) : undefined;
  return { loaded: summary, plan, problems, derived };
}

export async function checkPlans(contentRoot: string, planDirs?: string[], options: CheckOptions = {}): Promise<PipelineResult> {
  const dirs = planDirs ?? (await discoverPlanDirs(contentRoot));
  const derive = options.derive ?? true;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const results: (PlanResult & { derived?: DerivedPlan })[] = new Array(dirs.length);
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const index = next++;
      results[index] = await checkOne(contentRoot, dirs[index]!, derive);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, dirs.length) }, worker));
  const plans = results.flatMap((r) => (r.derived ? [r.derived] : []));
  return {
    results: results.map(({ derived: _derived, ...rest }) => rest),
    plans,
    problems: results.flatMap((r) => r.problems),
  };
}
