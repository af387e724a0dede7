/**
 * Attribute fuzzing: every documented attribute of every element (read from the custom elements
 * manifest) set to random strings, numbers, JSON and huge values, with a fixed seed. No uncaught
 * error, never a blank element: each case shows content, or a fallback, or the error state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { MqElement } from '../../src/core/element.js';
import { captureConsole } from '../helpers.js';

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261127);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const garbage = () => Array.from({ length: 1 + Math.floor(next() * 40) }, () => String.fromCodePoint(1 + Math.floor(next() * 0x2fff))).join('');

/** The kinds of value a hostile or careless page puts in an attribute. */
const generators: (() => string)[] = [
  () => '',
  garbage,
  () => String(Math.floor(next() * 2e9) - 1e9),
  () => pick(['NaN', 'Infinity', '-0', '1e308', '0x1F', 'true', 'false', 'null', 'undefined']),
  () => JSON.stringify({ [garbage()]: garbage(), nested: { a: [1, 2, { b: null }] } }),
  () => JSON.stringify([garbage(), next(), null, true]),
  () => pick(['{', '[1,', '{"base":"USD"}', '{"base":"USD","date":"2026-13-45","rates":{"EUR":-1}}']),
  () => 'x'.repeat(100_000 + Math.floor(next() * 1000)),
  () => pick(['<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '../../../etc/passwd', '"><script>alert(1)</script>']),
  () => pick(['x-private', 'i-default', 'en-u-nu-thai', 'zz', 'und', 'ar-u-nu-arab', 'EN_us', 'tlh', 'ja-JP-u-ca-japanese']),
  () => pick(['2027-02-30', '2027-03-01', '0000-01-01', '9999-12-31', '2027-3-1', 'tomorrow']),
  () => pick(['price', 'savings', 'label', 'descending', 'horizontal', 'dark', 'light', 'clinic-due-diligence', 'EUR', 'usd']),
];

interface ManifestElement {
  tagName?: string;
  attributes?: { name: string }[];
}

describe('attribute fuzzing', () => {
  it('survives 500+ random attribute values on every element', async function () {
    this.timeout(120_000);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const elements: ManifestElement[] = manifest.modules.flatMap((module: { declarations?: ManifestElement[] }) => module.declarations ?? []).filter((d: ManifestElement) => d.tagName);
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(['mq-candidacy-checklist', 'mq-cost-table', 'mq-quote-button', 'mq-quote-form', 'mq-recovery-timeline', 'mq-trip-estimator']);

    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const log = captureConsole(); // fallbacks warn and bad data logs an error: expected here
    let cases = 0;
    try {
      for (const { tagName, attributes = [] } of elements) {
        // The form needs its two required attributes to show anything but its configuration error.
        const el = await fixture<MqElement<unknown, never>>(
          tagName === 'mq-quote-form'
            ? html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`
            : html`${document.createElement(tagName!)}`,
        );
        for (let round = 0; round < 14; round++) {
          for (const { name } of attributes) {
            const value = pick(generators)();
            el.setAttribute(name, value);
            await el.updateComplete;
            cases++;
            const root = el.shadowRoot!.querySelector('.root');
            const shown = (root?.textContent ?? '').trim();
            // Never blank: content, a fallback, a loading or error message (a pending src shows "Loading…").
            expect(shown.length, `${tagName} ${name}="${value.slice(0, 60)}" left the element blank`).to.be.greaterThan(0);
            if (next() < 0.3) el.removeAttribute(name);
          }
        }
      }
    } finally {
      log.restore();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
    expect(cases).to.be.at.least(500);
  });
});
