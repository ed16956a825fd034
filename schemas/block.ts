/** Every kind of block a section can hold, told apart by `type`. */
import * as z from 'zod';
import { areaBudgetSchema, budgetSchema, carriedOverFundsSchema } from './budget';
import { figureSchema, tableSchema, textBlockSchema } from './figure';
import { goalModelSchema } from './goal-model';
import {
  actionPlanSchema,
  assignmentTableSchema,
  coreAreaSchema,
  fundedRolesSchema,
  goalTableSchema,
  programLogicSchema,
  resultGoalsSchema,
  strategicGoalsSchema,
} from './goals';
import { budgetTableSchema } from './budget-table';
import { staffSchema } from './staff';
import { wheelSchema } from './wheel';

export const blockSchema = z.discriminatedUnion('type', [
  textBlockSchema,
  figureSchema,
  tableSchema,
  coreAreaSchema,
  strategicGoalsSchema,
  goalTableSchema,
  programLogicSchema,
  resultGoalsSchema,
  assignmentTableSchema,
  actionPlanSchema,
  fundedRolesSchema,
  wheelSchema,
  budgetSchema,
  carriedOverFundsSchema,
  areaBudgetSchema,
  staffSchema,
  budgetTableSchema,
  goalModelSchema,
]);

export const BLOCK_TYPES = blockSchema.options.map((option) => option.shape.type.value);
