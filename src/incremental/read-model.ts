/** Reads one plan's derived model from the model cache (kept apart so PDF workers load nothing else). */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { DerivedPlan } from '../derive/derive-plan';

/**
 * Read synchronously: the callers are mostly worker threads and processes, and for a file of
 * about 80 kB a synchronous read takes a third of the time of fs/promises' readFile
 * (which opens, stats, reads and closes in separate trips to the thread pool). The file is
 * V8's serialization (model-cache.ts), which reads in under half the time of JSON.parse.
 */
export async function readPlanModel(file: string): Promise<DerivedPlan> {
  try {
    return deserialize(readFileSync(file)) as DerivedPlan;
  } catch {
    throw new Error(`planverk: modellfilen ${file} saknas eller är trasig; kör bygget igen.`);
  }
}
