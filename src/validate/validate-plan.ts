/** Schema first, then the checks that need the whole plan. */
import { planSchema, type Plan } from '../../schemas';
import type { PublishedImages } from '../shared/published-image';
import type { LoadedPlan } from '../load/load-plan';
import { sortProblems, type Problem } from '../problems';
import { CheckContext } from './check-context';
import { checkCharacters } from './checks/check-characters';
import { checkDates } from './checks/check-dates';
import { checkDecisions } from './checks/check-decisions';
import { checkFiles } from './checks/check-files';
import { checkGoalModel } from './checks/check-goal-model';
import { checkMarkdown } from './checks/check-markdown';
import { checkNesting } from './checks/check-nesting';
import { checkPlaceholders } from './checks/check-placeholders';
import { checkReferences } from './checks/check-references';
import { checkBudgetTables } from './checks/check-budget-table';
import { checkStaff } from './checks/check-staff';
import { checkSums } from './checks/check-sums';
import { checkTables } from './checks/check-tables';
import { schemaProblems } from './schema-problems';

export interface ValidatedPlan {
  loaded: LoadedPlan;
  /** Present when the plan passed the schema (it may still have check errors). */
  plan?: Plan;
  problems: Problem[];
  /** Figure images that passed the check, by their `image` value. */
  images: PublishedImages;
}

export async function validatePlan(loaded: LoadedPlan): Promise<ValidatedPlan> {
  if (loaded.problems.length > 0 || loaded.data === undefined) {
    return { loaded, problems: sortProblems(loaded.problems), images: new Map() };
  }
  const { value, problems } = schemaProblems(planSchema, loaded.data, loaded.sourceMap);
  if (!value) return { loaded, problems: sortProblems(problems), images: new Map() };

  const ctx = new CheckContext(value, loaded);
  checkSums(ctx);
  checkStaff(ctx);
  checkBudgetTables(ctx);
  checkReferences(ctx);
  checkDates(ctx);
  checkDecisions(ctx);
  checkPlaceholders(ctx);
  checkNesting(ctx);
  checkMarkdown(ctx);
  checkCharacters(ctx);
  checkTables(ctx);
  checkGoalModel(ctx);
  const images = await checkFiles(ctx);
  return { loaded, plan: value, problems: sortProblems(ctx.problems), images };
}
