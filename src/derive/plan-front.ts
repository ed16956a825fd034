/**
 * Everything planverk says about a plan as a whole, worded once for the site's page header,
 * the PDF's cover, metadata and page furniture: the kind and period, the status and the
 * approval sentence, the facts (registry number, dates, contact, address), the table of
 * contents and the list of abbreviations. The renderers choose where each piece goes.
 */
import type { Plan } from '../../schemas';
import { formatDateLong, formatPeriod, sortSwedish } from '../shared/format-sv';
import { ABBREVIATIONS, CONTENTS, EDITORIAL, PAGE, PLAN, PLAN_KIND, PLAN_STATUS } from '../shared/words-sv';
import { planDecisions, planStatus, type Decision, type PlanStatus } from '../validate/plan-status';
import { typeset } from '../markdown/plain-text';
import type { PublishedImage } from '../shared/published-image';

/** A line under the title that says nothing the title does not ("Verksamhetsplan 2021" under "Verksamhetsplan 2021"). */
function repeatsTitle(line: string, title: string): boolean {
  const words = (text: string) => text.toLocaleLowerCase('sv-SE').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[.:;,–—-]+$/, '').trim();
  return words(line) === '' || words(title).includes(words(line));
}

/** One line of the table of contents (derive-plan.ts builds them; the list of abbreviations adds one). */
export interface TocEntry {
  anchor: string;
  number?: string;
  title: string;
  level: number;
}

export interface PlanFact {
  /** Which fact, for a renderer that treats one specially (the site marks the period for its search). */
  key: 'kind' | 'period' | 'registryNumber' | 'status' | 'decision' | 'documentDate' | 'author' | 'email' | 'phone' | 'address' | 'website' | 'municipalities';
  label: string;
  value: string;
  /** A link for the value (mailto: or the organisation's website). */
  href?: string;
  /**
   * Said elsewhere on the PDF's cover (the kind and period under the title, the status and
   * approval at its foot), so the cover does not list it among its facts.
   */
  ownLineOnCover?: true;
}

/** One decision about the plan, worded (src/validate/plan-status.ts says which decisions a plan has). */
export interface DecisionLine {
  state: Decision['state'];
  taken: boolean;
  /** About the whole plan (it decides the status), not a part such as the budget. */
  adopting: boolean;
  /** "Fastställd av FoU-rådet den 13 december 2019 (§ 53)." or "Ska fastställas av …", with "Gäller från den …" after it. */
  sentence: string;
}

export interface PlanFront {
  /** The title as both media print it: typeset (”…”, ’, no-break spaces in numbers). */
  title: string;
  /** The subtitle, typeset; absent when it only repeats the title. */
  subtitle?: string;
  /** The organisation's logo as the check accepted it (SVG or PNG), for the cover and the page header. */
  logo?: PublishedImage;
  /** "Verksamhetsplan", or the plan's own name of its kind ("Tillsynsplan"). */
  kindName: string;
  /** "2021–2023". */
  period: string;
  /** "Verksamhetsplan 2021–2023" (with the editorial mark when the source gives no period). */
  kindAndPeriod: string;
  /** The kind and period under the cover's title; absent when the title already says them. */
  coverKindLine?: string;
  /** The period as fact rows and plan cards print it: marked editorial when the source gives none. */
  periodValue: string;
  /** After the title on a plan card, when the source gives no title. */
  titleMark?: string;
  /** The adopting decision's date in words ("16 december 2022"), for the plan cards. */
  adoptedOnText?: string;
  /** The plan's status, from its decisions or as written; absent when not stated (no UTKAST, no "Fastställd"). */
  status?: PlanStatus;
  approved: boolean;
  /** "Fastställd" or "Utkast"; absent when the status is not stated. */
  statusName?: string;
  /** The date of the decision that made the plan fastställd (the last one, when several did), as written (ISO). */
  adoptedOn?: string;
  /** For a draft: "Utkast" and "– planen är inte fastställd.", the first part set apart. */
  draftNotice?: { lead: string; rest: string };
  /** Every decision, in the plan's order. */
  decisions: DecisionLine[];
  /** The status in sentences, as the cover's foot says it: the draft notice and every decision. */
  statusLines: string[];
  /**
   * The author's name when the plan gives no role for them: printed on its own line, as the
   * source prints a name under its title, never under a label planverk would have to invent.
   */
  authorLine?: string;
  /** "FoU Jämt, Region Jämtland Härjedalen": name, parent and unit on one line. */
  organisationLine: string;
  /** In the order both media list them; see PlanFact.ownLineOnCover. */
  facts: PlanFact[];
  /** The HTML page's title and description. */
  pageTitle: string;
  description: string;
  /** The PDF's document information (control characters are removed by the PDF). */
  metadata: { title: string; author: string; subject: string; keywords: string };
  /** The table of contents, when the plan wants one and has anything to list. */
  contents?: { title: string; entries: TocEntry[] };
  /** The list of abbreviations, sorted, when the plan has any. */
  abbreviations?: {
    anchor: string;
    title: string;
    columns: { abbreviation: string; expansion: string };
    entries: { abbr: string; expansion: string }[];
  };
  /** "UTKAST" on every page of a draft's PDF. */
  draftMark?: string;
  /**
   * Cover data the source does not give (`missingInSource`): "Redaktionell anmärkning" and a
   * line per field ("Titel: uppgift saknas i källan. …"), under the title on the cover and
   * in the page header.
   */
  editorial?: { label: string; lines: string[] };
}

