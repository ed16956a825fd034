import type { DerivedSection } from '../../../derive/derive-plan';
import type { PlanView } from '../../plan-view';

/** What a part renderer needs besides the part: the page's Markdown context and the section it is in. */
export interface PartContext {
  view: PlanView;
  section: DerivedSection;
}
