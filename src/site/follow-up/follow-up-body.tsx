/**
 * Everything inside a follow-up page's `<main>` (issue 21): the report's title, facts and
 * decisions, its table of contents and its sections of parts, laid out from the derived
 * follow-up (src/derive/follow-up/follow-up-model.ts) like the plan page from the plan.
 */
import type { DerivedPlan } from '../../derive/derive-plan';
import type { DerivedFollowUp, FollowUpSection } from '../../derive/follow-up/follow-up-model';
import { CONTENTS, FOLLOW_UP_PAGE, SITE } from '../../shared/words-sv';
import { createPlanView, headingLevel, type PlanView } from '../plan-view';
import { serialize, type Html } from '../plan-page/html';
import { planLinks, planPageLink, type SiteLinks } from '../plan-page/links';
import type { PlanPage } from '../plan-page/plan-body';
import { tableOfContents } from '../plan-page/table-of-contents';
import { renderFollowUpParts } from './follow-up-parts';
import { followUpPatterns } from './status-bars';

function followUpSection(section: FollowUpSection, view: PlanView): Html {
  const level = headingLevel(section);
  const Heading = `h${level}` as 'h2';
  const id = section.anchor;
  return (
    <section class={`avsnitt niva-${section.level}`}>
      <div class="avsnittsrubrik">
        <Heading id={id} data-avsnitt>{section.number ? [<span class="nummer">{section.number}</span>, ' '] : null}{section.title}</Heading>
        <a class="ankare" href={`#${id}`} aria-label={SITE.sectionLink(section.number, section.title)}>#</a>
      </div>
      {renderFollowUpParts(section.parts, { view, section })}
      {section.sections.map((child) => followUpSection(child, view))}
    </section>
  );
}

export function followUpBodyHtml(plan: DerivedPlan, followUp: DerivedFollowUp, site: SiteLinks): string {
  const links = planLinks(site, plan.id);
  const view = createPlanView(plan, links);
  const pdf = links.followUpPdf?.(followUp.id);
  return serialize(
    <div class="planlayout uppfoljning">
      {followUpPatterns()}
      <header class="planhuvud">
        <p class="organisation">{followUp.organisation}</p>
        <h1>{followUp.title}</h1>
        <p class="undertitel"><a href={planPageLink(site, plan.id)}>{followUp.planTitle}</a></p>
        {followUp.decisions.map((decision) => <p class="beslutsrad">{decision}</p>)}
        <dl class="planfakta">
          {followUp.facts.map((fact) => <div><dt>{fact.label}</dt><dd>{fact.value}</dd></div>)}
        </dl>
        <ul class="planlankar">
          {pdf ? <li><a href={pdf} type="application/pdf" download>{FOLLOW_UP_PAGE.downloadPdf}</a></li> : null}
          <li><a href={planPageLink(site, plan.id)}>{FOLLOW_UP_PAGE.backToPlan}</a></li>
          <li><a href={links.home}>{SITE.allPlans}</a></li>
        </ul>
      </header>
      {followUp.toc.length > 0 ? tableOfContents({ title: CONTENTS.title, entries: followUp.toc }) : null}
      <article class="plantext">
        {followUp.sections.map((section) => followUpSection(section, view))}
      </article>
    </div>,
  );
}

export function followUpPage(plan: DerivedPlan, followUp: DerivedFollowUp, site: SiteLinks): PlanPage {
  return {
    html: followUpBodyHtml(plan, followUp, site),
    title: `${followUp.title} – ${followUp.planTitle}`,
    description: `${followUp.title}: ${followUp.planTitle}, ${followUp.organisation}.`,
  };
}
