/**
 * Wheel periods: a period of months may cross the year end (november–februari) and is
 * drawn across 1 January without covering the year's first events; a period of dates
 * whose end comes before its start is an error (hjul-period-omvand, in the fixtures).
 */
import { describe, expect, it } from 'vitest';
import type { Wheel } from '../../schemas';
import { assignLanes, wheelGeometry } from '../../src/derive/wheel-geometry';
import { describeWhen, eventTiming } from '../../src/derive/wheel-when';

describe('wheel periods across the year end', () => {
  const wheel: Wheel = {
    type: 'wheel',
    categories: [{ id: 'a', name: 'A' }],
    events: [
      { title: 'Januari', category: 'a', month: 'januari' },
      { title: 'Vinter', category: 'a', period: { from: 'november', to: 'februari' } },
      { title: 'Sommar', category: 'a', month: 'juli' },
    ],
  };

  it('spans from the start month to the end of the end month, past 360°', () => {
    expect(eventTiming(wheel.events[1]!)).toEqual({ kind: 'arc', start: 300, end: 420 });
    expect(describeWhen(wheel.events[1]!)).toBe('november–februari');
  });

  it('puts an arc that wraps into January in another lane than January’s events', () => {
    // Sorted by start, as the geometry does: januari, juli, november–februari.
    expect(assignLanes([{ start: 0, end: 30 }, { start: 180, end: 210 }, { start: 300, end: 420 }])).toEqual([0, 0, 1]);
    // No overlap, no new lane: the wrapped end (60°) comes before the lane's first start.
    expect(assignLanes([{ start: 90, end: 120 }, { start: 300, end: 420 }])).toEqual([0, 0]);
    // Without wrapping the lanes are as before.
    expect(assignLanes([{ start: 0, end: 30 }, { start: 10, end: 20 }, { start: 30, end: 60 }])).toEqual([0, 1, 0]);
  });

  it('draws the wrapping arc in a lane of its own, not over January', () => {
    const marks = wheelGeometry(wheel, 2020).marks;
    const januari = marks.find((m) => m.eventIndex === 0)!;
    const winter = marks.find((m) => m.eventIndex === 1)!;
    expect(winter.path).toBeDefined();
    expect(winter.path).not.toBe(januari.path);
    const radii = (path: string) => [...path.matchAll(/A([\d.]+)/g)].map((m) => Number(m[1]));
    // Two lanes: the two arcs lie at different radii.
    expect(new Set(radii(winter.path!))).not.toEqual(new Set(radii(januari.path!)));
  });
});
