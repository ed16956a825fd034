/** A missing activity status is never printed as "planerad"; without statuses there is no Status column. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { showsActivityStatus } from '../../src/derive/activity-status';
import { renderPlanPdf } from '../../src/pdf';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { ACTION_PLAN } from '../../src/shared/words-sv';

describe('action-plan status', () => {
  it('prints no Status column and no invented "planerad" when the plan gives no status', async () => {
    const contentRoot = await resolveContentRoot('content');
    const { plans } = await checkPlans(contentRoot, [path.join(contentRoot, 'fou-jamt-handlingsplan-ebp')]);
    const plan = plans[0]!;
    const written = plan.plan.sections.flatMap(function collect(s): NonNullable<typeof s.blocks> { return [...(s.blocks ?? []), ...(s.sections ?? []).flatMap(collect)]; })
      .filter((b) => b.type === 'actionPlan');
    expect(written.length).toBeGreaterThan(0);
    expect(written.some((b) => b.type === 'actionPlan' && showsActivityStatus(b))).toBe(false);
    const derived = plan.sections.flatMap(function collect(s): typeof s.blocks { return [...s.blocks, ...s.sections.flatMap(collect)]; })
      .filter((b) => b.type === 'actionPlan');
    const headers = derived.flatMap((b) => b.parts.flatMap((part) => (part.kind === 'table' ? part.columns.map((c) => c.header) : [])));
    expect(headers).toContain(ACTION_PLAN.activity);
    expect(headers).not.toContain(ACTION_PLAN.status);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'planverk-status-')), 'plan.pdf');
    await writeFile(file, await renderPlanPdf(plan, contentRoot));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Aktivitet, syfte och mått');
    expect(text).not.toMatch(/\bplanerad\b/);
  });
});
