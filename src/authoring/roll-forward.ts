/**
 * Turns last year's plan into next year's draft, editing the YAML document in place so
 * comments and layout survive: period and dates moved on, status utkast, approval
 * cleared, activity statuses reset, progress reports removed.
 */
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';

/** Moves an ISO date `years` on; 29 February becomes 28 February when needed. */
export function shiftDate(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${target}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function rollForward(doc: Document, years: number): void {
  const start = Number(doc.getIn(['period', 'start']));
  const end = doc.getIn(['period', 'end']);
  doc.setIn(['period', 'start'], start + years);
  if (end !== undefined) doc.setIn(['period', 'end'], Number(end) + years);
  doc.set('status', 'utkast');
  for (const key of ['approval', 'documentDate', 'registryNumber']) doc.delete(key);

  // Titles name the year: "Verksamhetsplan för FoU Jämt 2020" → "… 2021".
  const title = doc.get('title');
  if (typeof title === 'string') doc.set('title', replaceYears(title, start, end === undefined ? undefined : Number(end), years));

  visitMaps(doc.contents, (map) => {
    const type = map.get('type');
    if (type === 'wheel') {
      const wheelYear = map.get('year');
      if (typeof wheelYear === 'number') map.set('year', wheelYear + years);
      const events = map.get('events', true);
      if (isSeq(events)) {
        for (const event of events.items) {
          if (!isMap(event)) continue;
          const date = event.get('date');
          if (typeof date === 'string' && ISO_DATE.test(date)) event.set('date', shiftDate(date, years));
          const period = event.get('period', true);
          if (isMap(period)) {
            for (const key of ['from', 'to']) {
              const value = period.get(key);
              if (typeof value === 'string' && ISO_DATE.test(value)) period.set(key, shiftDate(value, years));
            }
          }
        }
      }
    }
    if (type === 'actionPlan') {
      map.delete('progress');
      const activities = map.get('activities', true);
      if (isSeq(activities)) for (const activity of activities.items) if (isMap(activity) && activity.has('status')) activity.set('status', 'planerad');
    }
    if (type === 'areaBudget' || type === 'budget') {
      const year = map.get('year');
      if (typeof year === 'number') map.set('year', year + years);
    }
  });
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
