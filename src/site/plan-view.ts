/**
 * What a plan page needs besides the derived plan: the Markdown context, lookups from
 * ids to goals and from initials to names, and Swedish labels for the model's enums.
 */
import type { Plan, StrategicGoals, ResultGoals } from '../../schemas';
import type { DerivedPlan, DerivedSection } from '../derive/derive-plan';
import { walkSections } from '../derive/derive-plan';
import { createMarkdownContext, type MarkdownContext } from './render-markdown';
import type { PlanLinks } from './plan-page/links';

export interface PlanView {
  plan: Plan;
  md: MarkdownContext;
  links: PlanLinks;
  strategicGoal: (id: string | undefined) => StrategicGoals['goals'][number] | undefined;
  resultGoal: (id: string | undefined) => { goal: ResultGoals['goals'][number]; number: number } | undefined;
  /** "MÅ" → "Martin Åberg"; unknown initials stay as written. */
  personName: (initials: string) => string;
  /** Names for scrollable table frames (landmarks), made unique on the page: "Personal", "Personal (2)". */
  uniqueLabel: (label: string) => string;
}

export function createPlanView(derived: DerivedPlan, links: PlanLinks): PlanView {
  const { plan } = derived;
  const strategic = new Map<string, StrategicGoals['goals'][number]>();
  const result = new Map<string, { goal: ResultGoals['goals'][number]; number: number }>();
  for (const section of walkSections(derived.sections)) {
    for (const block of section.blocks) {
      if (block.type === 'strategicGoals') for (const goal of block.goals) strategic.set(goal.id, goal);
      if (block.type === 'resultGoals') block.goals.forEach((goal, i) => result.set(goal.id, { goal, number: i + 1 }));
    }
  }
  const people = new Map(plan.people.map((person) => [person.initials, person]));
  const labelCounts = new Map<string, number>();
  return {
    plan,
    md: createMarkdownContext(derived.references, plan.abbreviations),
    links,
    strategicGoal: (id) => (id ? strategic.get(id) : undefined),
    resultGoal: (id) => (id ? result.get(id) : undefined),
    personName: (initials) => people.get(initials)?.name ?? initials,
    uniqueLabel: (label) => {
      const count = (labelCounts.get(label) ?? 0) + 1;
      labelCounts.set(label, count);
      return count === 1 ? label : `${label} (${count})`;
    },
  };
}

/** h2 for top-level sections (the plan title is the page's h1), never deeper than h6. */
export function headingLevel(section: Pick<DerivedSection, 'level'>): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, section.level + 1) as 2 | 3 | 4 | 5 | 6;
}


/** The 17 global goals of Agenda 2030, by number. */
export const AGENDA_2030 = [
  '', 'Ingen fattigdom', 'Ingen hunger', 'Hälsa och välbefinnande', 'God utbildning för alla', 'Jämställdhet',
  'Rent vatten och sanitet för alla', 'Hållbar energi för alla', 'Anständiga arbetsvillkor och ekonomisk tillväxt',
  'Hållbar industri, innovationer och infrastruktur', 'Minskad ojämlikhet', 'Hållbara städer och samhällen',
  'Hållbar konsumtion och produktion', 'Bekämpa klimatförändringarna', 'Hav och marina resurser',
  'Ekosystem och biologisk mångfald', 'Fredliga och inkluderande samhällen', 'Genomförande och globalt partnerskap',
] as const;
