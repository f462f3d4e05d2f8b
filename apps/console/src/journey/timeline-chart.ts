// The treatment timeline's geometry, kept apart from React so it can be tested as plain logic.

export interface DayWindow {
  earliest: string;
  latest: string;
}

export interface PlannedMilestone {
  name: string;
  start: DayWindow;
  end: DayWindow;
}

export interface MilestoneBar {
  name: string;
  /** The whole window: from the earliest start to the latest end. */
  windowX: number;
  windowWidth: number;
  /** The part sure to be spent (latest start to earliest end); absent when the window leaves none. */
  certainX?: number;
  certainWidth?: number;
  /** A single day (arrival, infusion): drawn as a marker, not a span. */
  singleDay: boolean;
}

export interface AxisTick {
  day: string;
  x: number;
}

export interface TimelineLayout {
  first: string;
  last: string;
  bars: MilestoneBar[];
  ticks: AxisTick[];
  /** Where a day falls on the axis, or null outside it. */
  at: (day: string) => number | null;
}

/** Days since 1970-01-01 of a calendar day (YYYY-MM-DD), without time zones. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

function dayOf(number: number): string {
  return new Date(number * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Lays the milestones on a horizontal axis `width` units wide, from the earliest start to the latest
 * end, with a tick on the first day of each month (at most `maxTicks`, thinned evenly).
 */
export function layoutTimeline(milestones: readonly PlannedMilestone[], width: number, maxTicks = 8): TimelineLayout {
  if (milestones.length === 0) return { first: '', last: '', bars: [], ticks: [], at: () => null };
  const first = Math.min(...milestones.map((milestone) => dayNumber(milestone.start.earliest)));
  // The last day is drawn whole: the axis ends the day after it.
  const last = Math.max(...milestones.map((milestone) => dayNumber(milestone.end.latest)));
  const span = Math.max(1, last + 1 - first);
  const x = (number: number) => ((number - first) / span) * width;
  const bars = milestones.map((milestone): MilestoneBar => {
    const startEarliest = dayNumber(milestone.start.earliest);
    const startLatest = dayNumber(milestone.start.latest);
    const endEarliest = dayNumber(milestone.end.earliest);
    const endLatest = dayNumber(milestone.end.latest);
    const bar: MilestoneBar = {
      name: milestone.name,
      windowX: x(startEarliest),
      windowWidth: x(endLatest + 1) - x(startEarliest),
      singleDay: milestone.start.earliest === milestone.end.earliest && milestone.start.latest === milestone.end.latest,
    };
    if (!bar.singleDay && endEarliest + 1 > startLatest) {
      bar.certainX = x(startLatest);
      bar.certainWidth = x(endEarliest + 1) - x(startLatest);
    }
    return bar;
  });
  const months: number[] = [];
  const cursor = new Date(first * 86_400_000);
  cursor.setUTCDate(1);
  for (cursor.setUTCMonth(cursor.getUTCMonth() + 1); cursor.getTime() / 86_400_000 <= last; cursor.setUTCMonth(cursor.getUTCMonth() + 1))
    months.push(cursor.getTime() / 86_400_000);
  const step = Math.max(1, Math.ceil(months.length / maxTicks));
  const ticks = months.filter((_, index) => index % step === 0).map((number) => ({ day: dayOf(number), x: x(number) }));
  const at = (day: string) => {
    const number = dayNumber(day);
    return number < first || number > last ? null : x(number);
  };
  return { first: dayOf(first), last: dayOf(last), bars, ticks, at };
}
