/**
 * Everything inside a plan page's `<main>`: header, contents, sections, abbreviations.
 * Plain functions over the derived model rather than Astro components, so that the pages
 * of a large site can be built in worker threads beside Astro (body-pool.ts); the Astro
 * page puts this HTML into the layout.
 */
import { planCalendar } from '../../derive/calendar-events';
import type { DerivedPlan, PlanFact } from '../../derive/derive-plan';
import { FOLLOW_UP_PAGE, OPEN_DATA, SEARCH_FILTERS, SITE } from '../../shared/words-sv';
import { createPlanView } from '../plan-view';
import { isBareUrl } from '../render-markdown';
import { formatDateLong } from '../../shared/format-sv';
import { serialize, type Html } from './html';
import { planLinks, type PlanLinks, type SiteLinks } from './links';
import { planSection } from './plan-section';
import { tableOfContents } from './table-of-contents';

/** What the Astro page needs of one plan: the `<main>` content and the document's title and description. */
export interface PlanPage {
  html: string;
  title: string;
  description: string;
}

/** What the build knows of a plan besides its model: the date of its last commit (ISO), from git. */
export interface PlanHistory {
  lastChanged?: string | undefined;
}

export function planPage(derived: DerivedPlan, site: SiteLinks, history: PlanHistory = {}): PlanPage {
  return { html: planBodyHtml(derived, site, history), title: derived.front.pageTitle, description: derived.front.description };
}

/** Hooks the page has always had for the style sheet and for readers' own styles. */
const FACT_CLASS: Partial<Record<PlanFact['key'], string>> = { decision: 'beslut', municipalities: 'kommuner' };

function fact(item: PlanFact): Html {
  // The print style sheet writes an outside link's address after it, unless the text is the address.
  const value = item.href ? <a href={item.href} data-bare-url={isBareUrl(item.value, item.href) ? '' : undefined}>{item.value}</a> : item.value;
  // Pagefind shows a hit's period beside its title (src/pages/sok.astro).
  return <div class={FACT_CLASS[item.key]}><dt>{item.label}</dt><dd data-pagefind-meta={item.key === 'period' ? 'period' : undefined}>{value}</dd></div>;
}

/** The plan's open data files (issue 22, docs/oppna-data.md): CSV, plan.json and its schema, the wheel's calendar. */
function openData(links: PlanLinks): Html {
  return (
    <nav class="oppnadata" aria-labelledby="oppnadata-rubrik" data-pagefind-ignore="">
      <p class="oppnadata-rubrik" id="oppnadata-rubrik">{OPEN_DATA.heading}</p>
      <ul>
        <li><a href={links.csv.activities} type="text/csv" download>{OPEN_DATA.activitiesLink}</a></li>
        <li><a href={links.csv.goals} type="text/csv" download>{OPEN_DATA.goalsLink}</a></li>
        <li><a href={links.csv.budget} type="text/csv" download>{OPEN_DATA.budgetLink}</a></li>
        <li><a href={links.json} type="application/json">{SITE.planJson}</a></li>
        <li><a href={links.schema} type="application/schema+json">{OPEN_DATA.schemaLink}</a></li>
        {links.calendar ? <li><a href={links.calendar} type="text/calendar">{OPEN_DATA.subscribe}</a></li> : null}
      </ul>
    </nav>
  );
}

/** The years a plan covers, for the search filter "År" (a plan for 2021–2023 is found under each year). */
export function periodYears(period: { start: number; end?: number | undefined }): number[] {
  const end = Math.max(period.start, Math.min(period.end ?? period.start, period.start + 20));
  return Array.from({ length: end - period.start + 1 }, (_, i) => period.start + i);
}

/**
 * The search page's filters (Pagefind `data-pagefind-filter`, keys in SEARCH_FILTERS):
 * organisation, each year of the period, and kind. Hidden, and kept out of the indexed
 * text; Pagefind still reads filters inside data-pagefind-ignore.
 */
