/**
 * What a plan page needs besides the derived plan: the Markdown context, the links, and
 * unique names for the page's table frames. Goals and people are resolved by derive.
 */
import type { Plan } from '../../schemas';
import type { DerivedPlan, DerivedSection } from '../derive/derive-plan';
import type { DerivedFollowUp } from '../derive/follow-up/follow-up-model';
import { createMarkdownContext, type MarkdownContext } from './render-markdown';
import type { PlanLinks } from './plan-page/links';

export interface PlanView {
  plan: Plan;
  md: MarkdownContext;
  links: PlanLinks;
  /** Names for scrollable table frames (landmarks), made unique on the page: "Personal", "Personal (2)". */
  uniqueLabel: (label: string) => string;
  /** The plan's latest follow-up, whose activity statuses the plan page shows beside the activities (issue 21). */
  latestFollowUp?: { href: string; activityStatus: DerivedFollowUp['activityStatus'] };
}

/** "2020-T2" → 2020·10 + 3: the order in which a year's reports end (T1 April, H1 June, T2 August, T3/H2 and the year December). */
const PERIOD_RANK: Record<string, number> = { T1: 1, H1: 2, T2: 3, T3: 4, H2: 4 };
function periodOrder(periodKey: string): number {
  const [year, part] = periodKey.split('-');
  return Number(year) * 10 + (part ? PERIOD_RANK[part] ?? 4 : 5);
}

/** The follow-up covering the latest period; of two for the same period, the later in the list. */
export function latestFollowUp(followUps: readonly DerivedFollowUp[] | undefined): DerivedFollowUp | undefined {
  let latest: DerivedFollowUp | undefined;
  for (const followUp of followUps ?? []) if (!latest || periodOrder(followUp.periodKey) >= periodOrder(latest.periodKey)) latest = followUp;
  return latest;
}

export function createPlanView(derived: DerivedPlan, links: PlanLinks): PlanView {
  const { plan } = derived;
  const labelCounts = new Map<string, number>();
  const latest = latestFollowUp(derived.followUps);
  return {
    plan,
    ...(latest ? { latestFollowUp: { href: links.followUp(latest.id), activityStatus: latest.activityStatus } } : {}),
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

