import type { Wheel } from '../../../../schemas';
import type { DerivedBlock, DerivedSection } from '../../../derive/derive-plan';
import { headingLevel, type PlanView } from '../../plan-view';
import { markdownBlock } from '../markdown-nodes';
import { actionPlan } from './action-plan';
import { areaBudget } from './area-budget';
import { assignmentTable } from './assignment-table';
import { budget } from './budget';
import { carriedOverFunds } from './carried-over-funds';
import { coreArea } from './core-area';
import { dataTable } from './data-table';
import { figure } from './figure';
import { fundedRoles } from './funded-roles';
import { goalTable } from './goal-table';
import { programLogic } from './program-logic';
import { resultGoals } from './result-goals';
import { staff } from './staff';
import { strategicGoals } from './strategic-goals';
import { wheelBlock } from './wheel-block';

/** One block of a section, by its type. */
export function block(block: DerivedBlock, section: DerivedSection, view: PlanView) {
  switch (block.type) {
    case 'text': return markdownBlock(block.markdown, view.md, { headingBase: headingLevel(section) });
    case 'figure': return figure(block, view, section.blocks.find((b): b is Wheel & DerivedBlock => b.type === 'wheel'));
    case 'table': return dataTable(block, view);
    case 'coreArea': return coreArea(block, view, section.title);
    case 'strategicGoals': return strategicGoals(block);
    case 'goalTable': return goalTable(block, view);
    case 'programLogic': return programLogic(block, view);
    case 'resultGoals': return resultGoals(block, view);
    case 'assignmentTable': return assignmentTable(block, view);
    case 'actionPlan': return actionPlan(block, view);
    case 'fundedRoles': return fundedRoles(block, view);
    case 'wheel': return wheelBlock(block, view.plan.period.start, section.blocks.some((b) => b.type === 'figure' && b.generated === 'wheel'), view);
    case 'budget': return budget(block, view.plan.period.start, view);
    case 'carriedOverFunds': return carriedOverFunds(block, view);
    case 'areaBudget': return areaBudget(block, view);
    case 'staff': return staff(block, view);
  }
}