/** The list of abbreviations' anchor on the page and destination in the PDF. */
export const ABBREVIATIONS_ANCHOR = 'forkortningar';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

export const kindName = (kind: Plan['kind']): string => (typeof kind === 'string' ? PLAN_KIND[kind] : kind.annan);
export const statusName = (status: PlanStatus): string => PLAN_STATUS[status];

export function decisionLine(decision: Decision): DecisionLine {
  const taken = decision.state === 'fattat';
  const references = [decision.reference, decision.registryNumber && PLAN.decisionRegistryNumber(decision.registryNumber)].filter((r): r is string => !!r);
  const sentence = PLAN.decisionSentence(taken, decision.body, decision.date ? formatDateLong(decision.date) : undefined, references, decision.subject);
  const validFrom = decision.validFrom ? ` ${PLAN.validFrom(taken, formatDateLong(decision.validFrom))}` : '';
  return { state: decision.state, taken, adopting: decision.subject === undefined, sentence: `${sentence}${validFrom}` };
}

function planFacts(plan: Plan, status: PlanStatus | undefined, decisions: readonly DecisionLine[]): PlanFact[] {
  const facts: PlanFact[] = [];
  const fact = (key: PlanFact['key'], label: string, value: string, more: Pick<PlanFact, 'href' | 'ownLineOnCover'> = {}) => facts.push({ key, label, value, ...more });
  const { organisation, author } = plan;
  fact('kind', PLAN.kind, kindName(plan.kind), { ownLineOnCover: true });
  const period = formatPeriod(plan.period);
  fact('period', PLAN.period, periodValue(plan), { ownLineOnCover: true });
  if (plan.registryNumber) fact('registryNumber', PLAN.registryNumber, plan.registryNumber);
  if (status) fact('status', PLAN.status, statusName(status), { ownLineOnCover: true });
  for (const decision of decisions) fact('decision', PLAN.decision, decision.sentence, { ownLineOnCover: true });
  if (plan.documentDate) fact('documentDate', PLAN.documentDate, formatDateLong(plan.documentDate));
  if (author) {
    // Without a role the name stands alone (see PlanFront.authorLine): planverk invents none.
    if (author.role) fact('author', capitalise(author.role), author.name);
    if (author.email) fact('email', PLAN.email, author.email, { href: `mailto:${author.email}` });
    if (author.phone) fact('phone', PLAN.phone, author.phone);
  }
  if (organisation.address) fact('address', PLAN.address, organisation.address);
  if (organisation.website) fact('website', PLAN.website, organisation.website.replace(/^https?:\/\//, ''), { href: organisation.website });
  if (organisation.municipalities?.length) fact('municipalities', PLAN.municipalities, organisation.municipalities.join(', '));
  return facts;
}

function periodValue(plan: Plan): string {
  const period = formatPeriod(plan.period);
  return plan.missingInSource?.includes('period') ? EDITORIAL.periodValue(period) : period;
}

export function planFront(plan: Plan, toc: readonly TocEntry[]): PlanFront {
  const status = planStatus(plan);
  const approved = status === 'fastställd';
  const kind = kindName(plan.kind);
  const period = formatPeriod(plan.period);
  const missing = new Set(plan.missingInSource ?? []);
  const kindAndPeriod = missing.has('period') ? EDITORIAL.kindAndPeriod(`${kind} ${period}`) : `${kind} ${period}`;
  const editorialLines = [
    ...(missing.has('title') ? [EDITORIAL.missingLine.title(plan.title)] : []),
    ...(missing.has('period') ? [EDITORIAL.missingLine.period(period)] : []),
  ];
  const written = planDecisions(plan);
  const decisions = written.map(decisionLine);
  const adoptedOn = approved ? written.filter((d) => d.subject === undefined && d.state === 'fattat').map((d) => d.date).filter((d) => d !== undefined).sort().at(-1) : undefined;
  const draftNotice = status === 'utkast' ? PLAN.draftNotice : undefined;
  const { organisation } = plan;
  const abbreviations = plan.abbreviations.length === 0 ? undefined : {
    anchor: ABBREVIATIONS_ANCHOR,
    title: ABBREVIATIONS.title,
    columns: { abbreviation: ABBREVIATIONS.abbreviation, expansion: ABBREVIATIONS.expansion },
    entries: sortSwedish(plan.abbreviations, (a) => a.abbr).map(({ abbr, expansion }) => ({ abbr, expansion })),
  };
  const entries = [...toc, ...(abbreviations ? [{ anchor: abbreviations.anchor, title: abbreviations.title, level: 1 }] : [])];
  const title = typeset(plan.title);
  const subtitle = plan.subtitle === undefined ? undefined : typeset(plan.subtitle);
  return {
    title,
    ...(subtitle !== undefined && !repeatsTitle(subtitle, title) ? { subtitle } : {}),
    kindName: kind,
    period,
    kindAndPeriod,
    // An editorial period is always said, so the mark shows.
    ...(missing.has('period') || !repeatsTitle(kindAndPeriod, title) ? { coverKindLine: kindAndPeriod } : {}),
    periodValue: periodValue(plan),
    ...(missing.has('title') ? { titleMark: EDITORIAL.titleMark } : {}),
    ...(adoptedOn ? { adoptedOnText: formatDateLong(adoptedOn) } : {}),
    status,
    approved,
    statusName: status && statusName(status),
    adoptedOn,
    draftNotice,
    decisions,
    statusLines: [
      ...(draftNotice ? [`${draftNotice.lead} ${draftNotice.rest}`] : []),
      ...decisions.map((d) => d.sentence),
      ...(approved && !decisions.some((d) => d.adopting) ? [PLAN.approvedUnknown] : []),
    ],
    ...(plan.author && !plan.author.role ? { authorLine: plan.author.name } : {}),
    organisationLine: [organisation.name, organisation.parent, organisation.unit].filter(Boolean).join(', '),
    facts: planFacts(plan, status, decisions),
    pageTitle: `${plan.title} – ${organisation.name}`,
    description: PLAN.description(kindAndPeriod, organisation.name),
    metadata: {
      title: plan.title,
      author: plan.author?.name ?? organisation.name,
      subject: `${kindAndPeriod}, ${organisation.name}`,
      keywords: [PLAN.keyword, kind.toLocaleLowerCase('sv-SE'), organisation.name, period].filter((v, i, a) => a.indexOf(v) === i).join(', '),
    },
    contents: plan.toc && entries.length > 0 ? { title: CONTENTS.title, entries } : undefined,
    abbreviations,
    draftMark: draftNotice ? PAGE.draftMark : undefined,
    ...(editorialLines.length ? { editorial: { label: EDITORIAL.noteLabel, lines: editorialLines } } : {}),
  };
}
