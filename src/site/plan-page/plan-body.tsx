/**
 * Everything inside a plan page's `<main>`: header, contents, sections, abbreviations.
 * Plain functions over the derived model rather than Astro components, so that the pages
 * of a large site can be built in worker threads beside Astro (body-pool.ts); the Astro
 * page puts this HTML into the layout.
 */
import type { DerivedPlan, PlanFact } from '../../derive/derive-plan';
import { SITE } from '../../shared/words-sv';
import { createPlanView } from '../plan-view';
import { isBareUrl } from '../render-markdown';
import { serialize, type Html } from './html';
import { planLinks, type SiteLinks } from './links';
import { planSection } from './plan-section';
import { tableOfContents } from './table-of-contents';

/** What the Astro page needs of one plan: the `<main>` content and the document's title and description. */
export interface PlanPage {
  html: string;
  title: string;
  description: string;
}

export function planPage(derived: DerivedPlan, site: SiteLinks): PlanPage {
  return { html: planBodyHtml(derived, site), title: derived.front.pageTitle, description: derived.front.description };
}

/** Hooks the page has always had for the style sheet and for readers' own styles. */
const FACT_CLASS: Partial<Record<PlanFact['key'], string>> = { decision: 'beslut', municipalities: 'kommuner' };

function fact(item: PlanFact): Html {
  // The print style sheet writes an outside link's address after it, unless the text is the address.
  const value = item.href ? <a href={item.href} data-bare-url={isBareUrl(item.value, item.href) ? '' : undefined}>{item.value}</a> : item.value;
  // Pagefind shows a hit's period beside its title (src/pages/sok.astro).
  return <div class={FACT_CLASS[item.key]}><dt>{item.label}</dt><dd data-pagefind-meta={item.key === 'period' ? 'period' : undefined}>{value}</dd></div>;
}

export function planBodyHtml(derived: DerivedPlan, site: SiteLinks): string {
  const { plan, front } = derived;
  const links = planLinks(site, derived.id);
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
        <dl class="planfakta">{front.facts.map(fact)}</dl>
        <ul class="planlankar">
          {links.pdf ? <li><a href={links.pdf} type="application/pdf" download>{SITE.downloadPdf}</a></li> : null}
          <li><a href={links.json} type="application/json">{SITE.planJson}</a></li>
          <li><a href={links.home}>{SITE.allPlans}</a></li>
        </ul>
      </header>
      {front.contents ? tableOfContents(front.contents) : null}
      <article class="plantext">
        {derived.sections.map((section) => planSection(section, view))}
        {abbreviations ? (
          <section class="avsnitt niva-1">
            <div class="avsnittsrubrik"><h2 id={abbreviations.anchor}>{abbreviations.title}</h2><a class="ankare" href={`#${abbreviations.anchor}`} aria-label={SITE.abbreviationsLink}>#</a></div>
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
