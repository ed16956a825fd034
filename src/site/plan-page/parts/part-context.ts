import type { DerivedSection } from '../../../derive/derive-plan';
import type { PlanView } from '../../plan-view';

/**
 * What a part renderer needs besides the part: the page's Markdown context and the level of
 * the section it is in (a plan's section, or a follow-up's).
 */
export interface PartContext {
  view: PlanView;
  section: Pick<DerivedSection, 'level'>;
}
