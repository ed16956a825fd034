/**
 * What a plan page needs besides the derived plan: the Markdown context, lookups from
 * ids to goals and from initials to names, and Swedish labels for the model's enums.
 */
import type { Plan, StrategicGoals, ResultGoals } from '../../schemas';
import type { DerivedPlan, DerivedSection } from '../derive/derive-plan';
import { planLookups } from '../derive/plan-lookups';
import { createMarkdownContext, type MarkdownContext } from './render-markdown';
import type { PlanLinks } from './plan-page/links';

export interface PlanView {
  plan: Plan;
  md: MarkdownContext;
  links: PlanLinks;
  strategicGoal: (id: string | undefined) => StrategicGoals['goals'][number] | undefined;
  resultGoal: (id: string | undefined) => { goal: ResultGoals['goals'][number]; number: number } | undefined;
  /** "MÅ" → "Martin Åberg"; unknown initials stay as written. */
  personName: (initials: string) => string;
  /** Names for scrollable table frames (landmarks), made unique on the page: "Personal", "Personal (2)". */
  uniqueLabel: (label: string) => string;
}

export function createPlanView(derived: DerivedPlan, links: PlanLinks): PlanView {
  const { plan } = derived;
  const lookups = planLookups(plan);
  const people = new Map(plan.people.map((person) => [person.initials, person]));
  const labelCounts = new Map<string, number>();
  return {
    plan,
    md: createMarkdownContext(derived.references, plan.abbreviations),
    links,
    strategicGoal: (id) => lookups.strategicGoal(id)?.goal,
    resultGoal: (id) => lookups.resultGoal(id),
    personName: (initials) => people.get(initials)?.name ?? initials,
    uniqueLabel: (label) => {
      const count = (labelCounts.get(label) ?? 0) + 1;
      labelCounts.set(label, count);
      return count === 1 ? label : `${label} (${count})`;
    },
  };
}

/** h2 for top-level sections (the plan title is the page's h1), never deeper than h6. */
export function headingLevel(section: Pick<DerivedSection, 'level'>): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, section.level + 1) as 2 | 3 | 4 | 5 | 6;
}

