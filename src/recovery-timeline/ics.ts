/**
 * An iCalendar file (RFC 5545) of the trip, built in the browser: one all-day event per phase,
 * spanning the earliest start to the latest end of its dates.
 */
import { addDays, toIsoDate } from '../core/format.js';
import type { PhaseWindow } from './schedule.js';

/**
 * TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break (CRLF,
 * LF, or a lone CR) written as `\n`; other control characters dropped. A raw CR or LF would end the
 * line and let the rest of a partner's text become a property of its own.
 */
const escapeText = (text: string) =>
  text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\0-\x08\v-\x1f\x7f]/g, '');
const icsDate = (date: Date) => toIsoDate(date).replaceAll('-', '');

/** Lines longer than 75 octets are folded (continuations start with a space), never inside a multi-byte character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  let folded = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if ((size += bytes) > 75) {
      folded += '\r\n ';
      size = bytes + 1;
    }
    folded += char;
  }
  return folded;
}

export interface IcsOptions {
  calendarName: string;
  windows: PhaseWindow[];
  /** Added to every event's description: that dates are estimates, not medical advice. */
  note: string;
  now?: Date;
}

export function buildIcs({ calendarName, windows, note, now = new Date() }: IcsOptions): string {
  const stamp = now.toISOString().replace(/[-:]|\.\d+/g, ''); // 20270301T120000Z
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
