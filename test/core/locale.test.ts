import { expect, fixture, html } from '@open-wc/testing';
import { pickCatalog } from '../../src/core/i18n/catalogs.js';
import { canonicalLocale, languageContext, textDirection } from '../../src/core/i18n/locale.js';
import { interpolate } from '../../src/core/i18n/messages.js';

describe('core/i18n/locale', () => {
  it('finds the nearest lang across shadow roots, with a dir found on the way', async () => {
    const outer = await fixture(html`<div lang="ar" dir="rtl"><section dir="ltr"><span id="host"></span></section></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languageContext(inner)).to.deep.equal({ lang: 'ar', dir: 'ltr' });
    const plain = await fixture(html`<div dir="rtl"><p lang="es"><i></i></p></div>`);
    // The dir above the nearest lang belongs to another language.
    expect(languageContext(plain.querySelector('i')!)).to.deep.equal({ lang: 'es', dir: null });
  });

  it('canonicalises tags and rejects garbage', () => {
    expect(canonicalLocale('ES-mx')).to.equal('es-MX');
    expect(canonicalLocale('not a tag')).to.equal(null);
    expect(textDirection('ar-EG')).to.equal('rtl');
    expect(textDirection('es')).to.equal('ltr');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });

  it('picks exact, then language, then English, loading each catalog once', async () => {
    let loads = 0;
    const en = { hi: 'Hello' };
    const catalogs = { en, lazy: { es: () => (loads++, Promise.resolve({ default: { hi: 'Hola' } })), broken: () => Promise.reject(new Error('offline')) } };
    expect(pickCatalog(catalogs, 'en-US')).to.equal(en);
    expect(pickCatalog(catalogs, 'fr')).to.equal(en);
    const pending = pickCatalog(catalogs, 'es-MX');
    expect(pending).to.be.instanceOf(Promise);
    expect(pickCatalog(catalogs, 'es')).to.equal(pending);
    await pending;
    expect(pickCatalog(catalogs, 'es-AR')).to.deep.equal({ hi: 'Hola' });
    expect(loads).to.equal(1);
    const warn = console.warn;
    console.warn = () => {};
    await pickCatalog(catalogs, 'broken');
    console.warn = warn;
    expect(pickCatalog(catalogs, 'broken')).to.equal(en);
  });
});
