/**
 * Turns phases with duration ranges into calendar dates. The counting rule: the arrival date is
 * day 1; a phase of N days covers N calendar days; a phase measured in hours takes one day; the
 * flight home is the day after the last day abroad. Every date is a range (earliest, latest)
 * because every duration is.
 */
import { addDays, addMonths } from '../core/format.js';
import type { Phase } from '../schema/timeline.js';

export interface PhaseWindow {
  phase: Phase;
  startEarliest: Date;
  startLatest: Date;
  endEarliest: Date;
  endLatest: Date;
}

export interface Schedule {
  windows: PhaseWindow[];
  /** Null when no phase is abroad. */
  returnEarliest: Date | null;
  returnLatest: Date | null;
}

/** Whole days a phase takes (months are counted on the calendar, so they are not days here). */
function days(value: number, unit: Phase['duration']['unit']): number {
  if (unit === 'hours') return Math.max(1, Math.ceil(value / 24));
  return unit === 'weeks' ? value * 7 : value;
}

function advance(from: Date, value: number, unit: Phase['duration']['unit']): Date {
  return unit === 'months' ? addMonths(from, value) : addDays(from, days(value, unit));
}

/** The time abroad in days, the sum of the abroad phases: 4–7 for the default. */
export function daysAbroad(phases: Phase[]): { min: number; max: number } {
  const origin = new Date(2000, 0, 1);
  const span = (value: number, unit: Phase['duration']['unit']) =>
    Math.round((advance(origin, value, unit).getTime() - origin.getTime()) / 86_400_000);
  return phases
    .filter((phase) => phase.where === 'abroad')
    .reduce(
      (total, { duration: { min, max, unit } }) => ({ min: total.min + span(min, unit), max: total.max + span(max, unit) }),
      { min: 0, max: 0 },
    );
}

export function schedule(phases: Phase[], start: Date): Schedule {
  let earliest = start;
  let latest = start;
  let returnEarliest: Date | null = null;
  let returnLatest: Date | null = null;
  const windows = phases.map((phase) => {
    const { min, max, unit } = phase.duration;
    const nextEarliest = advance(earliest, min, unit);
    const nextLatest = advance(latest, max, unit);
    const window = {
      phase,
      startEarliest: earliest,
      startLatest: latest,
      // A phase that may take no time at all still shows on the day it would happen.
      endEarliest: nextEarliest > earliest ? addDays(nextEarliest, -1) : earliest,
      endLatest: nextLatest > latest ? addDays(nextLatest, -1) : latest,
    };
    earliest = nextEarliest;
    latest = nextLatest;
    if (phase.where === 'abroad') [returnEarliest, returnLatest] = [earliest, latest];
    return window;
  });
  return { windows, returnEarliest, returnLatest };
}
