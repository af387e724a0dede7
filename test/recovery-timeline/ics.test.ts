import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs } from '../../src/recovery-timeline/ics.js';
import type { Phase } from '../../src/schema/timeline.js';

const phase = (title: string, description?: string): Phase => ({ id: 'rest', title, duration: { min: 1, max: 2, unit: 'days' }, where: 'abroad', description });
const window = (p: Phase) => ({ phase: p, startEarliest: new Date(2027, 2, 1), startLatest: new Date(2027, 2, 1), endEarliest: new Date(2027, 2, 2), endLatest: new Date(2027, 2, 3) });

/** The calendar's lines, unfolded (RFC 5545 3.1), and each line's property name. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}
const ALLOWED = ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'TRANSP', 'END'];

describe('recovery timeline .ics', () => {
  it('a partner’s text cannot inject calendar properties: CR, lone or not, is escaped and other controls dropped', () => {
    const title = 'Rest\rATTENDEE;RSVP=TRUE:mailto:attacker@example.com\u0000\u001b[31m\u007f';
    const description = 'Line one\r\nLine two\nLine three\rURL:https://attacker.example\u0007\u000b\u000c\ttabbed';
    const ics = buildIcs({ calendarName: 'Trip\rMETHOD:REQUEST', windows: [window(phase(title, description))], note: 'Not medical advice.', now: new Date(Date.UTC(2027, 0, 1, 12)) });
    expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'no line break but CRLF').to.equal(false);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(/[\0-\x08\v-\x1f\x7f]/.test(ics.replace(/\r\n/g, '')), 'no control character').to.equal(false);
    const names = unfolded(ics).map((line) => /^[A-Z-]+/.exec(line)?.[0]);
    expect(names.every((name) => name && ALLOWED.includes(name)), names.join(' ')).to.equal(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).to.equal(null);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Trip\\nMETHOD:REQUEST'); // an X- property: ical.js leaves its escapes
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('Rest\nATTENDEE;RSVP=TRUE:mailto:attacker@example.com[31m');
    expect(event.attendees).to.have.length(0);
    expect(event.description).to.equal('Line one\nLine two\nLine three\nURL:https://attacker.example\ttabbed\n\nNot medical advice.');
    expect(event.component.getFirstPropertyValue('url')).to.equal(null);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = buildIcs({ calendarName: 'x', windows: [window(phase('Ré'.repeat(60)))], note: '', now: new Date(Date.UTC(2027, 0, 1)) });
    const lines = ics.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('Ré'.repeat(60));
    expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2027-01-01T00:00:00Z');
  });
});
