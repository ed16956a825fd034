/**
 * Everything inside a plan page's `<main>`: header, contents, sections, abbreviations.
 * Plain functions over the derived model rather than Astro components, so that the pages
 * of a large site can be built in worker threads beside Astro (body-pool.ts); the Astro
 * page puts this HTML into the layout.
 */
import { formatDateLong, formatPeriod, sortSwedish } from '../../shared/format-sv';
import type { DerivedPlan, TocEntry } from '../../derive/derive-plan';
import { createPlanView, KIND_NAMES } from '../plan-view';
import { serialize } from './html';
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
  const { plan } = derived;
  return {
    html: planBodyHtml(derived, site),
    title: `${plan.title} – ${plan.organisation.name}`,
    description: `${KIND_NAMES[plan.kind]} ${formatPeriod(plan.period)} för ${plan.organisation.name}.`,
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

export function planBodyHtml(derived: DerivedPlan, site: SiteLinks): string {
  const { plan } = derived;
  const links = planLinks(site, derived.id);
  const view = createPlanView(derived, links);
  const abbreviations = sortSwedish(plan.abbreviations, (a) => a.abbr);
  const extraToc: TocEntry[] = abbreviations.length > 0 ? [{ anchor: 'forkortningar', title: 'Förkortningar', level: 1 }] : [];
  const period = formatPeriod(plan.period);
  const approved = plan.status === 'fastställd';
  const { organisation, approval, author } = plan;
  return serialize(
    <div class="planlayout">
      <header class="planhuvud">
        <p class="organisation" data-pagefind-meta="organisation">{[organisation.name, organisation.parent, organisation.unit].filter(Boolean).join(', ')}</p>
        <h1 data-pagefind-meta="title">{plan.title}</h1>
        {plan.subtitle ? <p class="undertitel">{plan.subtitle}</p> : null}
        {!approved ? <p class="utkastmarkering"><strong>Utkast</strong> – planen är inte fastställd.</p> : null}
        <dl class="planfakta">
          <div><dt>Typ</dt><dd>{KIND_NAMES[plan.kind]}</dd></div>
          <div><dt>Period</dt><dd data-pagefind-meta="period">{period}</dd></div>
          {plan.registryNumber ? <div><dt>Diarienummer</dt><dd>{plan.registryNumber}</dd></div> : null}
          <div><dt>Status</dt><dd>{approved ? 'Fastställd' : 'Utkast'}</dd></div>
          {approval ? (
            <div class="beslut"><dt>Beslut</dt><dd>{approved ? 'Fastställd' : 'Ska fastställas'} av {approval.body}{approval.date ? ` den ${formatDateLong(approval.date)}` : null}{approval.reference ? `, ${approval.reference}` : null}</dd></div>
          ) : null}
          {plan.documentDate ? <div><dt>Dokumentets datum</dt><dd>{formatDateLong(plan.documentDate)}</dd></div> : null}
          {author ? (
            <div><dt>{author.role ? capitalise(author.role) : 'Kontakt'}</dt>
              <dd>{author.name}{author.email ? [', ', <a href={`mailto:${author.email}`}>{author.email}</a>] : null}{author.phone ? `, ${author.phone}` : null}</dd></div>
          ) : null}
          {organisation.address ? <div><dt>Adress</dt><dd>{organisation.address}</dd></div> : null}
          {organisation.municipalities && organisation.municipalities.length > 0
            ? <div class="kommuner"><dt>Medlemskommuner</dt><dd>{organisation.municipalities.join(', ')}</dd></div>
            : null}
        </dl>
        <ul class="planlankar">
          {links.pdf ? <li><a href={links.pdf} type="application/pdf" download>Ladda ner planen som PDF</a></li> : null}
          <li><a href={links.json} type="application/json">Planens data som JSON</a></li>
          <li><a href={links.home}>Alla planer</a></li>
        </ul>
      </header>
      {plan.toc ? tableOfContents([...derived.toc, ...extraToc]) : null}
      <article class="plantext">
        {derived.sections.map((section) => planSection(section, view))}
        {abbreviations.length > 0 ? (
          <section class="avsnitt niva-1">
            <div class="avsnittsrubrik"><h2 id="forkortningar">Förkortningar</h2><a class="ankare" href="#forkortningar" aria-label="Länk till förkortningarna">#</a></div>
            <dl class="forkortningar">
              {abbreviations.map((a) => <div><dt><abbr title={a.expansion}>{a.abbr}</abbr></dt><dd>{a.expansion}</dd></div>)}
            </dl>
          </section>
        ) : null}
        {plan.copyright ? <p class="upphovsratt">{plan.copyright}</p> : null}
      </article>
    </div>,
  );
}
