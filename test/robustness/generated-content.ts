/** Writes generated plans as plan folders under a temporary content root. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveContentRoot } from '../../src/pipeline';
import { planYaml, type GeneratedPlan } from './arbitraries';

export async function tempContentRoot(prefix = 'planverk-gen-'): Promise<string> {
  return resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), prefix)));
}

export async function writeGeneratedPlan(root: string, id: string, plan: GeneratedPlan): Promise<string> {
  const dir = path.join(root, id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'plan.yaml'), planYaml(plan));
  for (const [name, body] of Object.entries(plan.files)) await writeFile(path.join(dir, name), body);
  return dir;
}
