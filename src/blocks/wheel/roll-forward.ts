/** Next year's wheel: its year and every written date move on; months and seasons recur as they are. */
import { isMap, isSeq } from 'yaml';
import { shiftDateAt, shiftYearAt, type BlockRollForward } from '../../authoring/roll-forward-tools';

export const rollWheelForward: BlockRollForward = (wheel, years) => {
  shiftYearAt(wheel, 'year', years);
  const events = wheel.get('events', true);
  if (!isSeq(events)) return;
  for (const event of events.items) {
    if (!isMap(event)) continue;
    shiftDateAt(event, 'date', years);
    const period = event.get('period', true);
    if (isMap(period)) for (const key of ['from', 'to']) shiftDateAt(period, key, years);
  }
};
