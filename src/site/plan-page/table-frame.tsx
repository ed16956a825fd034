import { classes, type Child, type Html } from './html';
import type { PlanView } from '../plan-view';
import { TABLE } from '../../shared/words-sv';

/**
 * A table that may be wider than the screen scrolls inside its own frame, never the page.
 * While it does, the style sheet shows a hint above it and keeps its first column in view
 * (a scroll-state container query, so a table that fits shows neither).
 */
export function tableFrame(view: PlanView, label: string, table: Child, className?: string): Html {
  return (
    <div class={classes('tabellram', className)} role="region" aria-label={view.uniqueLabel(label)} tabindex={0}>
      <p class="tabelltips" aria-hidden="true" data-pagefind-ignore="">{TABLE.scrollHint}</p>
      {table}
    </div>
  );
}
