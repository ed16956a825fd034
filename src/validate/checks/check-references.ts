/** Ids are unique and every reference resolves: initials, categories, goals, links. */
import path from 'node:path';
import type { PathSegment } from '../../load/field-path';
import { declaredIds } from '../block-ids';
import type { CheckContext } from '../check-context';
import { didYouMean } from '../suggest';
import { blocksOfType, sectionsOf } from '../walk-plan';

export function checkReferences(ctx: CheckContext): void {
  const { plan } = ctx;

  // Every explicit id becomes an HTML id on the plan's page (sections, and what each block
  // type declares in ../block-ids.ts), so they share one namespace. Links may target
  // sections, figures and tables.
  const pageIds = new FirstSeen(ctx, 'Id', 'varje id måste vara unikt i planen');
  const targets = new Map<string, PathSegment[]>();
  const target = (id: string, at: PathSegment[]) => {
    pageIds.claim(id, at);
    if (!targets.has(id)) targets.set(id, at);
  };
  // In document order, so that the second of two places is the one reported.
  for (const { section, path: at } of sectionsOf(plan)) {
    if (section.id) target(section.id, [...at, 'id']);
    for (const [b, block] of (section.blocks ?? []).entries()) {
      for (const { id, at: idAt, linkable } of declaredIds(block)) {
        const where = [...at, 'blocks', b, ...idAt];
        if (linkable) target(id, where);
        else pageIds.claim(id, where);
      }
    }
  }

  const people = new FirstSeen(ctx, 'Initialerna', 'varje person måste ha egna initialer');
  plan.people.forEach((p, i) => people.claim(p.initials, ['people', i, 'initials']));
  const abbreviationsSeen = new FirstSeen(ctx, 'Förkortningen', 'varje förkortning förklaras en gång');
  plan.abbreviations.forEach((a, i) => abbreviationsSeen.claim(a.abbr, ['abbreviations', i, 'abbr']));
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

  for (const { block, path, section } of blocksOfType(plan, 'wheel')) {
    const categoriesSeen = new FirstSeen(ctx, 'Kategorins id', 'varje kategori i årshjulet måste ha ett eget id');
    block.categories.forEach((c, i) => categoriesSeen.claim(c.id, [...path, 'categories', i, 'id']));
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
    const wheel = (section.blocks ?? []).find((b) => b.type === 'wheel');
    if (block.generated === 'wheel' && wheel?.type === 'wheel' && wheel.show === 'lista') {
      ctx.error('hjul-lista-med-figur', [...path, 'generated'],
        'Figuren ska rita årshjulet, men årshjulet har show: lista (källan har ingen figur). Ta bort figuren eller show: lista.');
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

/**
 * Remembers where each value was first given, so that a repeat is reported with both
 * places: the message at the second one names the first one's file:line:col.
 */
class FirstSeen {
  private readonly first = new Map<string, PathSegment[]>();

  constructor(private readonly ctx: CheckContext, private readonly what: string, private readonly rule: string) {}

  /** False when the value was already given. */
  claim(value: string, at: PathSegment[]): boolean {
    const earlier = this.first.get(value);
    if (!earlier) {
      this.first.set(value, at);
      return true;
    }
    const map = this.ctx.loaded.sourceMap;
    const before = map.locate(earlier);
    // file:line:col like the problem's own place, so an editor can jump to either one.
    const where = `i ${path.relative(path.dirname(this.ctx.loaded.file), before.file) || before.file}:${before.line}:${before.column}`;
    this.ctx.error('dubbelt-id', at, `${this.what} "${value}" finns redan ${where}; ${this.rule}.`);
    return false;
  }
}
