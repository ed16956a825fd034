/** The numbers planverk computes for a plan, published beside the model in plan.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DerivedPlan } from '../derive/derive-plan';
import { walkSections } from '../derive/derive-plan';
import type { Decimal } from '../shared/exact-decimal';

/**
 * A JSON number written with exactly the digits of an exact sum: through a double a sum
 * above 2^53 would be rounded. (JSON.rawJSON is in Node 22; TypeScript's lib lacks it.)
 */
type ExactJsonNumber = { readonly rawJSON: string };
const exactNumber = (value: Decimal): ExactJsonNumber => (JSON as unknown as { rawJSON(text: string): ExactJsonNumber }).rawJSON(value);
import { IMAGE_MEDIA_TYPE } from '../shared/published-image';

export interface ComputedNumbers {
  toc: DerivedPlan['toc'];
  /** Figure and table numbers by anchor: { "figur-arshjul": "Figur 1" }. */
  labels: Record<string, string>;
  budgets: { path: string; costs: ExactJsonNumber; revenues: ExactJsonNumber; result: ExactJsonNumber; groups: { title?: string; side: 'costs' | 'revenues'; total: ExactJsonNumber }[] }[];
  carriedOverFunds: { path: string; title: string; total: ExactJsonNumber }[];
  staff: { path: string; unit: string; total?: ExactJsonNumber }[];
  /** Figure images as published: `image` as written, `url` relative to the plan's folder on the site. */
  images: { path: string; image: string; url: string; type: string }[];
}

/** The sums come from the derived model; nothing is recomputed here. */
export function planComputedNumbers(derived: DerivedPlan): ComputedNumbers {
  const computed: ComputedNumbers = { toc: derived.toc, labels: {}, budgets: [], carriedOverFunds: [], staff: [], images: [] };
  for (const section of walkSections(derived.sections)) {
    section.blocks.forEach((block, index) => {
      const at = `${section.fieldPath}.blocks[${index}]`;
      if (block.anchor && block.label) computed.labels[block.anchor] = block.label;
      if (block.type === 'budget') {
        const { sums } = block;
        const groups = [
          ...block.costs.map((g, i) => ({ title: g.title, side: 'costs' as const, total: exactNumber(sums.groups.costs[i]!) })),
          ...block.revenues.map((g, i) => ({ title: g.title, side: 'revenues' as const, total: exactNumber(sums.groups.revenues[i]!) })),
        ];
        computed.budgets.push({ path: at, costs: exactNumber(sums.costs), revenues: exactNumber(sums.revenues), result: exactNumber(sums.result), groups });
      }
      if (block.type === 'carriedOverFunds') computed.carriedOverFunds.push({ path: at, title: block.title, total: exactNumber(block.sums.total) });
      if (block.type === 'staff') {
        const { unit, total } = block.sums;
        computed.staff.push({ path: at, unit, total: total === undefined ? undefined : exactNumber(total) });
      }
      if (block.type === 'figure' && block.image && block.published) {
        computed.images.push({ path: at, image: block.image, url: `bilder/${block.published.name}`, type: IMAGE_MEDIA_TYPE[block.published.format] });
      }
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
 * writes its plan.json too (src/build/astro-site/plan-pages.ts), from the same model and without a route.
 */
export function writePlanJson(siteDir: string, derived: DerivedPlan): void {
  const folder = path.join(siteDir, derived.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'plan.json'), planJsonText(derived));
}
