/**
 * Everything planverk says about a plan as a whole, worded once for the site's page header,
 * the PDF's cover, metadata and page furniture: the kind and period, the status and the
 * approval sentence, the facts (registry number, dates, contact, address), the table of
 * contents and the list of abbreviations. The renderers choose where each piece goes.
 */
import type { Plan } from '../../schemas';
import { formatDateLong, formatPeriod, sortSwedish } from '../shared/format-sv';
import { ABBREVIATIONS, CONTENTS, EDITORIAL, PAGE, PLAN, PLAN_KIND, PLAN_STATUS } from '../shared/words-sv';

/** One line of the table of contents (derive-plan.ts builds them; the list of abbreviations adds one). */
export interface TocEntry {
  anchor: string;
  number?: string;
  title: string;
  level: number;
}

export interface PlanFact {
  /** Which fact, for a renderer that treats one specially (the site marks the period for its search). */
  key: 'kind' | 'period' | 'registryNumber' | 'status' | 'approval' | 'documentDate' | 'author' | 'email' | 'phone' | 'address' | 'website' | 'municipalities';
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

export interface PlanFront {
  /** "Verksamhetsplan". */
  kindName: string;
  /** "2021–2023". */
  period: string;
  /** "Verksamhetsplan 2021–2023": the line under the cover's title. */
  kindAndPeriod: string;
  approved: boolean;
  /** "Fastställd" or "Utkast". */
  statusName: string;
  /** For a draft: "Utkast" and "– planen är inte fastställd.", the first part set apart. */
  draftNotice?: { lead: string; rest: string };
  /** "Fastställd av FoU-rådet den 13 december 2019 (§ 53)." or "Ska fastställas av …"; absent without approval. */
  approval?: string;
  /** The status in sentences, as the cover's foot says it: the draft notice and the approval. */
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

export const kindName = (kind: Plan['kind']): string => PLAN_KIND[kind];
export const statusName = (status: Plan['status']): string => PLAN_STATUS[status];

export function approvalSentence(plan: Pick<Plan, 'status' | 'approval'>): string | undefined {
  const { approval } = plan;
  if (!approval) return undefined;
  return PLAN.approvalSentence(plan.status === 'fastställd', approval.body, approval.date ? formatDateLong(approval.date) : undefined, approval.reference);
}

function planFacts(plan: Plan, approval: string | undefined): PlanFact[] {
  const facts: PlanFact[] = [];
  const fact = (key: PlanFact['key'], label: string, value: string, more: Pick<PlanFact, 'href' | 'ownLineOnCover'> = {}) => facts.push({ key, label, value, ...more });
  const { organisation, author } = plan;
  fact('kind', PLAN.kind, kindName(plan.kind), { ownLineOnCover: true });
  const period = formatPeriod(plan.period);
  fact('period', PLAN.period, plan.missingInSource?.includes('period') ? EDITORIAL.periodValue(period) : period, { ownLineOnCover: true });
  if (plan.registryNumber) fact('registryNumber', PLAN.registryNumber, plan.registryNumber);
  fact('status', PLAN.status, statusName(plan.status), { ownLineOnCover: true });
  if (approval) fact('approval', PLAN.decision, approval, { ownLineOnCover: true });
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

export function planFront(plan: Plan, toc: readonly TocEntry[]): PlanFront {
  const approved = plan.status === 'fastställd';
  const kind = kindName(plan.kind);
  const period = formatPeriod(plan.period);
  const missing = new Set(plan.missingInSource ?? []);
  const kindAndPeriod = missing.has('period') ? EDITORIAL.kindAndPeriod(`${kind} ${period}`) : `${kind} ${period}`;
  const editorialLines = [
    ...(missing.has('title') ? [EDITORIAL.missingLine.title(plan.title)] : []),
    ...(missing.has('period') ? [EDITORIAL.missingLine.period(period)] : []),
  ];
  const approval = approvalSentence(plan);
  const draftNotice = approved ? undefined : PLAN.draftNotice;
  const { organisation } = plan;
  const abbreviations = plan.abbreviations.length === 0 ? undefined : {
    anchor: ABBREVIATIONS_ANCHOR,
    title: ABBREVIATIONS.title,
    columns: { abbreviation: ABBREVIATIONS.abbreviation, expansion: ABBREVIATIONS.expansion },
    entries: sortSwedish(plan.abbreviations, (a) => a.abbr).map(({ abbr, expansion }) => ({ abbr, expansion })),
  };
  const entries = [...toc, ...(abbreviations ? [{ anchor: abbreviations.anchor, title: abbreviations.title, level: 1 }] : [])];
  return {
    kindName: kind,
    period,
    kindAndPeriod,
    approved,
    statusName: statusName(plan.status),
    draftNotice,
    approval,
    statusLines: [
      ...(draftNotice ? [`${draftNotice.lead} ${draftNotice.rest}`] : []),
      ...(approval ? [approval] : approved ? [PLAN.approvedUnknown] : []),
    ],
    ...(plan.author && !plan.author.role ? { authorLine: plan.author.name } : {}),
    organisationLine: [organisation.name, organisation.parent, organisation.unit].filter(Boolean).join(', '),
    facts: planFacts(plan, approval),
    pageTitle: `${plan.title} – ${organisation.name}`,
    description: PLAN.description(kindAndPeriod, organisation.name),
    metadata: {
      title: plan.title,
      author: plan.author?.name ?? organisation.name,
      subject: `${kindAndPeriod}, ${organisation.name}`,
      keywords: [PLAN.keyword, plan.kind, organisation.name, period].filter((v, i, a) => a.indexOf(v) === i).join(', '),
    },
    contents: plan.toc && entries.length > 0 ? { title: CONTENTS.title, entries } : undefined,
    abbreviations,
    draftMark: approved ? undefined : PAGE.draftMark,
    ...(editorialLines.length ? { editorial: { label: EDITORIAL.noteLabel, lines: editorialLines } } : {}),
  };
}
