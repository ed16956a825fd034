import type { Html } from './html';
import type { DerivedSection } from '../../derive/derive-plan';
import { SITE } from '../../shared/words-sv';
import { headingLevel, type PlanView } from '../plan-view';
import { block } from './blocks/block';
import { markdownBlock } from './markdown-nodes';

/** A numbered section with its anchor link, text, blocks and subsections. */
export function planSection(section: DerivedSection, view: PlanView): Html {
  const level = headingLevel(section);
  const id = section.anchor;
  const Heading = `h${level}` as 'h2';
  const number = section.number ? [<span class="nummer">{section.number}</span>, ' '] : null;
  return (
    <section class={`avsnitt niva-${section.level}`}>
      <div class="avsnittsrubrik">
        <Heading id={id} data-avsnitt>{number}{section.title}</Heading>
        <a class="ankare" href={`#${id}`} aria-label={SITE.sectionLink(section.number, section.title)} data-pagefind-ignore="">#</a>
      </div>
      {markdownBlock(section.body, view.md, { headingBase: level })}
      {section.blocks.flatMap((b) => block(b, section, view))}
      {section.sections.map((child) => planSection(child, view))}
    </section>
  );
}
