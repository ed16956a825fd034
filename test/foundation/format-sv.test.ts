import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateLong, formatFte, formatKronor, formatPercent, formatPeriod, sortSwedish } from '../../src/shared/format-sv';

describe('Swedish formatting', () => {
  it('separates thousands with a no-break space', () => {
    expect(formatAmount(3369000)).toBe('3\u00a0369\u00a0000');
    expect(formatKronor(881837)).toBe('881\u00a0837\u00a0kr');
  });
  it('writes decimals with a comma', () => {
    expect(formatFte(37.35)).toBe('37,35');
    expect(formatFte(3)).toBe('3,0');
    expect(formatPercent(50)).toBe('50\u00a0%');
  });
  it('writes dates with lower-case month names', () => {
    expect(formatDateLong('2020-01-24')).toBe('24 januari 2020');
  });
  it('writes a multi-year period with an en dash', () => {
    expect(formatPeriod({ start: 2021, end: 2023 })).toBe('2021–2023');
    expect(formatPeriod({ start: 2020 })).toBe('2020');
  });
  it('sorts å, ä, ö after z', () => {
    expect(sortSwedish(['Ö', 'A', 'Å', 'Z', 'Ä'], (s) => s)).toEqual(['A', 'Z', 'Å', 'Ä', 'Ö']);
  });
});
