/** What lists of plans need (home page, page routes): small enough to hold for every plan at once. */
import type { Plan } from '../../schemas';
import { walkSections, type DerivedPlan } from '../derive/derive-plan';

export interface PlanSummary {
  id: string;
  plan: Pick<Plan, 'title' | 'kind' | 'organisation' | 'period' | 'status' | 'approval'>;
  /** Figure images published beside the plan page (paths inside the plan folder, with /). */
  images: string[];
}

export function summarizePlan(derived: DerivedPlan): PlanSummary {
  const { title, kind, organisation, period, status, approval } = derived.plan;
  const images = new Set<string>();
  for (const section of walkSections(derived.sections)) {
    for (const block of section.blocks) if (block.type === 'figure' && block.image && !block.missing) images.add(block.image.replace(/\\/g, '/'));
  }
  return { id: derived.id, plan: { title, kind, organisation, period, status, approval }, images: [...images] };
}
