import { expect } from '@open-wc/testing';
import { toIsoDate } from '../../src/core/format.js';
import { daysAbroad, schedule } from '../../src/recovery-timeline/schedule.js';
import { stemCellScarTimeline } from '../../src/data/stem-cell-scars-timeline.js';
import type { Phase } from '../../src/schema/timeline.js';

const words = { title: 'T', description: 'D' };
const seed = stemCellScarTimeline({ title: 'T', phases: { pre: words, procedure: words, recovery: words, results: words } }).phases;
const iso = (date: Date | null) => (date ? toIsoDate(date) : null);
const phase = (id: string, min: number, max: number, unit: Phase['duration']['unit'], where: Phase['where']): Phase => ({
  id,
  title: id,
  duration: { min, max, unit },
  where,
});

describe('recovery-timeline/schedule', () => {
  it('counts 4–7 days abroad for the seed and a flight home 4 to 7 days after arrival', () => {
    expect(daysAbroad(seed)).to.deep.equal({ min: 4, max: 7 });
    const plan = schedule(seed, new Date(2027, 2, 1));
    expect([iso(plan.returnEarliest), iso(plan.returnLatest)]).to.deep.equal(['2027-03-05', '2027-03-08']);
    expect(plan.windows.map((w) => [iso(w.startEarliest), iso(w.endLatest)])).to.deep.equal([
      ['2027-03-01', '2027-03-02'],
      ['2027-03-02', '2027-03-03'],
      ['2027-03-03', '2027-03-07'],
      ['2027-03-05', '2027-09-07'],
    ]);
  });

  it('counts hours as whole days, weeks as seven days and months on the calendar', () => {
    const phases = [phase('a', 30, 50, 'hours', 'abroad'), phase('b', 1, 2, 'weeks', 'abroad'), phase('c', 1, 1, 'months', 'home')];
    expect(daysAbroad(phases)).to.deep.equal({ min: 2 + 7, max: 3 + 14 });
    const plan = schedule(phases, new Date(2027, 0, 31));
    expect(iso(plan.returnEarliest)).to.equal('2027-02-09');
    expect(iso(plan.windows[2]!.endEarliest)).to.equal('2027-03-08');
  });

  it('returns home after the last abroad phase, even with a home phase between trips', () => {
    const phases = [phase('trip-1', 5, 7, 'days', 'abroad'), phase('home', 3, 6, 'months', 'home'), phase('trip-2', 1, 2, 'weeks', 'abroad')];
    const plan = schedule(phases, new Date(2027, 2, 1));
    expect([iso(plan.returnEarliest), iso(plan.returnLatest)]).to.deep.equal(['2027-06-13', '2027-09-22']);
    expect(schedule([phase('x', 1, 2, 'days', 'home')], new Date(2027, 2, 1)).returnEarliest).to.equal(null);
  });

  it('keeps dates right across a daylight-saving change', () => {
    const plan = schedule([phase('a', 10, 10, 'days', 'abroad')], new Date(2027, 2, 25));
    expect(iso(plan.returnEarliest)).to.equal('2027-04-04');
  });
});
