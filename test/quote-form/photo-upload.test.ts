import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import type { QuoteRequest } from '../../src/schema/quote-request.js';
import { orientation } from '../../src/quote-form/photo-metadata.js';
import { text, until } from '../helpers.js';
import { $, attach, stored, submitStep, toReview } from './form-helpers.js';
import { contains, heicStart, jpegWithGps, pngWithMetadata, SECRETS, webpWithMetadata } from './photo-fixtures.js';

/** The bytes of a stored photo, as the real intake on the test server keeps them. */
async function storedPhoto(reference: string, position: number): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(`/api/quotes/${reference}/photos/${position}`, { headers: { authorization: 'Bearer test-read-token' } });
  expect(response.status).to.equal(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('mq-quote-form photos leave the device without metadata', () => {
  afterEach(() => sessionStorage.clear());

  it('the intake stores JPEG, PNG and WebP photos without GPS, Exif, XMP or comments, still turned as taken', async () => {
    sessionStorage.clear();
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
    el.minFillMs = 0;
    const originals = [await jpegWithGps(6), await pngWithMetadata(), await webpWithMetadata()];
    await toReview(el, async () => {
      // Labels and names need not match the bytes: the type is read from the bytes.
      attach(el, [
        new File([originals[0]!], 'cheek.jpg', { type: 'image/jpeg' }),
        new File([originals[1]!], 'arm.png', { type: '' }),
        new File([originals[2]!], 'neck.webp', { type: 'image/png' }),
      ]);
      await until(() => el.shadowRoot!.querySelectorAll('[part="photo"]').length === 3, 3000, 'three photos');
    });
    const success = oneEvent(el, 'mq-success');
    await submitStep(el);
    const { reference } = (await success).detail;
    const quote = (await stored()).find((candidate) => candidate.reference === reference)!;
    expect(quote.photos).to.equal(3);
    const described = (quote.request as unknown as QuoteRequest).photos!;
    expect(described.map((photo) => photo.type)).to.deep.equal(['image/jpeg', 'image/png', 'image/webp']);
    for (const [position, original] of originals.entries()) {
      const bytes = await storedPhoto(reference, position);
      expect(bytes.length, 'the size the request described').to.equal(described[position]!.size);
      expect(bytes.length).to.be.below(original.length);
      for (const secret of SECRETS) expect(contains(bytes, secret), `photo ${position} holds “${secret}”`).to.equal(false);
    }
    const jpeg = await storedPhoto(reference, 0);
    expect(orientation(jpeg.subarray(jpeg.indexOf(0xe1, 2) + 9))).to.equal(6);
    const bitmap = await createImageBitmap(new Blob([jpeg]));
    expect([bitmap.width, bitmap.height]).to.deep.equal([16, 32]);
  });

  it('refuses HEIC, which it cannot strip safely, and does not offer it', async () => {
    sessionStorage.clear();
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
    await toReview(el, async () => {
      expect($(el, '#photos').getAttribute('accept')).to.equal('image/jpeg,image/png,image/webp');
      attach(el, [new File([heicStart()], 'IMG_0001.HEIC', { type: 'image/heic' }), new File([heicStart()], 'IMG_0002.jpg', { type: 'image/jpeg' })]);
      await until(() => !!el.shadowRoot!.querySelector('#photos-error'), 3000, 'the refusal');
      expect(text($(el, '#photos-error'))).to.equal('IMG_0002.jpg is not a JPEG, PNG or WebP image.');
      expect(el.shadowRoot!.querySelectorAll('[part="photo"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
