/**
 * The plan's cross-references resolved once: strategic and result goals by id (with their
 * numbers as printed) and people by initials. Derivers read these; nothing else looks
 * a goal or a person up.
 */
import type { Plan, ResultGoals, Section, StrategicGoals } from '../../schemas';

export interface NumberedGoal<G> {
  goal: G;
  /** 1-based position in its list, as printed ("Strategiskt mål 2"). */
  number: number;
}

export interface PlanLookups {
  strategicGoal(id: string | undefined): NumberedGoal<StrategicGoals['goals'][number]> | undefined;
  resultGoal(id: string | undefined): NumberedGoal<ResultGoals['goals'][number]> | undefined;
  /** "MÅ" → "Martin Åberg"; unknown initials stay as written. */
  personName(initials: string): string;
}

export function planLookups(plan: Plan): PlanLookups {
  const strategic = new Map<string, NumberedGoal<StrategicGoals['goals'][number]>>();
  const result = new Map<string, NumberedGoal<ResultGoals['goals'][number]>>();
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      for (const block of section.blocks ?? []) {
        if (block.type === 'strategicGoals') block.goals.forEach((goal, i) => strategic.set(goal.id, { goal, number: i + 1 }));
        if (block.type === 'resultGoals') block.goals.forEach((goal, i) => result.set(goal.id, { goal, number: i + 1 }));
      }
      visit(section.sections ?? []);
    }
  };
  visit(plan.sections);
  const people = new Map(plan.people.map((person) => [person.initials, person.name]));
  return {
    strategicGoal: (id) => (id ? strategic.get(id) : undefined),
    resultGoal: (id) => (id ? result.get(id) : undefined),
    personName: (initials) => people.get(initials) ?? initials,
  };
}
