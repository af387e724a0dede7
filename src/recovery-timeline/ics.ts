/**
 * An iCalendar file (RFC 5545) of the trip, built in the browser: one all-day event per phase,
 * spanning the earliest start to the latest end of its dates.
 */
import { addDays, toIsoDate } from '../core/format.js';
import type { PhaseWindow } from './schedule.js';

const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
const icsDate = (date: Date) => toIsoDate(date).replaceAll('-', '');

/** Lines longer than 75 octets are folded, never inside a multi-byte character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface IcsOptions {
  calendarName: string;
  windows: PhaseWindow[];
  /** Added to every event's description: that dates are estimates, not medical advice. */
  note: string;
  now?: Date;
}

export function buildIcs({ calendarName, windows, note, now = new Date() }: IcsOptions): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const start = toIsoDate(windows[0]!.startEarliest);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//medquote//recovery timeline//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(calendarName)}`];
  for (const { phase, startEarliest, endLatest } of windows) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${phase.id}-${start}@medquote`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(startEarliest)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(endLatest, 1))}`,
      `SUMMARY:${escapeText(phase.title)}`,
      `DESCRIPTION:${escapeText([phase.description, note].filter(Boolean).join('\n\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
