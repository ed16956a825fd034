/**
 * Turns last year's plan into next year's draft, editing the YAML document in place so
 * comments and layout survive: period and title year moved on, status utkast, approval
 * cleared, every decision back to `planerat` without the old date, paragraph, registry
 * number and valid-from date (the same bodies decide next year); each block type's own changes (dates, years, activity statuses) are listed in
 * block-roll-forward.ts.
 */
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { rollBlockForward } from './block-roll-forward';

export { shiftDate } from './roll-forward-tools';

export function rollForward(doc: Document, years: number): void {
  const start = Number(doc.getIn(['period', 'start']));
  const end = doc.getIn(['period', 'end']);
  doc.setIn(['period', 'start'], start + years);
  if (end !== undefined) doc.setIn(['period', 'end'], Number(end) + years);
  doc.set('status', 'utkast');
  for (const key of ['approval', 'documentDate', 'registryNumber']) doc.delete(key);
  const decisions = doc.get('decisions');
  if (isSeq(decisions)) {
    for (const decision of decisions.items) {
      if (!isMap(decision)) continue;
      decision.set('state', 'planerat');
      const subject = decision.get('subject');
      if (typeof subject === 'string') decision.set('subject', replaceYears(subject, start, end === undefined ? undefined : Number(end), years));
      for (const key of ['date', 'reference', 'registryNumber', 'validFrom']) decision.delete(key);
    }
  }

  // Titles name the year: "Verksamhetsplan för FoU Jämt 2020" → "… 2021".
  const title = doc.get('title');
  if (typeof title === 'string') doc.set('title', replaceYears(title, start, end === undefined ? undefined : Number(end), years));

  // Each block type says what it does (src/authoring/block-roll-forward.ts).
  visitMaps(doc.contents, (map) => rollBlockForward(map, years));
}

function replaceYears(text: string, start: number, end: number | undefined, years: number): string {
  const pattern = end === undefined ? new RegExp(`\\b${start}\\b`, 'g') : new RegExp(`\\b(${start}|${end})\\b`, 'g');
  return text.replace(pattern, (year) => String(Number(year) + years));
}

function visitMaps(node: unknown, visit: (map: YAMLMap) => void): void {
  if (isMap(node)) {
    visit(node);
    for (const pair of node.items) visitMaps(pair.value, visit);
  } else if (isSeq(node)) {
    for (const item of node.items) visitMaps(item, visit);
  }
}
