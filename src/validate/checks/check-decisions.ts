/**
 * The plan's decisions and its status agree: a written status that the decisions contradict
 * is an error, and a plan gives its decisions in one form, `decisions` or the older `approval`.
 */
import type { CheckContext } from '../check-context';
import { adoptingDecisions, statusFromDecisions } from '../plan-status';

export function checkDecisions(ctx: CheckContext): void {
  const { plan } = ctx;
  if (plan.decisions && plan.approval) {
    ctx.error('beslut-i-tva-former', ['approval'],
      'Planen anger både approval och decisions. Skriv beslutet som ett av besluten i decisions (state: fattat) och ta bort approval.');
  }
  if (!plan.decisions || plan.status === undefined) return;
  const decided = statusFromDecisions(plan.decisions);
  if (decided === undefined || decided === plan.status) return;
  const adopting = adoptingDecisions(plan.decisions);
  if (plan.status === 'fastställd') {
    const open = adopting.filter((d) => d.state !== 'fattat');
    const named = open.map((d) => `${d.body} (${d.state})`).join(', ');
    ctx.error('status-motsager-beslut', ['status'],
      `Planen har status "fastställd", men ${open.length === 1 ? 'beslutet' : 'besluten'} om planen av ${named} är inte ${open.length === 1 ? 'fattat' : 'fattade'}. `
      + 'Ta bort status (den följer av besluten) eller ändra beslutets state till "fattat".');
  } else {
    ctx.error('status-motsager-beslut', ['status'],
      `Planen har status "utkast", men ${adopting.length === 1 ? 'beslutet' : 'alla beslut'} om planen är ${adopting.length === 1 ? 'fattat' : 'fattade'}, så planen är fastställd. `
      + 'Ta bort status (den följer av besluten) eller rätta beslutets state.');
  }
}
