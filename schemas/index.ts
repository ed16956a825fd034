/** The plan model: the single source of truth for the CLI, the site and the PDF. */
import type * as z from 'zod';
import type { blockSchema } from './block';
import type { areaBudgetSchema, budgetGroupSchema, budgetLineSchema, budgetSchema, carriedOverFundsSchema } from './budget';
import type { figureSchema, tableSchema, textBlockSchema } from './figure';
import type {
  actionPlanSchema,
  assignmentTableSchema,
  coreAreaSchema,
  fundedRolesSchema,
  goalTableSchema,
  programLogicSchema,
  resultGoalsSchema,
  strategicGoalsSchema,
} from './goals';
import type { staffLineSchema, staffSchema } from './staff';
import type { wheelCategorySchema, wheelEventSchema, wheelSchema } from './wheel';

export * from './block';
export * from './budget';
export * from './figure';
export * from './follow-up';
export * from './goal-model';
export * from './goals';
export * from './metadata';
export * from './people';
export * from './plan';
export * from './primitives';
export * from './section';
export * from './staff';
export * from './wheel';

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type TextBlock = z.infer<typeof textBlockSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Table = z.infer<typeof tableSchema>;
export type CoreArea = z.infer<typeof coreAreaSchema>;
export type StrategicGoals = z.infer<typeof strategicGoalsSchema>;
export type GoalTable = z.infer<typeof goalTableSchema>;
export type ProgramLogic = z.infer<typeof programLogicSchema>;
export type ResultGoals = z.infer<typeof resultGoalsSchema>;
export type AssignmentTable = z.infer<typeof assignmentTableSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;
export type FundedRoles = z.infer<typeof fundedRolesSchema>;
export type Wheel = z.infer<typeof wheelSchema>;
export type WheelEvent = z.infer<typeof wheelEventSchema>;
export type WheelCategory = z.infer<typeof wheelCategorySchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type BudgetGroup = z.infer<typeof budgetGroupSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type CarriedOverFunds = z.infer<typeof carriedOverFundsSchema>;
export type AreaBudget = z.infer<typeof areaBudgetSchema>;
export type Staff = z.infer<typeof staffSchema>;
export type ActivityStatus = (typeof import('./goals').ACTIVITY_STATUSES)[number];
export type StaffLine = z.infer<typeof staffLineSchema>;
export type BudgetTable = z.infer<typeof import('./budget-table').budgetTableSchema>;
export type BudgetTableLine = z.infer<typeof import('./budget-table').budgetTableLineSchema>;
export type BudgetTableGroup = z.infer<typeof import('./budget-table').budgetTableGroupSchema>;
