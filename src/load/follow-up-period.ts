/**
 * A follow-up's period, read from its file name (uppfoljning-2020-t2.yaml) or its `period`
 * field ("2020-T2"): the year, and a tertial or half year, or the whole year.
 */
import { FOLLOW_UP_FILE, FOLLOW_UP_PERIOD } from '../../schemas/follow-up';

export interface FollowUpPeriod {
  year: number;
  /** 'year' for the annual report (verksamhetsberättelse). */
  kind: 'year' | 'tertial' | 'half';
  /** 1–3 for a tertial, 1–2 for a half year. */
  part?: number;
  /** "2020", "2020-T2", "2020-H1". */
  key: string;
}

const build = (year: number, letter: string | undefined, part: string | undefined): FollowUpPeriod | undefined => {
  if (!letter) return { year, kind: 'year', key: String(year) };
  const n = Number(part);
  const upper = letter.toUpperCase();
  if (upper === 'H' && n > 2) return undefined;
  return { year, kind: upper === 'T' ? 'tertial' : 'half', part: n, key: `${year}-${upper}${n}` };
};

/** The period a follow-up file's name gives, or undefined when the name is not a follow-up's. */
export function periodFromFileName(name: string): FollowUpPeriod | undefined {
  const match = FOLLOW_UP_FILE.exec(name);
  return match ? build(Number(match[1]), match[2], match[3]) : undefined;
}

/** The period a `period` field gives ("2020-T2"), or undefined when it is not one. */
export function parsePeriodKey(key: string): FollowUpPeriod | undefined {
  const match = FOLLOW_UP_PERIOD.exec(key.trim());
  return match ? build(Number(match[1]), match[2], match[3]) : undefined;
}

/** The file name for a period: "2020-T2" → "uppfoljning-2020-t2.yaml". */
export function followUpFileName(period: FollowUpPeriod): string {
  return `uppfoljning-${period.key.toLowerCase()}.yaml`;
}

/** Sorting order of periods: by the period's end, a tertial before a half year before the whole year ending the same month. */
export function periodOrder(period: FollowUpPeriod): number {
  const endMonth = period.kind === 'year' ? 12 : period.kind === 'tertial' ? period.part! * 4 : period.part! * 6;
  return period.year * 1000 + endMonth * 10 + (period.kind === 'year' ? 2 : period.kind === 'half' ? 1 : 0);
}

/** The last day of the period, ISO: 2020-T2 → 2020-08-31, 2020-H1 → 2020-06-30, 2020 → 2020-12-31. */
export function periodEnd(period: FollowUpPeriod): string {
  const month = period.kind === 'year' ? 12 : period.kind === 'tertial' ? period.part! * 4 : period.part! * 6;
  const day = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
  return `${period.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
