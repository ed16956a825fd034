import { describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../schemas';
import { derivePlan, walkSections } from '../../src/derive/derive-plan';
import { budgetSums, staffSums } from '../../src/shared/sums';

const plan = (input: Partial<PlanInput>) =>
  planSchema.parse({ title: 'T', kind: 'verksamhetsplan', organisation: { name: 'O' }, period: { start: 2020 }, status: 'utkast', sections: [], ...input });

describe('derived plan', () => {
  it('numbers sections to four levels and skips unnumbered ones', () => {
    const derived = derivePlan('p', plan({
      sections: [
        { title: 'Årshjul' },
        { title: 'Inledning', sections: [{ title: 'Mål', sections: [{ title: 'Delmål', sections: [{ title: 'Fjärde nivån' }] }] }, { title: 'Organisation' }] },
        { title: 'Bilaga', numbered: false, sections: [{ title: 'Under bilaga' }] },
        { title: 'Budget' },
      ],
    }));
    expect([...walkSections(derived.sections)].map((s) => [s.number, s.title])).toEqual([
      ['1', 'Årshjul'], ['2', 'Inledning'], ['2.1', 'Mål'], ['2.1.1', 'Delmål'], ['2.1.1.1', 'Fjärde nivån'], ['2.2', 'Organisation'],
      [undefined, 'Bilaga'], [undefined, 'Under bilaga'], ['3', 'Budget'],
    ]);
    expect(derived.toc.map((e) => e.level)).toEqual([1, 1, 2, 3, 4, 2, 1, 2, 1]);
  });

  it('gives duplicated titles distinct anchors that keep Swedish letters', () => {
    const derived = derivePlan('p', plan({ sections: [{ title: 'Mål och uppdrag' }, { title: 'Mål och uppdrag' }] }));
    expect(derived.sections.map((s) => s.anchor)).toEqual(['mål-och-uppdrag', 'mål-och-uppdrag-1']);
  });

  it('numbers figures in document order and resolves references to them', () => {
    const figure = (id: string) => ({ type: 'figure' as const, id, alt: 'a', caption: 'c', missing: 'saknas' });
    const derived = derivePlan('p', plan({ sections: [{ title: 'A', blocks: [figure('f-a')] }, { title: 'B', blocks: [figure('f-b')] }] }));
    expect(derived.references['f-b']).toEqual({ anchor: 'f-b', label: 'Figur 2' });
  });

  it('computes budget and staff sums without rounding errors', () => {
    const budget = { type: 'budget' as const, balanced: true, costs: [{ lines: [{ label: 'a', amount: 2544000 }, { label: 'b', amount: 825000 }] }], revenues: [{ lines: [{ label: 'c', amount: 3369000 }] }] };
    expect(budgetSums(budget)).toEqual({ groups: { costs: ['3369000'], revenues: ['3369000'] }, costs: '3369000', revenues: '3369000', result: '0' });
    const lines = [2.5, 7, 8, 5.5, 2, 3, 5, 1, 1, 1.35, 1].map((fte, i) => ({ label: String(i), fte }));
    expect(staffSums({ type: 'staff', showTotal: true, lines })).toEqual({ unit: 'fte', total: '37.35' });
  });
});

describe('table of contents', () => {
  it('leaves out sections marked toc: false, with their subsections, but keeps them in the text', () => {
    const derived = derivePlan('p', plan({
      sections: [{ title: 'Område', sections: [{ title: 'Budget och finansiering 2021', toc: false, numbered: false, sections: [{ title: 'Djupare' }] }] }],
    }));
    expect(derived.toc.map((e) => e.title)).toEqual(['Område']);
    expect([...walkSections(derived.sections)].map((s) => [s.title, s.inToc])).toEqual([
      ['Område', true], ['Budget och finansiering 2021', false], ['Djupare', false],
    ]);
  });
});
