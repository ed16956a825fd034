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
import { validateFollowUps, type ValidatedFollowUp } from './validate-follow-ups';

export interface ValidatedPlan {
  loaded: LoadedPlan;
  /** Present when the plan passed the schema (it may still have check errors). */
  plan?: Plan;
  problems: Problem[];
  /** Figure images that passed the check, by their `image` value. */
  images: PublishedImages;
  /** The plan's follow-up files that passed their checks, in file-name order; absent when the plan has none. */
  followUps?: ValidatedFollowUp[];
}

export async function validatePlan(loaded: LoadedPlan): Promise<ValidatedPlan> {
  // A follow-up is checked against a plan that passed its schema; before that only its own file's problems count.
  const followUpLoadProblems = (loaded.followUps ?? []).flatMap((f) => f.problems);
  if (loaded.problems.length > 0 || loaded.data === undefined) {
    return { loaded, problems: sortProblems([...loaded.problems, ...followUpLoadProblems]), images: new Map() };
  }
  const { value, problems } = schemaProblems(planSchema, loaded.data, loaded.sourceMap);
  if (!value) return { loaded, problems: sortProblems([...problems, ...followUpLoadProblems]), images: new Map() };

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
  if (!loaded.followUps?.length) return { loaded, plan: value, problems: sortProblems(ctx.problems), images };
  const followUps = validateFollowUps(value, loaded.file, loaded.followUps);
  return { loaded, plan: value, problems: sortProblems([...ctx.problems, ...followUps.problems]), images, followUps: followUps.followUps };
}
