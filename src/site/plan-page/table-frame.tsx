import { classes, type Child, type Html } from './html';
import type { PlanView } from '../plan-view';

/** A table that may be wider than the screen scrolls inside its own frame, never the page. */
export function tableFrame(view: PlanView, label: string, table: Child, className?: string): Html {
  return <div class={classes('tabellram', className)} role="region" aria-label={view.uniqueLabel(label)} tabindex={0}>{table}</div>;
}
