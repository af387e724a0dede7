// Finding 10, the list page's side: the read token is asked for, or taken once from a #token=
// link and removed from the address bar and history; it is never sent in a URL.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

/** demo/requests.html in a frame of this page (same origin: the test server serves it). */
async function openList(hash = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/demo/requests.html${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
const status = (frame: HTMLIFrameElement) => frame.contentDocument!.getElementById('status')!.textContent ?? '';
const requestedUrls = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.name);

describe('the stored-requests page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('takes the token from the link once and removes it from the address bar and history', async () => {
    const entries = history.length;
    const frame = await openList('#token=test-read-token');
    await until(() => /request\(s\)|No requests/.test(status(frame)), 5000, 'the list');
    const win = frame.contentWindow!;
    expect(win.location.hash).to.equal('');
    expect(win.location.href).not.to.contain('test-read-token');
    expect(win.history.length, 'replaced, not pushed').to.equal(entries);
    expect(requestedUrls(frame).some((url) => url.includes('test-read-token'))).to.equal(false);
    expect(frame.contentDocument!.getElementById('token-form')!.hidden).to.equal(true);
  });

  it('asks for the token when the link carries none, and again when it is wrong', async () => {
    const frame = await openList();
    const doc = frame.contentDocument!;
    const form = doc.getElementById('token-form') as HTMLFormElement;
    await until(() => !form.hidden, 2000, 'the token form');
    const input = doc.getElementById('token') as HTMLInputElement;
    expect(input.type).to.equal('password');
    input.value = 'not-the-token';
    form.requestSubmit();
    await until(() => /not accepted/.test(status(frame)), 5000, 'the refusal');
    expect(form.hidden).to.equal(false);
    input.value = 'test-read-token';
    form.requestSubmit();
    await until(() => /request\(s\)|No requests/.test(status(frame)), 5000, 'the list');
    expect(form.hidden).to.equal(true);
    expect(input.value).to.equal('');
    expect(frame.contentWindow!.location.href).not.to.contain('token');
  });
});
