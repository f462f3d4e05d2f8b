import { dayNumber, layoutTimeline } from './timeline-chart';

describe('the treatment timeline on a time axis', () => {
  const milestones = [
    { name: 'ARRIVAL', start: { earliest: '2026-01-10', latest: '2026-01-12' }, end: { earliest: '2026-01-10', latest: '2026-01-12' } },
    { name: 'MANUFACTURING', start: { earliest: '2026-01-15', latest: '2026-01-17' }, end: { earliest: '2026-02-05', latest: '2026-03-10' } },
    { name: 'FOLLOW_UP', start: { earliest: '2026-03-11', latest: '2026-04-08' }, end: { earliest: '2026-03-20', latest: '2026-04-09' } },
  ];

  it('spans the axis from the earliest start to the whole last day, in calendar days', () => {
    const layout = layoutTimeline(milestones, 900);
    expect(layout.first).toBe('2026-01-10');
    expect(layout.last).toBe('2026-04-09');
    const days = dayNumber('2026-04-09') + 1 - dayNumber('2026-01-10'); // 90
    const [arrival, manufacturing] = layout.bars;
    expect(arrival).toMatchObject({ windowX: 0, singleDay: true });
    expect(arrival.windowWidth).toBeCloseTo((3 * 900) / days);
    expect(arrival.certainX).toBeUndefined();
    // Sure from the latest start (17th) to the earliest end (5 Feb), whole days.
    expect(manufacturing.certainX).toBeCloseTo((7 * 900) / days);
    expect(manufacturing.certainWidth).toBeCloseTo((20 * 900) / days);
    expect(layout.bars[2].windowX + layout.bars[2].windowWidth).toBeCloseTo(900);
  });

  it('leaves no certain part when the window allows none, and ticks each month start', () => {
    const layout = layoutTimeline(milestones, 900);
    expect(layout.bars[2].certainX).toBeUndefined();
    expect(layout.ticks.map((tick) => tick.day)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(layout.at('2026-01-01')).toBeNull();
    expect(layout.at('2026-02-01')).toBe(layout.ticks[0].x);
  });

  it('thins the ticks of a long plan and draws nothing for an empty one', () => {
    const long = [{ name: 'FOLLOW_UP', start: { earliest: '2026-01-01', latest: '2026-01-01' }, end: { earliest: '2027-12-01', latest: '2027-12-31' } }];
    expect(layoutTimeline(long, 900, 8).ticks.length).toBeLessThanOrEqual(8);
    expect(layoutTimeline([], 900).bars).toEqual([]);
  });
});
