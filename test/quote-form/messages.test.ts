/** The quote form's messages: typed placeholders, and counts in the plural form each language needs. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import { formatMessage, type MessageKey, type MessageParams, type Messages } from '../../src/core/i18n/messages.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import ar from '../../src/quote-form/i18n/ar.js';
import en from '../../src/quote-form/i18n/en.js';
import es from '../../src/quote-form/i18n/es.js';
import { text, until } from '../helpers.js';
import { $, attach, png, setValue, stepTitle, submitStep, toReview } from './form-helpers.js';

const DRAFT = `medquote:quote:${location.origin}/api/quotes`;
const ADA = {
  destinations: ['mexico-colombia'], timeframe: 'flexible', residence: 'DE', forSelf: 'self', name: 'Ada Patient',
  email: 'ada@example.org', phoneCountry: 'DE', phoneNational: '0151 23456789', channel: 'email',
};

/** An Arabic form that resumes a draft on `step` with Ada's answers, changed by `state`. */
async function arabicForm(step: string, state: Record<string, string> = {}): Promise<MqQuoteForm> {
  sessionStorage.setItem(DRAFT, JSON.stringify({ state: { ...ADA, ...state }, step, startedAt: Date.now() }));
  const el = await fixture<MqQuoteForm>(html`<mq-quote-form locale="ar" endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
  await until(() => stepTitle(el).includes('الخطوة'), 3000, 'the Arabic catalog');
  return el;
}

/** `t()` as the form calls it: parameters checked against the English placeholders. */
const t = <K extends MessageKey<typeof en>>(catalog: Messages, lang: string, key: K, ...[params]: MessageParams<typeof en, K>) =>
  formatMessage(catalog, lang, key, params);

describe('mq-quote-form messages', () => {
  afterEach(() => sessionStorage.clear());

  it('counts characters left in Arabic with the form each number needs', async () => {
    const el = await arabicForm('health');
    $<HTMLInputElement>(el, '#healthConsent').click();
    await el.updateComplete;
    const left = async (count: number) => {
      setValue(el, 'notes', 'x'.repeat(1000 - count));
      await el.updateComplete;
      return text($(el, '#notes-hint'));
    };
    expect(await left(0)).to.equal('لم يبقَ أي حرف'); // zero
    expect(await left(1)).to.equal('بقي حرف واحد'); // one
    expect(await left(2)).to.equal('بقي حرفان'); // two
    expect(await left(3)).to.equal('بقيت 3 أحرف'); // few: 3–10
    expect(await left(11)).to.equal('بقي 11 حرفًا'); // many: 11–99
    expect(await left(100)).to.equal('بقي 100 حرف'); // other
    expect(await left(1000)).to.equal('بقي 1000 حرف'); // other
  });

  it('counts the problems to correct in Arabic', async () => {
    const summary = async (state: Record<string, string>) => {
      const el = await arabicForm('contact', state);
      await submitStep(el);
      return text($(el, '[part="error-summary"] p'));
    };
    expect(await summary({ channel: '' })).to.equal('يُرجى تصحيح مشكلة واحدة:');
    expect(await summary({ channel: '', name: '' })).to.equal('يُرجى تصحيح مشكلتين:');
    expect(await summary({ channel: '', name: '', email: '' })).to.equal('يُرجى تصحيح 3 مشكلات:');
  });

  it('says how many photos are shared on the review, in English', async () => {
    sessionStorage.clear();
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
    await toReview(el, async () => {
      attach(el, [await png('arm.png')]);
      await until(() => el.shadowRoot!.querySelectorAll('[part="photo"]').length === 1, 3000, 'the photo');
    });
    const health = Array.from(el.shadowRoot!.querySelectorAll('.review-row')).find((row) => text(row.querySelector('dt')) === 'Health details (optional)');
    expect(text(health!.querySelector('dd'))).to.equal('Shared, with 1 photo');
  });

  it('has every plural form in English, Spanish and Arabic', () => {
    for (const [key, count, english, spanish, arabic] of [
      ['errorSummary', 1, 'Please correct 1 problem:', 'Corrija 1 problema:', 'يُرجى تصحيح مشكلة واحدة:'],
      ['errorSummary', 11, 'Please correct 11 problems:', 'Corrija 11 problemas:', 'يُرجى تصحيح 11 مشكلةً:'],
      ['healthShared', 0, 'Shared, with 0 photos', 'Compartidos, con 0 fotos', 'تمت المشاركة، دون صور'],
      ['healthShared', 1, 'Shared, with 1 photo', 'Compartidos, con 1 foto', 'تمت المشاركة، مع صورة واحدة'],
      ['healthShared', 2, 'Shared, with 2 photos', 'Compartidos, con 2 fotos', 'تمت المشاركة، مع صورتين'],
      ['healthShared', 5, 'Shared, with 5 photos', 'Compartidos, con 5 fotos', 'تمت المشاركة، مع 5 صور'],
      ['charactersLeft', 1, '1 character left', 'Queda 1 carácter', 'بقي حرف واحد'],
      ['charactersLeft', 999, '999 characters left', 'Quedan 999 caracteres', 'بقي 999 حرفًا'],
    ] as const) {
      expect(t(en, 'en', key, { count }), `${key} ${count} en`).to.equal(english);
      expect(t(es, 'es', key, { count }), `${key} ${count} es`).to.equal(spanish);
      expect(t(ar, 'ar', key, { count }), `${key} ${count} ar`).to.equal(arabic);
    }
  });

  it('has no “(s)” in any element’s catalog', async () => {
    const folders = ['core', 'cost-table', 'recovery-timeline', 'candidacy-checklist', 'quote-form'];
    const catalogs = await Promise.all(folders.flatMap((folder) => ['en', 'es', 'ar'].map((lang) => import(`../../src/${folder}/i18n/${lang}.ts`))));
    expect(catalogs).to.have.length(15);
    for (const { default: catalog } of catalogs) expect(Object.values(catalog as Messages).filter((message) => message.includes('(s)'))).to.deep.equal([]);
  });

  it('type-checks parameters against the English placeholders', () => {
    expect(t(en, 'en', 'removePhoto', { name: 'arm.png' })).to.equal('Remove arm.png');
    // @ts-expect-error the placeholder is {count}, not {n}
    t(en, 'en', 'charactersLeft', { n: 3 });
    // @ts-expect-error a plural needs its numeric count
    t(en, 'en', 'healthShared', { count: '2' });
    // @ts-expect-error 'file' is not a placeholder of 'Remove {name}'
    t(en, 'en', 'removePhoto', { file: 'arm.png' });
    // @ts-expect-error the problem(s) message is now a plural, asked for by its stem
    t(en, 'en', 'errorSummary');
  });
});
