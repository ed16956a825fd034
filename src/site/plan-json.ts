/** The numbers planverk computes for a plan, published beside the model in plan.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DerivedPlan } from '../derive/derive-plan';
import { walkSections } from '../derive/derive-plan';
import { IMAGE_MEDIA_TYPE } from '../derive/published-image';
import { budgetTotals, staffTotal, staffUnit, sumLines } from '../derive/sums';

export interface ComputedNumbers {
  toc: DerivedPlan['toc'];
  /** Figure and table numbers by anchor: { "figur-arshjul": "Figur 1" }. */
  labels: Record<string, string>;
  budgets: { path: string; costs: number; revenues: number; result: number; groups: { title?: string; side: 'costs' | 'revenues'; total: number }[] }[];
  carriedOverFunds: { path: string; title: string; total: number }[];
  staff: { path: string; unit: string; total?: number }[];
  /** Figure images as published: `image` as written, `url` relative to the plan's folder on the site. */
  images: { path: string; image: string; url: string; type: string }[];
}

export function planComputedNumbers(derived: DerivedPlan): ComputedNumbers {
  const computed: ComputedNumbers = { toc: derived.toc, labels: {}, budgets: [], carriedOverFunds: [], staff: [], images: [] };
  for (const section of walkSections(derived.sections)) {
    section.blocks.forEach((block, index) => {
      const at = `${section.fieldPath}.blocks[${index}]`;
      if (block.anchor && block.label) computed.labels[block.anchor] = block.label;
      if (block.type === 'budget') {
        const groups = [
          ...block.costs.map((g) => ({ title: g.title, side: 'costs' as const, total: sumLines(g.lines) })),
          ...block.revenues.map((g) => ({ title: g.title, side: 'revenues' as const, total: sumLines(g.lines) })),
        ];
        computed.budgets.push({ path: at, ...budgetTotals(block), groups });
      }
      if (block.type === 'carriedOverFunds') computed.carriedOverFunds.push({ path: at, title: block.title, total: sumLines(block.lines) });
      if (block.type === 'figure' && block.image && block.published) {
        computed.images.push({ path: at, image: block.image, url: `bilder/${block.published.name}`, type: IMAGE_MEDIA_TYPE[block.published.format] });
      }
      if (block.type === 'staff') computed.staff.push({ path: at, unit: staffUnit(block.lines), total: staffTotal(block) });
    });
  }
  return computed;
}

/** The text of `/<plan-id>/plan.json`: the validated model plus every number planverk computes. */
export function planJsonText(derived: DerivedPlan): string {
  return JSON.stringify({ id: derived.id, ...derived.plan, computed: planComputedNumbers(derived) }, null, 2);
}

/**
 * Writes `<siteDir>/<plan-id>/plan.json`. Under `npm run build` whoever renders a plan's page
 * writes its plan.json too (plan-page-bodies.ts), from the same model and without a route.
 */
export function writePlanJson(siteDir: string, derived: DerivedPlan): void {
  const folder = path.join(siteDir, derived.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'plan.json'), planJsonText(derived));
}
