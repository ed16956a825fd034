/** What lists of plans need (home page, page routes): small enough to hold for every plan at once. */
import type { Plan } from '../../schemas';
import { datasetFacts, type DatasetFacts } from '../derive/catalogue';
import { walkSections, type DerivedPlan } from '../derive/derive-plan';
import type { PublishedImage } from '../shared/published-image';

export interface PlanSummary {
  id: string;
  plan: Pick<Plan, 'title' | 'kind' | 'organisation' | 'period' | 'missingInSource'>;
  /** The start page's words for the plan, from derive (DerivedPlan.front). */
  front: Pick<DerivedPlan['front'], 'kindName' | 'status' | 'statusName' | 'adoptedOn' | 'adoptedOnText' | 'periodValue' | 'titleMark'>;
  /** Figure images and the logo, published beside the plan page, once per published name. */
  images: PublishedImage[];
  /** What the open data catalogue (katalog.jsonld) says about the plan. */
  dataset: DatasetFacts;
  /** Ids of the plan's follow-ups (issue 21), whose pages are routes under the plan's; absent when none. */
  followUps?: string[];
}

export function summarizePlan(derived: DerivedPlan): PlanSummary {
  const { title, kind, organisation, period, missingInSource } = derived.plan;
  const { kindName, status, statusName, adoptedOn, adoptedOnText, periodValue, titleMark } = derived.front;
  const images = new Map<string, PublishedImage>();
  if (derived.front.logo) images.set(derived.front.logo.name, derived.front.logo);
  for (const section of walkSections(derived.sections)) {
    for (const block of section.blocks) if (block.type === 'figure' && block.published && !block.missing) images.set(block.published.name, block.published);
  }
  return {
    id: derived.id,
    plan: { title, kind, organisation, period, ...(missingInSource ? { missingInSource } : {}) },
    front: { kindName, status, statusName, adoptedOn, periodValue, ...(adoptedOnText ? { adoptedOnText } : {}), ...(titleMark ? { titleMark } : {}) },
    images: [...images.values()],
    dataset: datasetFacts(derived),
    ...(derived.followUps?.length ? { followUps: derived.followUps.map((followUp) => followUp.id) } : {}),
  };
}
