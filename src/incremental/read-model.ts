/** Reads one plan's derived model from the model cache (kept apart so PDF workers load nothing else). */
import { readFile } from 'node:fs/promises';
import type { DerivedPlan } from '../derive/derive-plan';

export async function readPlanModel(file: string): Promise<DerivedPlan> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DerivedPlan;
  } catch {
    throw new Error(`planverk: modellfilen ${file} saknas eller är trasig; kör bygget igen.`);
  }
}
