/**
 * What a plan page needs besides the derived plan: the Markdown context, the links, and
 * unique names for the page's table frames. Goals and people are resolved by derive.
 */
import type { Plan } from '../../schemas';
import type { DerivedPlan, DerivedSection } from '../derive/derive-plan';
import { createMarkdownContext, type MarkdownContext } from './render-markdown';
import type { PlanLinks } from './plan-page/links';

export interface PlanView {
  plan: Plan;
  md: MarkdownContext;
  links: PlanLinks;
  /** Names for scrollable table frames (landmarks), made unique on the page: "Personal", "Personal (2)". */
  uniqueLabel: (label: string) => string;
  /**
   * Per activity id: its status in the latest follow-up that gives one (derive's
   * DerivedPlan.latestActivityStatus) and that follow-up's page, shown beside the activity (issue 21).
   */
  activityStatus: (activityId: string) => { status: string; label: string; comment?: string; href: string } | undefined;
}

export function createPlanView(derived: DerivedPlan, links: PlanLinks): PlanView {
  const { plan } = derived;
  const labelCounts = new Map<string, number>();
  return {
    plan,
    activityStatus: (activityId) => {
      const found = derived.latestActivityStatus?.[activityId];
      return found && { status: found.status, label: found.label, ...(found.comment ? { comment: found.comment } : {}), href: links.followUp(found.followUpId) };
    },
    md: createMarkdownContext(derived.references, plan.abbreviations),
    links,
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