function searchFilters({ plan, front }: DerivedPlan): Html {
  return (
    <div hidden data-pagefind-ignore="">
      <span data-pagefind-filter={SEARCH_FILTERS.organisation}>{plan.organisation.name}</span>
      {periodYears(plan.period).map((year) => <span data-pagefind-filter={SEARCH_FILTERS.year}>{String(year)}</span>)}
      <span data-pagefind-filter={SEARCH_FILTERS.kind}>{front.kindName}</span>
    </div>
  );
}

/** "Senast ändrad 6 december 2026", after the plan's own facts. */
function lastChangedFact(iso: string): Html {
  const day = iso.slice(0, 10);
  return <div class="senast-andrad"><dt>{SITE.lastChanged}</dt><dd><time datetime={day}>{formatDateLong(day)}</time></dd></div>;
}

export function planBodyHtml(derived: DerivedPlan, site: SiteLinks, history: PlanHistory = {}): string {
  const { plan, front } = derived;
  const links = planLinks(site, derived.id, { calendar: planCalendar(derived) !== undefined });
  const view = createPlanView(derived, links);
  const { abbreviations } = front;
  return serialize(
    <div class="planlayout">
      <header class="planhuvud">
        {/* Decorative: the organisation's name follows as text. */}
        {front.logo ? <img class="logotyp" src={links.image(front.logo.name)} alt="" /> : null}
        <p class="organisation" data-pagefind-meta="organisation">{front.organisationLine}</p>
        <h1 data-pagefind-meta="title">{front.title}</h1>
        {front.subtitle ? <p class="undertitel">{front.subtitle}</p> : null}
        {front.authorLine ? <p class="forfattare">{front.authorLine}</p> : null}
        {front.editorial ? <p class="redaktionell"><strong>{front.editorial.label}:</strong> {front.editorial.lines.join(' ')}</p> : null}
        {front.draftNotice ? <p class="utkastmarkering"><strong>{front.draftNotice.lead}</strong> {front.draftNotice.rest}</p> : null}
        <dl class="planfakta">{front.facts.map(fact)}{history.lastChanged && /^\d{4}-\d{2}-\d{2}/.test(history.lastChanged) ? lastChangedFact(history.lastChanged) : null}</dl>
        {searchFilters(derived)}
        {/* npm run build writes the PDF's pages and size into the link when both are done (src/build/pdf-link.ts). */}
        <ul class="planlankar" data-pagefind-ignore="">
          {links.pdf ? <li><a href={links.pdf} type="application/pdf" download data-pdf-size="">{SITE.downloadPdf}</a></li> : null}
          <li><a href={links.home}>{SITE.allPlans}</a></li>
        </ul>
        {derived.followUps?.length ? (
          <nav class="uppfoljningar" aria-labelledby="planverk-uppfoljningar">
            <h2 id="planverk-uppfoljningar">{FOLLOW_UP_PAGE.listHeading}</h2>
            <ul>{derived.followUps.map((followUp) => <li><a href={links.followUp(followUp.id)}>{followUp.title}</a></li>)}</ul>
          </nav>
        ) : null}
        {openData(links)}
      </header>
      {front.contents ? tableOfContents(front.contents) : null}
      <article class="plantext">
        {derived.sections.map((section) => planSection(section, view))}
        {abbreviations ? (
          <section class="avsnitt niva-1">
            <div class="avsnittsrubrik"><h2 id={abbreviations.anchor}>{abbreviations.title}</h2><a class="ankare" href={`#${abbreviations.anchor}`} aria-label={SITE.abbreviationsLink} data-pagefind-ignore="">#</a></div>
            <dl class="forkortningar">
              {abbreviations.entries.map((a) => <div><dt><abbr title={a.expansion}>{a.abbr}</abbr></dt><dd>{a.expansion}</dd></div>)}
            </dl>
          </section>
        ) : null}
        {plan.copyright ? <p class="upphovsratt">{plan.copyright}</p> : null}
      </article>
    </div>,
  );
}
