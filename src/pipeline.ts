/**
 * The one entry point every tool uses: load → validate → derive. The CLI, the Astro
 * loader and the PDF renderer all call this, so they see the same plans and problems.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { derivePlan, type DerivedPlan } from './derive/derive-plan';
import { discoverPlanDirs } from './load/discover-plans';
import { loadPlan } from './load/load-plan';
import { hasErrors, type Problem } from './problems';
import { validatePlan, type ValidatedPlan } from './validate/validate-plan';

export const DEFAULT_CONTENT_DIR = 'content';

export interface PipelineResult {
  results: ValidatedPlan[];
  /** Plans without errors, ready to render. */
  plans: DerivedPlan[];
  problems: Problem[];
}

export async function resolveContentRoot(dir = DEFAULT_CONTENT_DIR): Promise<string> {
  return realpath(path.resolve(dir));
}

export async function checkPlans(contentRoot: string, planDirs?: string[]): Promise<PipelineResult> {
  const dirs = planDirs ?? (await discoverPlanDirs(contentRoot));
  const results = await Promise.all(dirs.map(async (dir) => validatePlan(await loadPlan(contentRoot, dir))));
  const plans = results
    .filter((r): r is ValidatedPlan & { plan: NonNullable<ValidatedPlan['plan']> } => r.plan !== undefined && !hasErrors(r.problems))
    .map((r) => derivePlan(r.loaded.id, r.plan));
  return { results, plans, problems: results.flatMap((r) => r.problems) };
}
