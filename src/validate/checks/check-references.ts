/** Ids are unique and every reference resolves: initials, categories, goals, links. */
import type { PathSegment } from '../../load/field-path';
import type { CheckContext } from '../check-context';
import { didYouMean } from '../suggest';
import { blocksOf, blocksOfType, sectionsOf } from '../walk-plan';

export function checkReferences(ctx: CheckContext): void {
  const { plan } = ctx;

  // Ids that links may target: sections, figures, tables.
  const targets = new Map<string, PathSegment[]>();
  const claim = (id: string, path: PathSegment[]) => {
    if (targets.has(id)) ctx.error('dubbelt-id', path, `Id "${id}" används redan; varje id måste vara unikt i planen.`);
    else targets.set(id, path);
  };
  for (const { section, path } of sectionsOf(plan)) if (section.id) claim(section.id, [...path, 'id']);
  for (const { block, path } of blocksOf(plan)) {
    if ((block.type === 'figure' || block.type === 'table') && block.id) claim(block.id, [...path, 'id']);
  }

  unique(ctx, plan.people.map((p, i) => [p.initials, ['people', i, 'initials']]), 'Initialerna');
  unique(ctx, plan.abbreviations.map((a, i) => [a.abbr, ['abbreviations', i, 'abbr']]), 'Förkortningen');
  for (const [i, person] of plan.people.entries()) {
    if (!person.name) ctx.warning('person-utan-namn', ['people', i], `${person.initials} har inget namn; lägg till name så att läsaren vet vem det är.`);
  }

  const initials = plan.people.map((p) => p.initials);
  const abbreviations = plan.abbreviations.map((a) => a.abbr);
  for (const { block, path } of blocksOfType(plan, 'assignmentTable')) {
    block.rows.forEach((row, r) => row.responsible.forEach((who, k) => {
      if (!initials.includes(who)) {
        ctx.error('okand-person', [...path, 'rows', r, 'responsible', k],
          `"${who}" finns inte bland people.${didYouMean(who, initials)} Lägg till personen under people med initials och name.`);
      }
    }));
  }

  const strategic = [...blocksOfType(plan, 'strategicGoals')].flatMap(({ block }) => block.goals.map((g) => g.id));
  const resultGoals = [...blocksOfType(plan, 'resultGoals')].flatMap(({ block }) => block.goals.map((g) => g.id));
  for (const { block, path } of blocksOfType(plan, 'goalTable')) {
    if (block.strategicGoal && !strategic.includes(block.strategicGoal)) {
      ctx.error('okant-mal', [...path, 'strategicGoal'], `Det strategiska målet "${block.strategicGoal}" finns inte.${didYouMean(block.strategicGoal, strategic)}`);
    }
  }
  for (const { block, path } of blocksOfType(plan, 'assignmentTable')) {
    if (block.resultGoal && !resultGoals.includes(block.resultGoal)) {
      ctx.error('okant-mal', [...path, 'resultGoal'], `Resultatmålet "${block.resultGoal}" finns inte.${didYouMean(block.resultGoal, resultGoals)}`);
    }
  }
  for (const { block, path } of blocksOfType(plan, 'strategicGoals')) {
    unique(ctx, block.goals.map((g, i) => [g.id, [...path, 'goals', i, 'id']]), 'Målets id');
  }
  for (const { block, path } of blocksOfType(plan, 'resultGoals')) {
    unique(ctx, block.goals.map((g, i) => [g.id, [...path, 'goals', i, 'id']]), 'Målets id');
  }

  for (const { block, path, section } of blocksOfType(plan, 'wheel')) {
    unique(ctx, block.categories.map((c, i) => [c.id, [...path, 'categories', i, 'id']]), 'Kategorins id');
    const categories = block.categories.map((c) => c.id);
    block.categories.forEach((category, i) => {
      if (category.abbr && !abbreviations.includes(category.abbr)) {
        ctx.error('okand-forkortning', [...path, 'categories', i, 'abbr'],
          `Förkortningen "${category.abbr}" finns inte i abbreviations.${didYouMean(category.abbr, abbreviations)}`);
      }
    });
    block.events.forEach((event, e) => {
      if (!categories.includes(event.category)) {
        ctx.error('okand-kategori', [...path, 'events', e, 'category'],
          `Kategorin "${event.category}" finns inte i årshjulets categories.${didYouMean(event.category, categories)}`);
      }
    });
    void section;
  }

  for (const { block, path, section } of blocksOfType(plan, 'figure')) {
    if (block.generated === 'wheel' && !(section.blocks ?? []).some((b) => b.type === 'wheel')) {
      ctx.error('figur-utan-hjul', [...path, 'generated'], 'Figuren ska visa årshjulet men avsnittet har inget block med type: wheel.');
    }
    if (block.image && block.generated) {
      ctx.error('figur-dubbel-kalla', [...path, 'image'], 'Ange antingen image eller generated, inte båda.');
    }
  }

  // Links inside the plan: [text](#id) must point at a section, figure or table id.
  const known = [...targets.keys()];
  for (const { text, path } of ctx.strings) {
    for (const match of text.matchAll(/\]\(#([^)\s]+)\)/g)) {
      const id = match[1]!;
      if (!targets.has(id)) {
        ctx.error('okand-hanvisning', path, `Länken "#${id}" pekar inte på något avsnitt, någon figur eller tabell.${didYouMean(id, known)}`);
      }
    }
  }
}

function unique(ctx: CheckContext, entries: [string, PathSegment[]][], what: string): void {
  const seen = new Set<string>();
  for (const [value, path] of entries) {
    if (seen.has(value)) ctx.error('dubbelt-id', path, `${what} "${value}" förekommer flera gånger; varje värde måste vara unikt.`);
    seen.add(value);
  }
}
