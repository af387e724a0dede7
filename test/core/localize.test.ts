import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from '../../src/core/localize.js';
import checklistEn from '../../src/candidacy-checklist/i18n/en.js';
import costEn from '../../src/cost-table/i18n/en.js';
import { captureConsole } from '../helpers.js';

/** A bare element holding a LocalizeController, as MqElement does. */
class LocalizedHost extends LitElement {
  locale?: string;
  messages?: unknown;
}
customElements.define('test-localized-host', LocalizedHost);

async function controller<M extends typeof costEn | typeof checklistEn>(en: M, attributes: { locale?: string; messages?: unknown } = {}) {
  const host = await fixture<LocalizedHost>(html`<test-localized-host></test-localized-host>`);
  Object.assign(host, attributes);
  const catalogs = {
    en,
    lazy: en === checklistEn ? { ar: () => import('../../src/candidacy-checklist/i18n/ar.js'), es: () => import('../../src/candidacy-checklist/i18n/es.js') } : {},
  };
  const localize = new LocalizeController<M>(host);
  localize.resolve(catalogs);
  while (!localize.ready) {
    await new Promise((resolve) => setTimeout(resolve));
    localize.resolve(catalogs);
  }
  return localize;
}

describe('core/localize', () => {
  it('type-checks parameters against the English placeholders', async () => {
    const localize = await controller(costEn);
    expect(localize.t('sorted', { column: 'Price', direction: 'ascending' })).to.equal('Sorted by Price, ascending.');
    expect(localize.t('columnPrice')).to.equal('Estimated price');
    // @ts-expect-error 'colum' is not a placeholder of 'Sorted by {column}, {direction}.'
    expect(localize.t('sorted', { colum: 'Price', direction: 'ascending' })).to.equal('Sorted by {column}, ascending.');
    // @ts-expect-error a message with placeholders needs their values
    expect(localize.t('sortBy')).to.equal('Sort by {column}');
    // @ts-expect-error a message without placeholders takes no parameters
    localize.t('columnPrice', { column: 'x' });
    // @ts-expect-error not a key of the catalog
    localize.t('columnCost');
  });

  it('asks for plurals by their stem, with a numeric count', async () => {
    const localize = await controller(checklistEn);
    expect(localize.t('score', { yes: 1, total: 1, count: 1 })).to.equal('1 of 1 check met');
    expect(localize.t('score', { yes: 0, total: 0, count: 0 })).to.equal('0 of 0 checks met');
    expect(localize.t('score', { yes: 5, total: 7, count: 7 })).to.equal('5 of 7 checks met');
    // @ts-expect-error a plural needs its count
    localize.t('score', { yes: 5, total: 7 });
    // @ts-expect-error the count is a number
    localize.t('score', { yes: 5, total: 7, count: '7' });
  });

  it('picks the Arabic form for 0, 1, 2, 3, 11 and 100', async () => {
    const localize = await controller(checklistEn, { locale: 'ar' });
    expect(localize.lang).to.equal('ar');
    expect(localize.dir).to.equal('rtl');
    const score = (total: number) => localize.t('score', { yes: 0, total, count: total });
    expect(score(0)).to.equal('تحقق 0 من 0 بند'); // zero
    expect(score(1)).to.equal('تحقق 0 من بند واحد'); // one
    expect(score(2)).to.equal('تحقق 0 من بندين'); // two
    expect(score(3)).to.equal('تحقق 0 من 3 بنود'); // few: 3–10
    expect(score(11)).to.equal('تحقق 0 من 11 بندًا'); // many: 11–99
    expect(score(100)).to.equal('تحقق 0 من 100 بند'); // other
  });

  it('uses the plural rules of the catalog shown, not of the page language', async () => {
    // French calls 0 "one"; with no French catalog the text is English, which says "0 checks".
    const localize = await controller(checklistEn, { locale: 'fr' });
    expect(localize.lang).to.equal('fr');
    expect(localize.t('score', { yes: 0, total: 0, count: 0 })).to.equal('0 of 0 checks met');
  });

  it('lets a partner override a plural with one plain string, or form by form', async () => {
    const whole = await controller(checklistEn, { locale: 'ar', messages: { score: '{yes}/{total}' } });
    expect(whole.t('score', { yes: 1, total: 3, count: 3 })).to.equal('1/3');
    expect(whole.t('score', { yes: 1, total: 1, count: 1 })).to.equal('1/1');
    const form = await controller(checklistEn, { locale: 'ar', messages: { score_few: 'نقاط {yes}/{total}' } });
    expect(form.t('score', { yes: 1, total: 3, count: 3 })).to.equal('نقاط 1/3');
    expect(form.t('score', { yes: 1, total: 2, count: 2 })).to.equal('تحقق 1 من بندين');
  });

  it('warns once about a locale that is not a language tag, and speaks the page language', async () => {
    const log = captureConsole();
    try {
      const localize = await controller(costEn, { locale: 'not a tag' });
      localize.resolve({ en: costEn, lazy: {} });
      expect(localize.lang).to.equal(document.documentElement.lang || localize.lang);
      expect(log.calls.warn).to.have.length(1);
      expect(log.calls.warn[0]).to.contain('locale="not a tag" is not valid');
    } finally {
      log.restore();
    }
  });

});
